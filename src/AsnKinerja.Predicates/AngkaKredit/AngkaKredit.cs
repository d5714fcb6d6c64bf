using System.Collections.Immutable;
using System.Globalization;

namespace AsnKinerja.Predicates;

/// <summary>How the months of a period are counted for <em>angka kredit</em> [L] when the period is not whole months.</summary>
public enum PenghitunganBulan
{
    /// <summary>Only calendar months wholly inside the period count (default).</summary>
    BulanPenuh = 1,

    /// <summary>Every calendar month the period touches counts.</summary>
    BulanTersentuh = 2,
}

/// <summary>The <em>angka kredit</em> of one period, computed exactly in <see cref="decimal"/>, with its explanation.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class AngkaKreditResult
{
    internal AngkaKreditResult(decimal nilai, int bulan, PredikatKinerja predikat, decimal persentase, JenjangFungsional jenjang, decimal koefisien, Explanation explanation)
    {
        Nilai = nilai;
        Bulan = bulan;
        Predikat = predikat;
        Persentase = persentase;
        Jenjang = jenjang;
        Koefisien = koefisien;
        Explanation = explanation;
    }

    /// <summary>The exact value: months / 12 × percentage × coefficient. Round only when presenting (<see cref="Format"/>).</summary>
    public decimal Nilai { get; }

    /// <summary>The rule set of the <em>angka kredit</em> rules that computed it.</summary>
    public RuleSetId RuleSet => Explanation.RuleSet;

    /// <summary>The months counted.</summary>
    public int Bulan { get; }

    /// <summary>The predicate.</summary>
    public PredikatKinerja Predikat { get; }

    /// <summary>The percentage of the predicate, as a fraction.</summary>
    public decimal Persentase { get; }

    /// <summary>The level.</summary>
    public JenjangFungsional Jenjang { get; }

    /// <summary>The annual coefficient of the level.</summary>
    public decimal Koefisien { get; }

    /// <summary>How the value was computed.</summary>
    public Explanation Explanation { get; }

    /// <summary>The value for presentation: rounded half away from zero to a number of decimals, invariant culture.</summary>
    /// <param name="desimal">Decimals, 0 to 6 (official documents use 2 or 3).</param>
    /// <returns>The text, e.g. <c>2.083</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="desimal"/> is not between 0 and 6.</exception>
    public string Format(int desimal = 3) => AngkaKredit.Format(Nilai, desimal);

    /// <summary>The value with three decimals.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => Format();
}

/// <summary>How far an official is from the next rank, and from the next level.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class JarakKenaikan
{
    internal JarakKenaikan(decimal akumulasi, GolonganRuang golongan, JenjangFungsional jenjang, KebutuhanKenaikan? kenaikan, Explanation explanation)
    {
        Akumulasi = akumulasi;
        Golongan = golongan;
        Jenjang = jenjang;
        Kenaikan = kenaikan;
        Explanation = explanation;
    }

    /// <summary>The accumulated <em>angka kredit</em>.</summary>
    public decimal Akumulasi { get; }

    /// <summary>The current rank.</summary>
    public GolonganRuang Golongan { get; }

    /// <summary>The current level.</summary>
    public JenjangFungsional Jenjang { get; }

    /// <summary>The rule set of the <em>angka kredit</em> rules that computed it.</summary>
    public RuleSetId RuleSet => Explanation.RuleSet;

    /// <summary>The next step, or null at the top of the track.</summary>
    public KebutuhanKenaikan? Kenaikan { get; }

    /// <summary>What is still needed for the next step (0 when reached); null at the top of the track.</summary>
    public decimal? Kekurangan => Kenaikan is null ? null : Math.Max(0m, Kenaikan.AngkaKredit - Akumulasi);

    /// <summary>Whether the accumulated value reaches the next step's figure.</summary>
    public bool IsTercapai => Kekurangan == 0m;

    /// <summary>How the answer was reached, with the other requirements of a level step (not checked here).</summary>
    public Explanation Explanation { get; }
}

/// <summary>
/// The computation behind <see cref="IAngkaKreditRules"/>: months / 12 × percentage of the predicate × annual
/// coefficient of the level, exactly in <see cref="decimal"/>, over a <see cref="TabelAngkaKredit"/>.
/// </summary>
/// <remarks>
/// Example from BKN material: 2 months rated Baik as Ahli Pertama = 2/12 × 100% × 12.5 ≈ 2.083.
/// Stateless and thread-safe.
/// </remarks>
internal static class AngkaKredit
{
    private static readonly RegulationReference Formula = new(RegulationNames.PeraturanBkn3Tahun2023, "Konversi predikat kinerja ke angka kredit (proporsional per bulan)", Confidence.High);

    /// <summary>The <em>angka kredit</em> of a number of months.</summary>
    /// <param name="bulan">Months, 0 to 12.</param>
    /// <param name="predikat">The predicate of those months.</param>
    /// <param name="jenjang">The level.</param>
    /// <param name="tabel">The table; null for <see cref="TabelAngkaKredit.PermenPanRb1Tahun2023"/>.</param>
    /// <returns>The exact value with its explanation.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range or undefined.</exception>
    internal static AngkaKreditResult Calculate(int bulan, PredikatKinerja predikat, JenjangFungsional jenjang, TabelAngkaKredit? tabel = null) =>
        Calculate(bulan, predikat, jenjang, tabel, policies: Array.Empty<AppliedPolicy>());

    /// <summary>The <em>angka kredit</em> of a period.</summary>
    /// <param name="periode">The period; inside one year.</param>
    /// <param name="predikat">The predicate of the period.</param>
    /// <param name="jenjang">The level.</param>
    /// <param name="penghitunganBulan">How months are counted when the period is not whole months.</param>
    /// <param name="tabel">The table; null for <see cref="TabelAngkaKredit.PermenPanRb1Tahun2023"/>.</param>
    /// <returns>The exact value with its explanation.</returns>
    /// <exception cref="ArgumentException">The period crosses a year, or an argument is undefined.</exception>
    internal static AngkaKreditResult Calculate(PeriodeKinerja periode, PredikatKinerja predikat, JenjangFungsional jenjang, PenghitunganBulan penghitunganBulan = PenghitunganBulan.BulanPenuh, TabelAngkaKredit? tabel = null)
    {
        Preconditions.CheckNotNull(periode);
        Preconditions.CheckArgument(periode.IsWithinOneYear, nameof(periode), "The period must lie within one year.");
        var months = Preconditions.CheckDefined(penghitunganBulan) == PenghitunganBulan.BulanPenuh ? periode.JumlahBulanPenuh : periode.JumlahBulanTersentuh;
        var aligned = periode.JumlahBulanPenuh == periode.JumlahBulanTersentuh;
        var policies = aligned ? Array.Empty<AppliedPolicy>() : new[] { new AppliedPolicy("PenghitunganBulan", penghitunganBulan.ToString(), penghitunganBulan == PenghitunganBulan.BulanPenuh) };
        return Calculate(months, predikat, jenjang, tabel, policies);
    }

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
    internal static decimal Accumulate(IEnumerable<AngkaKreditResult> hasil, decimal awal = 0m)
    {
        Preconditions.CheckRange(awal, 0m, decimal.MaxValue);
        var sum = awal;
        foreach (var h in Preconditions.CheckNotNull(hasil))
        {
            // Every value is 0 or more, so the sum only grows: compare before adding instead of overflowing.
            var nilai = Preconditions.CheckNotNull(h, nameof(hasil)).Nilai;
            Preconditions.CheckArgument(
                nilai <= decimal.MaxValue - sum,
                nameof(awal),
                string.Format(CultureInfo.InvariantCulture, "The accumulated angka kredit would exceed {0} (decimal.MaxValue).", decimal.MaxValue));
            sum += nilai;
        }

        return sum;
    }

    /// <summary>How far an accumulated value is from the next rank (and level, when the step changes level).</summary>
    /// <param name="akumulasi">
    /// The <em>angka kredit</em> counted toward the step, 0 or more: for a rank step inside the level, those earned since the
    /// last rank promotion; for a level step (from the top rank of a level), those earned within the level
    /// (<see cref="KebutuhanKenaikan.Dasar"/>). <see cref="AkumulasiAngkaKredit"/> keeps both counts.
    /// </param>
    /// <param name="golongan">The current rank; the ranks of each level are in <see cref="TabelAngkaKredit.GetGolongan"/>.</param>
    /// <param name="jenjang">The current level.</param>
    /// <param name="tabel">The table; null for <see cref="TabelAngkaKredit.PermenPanRb1Tahun2023"/>.</param>
    /// <returns>The distance with its explanation.</returns>
    /// <exception cref="ArgumentException">The rank does not belong to the level, or the value is negative.</exception>
    internal static JarakKenaikan CalculateJarak(decimal akumulasi, GolonganRuang golongan, JenjangFungsional jenjang, TabelAngkaKredit? tabel = null) =>
        CalculateJarak(akumulasi, golongan, jenjang, tabel, ImmutableArray<AppliedPolicy>.Empty);

    internal static JarakKenaikan CalculateJarak(decimal akumulasi, GolonganRuang golongan, JenjangFungsional jenjang, TabelAngkaKredit? tabel, ImmutableArray<AppliedPolicy> policies)
    {
        Preconditions.CheckRange(akumulasi, 0m, decimal.MaxValue);
        tabel ??= TabelAngkaKredit.PermenPanRb1Tahun2023;
        var step = tabel.GetKenaikan(golongan, jenjang);
        var inputs = new[] { FindingValue.Of("akumulasi", akumulasi), FindingValue.Of("golongan", golongan.ToString()), FindingValue.Of("jenjang", jenjang.ToLabel()) };
        var rule = "KebutuhanKenaikan[" + golongan + "," + jenjang + "]";
        Explanation explanation;
        if (step is null)
        {
            explanation = PredicateExplanations.KenaikanPuncak.Create(TabelAngkaKredit.RuleSet, rule, inputs, Array.Empty<FindingValue>(), policies);
        }
        else
        {
            var need = Math.Max(0m, step.AngkaKredit - akumulasi);
            var values = new List<FindingValue>
            {
                FindingValue.Of("dari", step.Dari.ToString()),
                FindingValue.Of("ke", step.Ke.ToString()),
                FindingValue.Of("kebutuhan", step.AngkaKredit),
                FindingValue.Of("dasar", step.Dasar == DasarAkumulasi.DalamJenjang ? "dalamJenjang" : "sejakPangkatTerakhir"),
                FindingValue.Of("terkumpul", Format(akumulasi, 3)),
                FindingValue.Of("kekurangan", Format(need, 3)),
                FindingValue.Of("kenaikanJenjang", step.IsKenaikanJenjang ? "ya" : "tidak"),
            };
            if (step.IsKenaikanJenjang)
            {
                values.Add(FindingValue.Of("jenjangKe", step.JenjangKe.ToLabel()));
            }

            explanation = PredicateExplanations.Kenaikan.Create(
                TabelAngkaKredit.RuleSet,
                rule,
                inputs,
                values,
                policies,
                new RegulationReference(RegulationNames.PermenPanRb1Tahun2023, "Kebutuhan angka kredit kenaikan pangkat/jenjang", step.Confidence));
        }

        return new JarakKenaikan(akumulasi, golongan, jenjang, step, explanation);
    }

    /// <summary>Formats a value for presentation: rounded half away from zero, invariant culture.</summary>
    /// <param name="nilai">The value.</param>
    /// <param name="desimal">Decimals, 0 to 6.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="desimal"/> is out of range.</exception>
    internal static string Format(decimal nilai, int desimal = 3)
    {
        Preconditions.CheckRange(desimal, 0, 6);
        return Math.Round(nilai, desimal, MidpointRounding.AwayFromZero).ToString("F" + desimal.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }

    private static AngkaKreditResult Calculate(int bulan, PredikatKinerja predikat, JenjangFungsional jenjang, TabelAngkaKredit? tabel, IEnumerable<AppliedPolicy> policies)
    {
        Preconditions.CheckRange(bulan, 0, 12);
        tabel ??= TabelAngkaKredit.PermenPanRb1Tahun2023;
        var pct = tabel.GetPersentase(predikat);
        var coef = tabel.GetKoefisien(jenjang);
        var value = bulan * pct * coef / 12m;
        var allPolicies = policies.ToList();
        if (jenjang == JenjangFungsional.Pemula)
        {
            allPolicies.Add(new AppliedPolicy("KoefisienPemula", tabel.KoefisienPemula.ToString(CultureInfo.InvariantCulture), tabel.IsKoefisienPemulaBawaan));
        }

        var explanation = PredicateExplanations.KonversiAngkaKredit.Create(
            TabelAngkaKredit.RuleSet,
            "AngkaKredit[" + predikat + "," + jenjang + "]",
            new[] { FindingValue.Of("bulan", bulan), FindingValue.Of("predikat", predikat.ToLabel()), FindingValue.Of("persentase", pct), FindingValue.Of("jenjang", jenjang.ToLabel()), FindingValue.Of("koefisien", coef) },
            new[] { FindingValue.Of("persenTampil", (pct * 100m).ToString("0.##", CultureInfo.InvariantCulture)), FindingValue.Of("hasil", Format(value, 3)) },
            allPolicies,
            new RegulationReference(Formula.Regulation, Formula.Article, tabel.GetKeyakinanKoefisien(jenjang) < Confidence.High ? tabel.GetKeyakinanKoefisien(jenjang) : Confidence.High));
        return new AngkaKreditResult(value, bulan, predikat, pct, jenjang, coef, explanation);
    }
}
