using AsnKinerja.Predicates;
using BenchmarkDotNet.Attributes;
using NodaTime;

namespace AsnKinerja.Benchmarks;

/// <summary>
/// Calibration of one unit where every employee must move: n employees rated Sangat Baik under the Sangat Kurang
/// pattern, which forbids Sangat Baik. The baseline is the former calibration (one place at a time towards the nearest
/// target, and for each move a scan past the employees already chosen: quadratic); the library now sorts each
/// predicate's holders once and moves the target in binary-searched runs (O(n log n)). Sizes 1,000 → 10,000: the
/// baseline's time grows about a hundredfold, the library's about tenfold (at 100,000 the baseline would take minutes
/// per operation; the tests move 100,000 with the library alone).
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("Periode")]
public class KalibrasiBenchmarks
{
    private IDistribusiRules _rules = null!;
    private PemeriksaanDistribusiResult _verdict = null!;
    private List<PegawaiKalibrasi> _pegawai = null!;

    public static IEnumerable<int> Sizes => BenchmarkMode.Brief ? new[] { 1_000 } : new[] { 1_000, 10_000 };

    [ParamsSource(nameof(Sizes))]
    public int Employees { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _rules = DistribusiRules.SeMenPanRb3Tahun2023;
        _pegawai = Enumerable.Range(0, Employees).Select(i => new PegawaiKalibrasi(AgencyRecords.Nip(i), PredikatKinerja.SangatBaik, i % 97)).ToList();
        _verdict = _rules.Check("U", PredikatKinerjaOrganisasi.SangatKurang, new JumlahPredikat(0, 0, 0, 0, Employees));
    }

    [Benchmark(Baseline = true)]
    public int Former() => KalibrasiLama.Propose(_rules, _verdict, _pegawai);

    [Benchmark]
    public int Library() => _rules.ProposeKalibrasi(_verdict, _pegawai).Perubahan.Length;

    /// <summary>The library's proposal with every change's reason worked out (the baseline builds them all; the library on first use).</summary>
    [Benchmark]
    public int LibraryWithReasons() => _rules.ProposeKalibrasi(_verdict, _pegawai).Perubahan.Sum(c => c.Alasan.Values.Length);
}

/// <summary>
/// The calibration the library had before (kept here only as the benchmark's baseline): the same answer, reached with a
/// target search that moves one place per step and a choice of employees that scans the taken ones for every move.
/// </summary>
internal static class KalibrasiLama
{
    internal static int Propose(IDistribusiRules rules, PemeriksaanDistribusiResult verdict, List<PegawaiKalibrasi> list)
    {
        var pola = verdict.Pola;
        var opsi = rules.Options;
        var ruleSet = rules.RuleSet.Id;
        var before = JumlahPredikat.From(list.Select(p => p.Predikat));
        var n = before.Total;
        var model = ModelKuota.Build(pola, n, opsi);
        var useScores = list.All(p => p.Skor is not null);
        var counts = new int[5];
        for (var p = 0; p < 5; p++)
        {
            counts[p] = before[(PredikatKinerja)(p + 1)];
        }

        var target = TargetNearestOneStepAtATime(model, counts);
        var from = new List<int>();
        var to = new List<int>();
        for (var p = 0; p < 5; p++)
        {
            for (var k = 0; k < counts[p] - target[p]; k++)
            {
                from.Add(p);
            }

            for (var k = 0; k < target[p] - counts[p]; k++)
            {
                to.Add(p);
            }
        }

        var changes = new List<(int Index, PerubahanPredikat Change)>();
        for (var p = 0; p < 5; p++)
        {
            var destinations = Enumerable.Range(0, from.Count).Where(i => from[i] == p).Select(i => to[i]).ToList();
            if (destinations.Count == 0)
            {
                continue;
            }

            var holders = list.Select((e, i) => (Employee: e, Index: i)).Where(x => (int)x.Employee.Predikat - 1 == p).ToList();
            var down = destinations.Where(d => d < p).OrderByDescending(d => d).ToList();
            var up = destinations.Where(d => d > p).OrderBy(d => d).ToList();
            var ascending = holders.OrderBy(x => useScores ? x.Employee.Skor!.Value : 0m).ThenBy(x => x.Index).ToList();
            var descending = holders.OrderByDescending(x => useScores ? x.Employee.Skor!.Value : 0m).ThenBy(x => x.Index).ToList();
            var taken = new HashSet<int>();
            foreach (var d in down)
            {
                var x = ascending.First(h => !taken.Contains(h.Index));
                taken.Add(x.Index);
                changes.Add((x.Index, Change(ruleSet, x.Employee, (PredikatKinerja)(d + 1), pola, before, target, "turun")));
            }

            foreach (var d in up)
            {
                var x = descending.First(h => !taken.Contains(h.Index));
                taken.Add(x.Index);
                changes.Add((x.Index, Change(ruleSet, x.Employee, (PredikatKinerja)(d + 1), pola, before, target, "naik")));
            }
        }

        return changes.OrderBy(c => c.Index).Count();
    }

    private static int[] TargetNearestOneStepAtATime(ModelKuota model, int[] c)
    {
        var t = model.Target(c);
        var changes = ModelKuota.Changes(c, t);
        var improved = true;
        while (improved)
        {
            improved = false;
            var cost = ModelKuota.Distance(c, t);
            for (var q = 0; q < 5 && !improved; q++)
            {
                for (var r = 0; r < 5 && !improved && t[q] > 0; r++)
                {
                    if (r == q)
                    {
                        continue;
                    }

                    t[q]--;
                    t[r]++;
                    if (model.Allows(t) && ModelKuota.Changes(c, t) <= changes && ModelKuota.Distance(c, t) < cost)
                    {
                        improved = true;
                    }
                    else
                    {
                        t[q]++;
                        t[r]--;
                    }
                }
            }
        }

        return t;
    }

    private static PerubahanPredikat Change(RuleSetId ruleSet, PegawaiKalibrasi e, PredikatKinerja to, PolaDistribusi pola, JumlahPredikat before, int[] target, string direction)
    {
        var values = new List<FindingValue>
        {
            FindingValue.Of("predikatOrganisasi", pola.PredikatOrganisasi.ToLabel()),
            FindingValue.Of("kelompokDari", BatasanDistribusi.Short(e.Predikat)),
            FindingValue.Of("jumlahDari", before[e.Predikat]),
            FindingValue.Of("sasaranDari", target[(int)e.Predikat - 1]),
            FindingValue.Of("kelompokKe", BatasanDistribusi.Short(to)),
            FindingValue.Of("jumlahKe", before[to]),
            FindingValue.Of("sasaranKe", target[(int)to - 1]),
            FindingValue.Of("arah", direction),
            FindingValue.Of("menjadi", to.ToLabel()),
        };
        var inputs = new List<FindingValue> { FindingValue.Of("pegawai", e.Nip.ToString()), FindingValue.Of("dari", e.Predikat.ToLabel()) };
        if (e.Skor is { } skor)
        {
            inputs.Add(FindingValue.Of("skor", skor));
        }

        values.Add(FindingValue.Of("adaSkor", e.Skor is null ? "tidak" : "ada"));
        // The former code made each change's explanation as it chose the change: the baseline keeps that work.
        var alasan = DistribusiExplanations.Perubahan.Create(ruleSet, "Kalibrasi[" + pola.PredikatOrganisasi + "]." + direction, inputs, values, Array.Empty<AppliedPolicy>());
        GC.KeepAlive(alasan);
        return new PerubahanPredikat(e.Nip, e.Predikat, to, e.Skor, new Kalibrasi.AlasanKonteks(ruleSet, pola, before, (int[])target.Clone(), direction));
    }
}
