using AsnKinerja.Testing;
using FsCheck;
using FsCheck.Fluent;
using static AsnKinerja.Core.Tests.TestData;

namespace AsnKinerja.Core.Tests;

/// <summary>
/// The organisation tree: flat records validated into a tree (ORG001–ORG007), and its queries. Trees are deep and wide
/// (regulation reference §3): nothing may recurse per level.
/// </summary>
public sealed class StrukturOrganisasiTests
{
    // K
    // ├─ E1a
    // │  ├─ E2a
    // │  │  └─ E3a
    // │  └─ E2b
    // └─ E1b
    // (input order deliberately not pre-order)
    private static readonly UnitKerja[] Sample =
    {
        Unit("E3a", "E2a"), Unit("E1a", "K"), Unit("K", null), Unit("E2a", "E1a"), Unit("E1b", "K"), Unit("E2b", "E1a"),
    };

    private static readonly PenempatanPegawai[] SamplePlacements =
    {
        Placement(1, "K", isKepala: true), Placement(2, "E1a", isKepala: true), Placement(3, "E2a", isKepala: true),
        Placement(4, "E3a", isKepala: true), Placement(5, "E3a"), Placement(6, "E2b"), Placement(7, "E1b"), Placement(8, "E3a"),
    };

    private static StrukturOrganisasi SampleTree()
    {
        var result = StrukturOrganisasi.Create(Sample, SamplePlacements);
        Assert.True(result.IsSuccess);
        Assert.Empty(result.Findings);
        return result.Value;
    }

    private static string[] Ids(IEnumerable<UnitKerja> units) => units.Select(u => u.Id).ToArray();

    [Fact]
    public void Create_ValidTree_HasNoFindingsAndKnowsItsShape()
    {
        var tree = SampleTree();

        Assert.Equal(6, tree.Count);
        Assert.Equal(3, tree.MaxDepth);
        Assert.Equal(new[] { "K" }, Ids(tree.Roots));
        Assert.Equal(new[] { "K", "E1a", "E2a", "E3a", "E2b", "E1b" }, Ids(tree.Units));
        Assert.True(tree.Contains("E2b"));
        Assert.False(tree.Contains("X"));
        Assert.Equal("Unit E2b", tree.GetUnit("E2b").Nama);
    }

    [Fact]
    public void GetAncestors_DeepUnit_IsNearestFirst()
    {
        var tree = SampleTree();

        Assert.Equal(new[] { "E2a", "E1a", "K" }, Ids(tree.GetAncestors("E3a")));
        Assert.Equal(new[] { "K" }, Ids(tree.GetAncestors("E1b")));
        Assert.Empty(tree.GetAncestors("K"));
        Assert.Equal("E2a", tree.GetParent("E3a")!.Id);
        Assert.Null(tree.GetParent("K"));
    }

    [Fact]
    public void GetDescendants_Root_IsPreOrderWithSiblingsInInputOrder()
    {
        var tree = SampleTree();

        Assert.Equal(new[] { "E1a", "E2a", "E3a", "E2b", "E1b" }, Ids(tree.GetDescendants("K")));
        Assert.Equal(new[] { "E2a", "E3a", "E2b" }, Ids(tree.GetDescendants("E1a")));
        Assert.Empty(tree.GetDescendants("E3a"));
        Assert.Equal(5, tree.CountDescendants("K"));
        Assert.Equal(3, tree.CountDescendants("E1a"));
        Assert.Equal(0, tree.CountDescendants("E1b"));
    }

    [Fact]
    public void GetDepth_EachLevel_CountsFromTheRoot()
    {
        var tree = SampleTree();

        Assert.Equal(0, tree.GetDepth("K"));
        Assert.Equal(1, tree.GetDepth("E1a"));
        Assert.Equal(1, tree.GetDepth("E1b"));
        Assert.Equal(2, tree.GetDepth("E2a"));
        Assert.Equal(3, tree.GetDepth("E3a"));
    }

    [Fact]
    public void IsAncestorOf_ProperAncestorsOnly()
    {
        var tree = SampleTree();

        Assert.True(tree.IsAncestorOf("K", "E3a"));
        Assert.True(tree.IsAncestorOf("E1a", "E2b"));
        Assert.False(tree.IsAncestorOf("E3a", "K"));
        Assert.False(tree.IsAncestorOf("E1b", "E3a"));
        Assert.False(tree.IsAncestorOf("E2b", "E3a"));
        Assert.False(tree.IsAncestorOf("E3a", "E3a"));
    }

    [Fact]
    public void GetChildren_Unit_AreDirectSubUnitsInInputOrder()
    {
        var tree = SampleTree();

        Assert.Equal(new[] { "E1a", "E1b" }, Ids(tree.GetChildren("K")));
        Assert.Equal(new[] { "E2a", "E2b" }, Ids(tree.GetChildren("E1a")));
        Assert.Empty(tree.GetChildren("E3a"));
    }

    [Fact]
    public void GetKepalaAndGetUnitOf_Placements_AreAnswered()
    {
        var tree = SampleTree();

        Assert.Equal(Nip(1), tree.GetKepala("K"));
        Assert.Equal(Nip(4), tree.GetKepala("E3a"));
        Assert.Null(tree.GetKepala("E2b"));
        Assert.Equal("E3a", tree.GetUnitOf(Nip(5))!.Id);
        Assert.Equal("K", tree.GetUnitOf(Nip(1))!.Id);
        Assert.Null(tree.GetUnitOf(Nip(99)));
        Assert.Equal(new[] { Nip(4), Nip(5), Nip(8) }, tree.GetPegawai("E3a"));
        Assert.Equal(new[] { Nip(7) }, tree.GetPegawai("E1b"));
        Assert.Equal(new[] { Nip(2) }, tree.GetPegawai("E1a"));
    }

    [Fact]
    public void GetUnit_UnknownHugeId_MessageQuotesAtMost64Characters()
    {
        var tree = StrukturOrganisasi.Create(new[] { Unit("U1", null) }, new[] { Placement(1, "U1") }).Value;

        var e = Assert.Throws<KeyNotFoundException>(() => tree.GetUnit(new string('X', 1_000_000)));

        Assert.Equal("No unit with ID '" + new string('X', 64) + "…' (1000000 characters).", e.Message);
    }

    [Fact]
    public void Queries_UnknownUnit_ThrowKeyNotFoundException()
    {
        var tree = SampleTree();

        Assert.Throws<KeyNotFoundException>(() => tree.GetAncestors("X"));
        Assert.Throws<KeyNotFoundException>(() => tree.GetDepth("X"));
        Assert.Throws<KeyNotFoundException>(() => tree.GetKepala("X"));
        Assert.Throws<KeyNotFoundException>(() => tree.CountDescendants("X"));
        Assert.Throws<KeyNotFoundException>(() => tree.IsAncestorOf("K", "X"));
        Assert.Throws<KeyNotFoundException>(() => tree.GetUnit("X"));
        Assert.Throws<ArgumentNullException>(() => tree.GetDepth(null!));
    }

    [Fact]
    public void Create_DuplicateUnitId_ReportsOrg001()
    {
        var units = new[] { Unit("K", null), Unit("A", "K"), Unit("A", "K") };
        var result = StrukturOrganisasi.Create(units, new[] { Placement(1, "A") });

        Assert.False(result.IsSuccess);
        var finding = Assert.Single(result.Findings, f => f.Code == "ORG001");
        Assert.Equal("A", finding.GetValue("unit"));
        Assert.Equal("2", finding.GetValue("jumlah"));
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Throws<InvalidOperationException>(() => result.Value);
        Assert.Null(result.ValueOrNull);
    }

    [Fact]
    public void Create_UnknownParent_ReportsOrg002()
    {
        var units = new[] { Unit("K", null), Unit("A", "Hilang") };
        var result = StrukturOrganisasi.Create(units, new[] { Placement(1, "K"), Placement(2, "A") });

        Assert.False(result.IsSuccess);
        var finding = Assert.Single(result.Findings);
        Assert.Equal("ORG002", finding.Code);
        Assert.Equal("A", finding.GetValue("unit"));
        Assert.Equal("Hilang", finding.GetValue("induk"));
    }

    [Fact]
    public void Create_SelfParent_ReportsOrg003()
    {
        var units = new[] { Unit("K", null), Unit("A", "A") };
        var result = StrukturOrganisasi.Create(units, new[] { Placement(1, "K"), Placement(2, "A") });

        Assert.False(result.IsSuccess);
        var finding = Assert.Single(result.Findings, f => f.Code == "ORG003");
        Assert.Contains("A", finding.GetValue("siklus"), StringComparison.Ordinal);
        Assert.Equal("1", finding.GetValue("jumlah"));
    }

    [Fact]
    public void Create_ThreeCycleWithAUnitBelowIt_ReportsOneOrg003NamingTheThree()
    {
        var units = new[] { Unit("K", null), Unit("A", "C"), Unit("B", "A"), Unit("C", "B"), Unit("D", "A") };
        var result = StrukturOrganisasi.Create(units, new[] { Placement(1, "K"), Placement(2, "D") });

        Assert.False(result.IsSuccess);
        var finding = Assert.Single(result.Findings, f => f.Code == "ORG003");
        var siklus = finding.GetValue("siklus")!;
        Assert.Contains("A", siklus, StringComparison.Ordinal);
        Assert.Contains("B", siklus, StringComparison.Ordinal);
        Assert.Contains("C", siklus, StringComparison.Ordinal);
        Assert.DoesNotContain("D", siklus, StringComparison.Ordinal);
        Assert.DoesNotContain("K", siklus, StringComparison.Ordinal);
        Assert.Equal("3", finding.GetValue("jumlah"));
    }

    [Fact]
    public void Create_TwoHeads_ReportsOrg004()
    {
        var units = new[] { Unit("K", null) };
        var result = StrukturOrganisasi.Create(units, new[] { Placement(1, "K", isKepala: true), Placement(2, "K", isKepala: true) });

        Assert.False(result.IsSuccess);
        var finding = Assert.Single(result.Findings);
        Assert.Equal("ORG004", finding.Code);
        Assert.Equal("K", finding.GetValue("unit"));
        Assert.Contains(Nip(1).ToString(), finding.GetValue("kepala"), StringComparison.Ordinal);
        Assert.Contains(Nip(2).ToString(), finding.GetValue("kepala"), StringComparison.Ordinal);
    }

    [Fact]
    public void Create_EmptyUnit_ReportsOrg005AsAWarningAndStillBuilds()
    {
        var units = new[] { Unit("K", null), Unit("A", "K"), Unit("Kosong", "K") };
        var result = StrukturOrganisasi.Create(units, new[] { Placement(1, "K", isKepala: true), Placement(2, "A") });

        Assert.True(result.IsSuccess);
        var finding = Assert.Single(result.Findings);
        Assert.Equal("ORG005", finding.Code);
        Assert.Equal(FindingSeverity.Warning, finding.Severity);
        Assert.Equal("Kosong", finding.GetValue("unit"));
        Assert.Equal(3, result.Value.Count);
        Assert.True(result.Validation.IsValid);
        Assert.Single(result.Validation.Warnings);
    }

    [Fact]
    public void Create_UnitWithSubUnitsButNoEmployees_IsNotEmpty()
    {
        var units = new[] { Unit("K", null), Unit("A", "K") };
        var result = StrukturOrganisasi.Create(units, new[] { Placement(1, "A") });

        Assert.True(result.IsSuccess);
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void Create_PlacementInUnknownUnit_ReportsOrg006()
    {
        var units = new[] { Unit("K", null) };
        var result = StrukturOrganisasi.Create(units, new[] { Placement(1, "K"), Placement(2, "Hilang") });

        Assert.False(result.IsSuccess);
        var finding = Assert.Single(result.Findings);
        Assert.Equal("ORG006", finding.Code);
        Assert.Equal(Nip(2).ToString(), finding.GetValue("nip"));
        Assert.Equal("Hilang", finding.GetValue("unit"));
    }

    [Fact]
    public void Create_EmployeePlacedTwice_ReportsOrg007()
    {
        var units = new[] { Unit("K", null), Unit("A", "K") };
        var result = StrukturOrganisasi.Create(units, new[] { Placement(1, "K"), Placement(2, "A"), Placement(2, "K") });

        Assert.False(result.IsSuccess);
        var finding = Assert.Single(result.Findings);
        Assert.Equal("ORG007", finding.Code);
        Assert.Equal(Nip(2).ToString(), finding.GetValue("nip"));
        Assert.Equal("2", finding.GetValue("jumlah"));
    }

    [Fact]
    public void Create_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => StrukturOrganisasi.Create(null!, Array.Empty<PenempatanPegawai>()));
        Assert.Throws<ArgumentNullException>(() => StrukturOrganisasi.Create(Array.Empty<UnitKerja>(), null!));
        Assert.Throws<ArgumentException>(() => StrukturOrganisasi.Create(new UnitKerja[] { null! }, Array.Empty<PenempatanPegawai>()));
        Assert.Throws<ArgumentException>(() => StrukturOrganisasi.Create(Array.Empty<UnitKerja>(), new PenempatanPegawai[] { null! }));
    }

    [Fact]
    public void Create_NoUnits_IsAnEmptyTree()
    {
        var result = StrukturOrganisasi.Create(Array.Empty<UnitKerja>(), Array.Empty<PenempatanPegawai>());

        Assert.True(result.IsSuccess);
        Assert.Equal(0, result.Value.Count);
        Assert.Equal(0, result.Value.MaxDepth);
        Assert.Empty(result.Value.Roots);
    }

    [Fact]
    public void Records_BlankOrEmptyParts_AreRejected()
    {
        Assert.Throws<ArgumentException>(() => new UnitKerja(" ", "Nama", null));
        Assert.Throws<ArgumentException>(() => new UnitKerja("A", "", null));
        Assert.Throws<ArgumentException>(() => new UnitKerja("A", "Nama", " "));
        Assert.Throws<ArgumentException>(() => new PenempatanPegawai(default, "A", false));
        Assert.Throws<ArgumentException>(() => new PenempatanPegawai(Nip(1), " ", false));
    }

    [Fact]
    public void Create_DeepTreeOfTwelveLevels_AnswersQueries()
    {
        var units = Enumerable.Range(0, 13).Select(i => Unit("L" + i, i == 0 ? null : "L" + (i - 1))).Reverse().ToArray();
        var result = StrukturOrganisasi.Create(units, new[] { Placement(1, "L12") });

        Assert.True(result.IsSuccess);
        var tree = result.Value;
        Assert.Equal(12, tree.GetDepth("L12"));
        Assert.Equal(12, tree.MaxDepth);
        Assert.Equal(Enumerable.Range(0, 12).Reverse().Select(i => "L" + i), Ids(tree.GetAncestors("L12")));
        Assert.Equal(12, tree.CountDescendants("L0"));
    }

    [Fact]
    public void Create_ChainOfOneHundredThousandUnits_BuildsWithoutStackOverflow()
    {
        const int n = 100_000;

        // Children listed before their parents, the worst order for a naive builder.
        var units = new UnitKerja[n];
        for (var i = 0; i < n; i++)
        {
            units[n - 1 - i] = Unit("U" + i, i == 0 ? null : "U" + (i - 1));
        }

        var last = "U" + (n - 1);
        var result = StrukturOrganisasi.Create(units, new[] { Placement(1, last) });

        Assert.True(result.IsSuccess);
        var tree = result.Value;
        Assert.Equal(n - 1, tree.GetDepth(last));
        Assert.Equal(n - 1, tree.MaxDepth);
        var ancestors = tree.GetAncestors(last);
        Assert.Equal(n - 1, ancestors.Count);
        Assert.Equal("U" + (n - 2), ancestors[0].Id);
        Assert.Equal("U0", ancestors[n - 2].Id);
        Assert.Equal(n - 1, tree.CountDescendants("U0"));
        Assert.True(tree.IsAncestorOf("U0", last));
        Assert.Equal(n - 1, tree.GetDescendants("U0").Count());
    }

    [Fact]
    public void Create_LongCycle_IsReportedWithoutStackOverflow()
    {
        const int n = 100_000;
        var units = Enumerable.Range(0, n).Select(i => Unit("U" + i, "U" + ((i + 1) % n))).ToArray();
        var result = StrukturOrganisasi.Create(units, Array.Empty<PenempatanPegawai>());

        var finding = Assert.Single(result.Findings, f => f.Code == "ORG003");
        Assert.Equal(n.ToString(System.Globalization.CultureInfo.InvariantCulture), finding.GetValue("jumlah"));
    }

    [Property(MaxTest = 200)]
    public Property Queries_RandomValidTree_AgreeWithNaiveParentWalk()
    {
        return Prop.ForAll(RandomTree().ToArbitrary(), t =>
        {
            var units = t.Order.Select(i => Unit(Id(i), t.Parent[i] < 0 ? null : Id(t.Parent[i]))).ToArray();
            var result = StrukturOrganisasi.Create(units, Array.Empty<PenempatanPegawai>());
            if (!result.IsSuccess || result.Findings.Any(f => f.Code != "ORG005"))
            {
                return false;
            }

            var tree = result.Value;
            var n = t.Parent.Length;
            var inputPosition = new int[n];
            for (var k = 0; k < n; k++)
            {
                inputPosition[t.Order[k]] = k;
            }

            List<int> NaiveAncestors(int u)
            {
                var list = new List<int>();
                for (var p = t.Parent[u]; p >= 0; p = t.Parent[p])
                {
                    list.Add(p);
                }

                return list;
            }

            List<int> Children(int u) => Enumerable.Range(0, n).Where(c => t.Parent[c] == u).OrderBy(c => inputPosition[c]).ToList();

            void PreOrder(int u, List<int> into)
            {
                foreach (var c in Children(u))
                {
                    into.Add(c);
                    PreOrder(c, into);
                }
            }

            var allPreOrder = new List<int>();
            foreach (var root in Enumerable.Range(0, n).Where(u => t.Parent[u] < 0).OrderBy(u => inputPosition[u]))
            {
                allPreOrder.Add(root);
                PreOrder(root, allPreOrder);
            }

            if (!Ids(tree.Units).SequenceEqual(allPreOrder.Select(Id)) || tree.MaxDepth != Enumerable.Range(0, n).Max(u => NaiveAncestors(u).Count))
            {
                return false;
            }

            for (var u = 0; u < n; u++)
            {
                var ancestors = NaiveAncestors(u);
                var descendants = new List<int>();
                PreOrder(u, descendants);
                if (!Ids(tree.GetAncestors(Id(u))).SequenceEqual(ancestors.Select(Id))
                    || tree.GetDepth(Id(u)) != ancestors.Count
                    || !Ids(tree.GetDescendants(Id(u))).SequenceEqual(descendants.Select(Id))
                    || tree.CountDescendants(Id(u)) != descendants.Count
                    || !Ids(tree.GetChildren(Id(u))).SequenceEqual(Children(u).Select(Id))
                    || tree.GetParent(Id(u))?.Id != (t.Parent[u] < 0 ? null : Id(t.Parent[u])))
                {
                    return false;
                }

                for (var v = 0; v < n; v++)
                {
                    if (tree.IsAncestorOf(Id(u), Id(v)) != NaiveAncestors(v).Contains(u))
                    {
                        return false;
                    }
                }
            }

            return true;
        });
    }

    [Property(MaxTest = 200)]
    public Property Create_RandomTreeWithAGeneratedCycle_AlwaysReportsIt()
    {
        var gen =
            from t in RandomTree()
            from members in Gen.Shuffle(Enumerable.Range(0, t.Parent.Length).ToArray())
            from size in Gen.Choose(1, t.Parent.Length)
            select (t, Cycle: members.Take(size).ToArray());

        return Prop.ForAll(gen.ToArbitrary(), c =>
        {
            var parent = (int[])c.t.Parent.Clone();
            for (var k = 0; k < c.Cycle.Length; k++)
            {
                parent[c.Cycle[k]] = c.Cycle[(k + 1) % c.Cycle.Length];
            }

            var units = c.t.Order.Select(i => Unit(Id(i), parent[i] < 0 ? null : Id(parent[i]))).ToArray();
            var result = StrukturOrganisasi.Create(units, Array.Empty<PenempatanPegawai>());
            var cycles = result.Findings.Where(f => f.Code == "ORG003").ToList();
            return !result.IsSuccess && cycles.Count == 1
                && cycles[0].GetValue("jumlah") == c.Cycle.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)
                && result.Findings.All(f => f.Code is "ORG003" or "ORG005");
        });
    }

    [Property(MaxTest = 100)]
    public Property Create_ShuffledInput_GivesSameAncestorsAndDepths()
    {
        var gen = from t in RandomTree() from other in Gen.Shuffle(t.Order) select (t, other);
        return Prop.ForAll(gen.ToArbitrary(), p =>
        {
            StrukturOrganisasi Build(int[] order) =>
                StrukturOrganisasi.Create(order.Select(i => Unit(Id(i), p.t.Parent[i] < 0 ? null : Id(p.t.Parent[i]))), Array.Empty<PenempatanPegawai>()).Value;

            var a = Build(p.t.Order);
            var b = Build(p.other);
            return Enumerable.Range(0, p.t.Parent.Length).All(u =>
                a.GetDepth(Id(u)) == b.GetDepth(Id(u))
                && Ids(a.GetAncestors(Id(u))).SequenceEqual(Ids(b.GetAncestors(Id(u))))
                && a.CountDescendants(Id(u)) == b.CountDescendants(Id(u))
                && Ids(a.GetDescendants(Id(u))).OrderBy(x => x, StringComparer.Ordinal).SequenceEqual(Ids(b.GetDescendants(Id(u))).OrderBy(x => x, StringComparer.Ordinal)));
        });
    }

    private static string Id(int i) => "U" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A random forest: unit i's parent is a unit with a smaller index (or none), then the input order is shuffled.</summary>
    private static Gen<(int[] Parent, int[] Order)> RandomTree() =>
        from n in Gen.Choose(1, 30)
        from parents in Gen.CollectToArray(Enumerable.Range(0, n), i => i == 0 ? Gen.Constant(-1) : Gen.Frequency((1, Gen.Constant(-1)), (6, Gen.Choose(0, i - 1))))
        from order in Gen.Shuffle(Enumerable.Range(0, n).ToArray())
        select (parents, order);
}
