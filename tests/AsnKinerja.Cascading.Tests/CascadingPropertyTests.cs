using System.Globalization;
using AsnKinerja.Testing;
using FsCheck;
using FsCheck.Fluent;
using static AsnKinerja.Cascading.Tests.TestData;

namespace AsnKinerja.Cascading.Tests;

/// <summary>Laws of the cascading graph, checked on small random organisations.</summary>
public class CascadingPropertyTests
{
    /// <summary>One employee: PPK (0 = someone outside the set), SKP status, period and position, number of RHK.</summary>
    public sealed record EmpSpec(int Ppk, int Status, int Periode, int Jabatan, int RhkCount);

    /// <summary>One RHK: superior (-2 an unknown ID, -1 none, else an RHK index), class, kind, goal, assignment, method, target, perspective.</summary>
    public sealed record RhkSpec(int Atasan, int Klasifikasi, int Jenis, int Sumber, int Penugasan, int Metode, int Nilai, int Perspektif);

    /// <summary>An organisation: employees, their RHK in order, an optional team (leader 0 = none) and an order to feed the SKPs in.</summary>
    public sealed record OrgSpec(EmpSpec[] Emps, RhkSpec[] Rhks, int TeamLeader, int TeamMask, int[] Order)
    {
        public override string ToString() =>
            string.Join("; ", Emps.Select((e, i) => string.Create(CultureInfo.InvariantCulture, $"E{i + 1}(ppk {e.Ppk}, st {e.Status}, per {e.Periode}, jab {e.Jabatan}, rhk {e.RhkCount})")))
            + " | " + string.Join("; ", Rhks.Select((r, i) => string.Create(CultureInfo.InvariantCulture, $"#{i}->{r.Atasan} k{r.Klasifikasi} j{r.Jenis} s{r.Sumber} p{r.Penugasan} m{r.Metode} n{r.Nilai}")))
            + string.Create(CultureInfo.InvariantCulture, $" | team {TeamLeader}/{TeamMask} | order {string.Join(",", Order)}");
    }

    private static Gen<EmpSpec> EmpGen(int n) =>
        from ppk in Gen.Choose(0, n)
        from status in Gen.Choose(1, 4)
        from periode in Gen.Choose(0, 2)
        from jabatan in Gen.Choose(0, 2)
        from count in Gen.Choose(1, 3)
        select new EmpSpec(ppk, status, periode, jabatan, count);

    private static Gen<RhkSpec> RhkGen(int total) =>
        from atasan in Gen.Frequency((1, Gen.Constant(-2)), (2, Gen.Constant(-1)), (6, Gen.Choose(0, total - 1)))
        from klasifikasi in Gen.Frequency((4, Gen.Constant(1)), (1, Gen.Constant(2)))
        from jenis in Gen.Choose(1, 2)
        from sumber in Gen.Choose(0, 2)
        from penugasan in Gen.Choose(0, 3)
        from metode in Gen.Choose(0, 2)
        from nilai in Gen.Choose(1, 10)
        from perspektif in Gen.Choose(0, 4)
        select new RhkSpec(atasan, klasifikasi, jenis, sumber, penugasan, metode, nilai, perspektif);

    private static Gen<OrgSpec> OrgGen =>
        from n in Gen.Choose(1, 6)
        from emps in EmpGen(n).ArrayOf(n)
        from rhks in RhkGen(emps.Sum(e => e.RhkCount)).ArrayOf(emps.Sum(e => e.RhkCount))
        from leader in Gen.Choose(0, n)
        from mask in Gen.Choose(0, 63)
        from order in Gen.Shuffle(Enumerable.Range(0, n).ToArray())
        select new OrgSpec(emps, rhks, leader, mask, order);

    private static Arbitrary<OrgSpec> Orgs => OrgGen.ToArbitrary();

    private static string RhkId(OrgSpec spec, int index)
    {
        var emp = 0;
        var k = index;
        while (k >= spec.Emps[emp].RhkCount)
        {
            k -= spec.Emps[emp].RhkCount;
            emp++;
        }

        return string.Create(CultureInfo.InvariantCulture, $"R{emp + 1}-{k + 1}");
    }

    private static readonly PeriodeKinerja[] Periods = { Tahun2024, PeriodeKinerja.Tahunan(2023), PeriodeKinerja.Triwulanan(2024, Triwulan.II) };

    private static readonly Jabatan[] Positions = { Pelaksana, Administrator, JptPratama };

    /// <summary>The SKPs of a spec, in the spec's feeding order.</summary>
    private static List<Skp> Build(OrgSpec spec, bool inOrder = false)
    {
        var skps = new Skp[spec.Emps.Length];
        var index = 0;
        for (var e = 0; e < spec.Emps.Length; e++)
        {
            var emp = spec.Emps[e];
            var rhk = new List<RencanaHasilKerja>();
            for (var k = 0; k < emp.RhkCount; k++, index++)
            {
                var r = spec.Rhks[index];
                var atasan = r.Atasan == -2 ? "MISSING" : r.Atasan == -1 ? null : RhkId(spec, r.Atasan);
                rhk.Add(new RencanaHasilKerja(
                    RhkId(spec, index),
                    "Hasil",
                    (JenisRhk)r.Jenis,
                    (KlasifikasiRhk)r.Klasifikasi,
                    new[] { new IndikatorKinerjaIndividu("I", "Indikator", TargetIki.Kuantitatif(r.Nilai, "dokumen"), AspekIki.Kuantitas, r.Perspektif == 0 ? null : (PerspektifIki)r.Perspektif) },
                    atasan,
                    r.Sumber == 0 ? null : "PK-" + r.Sumber.ToString(CultureInfo.InvariantCulture),
                    r.Penugasan == 0 ? "Kepala" : null,
                    r.Metode == 0 ? null : (MetodeCascading)r.Metode));
            }

            var ppk = emp.Ppk == 0 || emp.Ppk == e + 1 ? 99 : emp.Ppk;
            skps[e] = Skp("S" + (e + 1).ToString(CultureInfo.InvariantCulture), e + 1, ppk, Positions[emp.Jabatan], rhk.ToArray(), (StatusSkp)emp.Status, Periods[emp.Periode]);
        }

        return inOrder ? skps.ToList() : spec.Order.Select(i => skps[i]).ToList();
    }

    private static List<TimKerja> Teams(OrgSpec spec) =>
        spec.TeamLeader == 0
            ? new List<TimKerja>()
            : new List<TimKerja> { new("T1", "Tim", Nip(spec.TeamLeader), Enumerable.Range(1, spec.Emps.Length).Where(i => (spec.TeamMask & (1 << (i - 1))) != 0).Select(i => Nip(i))) };

    private static CascadingGraph Graph(OrgSpec spec, bool inOrder = false) => CascadingGraph.Create(Build(spec, inOrder), Teams(spec));

    [Property(MaxTest = 300)]
    public Property Cycles_AgreeWithBruteForce()
    {
        return Prop.ForAll(Orgs, spec =>
        {
            var graph = Graph(spec);
            var reported = CascadingRules.PermenPanRb6Tahun2022.Validate(graph).Findings
                .Where(f => f.Code == "CAS006")
                .SelectMany(f => f.GetValue("siklus")!.Split(" -> "))
                .ToHashSet();

            // Brute force: a node is on a cycle when following superiors for at most n steps comes back to it.
            var skps = Build(spec, inOrder: true);
            var parent = skps.SelectMany(s => s.HasilKerja).ToDictionary(r => r.Id, r => r.RhkAtasanId);
            var expected = new HashSet<string>();
            foreach (var start in parent.Keys)
            {
                var current = parent[start];
                for (var step = 0; step < parent.Count && current is not null && parent.ContainsKey(current); step++)
                {
                    if (current == start)
                    {
                        expected.Add(start);
                        break;
                    }

                    current = parent[current];
                }
            }

            return reported.SetEquals(expected) && graph.Cycles.SelectMany(c => c.Select(n => n.Id)).ToHashSet().SetEquals(expected);
        });
    }

    [Property(MaxTest = 200)]
    public Property Validate_InputOrder_DoesNotChangeFindingsOrMatrices()
    {
        return Prop.ForAll(Orgs, spec =>
        {
            var shuffled = Graph(spec);
            var ordered = Graph(spec, inOrder: true);
            var reversedTeams = CascadingGraph.Create(Enumerable.Reverse(Build(spec)), Teams(spec));

            var findings = CascadingRules.PermenPanRb6Tahun2022.Validate(ordered).Findings;
            var matrices = Enumerable.Range(1, spec.Emps.Length).All(i =>
                string.Equals(shuffled.GetMatriksPeranHasil(Nip(i)).ToString(), ordered.GetMatriksPeranHasil(Nip(i)).ToString(), StringComparison.Ordinal));
            return findings.SequenceEqual(CascadingRules.PermenPanRb6Tahun2022.Validate(shuffled).Findings)
                && findings.SequenceEqual(CascadingRules.PermenPanRb6Tahun2022.Validate(reversedTeams).Findings)
                && matrices;
        });
    }

    [Property(MaxTest = 200)]
    public Property Lineage_AndContributors_AgreeForEveryGoal()
    {
        return Prop.ForAll(Orgs, spec =>
        {
            var graph = Graph(spec);
            foreach (var goal in new[] { "PK-1", "PK-2", "PK-3" })
            {
                var contributors = graph.GetContributors(goal).Select(n => n.Id).ToHashSet();
                foreach (var node in graph.Nodes)
                {
                    if (graph.GetLineage(node.Id).SumberKinerjaOrganisasi.Contains(goal) != contributors.Contains(node.Id))
                    {
                        return false;
                    }
                }
            }

            return true;
        });
    }

    [Property(MaxTest = 200)]
    public Property Lineage_EndsInCycle_ExactlyWhenItMeetsAReportedCycle()
    {
        return Prop.ForAll(Orgs, spec =>
        {
            var graph = Graph(spec);
            var onCycle = graph.Cycles.SelectMany(c => c.Select(n => n.Id)).ToHashSet();
            return graph.Nodes.All(n => (graph.GetLineage(n.Id).End == LineageEnd.Cycle) == graph.GetLineage(n.Id).Chain.Any(c => onCycle.Contains(c.Id)));
        });
    }

    /// <summary>An SKP of a newcomer (NIP 500, PPK 501, both outside the organisation) whose RHK refer only to each other.</summary>
    private static Gen<Skp> UnrelatedGen =>
        from count in Gen.Choose(1, 3)
        from links in Gen.Choose(-2, 2).ArrayOf(count)
        from status in Gen.Choose(1, 4)
        from jabatan in Gen.Choose(0, 2)
        select Skp("SU", 500, 501, Positions[jabatan], Enumerable.Range(0, count).Select(k =>
            Rhk("U-" + k.ToString(CultureInfo.InvariantCulture), links[k] == -2 ? "U-MISSING" : links[k] < 0 || links[k] >= count ? null : "U-" + links[k].ToString(CultureInfo.InvariantCulture))).ToArray(), (StatusSkp)status);

    [Property(MaxTest = 200)]
    public Property Validate_AddingAnUnrelatedSkp_ChangesNoOtherFinding()
    {
        var arb = OrgGen.SelectMany(spec => UnrelatedGen.Select(extra => (spec, extra))).ToArbitrary();
        return Prop.ForAll(arb, input =>
        {
            var before = CascadingRules.PermenPanRb6Tahun2022.Validate(Graph(input.spec)).Findings;
            var withExtra = Build(input.spec);
            withExtra.Add(input.extra);
            var after = CascadingRules.PermenPanRb6Tahun2022.Validate(CascadingGraph.Create(withExtra, Teams(input.spec))).Findings;

            static bool AboutNewcomer(Finding f) => f.Subject == "SU" || f.Subject.StartsWith("U-", StringComparison.Ordinal);
            return after.Where(f => !AboutNewcomer(f)).SequenceEqual(before) && !before.Any(AboutNewcomer);
        });
    }

    [Property(MaxTest = 200)]
    public Property MatriksPeranHasil_RowGaps_AreTheLeadersCas007()
    {
        return Prop.ForAll(Orgs, spec =>
        {
            // The matrix spans every period; CAS007 looks at overlapping ones: state the law for one period.
            var single = spec with { Emps = spec.Emps.Select(e => e with { Periode = 0 }).ToArray() };
            var graph = Graph(single);
            var cas007 = CascadingRules.PermenPanRb6Tahun2022.Validate(graph).Findings.Where(f => f.Code == "CAS007").Select(f => f.Subject).ToHashSet();
            return Enumerable.Range(1, spec.Emps.Length).All(i =>
            {
                var mph = graph.GetMatriksPeranHasil(Nip(i));
                var isLeader = mph.Kolom.Any(k => k.IsBawahanLangsung || (k.Jenis == JenisKolomMph.TimKerja && k.TimKerja!.Anggota.Any(a => a != Nip(i) && graph.Skps.Any(s => s.Pegawai == a))));
                var expected = isLeader ? mph.BarisTanpaPelaksana.Select(b => b.Id) : Enumerable.Empty<string>();
                return mph.Baris.Select(b => b.Id).Where(cas007.Contains).ToHashSet().SetEquals(expected);
            });
        });
    }

    [Property(MaxTest = 300)]
    public Property MatriksPeranHasil_Sparse_AgreesWithTheDenseGridEverywhere()
    {
        var english = Cultures.Get("en-GB");
        return Prop.ForAll(Orgs, spec =>
        {
            var graph = Graph(spec);
            foreach (var periode in new[] { null, Tahun2024, PeriodeKinerja.Tahunan(2023) })
            {
                for (var i = 1; i <= spec.Emps.Length + 1; i++)
                {
                    var sparse = graph.GetMatriksPeranHasil(Nip(i), periode);
                    var dense = DenseMatriksPeranHasil.Build(graph, Nip(i), periode);
                    var same = sparse.Baris.SequenceEqual(dense.Baris)
                        && sparse.Kolom.SequenceEqual(dense.Kolom)
                        && sparse.BarisTanpaPelaksana.SequenceEqual(dense.BarisTanpaPelaksana)
                        && sparse.KolomTanpaPeran.SequenceEqual(dense.KolomTanpaPeran)
                        && Enumerable.Range(0, sparse.Baris.Length).All(r => Enumerable.Range(0, sparse.Kolom.Length).All(c => sparse.GetPeran(r, c).SequenceEqual(dense.GetPeran(r, c))))
                        && sparse.ToString() == dense.ToText(CultureInfo.InvariantCulture)
                        && sparse.ToText(english) == dense.ToText(english);
                    if (!same)
                    {
                        return false;
                    }
                }
            }

            return true;
        });
    }

    [Property(MaxTest = 300)]
    public Property Validate_Cas007_AgreesWithTheDefinitionOfALeaderChecked()
    {
        return Prop.ForAll(Orgs, spec =>
        {
            var skps = Build(spec, inOrder: true);
            var teams = Teams(spec);
            var graph = CascadingGraph.Create(skps, teams);

            // A leader's SKP: an SKP of someone else names its employee as PPK, or a team they lead has another member
            // with an SKP, for an overlapping period. CAS007: each of its organisation RHK that nobody intervenes.
            bool IsLeader(Skp own) =>
                skps.Any(t => t.Pegawai != own.Pegawai && t.PejabatPenilai.Nip == own.Pegawai && t.Periode.Overlaps(own.Periode))
                || teams.Any(team => team.Ketua == own.Pegawai && team.Anggota.Any(m => m != own.Pegawai && skps.Any(t => t.Pegawai == m && t.Periode.Overlaps(own.Periode))));
            var intervened = skps.SelectMany(t => t.HasilKerja).Select(r => r.RhkAtasanId).Where(id => id is not null).ToHashSet();
            var expected = skps.Where(IsLeader).SelectMany(own => own.HasilKerja)
                .Where(r => r.Klasifikasi == KlasifikasiRhk.Organisasi && !intervened.Contains(r.Id)).Select(r => r.Id).ToHashSet();

            var reported = CascadingRules.Validate(graph).Findings.Where(f => f.Code == "CAS007").Select(f => f.Subject).ToHashSet();
            return reported.SetEquals(expected);
        });
    }

    /// <summary>An organisation tree: each unit's parent (-1 a root, else an earlier unit); each person's unit and whether they head it (at most one head per unit); each SKP's unit (-1 one not in the tree), PPK and authority.</summary>
    public sealed record TreeSpec(int[] Parents, int[] PersonUnit, bool[] Heads, int[] SkpUnit, int[] SkpPpk, bool[] Definitif)
    {
        public override string ToString() => string.Create(CultureInfo.InvariantCulture,
            $"parents {string.Join(",", Parents)} | unit {string.Join(",", PersonUnit)} | heads {string.Join(",", Heads)} | skp unit {string.Join(",", SkpUnit)} ppk {string.Join(",", SkpPpk)} def {string.Join(",", Definitif)}");
    }

    private static Gen<TreeSpec> TreeGen =>
        from units in Gen.Choose(1, 7)
        from raw in Gen.Choose(-1, units - 1).ArrayOf(units)
        from people in Gen.Choose(1, 8)
        from personUnit in Gen.Choose(0, units - 1).ArrayOf(people)
        from heads in Gen.Elements(true, false).ArrayOf(people)
        from skpUnit in Gen.Frequency((1, Gen.Constant(-1)), (8, Gen.Choose(0, units - 1))).ArrayOf(people)
        from skpPpk in Gen.Choose(1, people + 1).ArrayOf(people)
        from definitif in Gen.Frequency((5, Gen.Constant(true)), (1, Gen.Constant(false))).ArrayOf(people)
        select new TreeSpec(raw.Select((p, u) => p < u ? p : -1).ToArray(), personUnit, heads, skpUnit, skpPpk, definitif);

    [Property(MaxTest = 500)]
    public Property Validate_Cas011_AgreesWithAWalkUpTheTree()
    {
        return Prop.ForAll(TreeGen.ToArbitrary(), spec =>
        {
            static string U(int u) => "U" + u.ToString(CultureInfo.InvariantCulture);
            var units = spec.Parents.Select((p, u) => new UnitKerja(U(u), "Unit", p < 0 ? null : U(p)));
            var headed = new HashSet<int>();
            var placements = spec.PersonUnit.Select((u, i) => new PenempatanPegawai(Nip(i + 1), U(u), spec.Heads[i] && headed.Add(u))).ToList();
            var struktur = StrukturOrganisasi.Create(units, placements).Value;
            var skps = spec.SkpUnit.Select((u, i) => Skp(
                "S" + i.ToString(CultureInfo.InvariantCulture), i + 1, spec.SkpPpk[i] == i + 1 ? 99 : spec.SkpPpk[i], Pelaksana, new[] { Rhk("R" + i.ToString(CultureInfo.InvariantCulture), penugasan: "Kepala") },
                unit: u < 0 ? "UX" : U(u), kewenangan: spec.Definitif[i] ? KewenanganPenilai.Definitif : KewenanganPenilai.Plt)).ToList();

            // The walk: from the SKP's unit up to the root, the first head who is not the employee.
            var expected = new HashSet<string>();
            foreach (var skp in skps.Where(s => struktur.Contains(s.UnitId) && s.PejabatPenilai.Kewenangan == KewenanganPenilai.Definitif))
            {
                for (var unit = struktur.GetUnit(skp.UnitId); unit is not null; unit = struktur.GetParent(unit.Id))
                {
                    if (struktur.GetKepala(unit.Id) is { } head && head != skp.Pegawai)
                    {
                        if (head != skp.PejabatPenilai.Nip)
                        {
                            expected.Add(skp.Id + "=" + head);
                        }

                        break;
                    }
                }
            }

            var reported = Check(skps, struktur: struktur).Where(f => f.Code == "CAS011").Select(f => f.Subject + "=" + f.GetValue("atasan")).ToHashSet();
            return reported.SetEquals(expected);
        });
    }
}
