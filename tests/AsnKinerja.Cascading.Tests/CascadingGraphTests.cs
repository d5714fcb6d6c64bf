using System.Globalization;
using static AsnKinerja.Cascading.Tests.TestData;

namespace AsnKinerja.Cascading.Tests;

public class CascadingGraphTests
{
    [Fact]
    public void Create_Navigation_ParentsAndChildren()
    {
        var graph = CascadingGraph.Create(CleanOrganisation());

        Assert.Equal("R1", graph.GetRhkAtasan("R21")!.Id);
        Assert.Null(graph.GetRhkAtasan("R1"));
        Assert.Equal(new[] { "R21" }, graph.GetIntervensi("R1").Select(n => n.Id));
        Assert.Equal(new[] { "R31" }, graph.GetIntervensi("R21").Select(n => n.Id));
        Assert.Empty(graph.GetIntervensi("R31"));
        Assert.True(graph.Contains("R32"));
        Assert.Null(graph.FindNode("R99"));
        Assert.Equal(new[] { "PK-1", "PK-2" }, graph.SumberKinerjaOrganisasi);
        Assert.Empty(graph.Cycles);
        Assert.Equal(Nip(3), graph.GetNode("R31").Pegawai);
    }

    [Fact]
    public void Create_SkpsInAnyOrder_SameNodeOrder()
    {
        var skps = CleanOrganisation();
        var reversed = Enumerable.Reverse(skps).ToList();

        Assert.Equal(
            CascadingGraph.Create(skps).Nodes.Select(n => n.Id),
            CascadingGraph.Create(reversed).Nodes.Select(n => n.Id));
        Assert.Equal(new[] { "S1", "S2", "S3" }, CascadingGraph.Create(reversed).Skps.Select(s => s.Id));
    }

    [Fact]
    public void Create_DuplicateSkpId_Throws()
    {
        var skps = CleanOrganisation();
        skps.Add(Skp("S1", 9, 100, Pelaksana, new[] { Rhk("R91") }));

        Assert.Throws<ArgumentException>(() => CascadingGraph.Create(skps));
    }

    [Fact]
    public void Create_DuplicateTeamIdOrNulls_Throws()
    {
        var team = new TimKerja("T1", "Tim", Nip(1), new[] { Nip(3) });

        Assert.Throws<ArgumentException>(() => CascadingGraph.Create(CleanOrganisation(), new[] { team, team }));
        Assert.Throws<ArgumentNullException>(() => CascadingGraph.Create(null!));
        Assert.Throws<ArgumentException>(() => CascadingGraph.Create(new Skp[] { null! }));
    }

    [Fact]
    public void GetNode_Unknown_Throws()
    {
        var graph = CascadingGraph.Create(CleanOrganisation());

        Assert.Throws<KeyNotFoundException>(() => graph.GetNode("R99"));
        Assert.Throws<KeyNotFoundException>(() => graph.GetLineage("R99"));
        Assert.Throws<ArgumentNullException>(() => graph.GetContributors(null!));
    }

    [Fact]
    public void GetLineage_StaffResult_ChainUpToTheGoal()
    {
        var graph = CascadingGraph.Create(CleanOrganisation());

        var lineage = graph.GetLineage("R31");

        Assert.Equal(new[] { "R31", "R21", "R1" }, lineage.Chain.Select(n => n.Id));
        Assert.Equal(LineageEnd.SumberKinerjaOrganisasi, lineage.End);
        Assert.Equal(new[] { "PK-1" }, lineage.SumberKinerjaOrganisasi);
        Assert.True(lineage.IsServing);
        Assert.Equal("R1", lineage.Top.Id);
        Assert.Equal("R31 -> R21 -> R1 [SumberKinerjaOrganisasi]", lineage.ToString());
    }

    [Fact]
    public void GetLineage_GoalsAlongTheChain_EachOnceNearestFirst()
    {
        // A chain R0 -> R1 -> ... -> R9 where every RHK names a goal, some of them repeated further up.
        var goals = new[] { "PK-3", "PK-1", "PK-3", "PK-2", "PK-1", "PK-4", "PK-2", "PK-5", "PK-4", "PK-6" };
        var skps = Enumerable.Range(0, 10).Select(i => Skp(
            "S" + i.ToString(CultureInfo.InvariantCulture), i + 1, i + 2, Administrator,
            new[] { Rhk("R" + i.ToString(CultureInfo.InvariantCulture), i == 9 ? null : "R" + (i + 1).ToString(CultureInfo.InvariantCulture), sumber: goals[i]) }));
        var graph = CascadingGraph.Create(skps);

        var lineage = graph.GetLineage("R0");

        Assert.Equal(Enumerable.Range(0, 10).Select(i => "R" + i.ToString(CultureInfo.InvariantCulture)), lineage.Chain.Select(n => n.Id));
        Assert.Equal(new[] { "PK-3", "PK-1", "PK-2", "PK-4", "PK-5", "PK-6" }, lineage.SumberKinerjaOrganisasi);
        Assert.Equal(LineageEnd.SumberKinerjaOrganisasi, lineage.End);
    }

    [Fact]
    public void GetLineage_ChainOf100000WithAGoalAtEveryStep_ListsThemAll()
    {
        // The shape that was quadratic: each RHK names its own goal. The growth itself is shown by the benchmark.
        const int length = 100_000;
        var rhk = Enumerable.Range(0, length).Select(i => new RencanaHasilKerja(
            "R" + i.ToString(CultureInfo.InvariantCulture), "Hasil", JenisRhk.Utama, KlasifikasiRhk.Organisasi, new[] { Iki("I", 1m) },
            i + 1 < length ? "R" + (i + 1).ToString(CultureInfo.InvariantCulture) : null, "PK-" + i.ToString(CultureInfo.InvariantCulture))).ToArray();
        var graph = CascadingGraph.Create(new[] { Skp("S", 1, 2, Administrator, rhk) });

        var lineage = graph.GetLineage("R0");

        Assert.Equal(length, lineage.Chain.Length);
        Assert.Equal(length, lineage.SumberKinerjaOrganisasi.Length);
        Assert.Equal("PK-99999", lineage.SumberKinerjaOrganisasi[^1]);
    }

    [Fact]
    public void GetLineage_EveryEnd_Classified()
    {
        var skps = new List<Skp>
        {
            Skp("S1", 1, 100, Pelaksana, new[]
            {
                Rhk("A"), Rhk("B", "X"), Rhk("C", "D"), Rhk("D", "C"), Rhk("E", penugasan: "Kepala Badan"), Rhk("F", "C"),
            }),
        };
        var graph = CascadingGraph.Create(skps);

        Assert.Equal(LineageEnd.Unlinked, graph.GetLineage("A").End);
        Assert.Equal(LineageEnd.UnknownParent, graph.GetLineage("B").End);
        Assert.Equal(LineageEnd.Cycle, graph.GetLineage("F").End);
        Assert.Equal(new[] { "F", "C", "D" }, graph.GetLineage("F").Chain.Select(n => n.Id));
        Assert.Equal(LineageEnd.Penugasan, graph.GetLineage("E").End);
        Assert.False(graph.GetLineage("F").IsServing);
        Assert.Equal(new[] { "C", "D" }, Assert.Single(graph.Cycles).Select(n => n.Id));
    }

    [Fact]
    public void GetContributors_Goal_EveryoneBelowIt()
    {
        var graph = CascadingGraph.Create(CleanOrganisation());

        Assert.Equal(new[] { "R1", "R21", "R31" }, graph.GetContributors("PK-1").Select(n => n.Id));
        Assert.Equal(new[] { "R2", "R22", "R32" }, graph.GetContributors("PK-2").Select(n => n.Id));
        Assert.Empty(graph.GetContributors("PK-9"));
        Assert.Equal(new[] { Nip(1), Nip(2), Nip(3) }, graph.GetContributingPegawai("PK-1"));
    }

    [Fact]
    public void Lineage_ChainOf5000Levels_NoRecursionLimit()
    {
        const int Depth = 5000;
        var skps = new List<Skp> { Skp("S0000", 1, 9000, JptPratama, new[] { Rhk("R0000", sumber: "PK-1", iki: new[] { Iki("I", 1m, perspektif: PerspektifIki.Anggaran) }) }) };
        for (var i = 1; i < Depth; i++)
        {
            var id = i.ToString("D4", CultureInfo.InvariantCulture);
            var up = (i - 1).ToString("D4", CultureInfo.InvariantCulture);
            skps.Add(Skp("S" + id, i + 1, i, Pelaksana, new[] { Rhk("R" + id, "R" + up) }));
        }

        var graph = CascadingGraph.Create(skps);
        var lineage = graph.GetLineage("R4999");
        var findings = CascadingRules.PermenPanRb6Tahun2022.Validate(graph).Findings;

        Assert.Equal(Depth, lineage.Chain.Length);
        Assert.Equal(LineageEnd.SumberKinerjaOrganisasi, lineage.End);
        Assert.Equal(Depth, graph.GetContributors("PK-1").Length);
        Assert.Equal("CAS010", Assert.Single(findings).Code);
    }

    [Fact]
    public void TimKerja_Equality_AndGuards()
    {
        var a = new TimKerja("T1", "Tim", Nip(1), new[] { Nip(2), Nip(2), Nip(3) });
        var b = new TimKerja("T1", "Tim", Nip(1), new[] { Nip(2), Nip(3) });

        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.False(a != b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Equal(2, a.Anggota.Length);
        Assert.Throws<ArgumentException>(() => new TimKerja(" ", "Tim", Nip(1), Array.Empty<Nip>()));
        Assert.Throws<ArgumentException>(() => new TimKerja("T", "Tim", default, Array.Empty<Nip>()));
        Assert.Throws<ArgumentException>(() => new TimKerja("T", "Tim", Nip(1), new[] { default(Nip) }));
    }
}
