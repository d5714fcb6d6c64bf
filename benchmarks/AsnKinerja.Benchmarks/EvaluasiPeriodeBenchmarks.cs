using AsnKinerja.Predicates;
using BenchmarkDotNet.Attributes;
using NodaTime;

namespace AsnKinerja.Benchmarks;

/// <summary>
/// An agency's evaluation period end to end beside the bulk engine alone, on the same agency: 100,000 employees in
/// 2,500 units of a skewed synthetic tree (heads in every unit, 1% on study leave). The baseline is the bulk engine on
/// ready-made columns (predicates, counts and verdict statuses only); the pipeline starts from records (units,
/// placements, statuses, ratings), applies the special-status policy, builds and checks the tree, computes every
/// employee's explained predicate, runs the same bulk engine, writes every unit's full explained verdict and every
/// failing unit's calibration proposal; <see cref="PeriodeDanKeputusan"/> then accepts every proposal and checks every
/// unit again on the final predicates. The ratio says how far above the engine the whole job is.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("Periode")]
public class EvaluasiPeriodeBenchmarks
{
    private static readonly LocalDate Tanggal = new(2025, 1, 20);
    private AgencyRecords _agency = null!;

    public static IEnumerable<int> EmployeeCounts => BenchmarkMode.Brief ? new[] { 10_000 } : new[] { 100_000 };

    [ParamsSource(nameof(EmployeeCounts))]
    public int Employees { get; set; }

    [GlobalSetup]
    public void Setup() => _agency = AgencyRecords.Generate(Employees, Employees / 40, seed: 2025);

    [Benchmark(Baseline = true)]
    public int BulkEngine()
    {
        var result = DistribusiRules.SeMenPanRb3Tahun2023.Evaluate(_agency.Columns, KuadranRules.PermenPanRb6Tahun2022);
        return result.UnitPerStatus.TryGetValue(StatusDistribusi.TidakMemenuhi, out var failing) ? failing : 0;
    }

    [Benchmark]
    public int Periode() =>
        EvaluasiPeriode.Evaluate(_agency.Input, KuadranRules.PermenPanRb6Tahun2022, DistribusiRules.SeMenPanRb3Tahun2023).Value.Statistik.UnitGagal;

    [Benchmark]
    public int PeriodeDanKeputusan()
    {
        var hasil = EvaluasiPeriode.Evaluate(_agency.Input, KuadranRules.PermenPanRb6Tahun2022, DistribusiRules.SeMenPanRb3Tahun2023).Value;
        return hasil.Tetapkan(hasil.CreateKeputusan().TerimaSemuaUsulan(Tanggal).Build()).StatistikAkhir.UnitGagal;
    }
}

/// <summary>A synthetic agency as records (what the period pipeline takes) and as the bulk engine's columns, from one seed.</summary>
public sealed class AgencyRecords
{
    private AgencyRecords(EvaluasiPeriodeInput input, BulkInput columns)
    {
        Input = input;
        Columns = columns;
    }

    public EvaluasiPeriodeInput Input { get; }

    public BulkInput Columns { get; }

    /// <summary>A distinct valid NIP per number.</summary>
    public static Nip Nip(int i) => AsnKinerja.Nip.FromParts(new LocalDate(1970, 1, 1).PlusDays(i / 999), new YearMonth(1995, 3), JenisKelamin.Perempuan, (i % 999) + 1);

    public static AgencyRecords Generate(int employees, int units, int seed)
    {
        var country = SyntheticCountry.Generate(employees, units, seed);
        var tahun = PeriodeKinerja.Tahunan(2024);
        var isHead = new bool[employees];
        foreach (var h in country.Head)
        {
            if (h >= 0)
            {
                isHead[h] = true;
            }
        }

        var ppk = new PejabatPenilaiKinerja(Pejabat.Asn(Nip(employees + 1), Jabatan.Struktural(JenisJabatan.Administrator)));
        var unitRecords = Enumerable.Range(0, units).Select(u => new UnitKerja("U" + u, "Unit " + u, country.Parent[u] < 0 ? null : "U" + country.Parent[u])).ToList();
        var placements = Enumerable.Range(0, employees).Select(i => new PenempatanPegawai(Nip(i), "U" + country.Unit[i], isHead[i])).ToList();
        var ratings = Enumerable.Range(0, employees).Select(i => new PenilaianPegawai(Nip(i), country.Hasil[i], country.Perilaku[i], i % 97, ppk)).ToList();
        var status = Enumerable.Range(0, employees).Where(i => i % 100 == 7 && !isHead[i]).Select(i => new StatusPegawai(Nip(i), JenisStatusPegawai.TugasBelajar, new LocalDate(2023, 9, 1))).ToList();
        var predikat = Enumerable.Range(0, units).ToDictionary(u => "U" + u, u => country.Org[u]);
        return new AgencyRecords(new EvaluasiPeriodeInput(tahun, unitRecords, placements, predikat, ratings, status), country.ToInput());
    }
}
