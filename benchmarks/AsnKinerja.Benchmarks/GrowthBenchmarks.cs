using System.Collections.Immutable;
using System.Globalization;
using AsnKinerja.Cascading;
using AsnKinerja.Testing;
using BenchmarkDotNet.Attributes;
using NodaTime;

namespace AsnKinerja.Benchmarks;

// The paths that used to grow faster than their input, each at three sizes that quadruple, against the version the
// library had before (Baseline): a linear path costs about 4× per step, a quadratic one 16×. Run them all with
// `bash benchmarks/growth.sh` (category "Growth"); benchmarks/results/growth.md holds the last run.

/// <summary>
/// <see cref="CascadingGraph.GetLineage"/> on a chain in which every RHK names its own organisation goal. The old
/// version looked each goal up in the list of goals found so far, so the chain cost its length squared.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("Growth")]
public class LineageGrowthBenchmarks
{
    private CascadingGraph _graph = null!;

    /// <summary>The length of the chain (RHK).</summary>
    [ParamsSource(nameof(Sizes))]
    public int Length { get; set; }

    public static IEnumerable<int> Sizes => BenchmarkMode.Brief ? new[] { 200 } : new[] { 2_500, 10_000, 40_000 };

    [GlobalSetup]
    public void Setup() => _graph = CascadingGraph.Create(new[] { GrowthData.Skp("S", 0, GrowthData.Chain(Length)) });

    [Benchmark(Baseline = true)]
    public int Old()
    {
        // The former GetLineage: the chain by parent index, each goal checked against the goals listed so far.
        var chain = ImmutableArray.CreateBuilder<RhkNode>();
        var goals = ImmutableArray.CreateBuilder<string>();
        var seen = new HashSet<int>();
        var current = _graph.GetNode("R0").Index;
        while (true)
        {
            seen.Add(current);
            var node = _graph.Nodes[current];
            chain.Add(node);
            if (node.Rhk.SumberKinerjaOrganisasi is { } goal && !goals.Contains(goal))
            {
                goals.Add(goal);
            }

            var p = _graph.ParentOf(current);
            if (p >= 0 && !seen.Contains(p))
            {
                current = p;
                continue;
            }

            break;
        }

        return chain.Count + goals.Count;
    }

    [Benchmark]
    public int Library()
    {
        var lineage = _graph.GetLineage("R0");
        return lineage.Chain.Length + lineage.SumberKinerjaOrganisasi.Length;
    }
}

/// <summary>
/// One SKP with many RHK through <see cref="SkpBuilder.AddHasilKerja"/>. The old builder scanned every RHK already
/// added for a duplicate identifier (a list and <c>Any</c>), so n RHK cost n²/2 comparisons; the baseline is that scan
/// and list, the library the whole builder and <see cref="SkpBuilder.Build"/>.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("Growth")]
public class SkpBuilderGrowthBenchmarks
{
    private RencanaHasilKerja[] _rhk = Array.Empty<RencanaHasilKerja>();

    /// <summary>The number of RHK in the SKP.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Rhk { get; set; }

    public static IEnumerable<int> Sizes => BenchmarkMode.Brief ? new[] { 200 } : new[] { 2_000, 8_000, 32_000 };

    [GlobalSetup]
    public void Setup() => _rhk = GrowthData.Chain(Rhk);

    [Benchmark(Baseline = true)]
    public int Old()
    {
        var added = new List<RencanaHasilKerja>();
        foreach (var rhk in _rhk)
        {
            if (added.Any(r => string.Equals(r.Id, rhk.Id, StringComparison.Ordinal)))
            {
                throw new ArgumentException("RHK ID was already added.", nameof(rhk));
            }

            added.Add(rhk);
        }

        return added.ToImmutableArray().Length;
    }

    [Benchmark]
    public int Library() => GrowthData.Skp("S", 0, _rhk).HasilKerja.Length;
}

/// <summary>
/// The structural check of <see cref="CascadingRules.Validate"/> (CAS011) on a chain of units, each with one employee
/// and no head but the root's, so every employee's nearest head is at the top. The old check walked up the tree from
/// each SKP: depth × SKPs. The baseline is that walk alone; the library runs the whole of Validate (every check, the
/// walk resolved once per unit), so the ratio understates the gain.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("Growth")]
public class StructuralWalkGrowthBenchmarks
{
    private CascadingGraph _graph = null!;

    /// <summary>The depth of the tree, which is also the number of units, employees and SKPs.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Depth { get; set; }

    public static IEnumerable<int> Sizes => BenchmarkMode.Brief ? new[] { 200 } : new[] { 1_000, 4_000, 16_000 };

    [GlobalSetup]
    public void Setup()
    {
        static string U(int u) => "U" + u.ToString(CultureInfo.InvariantCulture);
        var units = Enumerable.Range(0, Depth).Select(u => new UnitKerja(U(u), "Unit", u == 0 ? null : U(u - 1)));
        var placements = Enumerable.Range(0, Depth).Select(u => new PenempatanPegawai(GrowthData.Nip(u + 1), U(u), u == 0));
        var struktur = StrukturOrganisasi.Create(units, placements).Value;
        var skps = Enumerable.Range(0, Depth).Select(u => GrowthData.Skp(
            "S" + u.ToString(CultureInfo.InvariantCulture),
            u + 1,
            new[] { new RencanaHasilKerja("R" + u.ToString(CultureInfo.InvariantCulture), "Hasil", JenisRhk.Utama, KlasifikasiRhk.Individu, GrowthData.Iki, penugasanDari: "Kepala") },
            unitId: U(u),
            ppk: u == 0 ? Depth + 1 : 1));
        _graph = CascadingGraph.Create(skps, null, struktur);
    }

    [Benchmark(Baseline = true)]
    public int Old()
    {
        // The former walk of CheckStruktur: up from each SKP's unit to the first head who is not the employee.
        var struktur = _graph.Struktur!;
        var differs = 0;
        foreach (var skp in _graph.Skps)
        {
            Nip? atasan = null;
            for (var unit = struktur.GetUnit(skp.UnitId); unit is not null; unit = struktur.GetParent(unit.Id))
            {
                if (struktur.GetKepala(unit.Id) is { } head && head != skp.Pegawai)
                {
                    atasan = head;
                    break;
                }
            }

            if (atasan is { } expected && expected != skp.PejabatPenilai.Nip)
            {
                differs++;
            }
        }

        return differs;
    }

    [Benchmark]
    public int Library() => CascadingRules.Validate(_graph).Findings.Length;
}

/// <summary>
/// Building the <see cref="MatriksPeranHasil"/> of a leader with n RHK and n subordinates, each delivering one RHK
/// (n × n cells, n of them filled), against the dense grid the library used to allocate (16 bytes per cell and a scan
/// of every row and column for the gaps). The dense grid stops being feasible near 8,000 × 8,000 (about 1 GB);
/// <see cref="MatriksPeranHasilScaleBenchmarks"/> runs the sparse one alone up to 50,000 × 50,000.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("Growth")]
public class MatriksPeranHasilGrowthBenchmarks
{
    private CascadingGraph _graph = null!;

    /// <summary>The number of rows and of columns.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Size { get; set; }

    public static IEnumerable<int> Sizes => BenchmarkMode.Brief ? new[] { 100 } : new[] { 1_000, 2_000, 4_000 };

    [GlobalSetup]
    public void Setup() => _graph = GrowthData.Square(Size);

    [Benchmark(Baseline = true)]
    public int Dense() => DenseMatriksPeranHasil.Build(_graph, GrowthData.Nip(0), null).KolomTanpaPeran.Length;

    [Benchmark]
    public int Library() => _graph.GetMatriksPeranHasil(GrowthData.Nip(0)).KolomTanpaPeran.Length;
}

/// <summary>The sparse <see cref="MatriksPeranHasil"/> alone at sizes the dense grid could not hold (2.5 GB to 40 GB).</summary>
[MemoryDiagnoser]
[BenchmarkCategory("Growth")]
public class MatriksPeranHasilScaleBenchmarks
{
    private CascadingGraph _graph = null!;

    /// <summary>The number of rows and of columns.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Size { get; set; }

    public static IEnumerable<int> Sizes => BenchmarkMode.Brief ? new[] { 100 } : new[] { 12_500, 25_000, 50_000 };

    [GlobalSetup]
    public void Setup() => _graph = GrowthData.Square(Size);

    [Benchmark]
    public int Library() => _graph.GetMatriksPeranHasil(GrowthData.Nip(0)).KolomTanpaPeran.Length;
}

/// <summary>Deterministic inputs for the growth benchmarks.</summary>
internal static class GrowthData
{
    private static readonly PeriodeKinerja Periode = PeriodeKinerja.Tahunan(2024);

    public static readonly IndikatorKinerjaIndividu[] Iki = { new("I", "Jumlah dokumen", TargetIki.Kuantitatif(1m, "dokumen"), AspekIki.Kuantitas) };

    /// <summary>A distinct, valid NIP for each of up to a million people.</summary>
    public static Nip Nip(int i) =>
        AsnKinerja.Nip.FromParts(new LocalDate(1960, 1, 1).PlusDays(i / 999), new YearMonth(2000, 1), JenisKelamin.LakiLaki, (i % 999) + 1);

    /// <summary>RHK R0 → R1 → … → R(n-1), each naming its own goal PK-i.</summary>
    public static RencanaHasilKerja[] Chain(int n) => Enumerable.Range(0, n).Select(i => new RencanaHasilKerja(
        "R" + i.ToString(CultureInfo.InvariantCulture), "Hasil", JenisRhk.Utama, KlasifikasiRhk.Organisasi, Iki,
        i + 1 < n ? "R" + (i + 1).ToString(CultureInfo.InvariantCulture) : null, "PK-" + i.ToString(CultureInfo.InvariantCulture))).ToArray();

    public static Skp Skp(string id, int pegawai, IEnumerable<RencanaHasilKerja> rhk, string unitId = "U", int? ppk = null)
    {
        var builder = new SkpBuilder(id, Nip(pegawai), Jabatan.Struktural(JenisJabatan.Pelaksana), unitId, Periode)
            .WithPejabatPenilai(new PejabatPenilaiKinerja(Nip(ppk ?? pegawai + 1), Jabatan.Struktural(JenisJabatan.Administrator)))
            .WithStatus(StatusSkp.Disetujui, new LocalDate(2024, 1, 15));
        foreach (var r in rhk)
        {
            builder.AddHasilKerja(r);
        }

        return builder.Build();
    }

    /// <summary>A leader (person 0) with n organisation RHK and n subordinates; subordinate k delivers RHK k.</summary>
    public static CascadingGraph Square(int n)
    {
        var leaderRhk = Enumerable.Range(0, n).Select(k => new RencanaHasilKerja(
            "L-" + k.ToString(CultureInfo.InvariantCulture), "Hasil", JenisRhk.Utama, KlasifikasiRhk.Organisasi, Iki, null, "PK-1"));
        var skps = Enumerable.Range(0, n).Select(k => Skp(
            "B" + k.ToString(CultureInfo.InvariantCulture),
            k + 1,
            new[] { new RencanaHasilKerja("B-" + k.ToString(CultureInfo.InvariantCulture), "Hasil", JenisRhk.Utama, KlasifikasiRhk.Organisasi, Iki, "L-" + k.ToString(CultureInfo.InvariantCulture)) },
            ppk: 0)).ToList();
        skps.Add(Skp("L", 0, leaderRhk, ppk: n + 1));
        return CascadingGraph.Create(skps);
    }
}
