using System.Collections.Immutable;
using System.Globalization;

namespace AsnKinerja.Predicates;

/// <summary>
/// The distribution rules the library provides, by regulation, and the factory for a caller's own rule set (an agency
/// variant, a draft circular under consultation).
/// </summary>
/// <remarks>
/// <see cref="SeMenPanRb3Tahun2023"/> holds the five patterns of SE MenPANRB 3/2023 (see <see cref="PolaDistribusi"/>)
/// with <see cref="DistribusiOptions.Default"/>; configure it with <see cref="IDistribusiRules.WithOptions"/>.
/// </remarks>
public static class DistribusiRules
{
    private static readonly RegulationReference Percentages = new(RegulationNames.SeMenPanRb3Tahun2023, "Pola distribusi predikat kinerja pegawai", Confidence.Medium);
    private static readonly RegulationReference Dominance = new(RegulationNames.SeMenPanRb3Tahun2023, "Pola distribusi: kelompok dominan (sebagian besar)", Confidence.High);

    /// <summary>The patterns of SE MenPANRB 3/2023 with the documented default policies.</summary>
    public static IDistribusiRules SeMenPanRb3Tahun2023 { get; } = Create(
        RuleSet.SeMenPanRb3Tahun2023,
        new[]
        {
            PolaDistribusi.Create(PredikatKinerjaOrganisasi.SangatKurang, new[]
            {
                BatasanDistribusi.Dominan(PredikatKinerja.SangatKurang, Dominance),
                BatasanDistribusi.Minimum(60, Percentages, PredikatKinerja.SangatKurang),
                BatasanDistribusi.Minimum(10, Percentages, PredikatKinerja.KurangMisconduct, PredikatKinerja.ButuhPerbaikan),
                BatasanDistribusi.Dilarang(Percentages, PredikatKinerja.SangatBaik),
            }),
            PolaDistribusi.Create(PredikatKinerjaOrganisasi.Kurang, new[]
            {
                BatasanDistribusi.Dominan(PredikatKinerja.KurangMisconduct, Dominance),
                BatasanDistribusi.Maksimum(10, Percentages, PredikatKinerja.SangatBaik),
                BatasanDistribusi.Minimum(60, Percentages, PredikatKinerja.KurangMisconduct),
                BatasanDistribusi.Minimum(10, Percentages, PredikatKinerja.ButuhPerbaikan),
            }),
            PolaDistribusi.Create(PredikatKinerjaOrganisasi.ButuhPerbaikan, new[]
            {
                BatasanDistribusi.Dominan(PredikatKinerja.ButuhPerbaikan, Dominance),
                BatasanDistribusi.Maksimum(10, Percentages, PredikatKinerja.SangatBaik),
                BatasanDistribusi.Minimum(60, Percentages, PredikatKinerja.ButuhPerbaikan),
            }),
            PolaDistribusi.Create(PredikatKinerjaOrganisasi.Baik, new[]
            {
                BatasanDistribusi.Dominan(PredikatKinerja.Baik, Dominance),
                BatasanDistribusi.Maksimum(70, Percentages, PredikatKinerja.Baik),
                BatasanDistribusi.WajibAda(Percentages, PredikatKinerja.ButuhPerbaikan, PredikatKinerja.KurangMisconduct),
            }),
            PolaDistribusi.Create(PredikatKinerjaOrganisasi.Istimewa, new[]
            {
                BatasanDistribusi.Dominan(PredikatKinerja.SangatBaik, Dominance),
                BatasanDistribusi.Maksimum(70, Percentages, PredikatKinerja.SangatBaik),
            }),
        });

    /// <summary>Every distribution rule set the library provides, oldest first.</summary>
    public static ImmutableArray<IDistribusiRules> All { get; } = ImmutableArray.Create(SeMenPanRb3Tahun2023);

    /// <summary>
    /// Creates the distribution rules of a caller's own rule set: its descriptor (own ID and dates) and one pattern per
    /// organisation predicate. The rules behave like the built-in ones everywhere: quota, check, calibration, the bulk
    /// engine, and — once registered in the serializer's <see cref="RuleSetRegistry"/> — the wire format.
    /// </summary>
    /// <param name="ruleSet">The rule set descriptor.</param>
    /// <param name="pola">The patterns, one for each of the five organisation predicates, in any order.</param>
    /// <param name="options">The policies; null for <see cref="DistribusiOptions.Default"/>.</param>
    /// <returns>The rules.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleSet"/> or <paramref name="pola"/> is null.</exception>
    /// <exception cref="ArgumentException">A pattern is null, or an organisation predicate has no pattern or more than one; the message lists every problem.</exception>
    public static IDistribusiRules Create(RuleSet ruleSet, IEnumerable<PolaDistribusi> pola, DistribusiOptions? options = null)
    {
        Preconditions.CheckNotNull(ruleSet);
        var list = Preconditions.CheckNotNull(pola).ToList();
        var errors = new List<string>();
        if (list.Contains(null!))
        {
            errors.Add("The patterns must not contain null.");
        }

        var ordered = new PolaDistribusi[5];
        for (var o = PredikatKinerjaOrganisasi.SangatKurang; o <= PredikatKinerjaOrganisasi.Istimewa; o++)
        {
            var forPredicate = list.Where(p => p is not null && p.PredikatOrganisasi == o).ToList();
            if (forPredicate.Count == 0)
            {
                errors.Add(string.Format(CultureInfo.InvariantCulture, "There is no pattern for the organisation predicate {0}.", o));
            }
            else if (forPredicate.Count > 1)
            {
                errors.Add(string.Format(CultureInfo.InvariantCulture, "There are {0} patterns for the organisation predicate {1}; give one.", forPredicate.Count, o));
            }
            else
            {
                ordered[(int)o - 1] = forPredicate[0];
            }
        }

        Preconditions.CheckArgument(errors.Count == 0, nameof(pola), "Invalid distribution rule set '" + ruleSet.Id.Value + "': " + string.Join(" ", errors));
        return new PolaDistribusiRules(ruleSet, ImmutableArray.Create(ordered), options ?? DistribusiOptions.Default);
    }
}

/// <summary>Distribution rules over five patterns, one per organisation predicate.</summary>
internal sealed class PolaDistribusiRules : IDistribusiRules
{
    private PolaTerkompilasi? _compiled;

    internal PolaDistribusiRules(RuleSet ruleSet, ImmutableArray<PolaDistribusi> pola, DistribusiOptions options)
    {
        RuleSet = ruleSet;
        Pola = pola;
        Options = options;
        Policies = options.Policies.ToImmutableArray();
    }

    public RuleSet RuleSet { get; }

    public RuleDomain Domain => RuleDomain.Distribusi;

    public ImmutableArray<AppliedPolicy> Policies { get; }

    public DistribusiOptions Options { get; }

    public ImmutableArray<PolaDistribusi> Pola { get; }

    /// <summary>The patterns compiled for the bulk engine, built on first use and kept with the rules.</summary>
    internal PolaTerkompilasi Compiled
    {
        get
        {
            var compiled = Volatile.Read(ref _compiled);
            if (compiled is null)
            {
                // Two threads may both compile; the results are equal, and one is kept.
                compiled = new PolaTerkompilasi(Pola, Options);
                compiled = Interlocked.CompareExchange(ref _compiled, compiled, null) ?? compiled;
            }

            return compiled;
        }
    }

    public PolaDistribusi GetPola(PredikatKinerjaOrganisasi predikatOrganisasi) => Pola[(int)Preconditions.CheckDefined(predikatOrganisasi) - 1];

    public KuotaResult CalculateKuota(PredikatKinerjaOrganisasi predikatOrganisasi, int jumlahPegawai) => KalkulatorKuota.Calculate(this, predikatOrganisasi, jumlahPegawai);

    public PemeriksaanDistribusiResult Check(string unitId, PredikatKinerjaOrganisasi predikatOrganisasi, JumlahPredikat jumlah) =>
        PemeriksaDistribusi.Check(this, unitId, predikatOrganisasi, jumlah, adaInduk: false);

    public SasaranKalibrasi ProposeSasaran(PemeriksaanDistribusiResult verdict) => Kalibrasi.Target(this, verdict);

    public UsulanKalibrasi ProposeKalibrasi(PemeriksaanDistribusiResult verdict, IEnumerable<PegawaiKalibrasi> pegawai) => Kalibrasi.Propose(this, verdict, pegawai);

    public BulkResult Evaluate(BulkInput input, IKuadranRules kuadran, Memory<PredikatKinerja> predikatPegawai, BulkOptions? options = null) =>
        BulkEvaluator.Evaluate(this, input, kuadran, predikatPegawai, options ?? BulkOptions.Default);

    public IDistribusiRules WithOptions(DistribusiOptions options) =>
        Preconditions.CheckNotNull(options).Equals(Options) ? this : new PolaDistribusiRules(RuleSet, Pola, options);

    public override string ToString() => RuleSet.Id.Value + " (" + Options + ")";
}
