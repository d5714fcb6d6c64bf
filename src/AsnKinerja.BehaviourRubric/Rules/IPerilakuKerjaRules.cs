using NodaTime;

namespace AsnKinerja.BehaviourRubric;

/// <summary>
/// The behaviour rules of one rule set, configured with its policies: the BerAKHLAK catalogue, the checks of a
/// behaviour record, the suggested overall rating under <see cref="PerilakuKerjaOptions.KebijakanSaran"/>, and the
/// explanation of the PPK's decision. The built-in rules are <see cref="PerilakuKerjaRules.SeMenPanRb20Tahun2021"/>;
/// a <see cref="RuleSetRegistry"/> hands them out by rule set ID or by decision date and period.
/// </summary>
/// <remarks>
/// Implementations are immutable and thread-safe, and give the same answer for the same input forever. The library's
/// implementations are internal; an application may implement the interface for a rule set of its own.
/// Convenience overloads are extension methods (<see cref="PerilakuKerjaRulesExtensions"/>).
/// </remarks>
public interface IPerilakuKerjaRules : IRules
{
    /// <summary>The catalogue of core values and behaviour guides of the rule set.</summary>
    KatalogBerakhlak Katalog { get; }

    /// <summary>The policies in force where the regulation is silent.</summary>
    PerilakuKerjaOptions Options { get; }

    /// <summary>
    /// Checks a behaviour record and returns findings, never throws: expectations without feedback, feedback without
    /// evidence or outside the period, a rating with no feedback behind it, 360° input presented as the PPK's rating,
    /// and a rating recorded by someone other than the PPK.
    /// </summary>
    /// <param name="catatan">The record.</param>
    /// <param name="tanggalPemeriksaan">
    /// The date of the check; <c>BHV001</c> (expectation without feedback) is reported only once the SKP period is over
    /// on that date. Null checks as if the period were over.
    /// </param>
    /// <returns>
    /// The findings, in a fixed order independent of the order of the entries: per entry (by date then ID)
    /// <c>BHV006</c>, <c>BHV002</c>, <c>BHV005</c>; then per value (in the order of the acronym) <c>BHV001</c>; then on
    /// the rating <c>BHV007</c>, <c>BHV003</c>, <c>BHV004</c>.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="catatan"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="tanggalPemeriksaan"/> is not in the ISO calendar.</exception>
    ValidationResult Validate(CatatanPerilakuKerja catatan, LocalDate? tanggalPemeriksaan);

    /// <summary>
    /// Suggests the overall rating from the PPK's per-value assessments under <see cref="PerilakuKerjaOptions.KebijakanSaran"/>.
    /// The suggestion is the library's (<see cref="RegulationNames.KebijakanPustaka"/>, <see cref="Confidence.Low"/>):
    /// the rating is the PPK's decision, recorded with <see cref="PenilaianPerilakuKerja"/>. A value not assessed is
    /// never given a default: there is then no suggestion.
    /// </summary>
    /// <param name="penilaian">The PPK's per-value assessments.</param>
    /// <returns>The suggestion, or a result without one (with a <c>BHV008</c> finding per value) when a value is not assessed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="penilaian"/> is null.</exception>
    /// <exception cref="InvalidOperationException">A custom policy returned an undefined value.</exception>
    SaranRatingPerilaku Suggest(PenilaianNilaiBerakhlak penilaian);

    /// <summary>
    /// How the PPK's rating was decided: the decision (PermenPANRB 6/2022, high confidence), with the suggestion, the
    /// policy that made it, and the reason when the two differ (rules <c>KeputusanPpk</c>,
    /// <c>KeputusanPpk[SamaDenganSaran]</c>, <c>KeputusanPpk[BerbedaDariSaran]</c>). The suggestion's own explanation is
    /// <see cref="SaranRatingPerilaku.Explanation"/>.
    /// </summary>
    /// <param name="keputusan">The PPK's decision.</param>
    /// <returns>The explanation, under this rule set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="keputusan"/> is null.</exception>
    /// <exception cref="ArgumentException">The decision's suggestion was made under another rule set.</exception>
    Explanation Explain(PenilaianPerilakuKerja keputusan);

    /// <summary>The same rules with other policies.</summary>
    /// <param name="options">The policies.</param>
    /// <returns>Rules of the same rule set configured with <paramref name="options"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    IPerilakuKerjaRules WithOptions(PerilakuKerjaOptions options);
}

/// <summary>Convenience overloads of <see cref="IPerilakuKerjaRules"/>.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class PerilakuKerjaRulesExtensions
{
    /// <summary>Checks a behaviour record as if its period were over (<see cref="IPerilakuKerjaRules.Validate"/> with no check date).</summary>
    /// <param name="rules">The rules.</param>
    /// <param name="catatan">The record.</param>
    /// <returns>The findings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> or <paramref name="catatan"/> is null.</exception>
    public static ValidationResult Validate(this IPerilakuKerjaRules rules, CatatanPerilakuKerja catatan) =>
        Preconditions.CheckNotNull(rules).Validate(catatan, null);

    /// <summary>
    /// Suggests the overall rating from the record's per-value assessments (<see cref="CatatanPerilakuKerja.GetPenilaianNilai"/>:
    /// the latest PPK assessment per value inside the SKP period).
    /// </summary>
    /// <param name="rules">The rules.</param>
    /// <param name="catatan">The record.</param>
    /// <returns>The suggestion.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> or <paramref name="catatan"/> is null.</exception>
    /// <exception cref="InvalidOperationException">A custom policy returned an undefined value.</exception>
    public static SaranRatingPerilaku Suggest(this IPerilakuKerjaRules rules, CatatanPerilakuKerja catatan) =>
        Preconditions.CheckNotNull(rules).Suggest(Preconditions.CheckNotNull(catatan).GetPenilaianNilai());
}
