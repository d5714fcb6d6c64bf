using System.Collections.Immutable;
using System.Globalization;

namespace AsnKinerja.Predicates;

/// <summary>
/// The versioned table of PermenPANRB 1/2023 and Peraturan BKN 3/2023: the percentage of each predicate, the annual
/// coefficient of each level, and the <em>angka kredit</em> needed per rank and level, each with its confidence.
/// </summary>
/// <remarks>
/// <para>Percentages [H]: Sangat Baik 150%, Baik 100%, Butuh Perbaikan 75%, Kurang/Misconduct 50%, Sangat Kurang 25%.
/// Coefficients: Ahli Pertama 12.5, Ahli Muda 25, Ahli Madya 37.5, Ahli Utama 50 [H]; Terampil 5, Mahir 12.5,
/// Penyelia 25 [M]; Pemula 3.75 [L] (a policy: <see cref="WithKoefisienPemula"/>).</para>
/// <para>Each level has a figure per rank step inside the level (<em>kenaikan pangkat</em>) and a figure for the step
/// to the next level (<em>kenaikan jenjang</em>), which equals the level's number of ranks × its rank figure. Expert
/// track [H]: Ahli Pertama (III/a, III/b) 50 / 100, Ahli Muda (III/c, III/d) 100 / 200, Ahli Madya (IV/a, IV/b, IV/c)
/// 150 / 450, Ahli Utama (IV/d, IV/e) 200 / —. Skilled track [M] (BKN deck on Peraturan BKN 3/2023): Pemula (II/a) — / 15,
/// Terampil (II/b, II/c, II/d) 20 / 60, Mahir (III/a, III/b) 50 / 100, Penyelia (III/c, III/d) 100 / —.</para>
/// <para>A rank step counts the <em>angka kredit</em> earned since the last rank promotion; a level step counts every
/// <em>angka kredit</em> earned within the level (<see cref="DasarAkumulasi"/>). What happens to a surplus after a
/// promotion is the policy <see cref="KebijakanSisaAngkaKredit"/>, applied by <see cref="AkumulasiAngkaKredit"/>.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class TabelAngkaKredit
{
    private const decimal KoefisienPemulaBawaan = 3.75m;

    private static readonly (GolonganRuang Golongan, JenjangFungsional Jenjang)[] Keahlian =
    {
        (GolonganRuang.IIIa, JenjangFungsional.AhliPertama), (GolonganRuang.IIIb, JenjangFungsional.AhliPertama),
        (GolonganRuang.IIIc, JenjangFungsional.AhliMuda), (GolonganRuang.IIId, JenjangFungsional.AhliMuda),
        (GolonganRuang.IVa, JenjangFungsional.AhliMadya), (GolonganRuang.IVb, JenjangFungsional.AhliMadya), (GolonganRuang.IVc, JenjangFungsional.AhliMadya),
        (GolonganRuang.IVd, JenjangFungsional.AhliUtama), (GolonganRuang.IVe, JenjangFungsional.AhliUtama),
    };

    private static readonly decimal[] KebutuhanKeahlian = { 50m, 100m, 100m, 200m, 150m, 150m, 450m, 200m };

    private static readonly (GolonganRuang Golongan, JenjangFungsional Jenjang)[] Keterampilan =
    {
        (GolonganRuang.IIa, JenjangFungsional.Pemula),
        (GolonganRuang.IIb, JenjangFungsional.Terampil), (GolonganRuang.IIc, JenjangFungsional.Terampil), (GolonganRuang.IId, JenjangFungsional.Terampil),
        (GolonganRuang.IIIa, JenjangFungsional.Mahir), (GolonganRuang.IIIb, JenjangFungsional.Mahir),
        (GolonganRuang.IIIc, JenjangFungsional.Penyelia), (GolonganRuang.IIId, JenjangFungsional.Penyelia),
    };

    // Rank steps carry the rank figure of their level; level steps (II/a→II/b, II/d→III/a, III/b→III/c) the level figure.
    private static readonly decimal[] KebutuhanKeterampilan = { 15m, 20m, 20m, 60m, 50m, 100m, 100m };

    // Sangat Kurang .. Sangat Baik, as fractions.
    private readonly decimal[] _persentase;

    private TabelAngkaKredit(decimal koefisienPemula)
    {
        _persentase = new[] { 0.25m, 0.50m, 0.75m, 1.00m, 1.50m };
        KoefisienPemula = koefisienPemula;
        Kenaikan = Steps(Keahlian, KebutuhanKeahlian, Confidence.High)
            .Concat(Steps(Keterampilan, KebutuhanKeterampilan, Confidence.Medium))
            .ToImmutableArray();
        Golongan = Keahlian.Concat(Keterampilan).GroupBy(t => t.Jenjang).ToImmutableDictionary(g => g.Key, g => g.Select(t => t.Golongan).ToImmutableArray());
    }

    /// <summary>The table of PermenPANRB 1/2023 with Peraturan BKN 3/2023, with the documented Pemula coefficient 3.75.</summary>
    public static TabelAngkaKredit PermenPanRb1Tahun2023 { get; } = new(KoefisienPemulaBawaan);

    /// <summary>The rule set of the table.</summary>
    public static RuleSetId RuleSet => RuleSetId.PermenPanRb1Tahun2023;

    /// <summary>The Pemula coefficient in force (unconfirmed [L]; default 3.75).</summary>
    public decimal KoefisienPemula { get; }

    /// <summary>Whether the Pemula coefficient is the documented default.</summary>
    public bool IsKoefisienPemulaBawaan => KoefisienPemula == KoefisienPemulaBawaan;

    /// <summary>Every rank step with its figure: the expert track first, then the skilled track.</summary>
    public ImmutableArray<KebutuhanKenaikan> Kenaikan { get; }

    /// <summary>The ranks of each level, lowest first (Ahli Pertama: III/a, III/b; Terampil: II/b, II/c, II/d; …).</summary>
    public ImmutableDictionary<JenjangFungsional, ImmutableArray<GolonganRuang>> Golongan { get; }

    /// <summary>The same table with another Pemula coefficient (a policy: the figure is unconfirmed).</summary>
    /// <param name="koefisien">The coefficient, greater than 0 and at most 50.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="koefisien"/> is out of range.</exception>
    public TabelAngkaKredit WithKoefisienPemula(decimal koefisien)
    {
        if (koefisien <= 0m || koefisien > 50m)
        {
            throw new ArgumentOutOfRangeException(nameof(koefisien), koefisien, "The coefficient must be greater than 0 and at most 50.");
        }

        return koefisien == KoefisienPemula ? this : new TabelAngkaKredit(koefisien);
    }

    /// <summary>The percentage of a predicate, as a fraction (1.5 for 150%).</summary>
    /// <param name="predikat">The predicate.</param>
    /// <returns>The fraction.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The predicate is undefined.</exception>
    public decimal GetPersentase(PredikatKinerja predikat) => _persentase[(int)Preconditions.CheckDefined(predikat) - 1];

    /// <summary>The annual coefficient of a level.</summary>
    /// <param name="jenjang">The level.</param>
    /// <returns>The coefficient.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The level is undefined.</exception>
    public decimal GetKoefisien(JenjangFungsional jenjang) => Preconditions.CheckDefined(jenjang) switch
    {
        JenjangFungsional.AhliPertama => 12.5m,
        JenjangFungsional.AhliMuda => 25m,
        JenjangFungsional.AhliMadya => 37.5m,
        JenjangFungsional.AhliUtama => 50m,
        JenjangFungsional.Pemula => KoefisienPemula,
        JenjangFungsional.Terampil => 5m,
        JenjangFungsional.Mahir => 12.5m,
        _ => 25m,
    };

    /// <summary>How firmly the coefficient of a level rests on its source.</summary>
    /// <param name="jenjang">The level.</param>
    /// <returns>The confidence.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="jenjang"/> is undefined.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "An instance member of a versioned table: a later table may rate its figures differently.")]
    public Confidence GetKeyakinanKoefisien(JenjangFungsional jenjang) =>
        Preconditions.CheckDefined(jenjang).IsKeahlian() ? Confidence.High : jenjang == JenjangFungsional.Pemula ? Confidence.Low : Confidence.Medium;

    /// <summary>The ranks of a level, lowest first: the ranks <see cref="GetKenaikan"/> and <see cref="IAngkaKreditRules.CalculateJarak"/> accept with it.</summary>
    /// <param name="jenjang">The level.</param>
    /// <returns>The ranks, e.g. IV/a, IV/b, IV/c for Ahli Madya.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The level is undefined.</exception>
    public ImmutableArray<GolonganRuang> GetGolongan(JenjangFungsional jenjang) => Golongan[Preconditions.CheckDefined(jenjang)];

    /// <summary>The <em>angka kredit</em> a rank step inside a level needs, counted since the last rank promotion; null for Pemula, a level of one rank.</summary>
    /// <param name="jenjang">The level.</param>
    /// <returns>The figure (Ahli Pertama 50, Ahli Muda 100, Ahli Madya 150, Ahli Utama 200, Terampil 20, Mahir 50, Penyelia 100), or null.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The level is undefined.</exception>
    public decimal? GetAngkaKreditPangkat(JenjangFungsional jenjang)
    {
        var ranks = GetGolongan(jenjang);
        return ranks.Length > 1 ? GetKenaikan(ranks[0], jenjang)!.AngkaKredit : null;
    }

    /// <summary>
    /// The <em>angka kredit</em> the step to the next level needs, counted within the level (since entering it); null at
    /// the top level of a track (Ahli Utama, Penyelia).
    /// </summary>
    /// <param name="jenjang">The level.</param>
    /// <returns>The figure (Ahli Pertama 100, Ahli Muda 200, Ahli Madya 450, Pemula 15, Terampil 60, Mahir 100), or null.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The level is undefined.</exception>
    public decimal? GetAngkaKreditJenjang(JenjangFungsional jenjang)
    {
        var ranks = GetGolongan(jenjang);
        return GetKenaikan(ranks[ranks.Length - 1], jenjang) is { IsKenaikanJenjang: true } step ? step.AngkaKredit : null;
    }

    /// <summary>
    /// The base <em>angka kredit</em> of a rank within its level (<em>angka kredit dasar</em>): what an official who
    /// entered the level at its first rank has counted within the level on reaching this rank, i.e. the rank's position
    /// in the level × the rank figure (Ahli Muda III/d: 100; Ahli Madya IV/c: 300; the first rank of a level: 0).
    /// </summary>
    /// <param name="golongan">The rank.</param>
    /// <param name="jenjang">The level.</param>
    /// <returns>The base value.</returns>
    /// <exception cref="ArgumentException">The rank does not belong to the level.</exception>
    public decimal GetAngkaKreditDasar(GolonganRuang golongan, JenjangFungsional jenjang)
    {
        var ranks = GetGolongan(jenjang);
        var position = ranks.IndexOf(Preconditions.CheckDefined(golongan));
        Preconditions.CheckArgument(position >= 0, nameof(golongan), string.Format(CultureInfo.InvariantCulture, "Rank {0} does not belong to level {1}.", golongan, jenjang));
        return position == 0 ? 0m : position * GetKenaikan(ranks[0], jenjang)!.AngkaKredit;
    }

    /// <summary>The step from a rank on a track, or null at the top of the track.</summary>
    /// <param name="golongan">The current rank.</param>
    /// <param name="jenjang">The current level (chooses the track).</param>
    /// <returns>The step, or null.</returns>
    /// <exception cref="ArgumentException">The rank does not belong to the level.</exception>
    public KebutuhanKenaikan? GetKenaikan(GolonganRuang golongan, JenjangFungsional jenjang)
    {
        Preconditions.CheckDefined(golongan);
        var track = Preconditions.CheckDefined(jenjang).IsKeahlian() ? Keahlian : Keterampilan;
        Preconditions.CheckArgument(
            track.Any(t => t.Golongan == golongan && t.Jenjang == jenjang),
            nameof(golongan),
            string.Format(CultureInfo.InvariantCulture, "Rank {0} does not belong to level {1}.", golongan, jenjang));
        return Kenaikan.FirstOrDefault(k => k.Dari == golongan && k.JenjangDari == jenjang);
    }

    private static IEnumerable<KebutuhanKenaikan> Steps((GolonganRuang Golongan, JenjangFungsional Jenjang)[] track, decimal[] figures, Confidence confidence)
    {
        for (var i = 0; i < figures.Length; i++)
        {
            yield return new KebutuhanKenaikan(track[i].Golongan, track[i + 1].Golongan, track[i].Jenjang, track[i + 1].Jenjang, figures[i], confidence);
        }
    }
}
