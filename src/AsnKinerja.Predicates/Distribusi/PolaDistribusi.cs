using System.Collections.Immutable;

namespace AsnKinerja.Predicates;

/// <summary>
/// A distribution pattern (<em>pola distribusi</em>) of SE MenPANRB 3/2023 (the circular often cited as "SE 1/2023"):
/// the constraints that the organisation predicate sets on the share of each employee predicate in a unit. The pattern
/// is guidance for the PPK (<em>sebagai pertimbangan</em>), not a mechanical quota.
/// </summary>
/// <remarks>
/// <para>The five patterns, as data (SB Sangat Baik, B Baik, BP Butuh Perbaikan, K Kurang/Misconduct, SK Sangat Kurang):</para>
/// <list type="bullet">
/// <item>Istimewa: most are SB; SB ≤ 70%.</item>
/// <item>Baik: most are B; B ≤ 70%; at least one BP or K.</item>
/// <item>Butuh Perbaikan: most are BP; SB ≤ 10%; BP ≥ 60%.</item>
/// <item>Kurang: most are K; SB ≤ 10%; K ≥ 60%; BP ≥ 10%.</item>
/// <item>Sangat Kurang: most are SK; SK ≥ 60%; K + BP ≥ 10%; no SB.</item>
/// </list>
/// <para>Immutable and thread-safe. Groups of more than one predicate never overlap, so allowed ranges are exact.</para>
/// </remarks>
public sealed class PolaDistribusi
{
    private static readonly RegulationReference Percentages = new(RegulationNames.SeMenPanRb3Tahun2023, "Pola distribusi predikat kinerja pegawai", Confidence.Medium);
    private static readonly RegulationReference Dominance = new(RegulationNames.SeMenPanRb3Tahun2023, "Pola distribusi: kelompok dominan (sebagian besar)", Confidence.High);

    private static readonly ImmutableArray<PolaDistribusi> Patterns = ImmutableArray.Create(
        new PolaDistribusi(PredikatKinerjaOrganisasi.SangatKurang, PredikatKinerja.SangatKurang, Min(60, PredikatKinerja.SangatKurang), Min(10, PredikatKinerja.KurangMisconduct, PredikatKinerja.ButuhPerbaikan), Forbid(PredikatKinerja.SangatBaik)),
        new PolaDistribusi(PredikatKinerjaOrganisasi.Kurang, PredikatKinerja.KurangMisconduct, Max(10, PredikatKinerja.SangatBaik), Min(60, PredikatKinerja.KurangMisconduct), Min(10, PredikatKinerja.ButuhPerbaikan)),
        new PolaDistribusi(PredikatKinerjaOrganisasi.ButuhPerbaikan, PredikatKinerja.ButuhPerbaikan, Max(10, PredikatKinerja.SangatBaik), Min(60, PredikatKinerja.ButuhPerbaikan)),
        new PolaDistribusi(PredikatKinerjaOrganisasi.Baik, PredikatKinerja.Baik, Max(70, PredikatKinerja.Baik), Exist(PredikatKinerja.ButuhPerbaikan, PredikatKinerja.KurangMisconduct)),
        new PolaDistribusi(PredikatKinerjaOrganisasi.Istimewa, PredikatKinerja.SangatBaik, Max(70, PredikatKinerja.SangatBaik)));

    private PolaDistribusi(PredikatKinerjaOrganisasi predikatOrganisasi, PredikatKinerja dominan, params BatasanDistribusi[] hard)
    {
        PredikatOrganisasi = predikatOrganisasi;
        KelompokDominan = dominan;
        Batasan = ImmutableArray.Create(new BatasanDistribusi(JenisBatasan.Dominan, new[] { dominan }, 0, Dominance)).AddRange(hard);
    }

    /// <summary>The five patterns, worst organisation predicate first.</summary>
    public static ImmutableArray<PolaDistribusi> All => Patterns;

    /// <summary>The rule set the patterns belong to.</summary>
    public static RuleSetId RuleSet => RuleSetId.SeMenPanRb3Tahun2023;

    /// <summary>The organisation predicate that chooses this pattern.</summary>
    public PredikatKinerjaOrganisasi PredikatOrganisasi { get; }

    /// <summary>The dominant group ("most are …").</summary>
    public PredikatKinerja KelompokDominan { get; }

    /// <summary>The constraints: the dominant group first, then the hard constraints in the circular's order.</summary>
    public ImmutableArray<BatasanDistribusi> Batasan { get; }

    /// <summary>The pattern of SE MenPANRB 3/2023 for an organisation predicate.</summary>
    /// <param name="predikatOrganisasi">The organisation predicate.</param>
    /// <returns>The pattern.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The predicate is undefined.</exception>
    public static PolaDistribusi For(PredikatKinerjaOrganisasi predikatOrganisasi) => Patterns[(int)Preconditions.CheckDefined(predikatOrganisasi) - 1];

    /// <summary>The organisation predicate's label and the constraints.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => PredikatOrganisasi.ToLabel() + ": " + string.Join("; ", Batasan.Select(b => b.Describe(Language.Indonesian)));

    private static BatasanDistribusi Max(int persen, params PredikatKinerja[] group) => new(JenisBatasan.Maksimum, group, persen, Percentages);

    private static BatasanDistribusi Min(int persen, params PredikatKinerja[] group) => new(JenisBatasan.Minimum, group, persen, Percentages);

    private static BatasanDistribusi Exist(params PredikatKinerja[] group) => new(JenisBatasan.WajibAda, group, 0, Percentages);

    private static BatasanDistribusi Forbid(params PredikatKinerja[] group) => new(JenisBatasan.Dilarang, group, 0, Percentages);
}
