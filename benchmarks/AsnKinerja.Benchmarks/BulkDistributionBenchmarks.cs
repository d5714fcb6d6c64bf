using AsnKinerja.Predicates;
using BenchmarkDotNet.Attributes;

namespace AsnKinerja.Benchmarks;

/// <summary>
/// National-scale distribution, one country of 5,000,000 employees in 50,000 units, sorted by unit and shuffled: every
/// employee's predicate, the counts per unit (heads in the parent unit) and every unit's verdict. In one run: the naive
/// version an integrator writes today (<see cref="Naive"/>, the baseline), the hand-tuned reference loop for the
/// default policies (<see cref="ReferenceLoop"/>), and the engine on one core and on every core, with and without the
/// validation of <see cref="BulkInput"/>. Read "ns/employee" for the targets and Ratio against the naive version.
/// </summary>
[MemoryDiagnoser]
public class BulkDistributionBenchmarks
{
    private BulkInput _input = null!;
    private List<PegawaiRecord> _records = null!;
    private SyntheticCountry _country = null!;
    private BulkOptions _sequential = null!;
    private BulkOptions _parallel = null!;

    public static IEnumerable<int> EmployeeCounts => BenchmarkMode.Brief ? new[] { 50_000 } : new[] { 5_000_000 };

    [ParamsSource(nameof(EmployeeCounts))]
    public int Employees { get; set; }

    [Params(Layout.Sorted, Layout.Shuffled)]
    public Layout Layout { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _country = SyntheticCountry.Generate(Employees, Employees / 100, seed: 2023, Layout);
        _input = _country.ToInput();
        _sequential = new BulkOptions(derajatParalel: 1);
        _parallel = new BulkOptions(derajatParalel: Environment.ProcessorCount);

        // The four ways must agree before anything is timed.
        var engine = Failing(BulkEvaluator.Evaluate(_input, _sequential));
        var reference = ReferenceLoop.Run(_country, Layout == Layout.Sorted);
        if (engine != reference || Failing(BulkEvaluator.Evaluate(_input, _parallel)) != engine)
        {
            throw new InvalidOperationException($"The engine ({engine} failing units) and the reference loop ({reference}) disagree.");
        }
    }

    [GlobalSetup(Target = nameof(Naive))]
    public void SetupNaive()
    {
        Setup();
        _records = _country.ToRecords();
        if (Naive() != Failing(BulkEvaluator.Evaluate(_input, _sequential)))
        {
            throw new InvalidOperationException("The naive version and the engine disagree.");
        }
    }

    [Benchmark(Baseline = true)]
    public int Naive()
    {
        var kuadran = KuadranKinerja.PermenPanRb6Tahun2022;
        var pemetaan = PemetaanRatingPimpinan.Default;
        foreach (var p in _records)
        {
            var unit = p.Unit;
            var hasil = p.IsKepala ? pemetaan.Map(_country.Org[unit]) : p.RatingHasilKerja;
            p.Predikat = kuadran.GetPredikat(hasil, p.RatingPerilakuKerja);
            p.CountedInUnitId = p.IsKepala && _country.Parent[unit] >= 0 ? "U" + _country.Parent[unit] : p.UnitId;
        }

        var failing = 0;
        foreach (var group in _records.GroupBy(p => p.CountedInUnitId))
        {
            var unit = int.Parse(group.Key.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture);
            var verdict = PemeriksaDistribusi.Check(group.Key, _country.Org[unit], group.Select(p => p.Predikat));
            if (verdict.Status is StatusDistribusi.TidakMemenuhi or StatusDistribusi.TidakMungkin)
            {
                failing++;
            }
        }

        return failing;
    }

    [Benchmark]
    public int Reference() => ReferenceLoop.Run(_country, Layout == Layout.Sorted);

    [Benchmark]
    public int Evaluate() => Failing(BulkEvaluator.Evaluate(_input, _sequential));

    [Benchmark]
    public int EvaluateAllCores() => Failing(BulkEvaluator.Evaluate(_input, _parallel));

    [Benchmark]
    public int ValidateAndEvaluate() => Failing(BulkEvaluator.Evaluate(_country.ToInput(), _sequential));

    [Benchmark]
    public int ValidateAndEvaluateAllCores() => Failing(BulkEvaluator.Evaluate(_country.ToInput(), _parallel));

    internal static int Failing(BulkResult result) =>
        (result.UnitPerStatus.TryGetValue(StatusDistribusi.TidakMemenuhi, out var a) ? a : 0)
        + (result.UnitPerStatus.TryGetValue(StatusDistribusi.TidakMungkin, out var b) ? b : 0);
}

/// <summary>
/// Scaling at 50,000,000 employees in 500,000 units: the engine on one core (the baseline here, so Ratio reads as the
/// time on every core relative to one core), on every core, with and without validation, both layouts, and the
/// reference loop. The naive version is left out at this size (it needs minutes and tens of gigabytes per run); its
/// ratio at 5,000,000 is in <see cref="BulkDistributionBenchmarks"/>.
/// </summary>
[MemoryDiagnoser]
public class BulkScalingBenchmarks
{
    private BulkInput _input = null!;
    private SyntheticCountry _country = null!;
    private BulkOptions _sequential = null!;
    private BulkOptions _parallel = null!;

    public static IEnumerable<int> EmployeeCounts => BenchmarkMode.Brief ? new[] { 200_000 } : new[] { 50_000_000 };

    [ParamsSource(nameof(EmployeeCounts))]
    public int Employees { get; set; }

    [Params(Layout.Sorted, Layout.Shuffled)]
    public Layout Layout { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _country = SyntheticCountry.Generate(Employees, Employees / 100, seed: 2024, Layout);
        _input = _country.ToInput();
        _sequential = new BulkOptions(derajatParalel: 1);
        _parallel = new BulkOptions(derajatParalel: Environment.ProcessorCount);
        var engine = BulkDistributionBenchmarks.Failing(BulkEvaluator.Evaluate(_input, _sequential));
        if (engine != ReferenceLoop.Run(_country, Layout == Layout.Sorted) || engine != BulkDistributionBenchmarks.Failing(BulkEvaluator.Evaluate(_input, _parallel)))
        {
            throw new InvalidOperationException("The engine, its parallel mode and the reference loop disagree.");
        }
    }

    [Benchmark(Baseline = true)]
    public int Evaluate() => BulkDistributionBenchmarks.Failing(BulkEvaluator.Evaluate(_input, _sequential));

    [Benchmark]
    public int EvaluateAllCores() => BulkDistributionBenchmarks.Failing(BulkEvaluator.Evaluate(_input, _parallel));

    [Benchmark]
    public int ValidateAndEvaluate() => BulkDistributionBenchmarks.Failing(BulkEvaluator.Evaluate(_country.ToInput(), _sequential));

    [Benchmark]
    public int ValidateAndEvaluateAllCores() => BulkDistributionBenchmarks.Failing(BulkEvaluator.Evaluate(_country.ToInput(), _parallel));

    [Benchmark]
    public int Reference() => ReferenceLoop.Run(_country, Layout == Layout.Sorted);
}
