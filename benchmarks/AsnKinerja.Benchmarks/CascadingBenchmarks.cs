using AsnKinerja.Cascading;
using BenchmarkDotNet.Attributes;
using NodaTime;

namespace AsnKinerja.Benchmarks;

/// <summary>
/// Building the RHK intervention graph and running the alignment checks, against the naive version an integrator
/// writes today: for each RHK, a linear search over all SKPs for the superior RHK, then the same checks on it.
/// The naive version is quadratic, so this comparison runs at 10,000 employees (2,000 in brief mode);
/// <see cref="CascadingScaleBenchmarks"/> runs the library alone at 100,000.
/// </summary>
[MemoryDiagnoser]
public class CascadingBenchmarks
{
    private List<Skp> _skps = new();

    /// <summary>The number of employees (one SKP of three RHK each).</summary>
    [ParamsSource(nameof(Sizes))]
    public int Employees { get; set; }

    public static IEnumerable<int> Sizes => BenchmarkMode.Brief ? new[] { 2_000 } : new[] { 10_000 };

    [GlobalSetup]
    public void Setup() => _skps = SyntheticOrganisation.Create(Employees);

    [Benchmark(Baseline = true)]
    public int Naive()
    {
        var problems = new List<string>();
        foreach (var skp in _skps)
        {
            foreach (var rhk in skp.HasilKerja)
            {
                if (rhk.RhkAtasanId is null)
                {
                    continue;
                }

                Skp? owner = null;
                RencanaHasilKerja? parent = null;
                foreach (var candidate in _skps)
                {
                    foreach (var r in candidate.HasilKerja)
                    {
                        if (string.Equals(r.Id, rhk.RhkAtasanId, StringComparison.Ordinal))
                        {
                            owner = candidate;
                            parent = r;
                            break;
                        }
                    }

                    if (parent is not null)
                    {
                        break;
                    }
                }

                if (owner is null || parent is null)
                {
                    problems.Add(rhk.Id + ": RHK atasan tidak ditemukan");
                    continue;
                }

                if (owner.Pegawai != skp.PejabatPenilai.Nip)
                {
                    problems.Add(rhk.Id + ": bukan RHK atasan");
                }

                if (owner.Status is not (StatusSkp.Disetujui or StatusSkp.Ditutup))
                {
                    problems.Add(rhk.Id + ": SKP atasan belum disetujui");
                }

                if (parent.Klasifikasi != KlasifikasiRhk.Organisasi)
                {
                    problems.Add(rhk.Id + ": RHK atasan bukan hasil organisasi");
                }

                if (!owner.Periode.Overlaps(skp.Periode))
                {
                    problems.Add(rhk.Id + ": periode tidak beririsan");
                }
            }
        }

        return problems.Count;
    }

    [Benchmark]
    public int Library() => CascadingRules.PermenPanRb6Tahun2022.Validate(CascadingGraph.Create(_skps)).Findings.Length;
}

/// <summary>The library at the target size: 100,000 employees, depth 10 (2,000 in brief mode).</summary>
[MemoryDiagnoser]
public class CascadingScaleBenchmarks
{
    private List<Skp> _skps = new();
    private CascadingGraph _graph = null!;

    /// <summary>The number of employees (one SKP of three RHK each).</summary>
    [ParamsSource(nameof(Sizes))]
    public int Employees { get; set; }

    public static IEnumerable<int> Sizes => BenchmarkMode.Brief ? new[] { 2_000 } : new[] { 100_000 };

    [GlobalSetup]
    public void Setup()
    {
        _skps = SyntheticOrganisation.Create(Employees);
        _graph = CascadingGraph.Create(_skps);
    }

    [Benchmark(Baseline = true)]
    public int Build() => CascadingGraph.Create(_skps).Nodes.Length;

    [Benchmark]
    public int BuildAndValidate() => CascadingRules.PermenPanRb6Tahun2022.Validate(CascadingGraph.Create(_skps)).Findings.Length;

    [Benchmark]
    public int LineageOfEveryRhk()
    {
        var total = 0;
        foreach (var node in _graph.Nodes)
        {
            total += _graph.GetLineage(node.Id).Chain.Length;
        }

        return total;
    }

    [Benchmark]
    public int ContributorsOfEveryGoal()
    {
        var total = 0;
        foreach (var goal in _graph.SumberKinerjaOrganisasi)
        {
            total += _graph.GetContributors(goal).Length;
        }

        return total;
    }
}

/// <summary>
/// A deterministic synthetic organisation: employee 0 heads it (JPT, three Perjanjian Kinerja goals); every other
/// employee's PPK is taken breadth-first from the leaders above, 2 to 5 subordinates each, at most 10 levels deep.
/// Each SKP has two main organisation RHK, each intervening a random organisation RHK of the PPK (the first a direct
/// cascade), and one additional personal RHK. About 0.5% of links name an RHK that does not exist.
/// </summary>
internal static class SyntheticOrganisation
{
    private static readonly PeriodeKinerja Periode = PeriodeKinerja.Tahunan(2024);

    public static List<Skp> Create(int employees, int seed = 20_240_101)
    {
        var random = new Random(seed);
        var ppk = new int[employees];
        var level = new int[employees];
        var queue = new Queue<int>();
        queue.Enqueue(0);
        ppk[0] = -1;
        var next = 1;
        while (next < employees)
        {
            var leader = queue.Dequeue();
            var count = random.Next(2, 6);
            for (var k = 0; k < count && next < employees; k++, next++)
            {
                ppk[next] = leader;
                level[next] = level[leader] + 1;
                if (level[next] < 10)
                {
                    queue.Enqueue(next);
                }
            }
        }

        var skps = new List<Skp>(employees);
        for (var e = 0; e < employees; e++)
        {
            var jabatan = level[e] switch
            {
                0 => Jabatan.Struktural(JenisJabatan.JptMadya),
                1 => Jabatan.Struktural(JenisJabatan.JptPratama),
                2 => Jabatan.Struktural(JenisJabatan.Administrator),
                3 => Jabatan.Struktural(JenisJabatan.Pengawas),
                _ => Jabatan.Struktural(JenisJabatan.Pelaksana),
            };
            var ppkNip = ppk[e] < 0 ? Nip(employees + 1) : Nip(ppk[e]);
            var builder = new SkpBuilder("S" + e, Nip(e), jabatan, "U" + (ppk[e] < 0 ? 0 : ppk[e]), Periode)
                .WithPejabatPenilai(new PejabatPenilaiKinerja(ppkNip, Jabatan.Struktural(JenisJabatan.Administrator)))
                .WithStatus(StatusSkp.Disetujui, new LocalDate(2024, 1, 20));
            for (var k = 1; k <= 2; k++)
            {
                var iki = new[]
                {
                    new IndikatorKinerjaIndividu("I1", "Jumlah dokumen", TargetIki.Kuantitatif(random.Next(1, 20), "dokumen"), AspekIki.Kuantitas, (PerspektifIki)k),
                    new IndikatorKinerjaIndividu("I2", "Mutu", TargetIki.Kuantitatif(100, "%"), AspekIki.Kualitas, (PerspektifIki)(k + 2)),
                };
                string? atasan = null;
                if (ppk[e] >= 0)
                {
                    atasan = random.Next(200) == 0 ? "R-HILANG-" + e : "R" + ppk[e] + "-" + random.Next(1, 3);
                }

                builder.AddHasilKerja(new RencanaHasilKerja(
                    "R" + e + "-" + k,
                    "Hasil kerja organisasi " + k,
                    JenisRhk.Utama,
                    KlasifikasiRhk.Organisasi,
                    iki,
                    atasan,
                    ppk[e] < 0 ? "PK-" + k : null,
                    null,
                    k == 1 ? MetodeCascading.Langsung : MetodeCascading.TidakLangsung));
            }

            builder.AddHasilKerja(new RencanaHasilKerja(
                "R" + e + "-3",
                "Pengembangan diri",
                JenisRhk.Tambahan,
                KlasifikasiRhk.Individu,
                new[] { new IndikatorKinerjaIndividu("I1", "Jam pelajaran", TargetIki.Kuantitatif(20, "jam"), AspekIki.Kuantitas) },
                ppk[e] < 0 ? null : "R" + ppk[e] + "-2",
                ppk[e] < 0 ? "PK-3" : null));
            skps.Add(builder.Build());
        }

        return skps;
    }

    private static Nip Nip(int i) =>
        AsnKinerja.Nip.FromParts(new LocalDate(1960, 1, 1).PlusDays(i / 999), new YearMonth(2000, 1), JenisKelamin.LakiLaki, (i % 999) + 1);
}
