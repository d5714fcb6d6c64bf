using AsnKinerja.Predicates;
using BenchmarkDotNet.Attributes;

namespace AsnKinerja.Benchmarks;

/// <summary>
/// National-scale distribution: every employee's predicate, counts per unit and every unit's verdict. The baseline is
/// what an integrator writes today: one object per employee, LINQ GroupBy per unit, and the one-unit check per group.
/// Units are fixed at 50,000 while employees grow 50,000 → 500,000 → 5,000,000, so the time must grow linearly and the
/// allocation of the bulk engine must not grow at all.
/// </summary>
[MemoryDiagnoser]
public class BulkDistributionBenchmarks
{
    private const int Units = 50_000;
    private BulkInput _input = null!;
    private List<PegawaiRecord> _records = null!;
    private SyntheticCountry _country = null!;
    private BulkOptions _sequential = null!;
    private BulkOptions _parallel = null!;

    public static IEnumerable<int> EmployeeCounts => BenchmarkMode.Brief ? new[] { 50_000 } : new[] { 50_000, 500_000, 5_000_000 };

    [ParamsSource(nameof(EmployeeCounts))]
    public int Employees { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _country = SyntheticCountry.Generate(Employees, BenchmarkMode.Brief ? 5_000 : Units, seed: 2023);
        _input = _country.ToInput();
        _records = _country.ToRecords();
        _sequential = new BulkOptions(derajatParalel: 1);
        _parallel = new BulkOptions(derajatParalel: Environment.ProcessorCount);
    }

    [Benchmark(Baseline = true)]
    public int Naive()
    {
        var kuadran = KuadranRules.PermenPanRb6Tahun2022;
        var pemetaan = kuadran.Pemetaan;
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
            var verdict = DistribusiRules.SeMenPanRb3Tahun2023.Check(group.Key, _country.Org[unit], group.Select(p => p.Predikat));
            if (!verdict.IsMemenuhi)
            {
                failing++;
            }
        }

        return failing;
    }

    [Benchmark]
    public int Bulk()
    {
        return Failing(DistribusiRules.SeMenPanRb3Tahun2023.Evaluate(_input, KuadranRules.PermenPanRb6Tahun2022, _sequential));
    }

    [Benchmark]
    public int BulkParallel()
    {
        return Failing(DistribusiRules.SeMenPanRb3Tahun2023.Evaluate(_input, KuadranRules.PermenPanRb6Tahun2022, _parallel));
    }

    private static int Failing(BulkResult result) =>
        (result.UnitPerStatus.TryGetValue(StatusDistribusi.TidakMemenuhi, out var a) ? a : 0)
        + (result.UnitPerStatus.TryGetValue(StatusDistribusi.TidakMungkin, out var b) ? b : 0);
}
