namespace AsnKinerja.NineBox;

/// <summary>
/// The talent-map rules of one rule set, configured with its policies: placing an employee in a box from the
/// performance and potential levels, the map of a unit or agency, and the explanation of a box. The built-in rules
/// are <see cref="PetaTalentaRules.PermenPanRb3Tahun2020"/> and <see cref="PetaTalentaRules.PermenPanRb20Tahun2025"/>; a
/// <see cref="RuleSetRegistry"/> hands them out by rule set ID or by decision date and talent year
/// (<c>registry.Find&lt;IPetaTalentaRules&gt;(tanggalKeputusan, PeriodeKinerja.Tahunan(tahun))</c>).
/// </summary>
/// <remarks>
/// Implementations are immutable and thread-safe, and give the same answer for the same input forever. Every placement
/// names the rule set and the options that produced it. The library's implementations are internal; an application
/// may implement the interface for a rule set of its own.
/// </remarks>
public interface IPetaTalentaRules : IRules
{
    /// <summary>The policies in force where the regulation is silent.</summary>
    PetaTalentaOptions Options { get; }

    /// <summary>Places one employee in the talent map of a year.</summary>
    /// <param name="pegawai">The employee's predicates and potential.</param>
    /// <param name="tahun">The year of the map (the latest performance year that counts), 1901 to 2099.</param>
    /// <returns>The placement with its explanation, or the findings that prevent it; warnings either way.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pegawai"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tahun"/> is out of range.</exception>
    PenempatanTalentaResult Evaluate(DataTalentaPegawai pegawai, int tahun);

    /// <summary>
    /// The talent map of a unit or agency for a year: each employee placed as by <see cref="Evaluate"/>, the count per
    /// box, the succession pool, the changes since the previous year, and the findings. The result does not depend on
    /// the order of <paramref name="pegawai"/>.
    /// </summary>
    /// <param name="pegawai">The employees; each NIP once (a NIP listed twice is <c>NBX002</c> and is not placed).</param>
    /// <param name="tahun">The year of the map, 1901 to 2099.</param>
    /// <returns>The unit's map.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pegawai"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="pegawai"/> contains null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tahun"/> is out of range.</exception>
    PetaTalentaUnit EvaluateUnit(IEnumerable<DataTalentaPegawai> pegawai, int tahun);

    /// <summary>The explanation of a box reached directly from the two levels (no policy involved).</summary>
    /// <param name="kotak">The box.</param>
    /// <returns>The explanation: the rule set, the table cell, the two levels and the source.</returns>
    /// <exception cref="ArgumentException"><paramref name="kotak"/> is empty.</exception>
    Explanation Explain(KotakTalenta kotak);

    /// <summary>The same rules with other policies.</summary>
    /// <param name="options">The policies.</param>
    /// <returns>Rules of the same rule set configured with <paramref name="options"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    IPetaTalentaRules WithOptions(PetaTalentaOptions options);
}
