using AsnKinerja.Predicates;
using BenchmarkDotNet.Attributes;

namespace AsnKinerja.Benchmarks;

/// <summary>
/// What both bulk benchmark classes share: one synthetic country, its validated input, and options for one and for every
/// core. Both classes are in category "Bulk" (<c>bash benchmarks/bulk.sh</c> runs them) and measure iterations of 250 ms,
/// which keeps the whole run within its stated time while each iteration still holds several evaluations.
/// </summary>
public abstract class BulkBenchmark
{
    private protected BulkInput Input { get; private set; } = null!;

    private protected SyntheticCountry Country { get; private set; } = null!;

    private protected BulkOptions Sequential { get; private set; } = null!;

    private protected BulkOptions Parallel { get; private set; } = null!;

    [ParamsSource(nameof(EmployeeCounts))]
    public int Employees { get; set; }

    [Params(Layout.Sorted, Layout.Shuffled)]
    public Layout Layout { get; set; }

    public abstract IEnumerable<int> EmployeeCounts { get; }

    /// <summary>The rules every bulk benchmark runs: SE MenPANRB 3/2023 with the default policies, the quadrant of PermenPANRB 6/2022.</summary>
    internal static IDistribusiRules Rules => DistribusiRules.SeMenPanRb3Tahun2023;

    internal static IKuadranRules Kuadran => KuadranRules.PermenPanRb6Tahun2022;

    internal static int Failing(BulkResult result) =>
        (result.UnitPerStatus.TryGetValue(StatusDistribusi.TidakMemenuhi, out var a) ? a : 0)
        + (result.UnitPerStatus.TryGetValue(StatusDistribusi.TidakMungkin, out var b) ? b : 0);

    /// <summary>Builds the country (50,000 units per 5,000,000 employees); the engine on one core, on every core and the reference loop must agree before anything is timed.</summary>
    private protected void Setup(int seed)
    {
        Country = SyntheticCountry.Generate(Employees, Employees / 100, seed, Layout);
        Input = Country.ToInput();
        Sequential = new BulkOptions(derajatParalel: 1);
        Parallel = new BulkOptions(derajatParalel: Environment.ProcessorCount);
        var engine = Failing(Rules.Evaluate(Input, Kuadran, Sequential));
        var reference = ReferenceLoop.Run(Country, Layout == Layout.Sorted);
        if (engine != reference || Failing(Rules.Evaluate(Input, Kuadran, Parallel)) != engine)
        {
            throw new InvalidOperationException($"The engine ({engine} failing units), its parallel mode and the reference loop ({reference}) disagree.");
        }
    }

    private protected int RunReference() => ReferenceLoop.Run(Country, Layout == Layout.Sorted);

    private protected int RunEvaluate(BulkOptions options) => Failing(Rules.Evaluate(Input, Kuadran, options));

    private protected int RunValidateAndEvaluate(BulkOptions options) => Failing(Rules.Evaluate(Country.ToInput(), Kuadran, options));
}

/// <summary>
/// National-scale distribution, one country of 5,000,000 employees in 50,000 units, sorted by unit and shuffled: every
/// employee's predicate, the counts per unit (heads in the parent unit) and every unit's verdict. In one run: the naive
/// version an integrator writes today (<see cref="Naive"/>, the baseline), the hand-tuned reference loop for the
/// default policies (<see cref="ReferenceLoop"/>), and the engine on one core and on every core, with and without the
/// validation of <see cref="BulkInput"/>. Read "ns/employee" for the targets and Ratio against the naive version.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("Bulk")]
[IterationTime(250)]
public class BulkDistributionBenchmarks : BulkBenchmark
{
    private List<PegawaiRecord> _records = null!;

    public override IEnumerable<int> EmployeeCounts => BenchmarkMode.Brief ? new[] { 50_000 } : new[] { 5_000_000 };

    [GlobalSetup]
    public void Setup() => Setup(seed: 2023);

    [GlobalSetup(Target = nameof(Naive))]
    public void SetupNaive()
    {
        Setup(seed: 2023);
        _records = Country.ToRecords();
        if (Naive() != RunEvaluate(Sequential))
        {
            throw new InvalidOperationException("The naive version and the engine disagree.");
        }
    }

    [Benchmark(Baseline = true)]
    public int Naive()
    {
        var kuadran = Kuadran;
        var pemetaan = kuadran.Pemetaan;
        foreach (var p in _records)
        {
            var unit = p.Unit;
            var hasil = p.IsKepala ? pemetaan.Map(Country.Org[unit]) : p.RatingHasilKerja;
            p.Predikat = kuadran.GetPredikat(hasil, p.RatingPerilakuKerja);
            p.CountedInUnitId = p.IsKepala && Country.Parent[unit] >= 0 ? "U" + Country.Parent[unit] : p.UnitId;
        }

        var failing = 0;
        foreach (var group in _records.GroupBy(p => p.CountedInUnitId))
        {
            var unit = int.Parse(group.Key.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture);
            var verdict = Rules.Check(group.Key, Country.Org[unit], group.Select(p => p.Predikat));
            if (verdict.Status is StatusDistribusi.TidakMemenuhi or StatusDistribusi.TidakMungkin)
            {
                failing++;
            }
        }

        return failing;
    }

    [Benchmark]
    public int Reference() => RunReference();

    [Benchmark]
    public int Evaluate() => RunEvaluate(Sequential);

    [Benchmark]
    public int EvaluateAllCores() => RunEvaluate(Parallel);

    [Benchmark]
    public int ValidateAndEvaluate() => RunValidateAndEvaluate(Sequential);

    [Benchmark]
    public int ValidateAndEvaluateAllCores() => RunValidateAndEvaluate(Parallel);
}

/// <summary>
/// Scaling at 50,000,000 employees in 500,000 units: the engine on one core (the baseline here, so Ratio reads as the
/// time on every core relative to one core), on every core, with and without validation, both layouts, and the
/// reference loop. The naive version is left out at this size (it needs minutes and tens of gigabytes per run); its
/// ratio at 5,000,000 is in <see cref="BulkDistributionBenchmarks"/>.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("Bulk")]
[IterationTime(250)]
public class BulkScalingBenchmarks : BulkBenchmark
{
    public override IEnumerable<int> EmployeeCounts => BenchmarkMode.Brief ? new[] { 200_000 } : new[] { 50_000_000 };

    [GlobalSetup]
    public void Setup() => Setup(seed: 2024);

    [Benchmark(Baseline = true)]
    public int Evaluate() => RunEvaluate(Sequential);

    [Benchmark]
    public int EvaluateAllCores() => RunEvaluate(Parallel);

    [Benchmark]
    public int ValidateAndEvaluate() => RunValidateAndEvaluate(Sequential);

    [Benchmark]
    public int ValidateAndEvaluateAllCores() => RunValidateAndEvaluate(Parallel);

    [Benchmark]
    public int Reference() => RunReference();
}
