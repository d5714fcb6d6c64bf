using System.Collections.Immutable;
using System.Globalization;

namespace AsnKinerja.Predicates;

/// <summary>What the figure of a promotion step is counted from.</summary>
public enum DasarAkumulasi
{
    /// <summary>A rank step inside a level: the <em>angka kredit</em> earned since the last rank promotion.</summary>
    SejakPangkatTerakhir = 1,

    /// <summary>A level step: every <em>angka kredit</em> earned within the level, including those that served a rank promotion inside it.</summary>
    DalamJenjang = 2,
}

/// <summary>
/// What happens to the <em>angka kredit</em> above a step's figure after a promotion [L]: the regulation's figures are
/// cumulative, but whether a surplus carries over is not confirmed.
/// </summary>
public enum KebijakanSisaAngkaKredit
{
    /// <summary>
    /// Default. The surplus counts toward the next step: after a rank promotion, what was earned above the rank figure
    /// counts toward the next rank (and everything still counts within the level); after a level promotion, what was
    /// earned above the level figure starts the new level.
    /// </summary>
    Dibawa = 1,

    /// <summary>
    /// The surplus is lost: after a rank promotion the count toward the next rank restarts at 0 (everything earned still
    /// counts within the level); after a level promotion both counts restart at 0.
    /// </summary>
    Hangus = 2,
}

/// <summary>
/// The <em>angka kredit</em> an official has accumulated, as this library defines accumulation (PermenPANRB 1/2023,
/// Peraturan BKN 3/2023): two counts kept side by side, the one toward the next rank (since the last rank promotion)
/// and the one toward the next level (within the level), with promotions applied under the surplus policy
/// <see cref="KebijakanSisaAngkaKredit"/>. The distance to the next rank and to the next level follow from them.
/// </summary>
/// <remarks>
/// <para>Worked example (Ahli Pertama, III/a, surplus carried): two years Baik (2 × 12.5 = 25) and two years Sangat Baik
/// (2 × 18.75 = 37.5) give 62.5 toward III/b (needs 50: reached) and 62.5 within the level. After the promotion to
/// III/b, 12.5 count toward the next step; within the level still 62.5, so the level step to Ahli Muda (100 within the
/// level) needs 37.5 more.</para>
/// <para>Immutable and thread-safe: every operation returns a new value.</para>
/// </remarks>
public sealed class AkumulasiAngkaKredit
{
    private AkumulasiAngkaKredit(GolonganRuang golongan, JenjangFungsional jenjang, decimal sejakPangkatTerakhir, decimal dalamJenjang, KebijakanSisaAngkaKredit kebijakan, TabelAngkaKredit tabel)
    {
        Golongan = golongan;
        Jenjang = jenjang;
        SejakPangkatTerakhir = sejakPangkatTerakhir;
        DalamJenjang = dalamJenjang;
        Kebijakan = kebijakan;
        Tabel = tabel;
    }

    /// <summary>The current rank.</summary>
    public GolonganRuang Golongan { get; }

    /// <summary>The current level.</summary>
    public JenjangFungsional Jenjang { get; }

    /// <summary>The <em>angka kredit</em> counted toward the next rank: earned since the last rank promotion (with a carried surplus under <see cref="KebijakanSisaAngkaKredit.Dibawa"/>).</summary>
    public decimal SejakPangkatTerakhir { get; }

    /// <summary>The <em>angka kredit</em> counted toward the next level: earned within the level (never less than <see cref="SejakPangkatTerakhir"/>).</summary>
    public decimal DalamJenjang { get; }

    /// <summary>The surplus policy in force.</summary>
    public KebijakanSisaAngkaKredit Kebijakan { get; }

    /// <summary>The table in force.</summary>
    public TabelAngkaKredit Tabel { get; }

    /// <summary>The policies this accumulation applies, with whether each is the documented default.</summary>
    public ImmutableArray<AppliedPolicy> Policies => ImmutableArray.Create(new AppliedPolicy("SisaAngkaKredit", Kebijakan.ToString(), Kebijakan == KebijakanSisaAngkaKredit.Dibawa));

    /// <summary>The distance to the next rank (a level step when the current rank is the top of its level), or a result without a step at the top of the track.</summary>
    public JarakKenaikan JarakPangkat => AngkaKredit.CalculateJarak(
        Tabel.GetKenaikan(Golongan, Jenjang) is { IsKenaikanJenjang: true } ? DalamJenjang : SejakPangkatTerakhir, Golongan, Jenjang, Tabel, Policies);

    /// <summary>
    /// The distance to the next level: the level step from the top rank of the level, counted within the level; null at
    /// the top level of a track. Below the top rank the rank steps come first (its explanation says so).
    /// </summary>
    public JarakKenaikan? JarakJenjang
    {
        get
        {
            var ranks = Tabel.GetGolongan(Jenjang);
            var top = ranks[ranks.Length - 1];
            if (Tabel.GetKenaikan(top, Jenjang) is not { IsKenaikanJenjang: true })
            {
                return null;
            }

            return AngkaKredit.CalculateJarak(DalamJenjang, top, Jenjang, Tabel, Policies);
        }
    }

    /// <summary>Starts an accumulation at a rank and level.</summary>
    /// <param name="golongan">The current rank; it must belong to the level (<see cref="TabelAngkaKredit.GetGolongan"/>).</param>
    /// <param name="jenjang">The current level.</param>
    /// <param name="sejakPangkatTerakhir">The <em>angka kredit</em> already counted toward the next rank, 0 or more.</param>
    /// <param name="dalamJenjang">
    /// The <em>angka kredit</em> already counted within the level, at least <paramref name="sejakPangkatTerakhir"/>; null for
    /// the rank's base value (<see cref="TabelAngkaKredit.GetAngkaKreditDasar"/>) plus <paramref name="sejakPangkatTerakhir"/>.
    /// </param>
    /// <param name="kebijakan">The surplus policy (default <see cref="KebijakanSisaAngkaKredit.Dibawa"/>).</param>
    /// <param name="tabel">The table; null for <see cref="TabelAngkaKredit.PermenPanRb1Tahun2023"/>.</param>
    /// <returns>The accumulation.</returns>
    /// <exception cref="ArgumentException">The rank does not belong to the level, a value is negative, or the level count is below the rank count.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An enum value is undefined.</exception>
    public static AkumulasiAngkaKredit Mulai(
        GolonganRuang golongan, JenjangFungsional jenjang, decimal sejakPangkatTerakhir = 0m, decimal? dalamJenjang = null,
        KebijakanSisaAngkaKredit kebijakan = KebijakanSisaAngkaKredit.Dibawa, TabelAngkaKredit? tabel = null)
    {
        tabel ??= TabelAngkaKredit.PermenPanRb1Tahun2023;
        Preconditions.CheckRange(sejakPangkatTerakhir, 0m, decimal.MaxValue);
        Preconditions.CheckDefined(kebijakan);
        var level = dalamJenjang ?? checked(tabel.GetAngkaKreditDasar(golongan, jenjang) + sejakPangkatTerakhir);
        tabel.GetKenaikan(golongan, jenjang);
        Preconditions.CheckArgument(level >= sejakPangkatTerakhir, nameof(dalamJenjang), "The angka kredit within the level include those since the last rank promotion: dalamJenjang must not be below sejakPangkatTerakhir.");
        return new AkumulasiAngkaKredit(golongan, jenjang, sejakPangkatTerakhir, level, kebijakan, tabel);
    }

    /// <summary>Adds the <em>angka kredit</em> of a period, earned at the current level.</summary>
    /// <param name="hasil">The period's value.</param>
    /// <returns>The accumulation with the value added to both counts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="hasil"/> is null.</exception>
    /// <exception cref="ArgumentException">The value was computed for another level, or a count would exceed <see cref="decimal.MaxValue"/>.</exception>
    public AkumulasiAngkaKredit Tambah(AngkaKreditResult hasil)
    {
        Preconditions.CheckNotNull(hasil);
        Preconditions.CheckArgument(
            hasil.Jenjang == Jenjang,
            nameof(hasil),
            string.Format(CultureInfo.InvariantCulture, "The angka kredit were computed for {0}, but the official is {1}.", hasil.Jenjang, Jenjang));
        return Tambah(hasil.Nilai);
    }

    /// <summary>Adds <em>angka kredit</em> from another source (for example a correction set in a <em>penetapan angka kredit</em>).</summary>
    /// <param name="nilai">The value, 0 or more.</param>
    /// <returns>The accumulation with the value added to both counts.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="nilai"/> is negative.</exception>
    /// <exception cref="ArgumentException">
    /// A count would exceed <see cref="decimal.MaxValue"/> (79,228,162,514,264,337,593,543,950,335), the largest value a
    /// <see cref="decimal"/> holds.
    /// </exception>
    public AkumulasiAngkaKredit Tambah(decimal nilai)
    {
        Preconditions.CheckRange(nilai, 0m, decimal.MaxValue);
        Preconditions.CheckArgument(
            nilai <= decimal.MaxValue - Math.Max(SejakPangkatTerakhir, DalamJenjang),
            nameof(nilai),
            string.Format(CultureInfo.InvariantCulture, "The accumulated angka kredit would exceed {0} (decimal.MaxValue).", decimal.MaxValue));
        return new AkumulasiAngkaKredit(Golongan, Jenjang, checked(SejakPangkatTerakhir + nilai), checked(DalamJenjang + nilai), Kebijakan, Tabel);
    }

    /// <summary>Applies a rank promotion inside the level (<em>kenaikan pangkat</em>); the surplus is handled by the policy.</summary>
    /// <returns>The accumulation at the next rank of the same level.</returns>
    /// <exception cref="InvalidOperationException">The next step is a level step (use <see cref="NaikJenjang"/>), there is none, or its figure is not reached.</exception>
    public AkumulasiAngkaKredit NaikPangkat()
    {
        var step = Tabel.GetKenaikan(Golongan, Jenjang);
        Preconditions.CheckState(step is not null, "The official is at the top of the track: there is no next rank.");
        Preconditions.CheckState(!step.IsKenaikanJenjang, "The next rank is in the next level: use NaikJenjang.");
        Preconditions.CheckState(SejakPangkatTerakhir >= step.AngkaKredit, string.Format(CultureInfo.InvariantCulture, "The step {0} needs {1} angka kredit since the last rank promotion; {2} are counted.", step, step.AngkaKredit, SejakPangkatTerakhir));
        var sisa = Kebijakan == KebijakanSisaAngkaKredit.Dibawa ? SejakPangkatTerakhir - step.AngkaKredit : 0m;
        return new AkumulasiAngkaKredit(step.Ke, Jenjang, sisa, DalamJenjang, Kebijakan, Tabel);
    }

    /// <summary>
    /// Applies a level promotion (<em>kenaikan jenjang</em>) from the top rank of the level to the first rank of the next
    /// level; the surplus is handled by the policy. The other requirements (a year in the level, at least Baik, a vacancy,
    /// a competency test) are not checked here.
    /// </summary>
    /// <returns>The accumulation at the first rank of the next level.</returns>
    /// <exception cref="InvalidOperationException">The current rank is not the top of its level, the level is the top of the track, or the level figure is not reached.</exception>
    public AkumulasiAngkaKredit NaikJenjang()
    {
        var step = Tabel.GetKenaikan(Golongan, Jenjang);
        Preconditions.CheckState(step is { IsKenaikanJenjang: true }, string.Format(CultureInfo.InvariantCulture, "A level step starts from the top rank of the level; {0} is not the top rank of {1} with a next level.", Golongan, Jenjang));
        Preconditions.CheckState(DalamJenjang >= step.AngkaKredit, string.Format(CultureInfo.InvariantCulture, "The level step {0} needs {1} angka kredit within the level; {2} are counted.", step, step.AngkaKredit, DalamJenjang));
        var sisa = Kebijakan == KebijakanSisaAngkaKredit.Dibawa ? DalamJenjang - step.AngkaKredit : 0m;
        return new AkumulasiAngkaKredit(step.Ke, step.JenjangKe, sisa, sisa, Kebijakan, Tabel);
    }

    /// <summary>The rank, level and both counts.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => string.Format(
        CultureInfo.InvariantCulture, "{0} {1}: sejak pangkat terakhir {2}, dalam jenjang {3} ({4})", Golongan, Jenjang.ToLabel(), AngkaKredit.Format(SejakPangkatTerakhir), AngkaKredit.Format(DalamJenjang), Kebijakan);
}
