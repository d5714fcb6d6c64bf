namespace AsnKinerja.Predicates;

/// <summary>
/// The <em>angka kredit</em> rules of one rule set, configured with its <see cref="AngkaKreditOptions"/>: converting a
/// period's predicate into <em>angka kredit</em> (months / 12 × percentage of the predicate × annual coefficient of the
/// level, exactly in <see cref="decimal"/>), summing periods, and the distance to the next rank or level, over the rule
/// set's <see cref="TabelAngkaKredit"/>.
/// </summary>
/// <remarks>
/// The library's rule set is <see cref="AngkaKreditRules.PermenPanRb1Tahun2023"/>; <see cref="WithOptions"/> gives the
/// same rule set with other policies. Implementations are immutable and thread-safe.
/// </remarks>
public interface IAngkaKreditRules : IRules
{
    /// <summary>The policies in force.</summary>
    AngkaKreditOptions Options { get; }

    /// <summary>The table in force (with the Pemula coefficient of <see cref="Options"/>).</summary>
    TabelAngkaKredit Tabel { get; }

    /// <summary>The <em>angka kredit</em> of a number of months.</summary>
    /// <param name="bulan">Months, 0 to 12.</param>
    /// <param name="predikat">The predicate of those months.</param>
    /// <param name="jenjang">The level.</param>
    /// <returns>The exact value with its explanation.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range or undefined.</exception>
    AngkaKreditResult Calculate(int bulan, PredikatKinerja predikat, JenjangFungsional jenjang);

    /// <summary>
    /// The <em>angka kredit</em> of a period; its months are counted under <see cref="AngkaKreditOptions.PenghitunganBulan"/>
    /// (reported in the explanation when the period is not whole months).
    /// </summary>
    /// <param name="periode">The period; inside one year.</param>
    /// <param name="predikat">The predicate of the period.</param>
    /// <param name="jenjang">The level.</param>
    /// <returns>The exact value with its explanation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="periode"/> is null.</exception>
    /// <exception cref="ArgumentException">The period crosses a year, or an argument is undefined.</exception>
    AngkaKreditResult Calculate(PeriodeKinerja periode, PredikatKinerja predikat, JenjangFungsional jenjang);

    /// <summary>The sum of several periods' values, exact.</summary>
    /// <param name="hasil">The periods' values.</param>
    /// <param name="awal">The value already accumulated before them (e.g. from conversion), 0 or more.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="hasil"/> or an element is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="awal"/> is negative.</exception>
    /// <exception cref="ArgumentException">
    /// The sum would exceed <see cref="decimal.MaxValue"/> (79,228,162,514,264,337,593,543,950,335), the largest value a
    /// <see cref="decimal"/> holds (only possible with an absurd <paramref name="awal"/>: one period is at most 75).
    /// </exception>
    decimal Accumulate(IEnumerable<AngkaKreditResult> hasil, decimal awal = 0m);

    /// <summary>How far an accumulated value is from the next rank (and level, when the step changes level).</summary>
    /// <param name="akumulasi">The accumulated value, 0 or more.</param>
    /// <param name="golongan">The current rank.</param>
    /// <param name="jenjang">The current level.</param>
    /// <returns>The distance with its explanation.</returns>
    /// <exception cref="ArgumentException">The rank does not belong to the level, or the value is negative.</exception>
    JarakKenaikan CalculateJarak(decimal akumulasi, GolonganRuang golongan, JenjangFungsional jenjang);

    /// <summary>Formats a value for presentation: rounded half away from zero, invariant culture.</summary>
    /// <param name="nilai">The value.</param>
    /// <param name="desimal">Decimals, 0 to 6 (official documents use 2 or 3).</param>
    /// <returns>The text, e.g. <c>2.083</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="desimal"/> is out of range.</exception>
    string Format(decimal nilai, int desimal = 3);

    /// <summary>The same rule set with other policies.</summary>
    /// <param name="options">The policies.</param>
    /// <returns>The configured rules.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    IAngkaKreditRules WithOptions(AngkaKreditOptions options);
}
