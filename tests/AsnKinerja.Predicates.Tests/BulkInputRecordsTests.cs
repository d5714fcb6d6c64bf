using AsnKinerja.Testing;
using FsCheck;
using FsCheck.Fluent;
using static AsnKinerja.Predicates.Tests.AturanUji;

namespace AsnKinerja.Predicates.Tests;

/// <summary>The bulk engine on records: the input built from a tree, organisation predicates and ratings, and who it counts and judges where.</summary>
public sealed class BulkInputRecordsTests
{
    [Fact]
    public void Create_FromRecords_KeepsNipsAndUnitIdsAndTheHeads()
    {
        var input = Input();

        Assert.True(input.HasRecords);
        Assert.Equal(new[] { "dinas", "bidang", "seksi" }, input.UnitIds);
        Assert.Equal(new[] { N(1), N(2), N(3), N(4), N(5), N(6), N(7) }, input.NipPegawai);
        Assert.Equal(new[] { 0, 3, 5 }, input.KepalaUnit.ToArray());
        Assert.Equal(1, input.GetUnitIndex("bidang"));
        Assert.Equal(5, input.GetPegawaiIndex(N(6)));
        Assert.Throws<KeyNotFoundException>(() => input.GetUnitIndex("biro"));
    }

    [Fact]
    public void Evaluate_FromRecords_AnswersWhoIsCountedAndJudgedWhereByNip()
    {
        // The head of the bidang counts in the dinas; the seksi (2 employees) is pooled into the bidang.
        var rules = Distribusi(new DistribusiOptions(unitKecil: KebijakanUnitKecil.GabungKeInduk, ambangUnitKecil: 3));

        var result = rules.Evaluate(Input(), Kuadran);

        Assert.Equal(new[] { N(1), N(2), N(3), N(4) }, result.GetPegawaiDihitung("dinas"));
        Assert.Equal(new[] { N(5), N(6) }, result.GetPegawaiDihitung("bidang"));
        Assert.Equal(new[] { N(5), N(6), N(7) }, result.GetPegawaiDinilai("bidang"));
        Assert.Equal(new[] { N(7) }, result.GetPegawaiDinilai("seksi"));
        Assert.Equal(0, result.GetUnitDihitung(3));
        Assert.Equal(1, result.GetUnitDinilai(6));
        Assert.Equal(StatusDistribusi.Digabung, result.GetVerdict("seksi").Status);
        Assert.Equal("seksi", result.GetVerdict("seksi").UnitId);
        Assert.Contains(result.GetVerdict("seksi").Findings, f => f.GetValue("induk") == "bidang");
    }

    [Fact]
    public void Create_RecordsThatDoNotFit_NameTheFirstProblemOfEachKind()
    {
        var struktur = StrukturOrganisasi.Create(Units(), Placements()).Value;
        var ratings = Ratings().Where(r => r.Nip != N(2)).Concat(new[] { Rated(99) });

        var e = Assert.Throws<ArgumentException>(() => BulkInput.Create(struktur, new Dictionary<string, PredikatKinerjaOrganisasi> { ["dinas"] = PredikatKinerjaOrganisasi.Baik }, ratings));

        Assert.Contains("'bidang' has no organisation predicate", e.Message, StringComparison.Ordinal);
        Assert.Contains("(2 like this.)", e.Message, StringComparison.Ordinal);
        Assert.Contains(N(2) + " is placed in unit 'dinas' but has no rating", e.Message, StringComparison.Ordinal);
        Assert.Contains(N(99) + " has a rating but is not placed", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Columns_WithoutRecords_HaveNoNipsAndSayHowToGetThem()
    {
        var input = new BulkInput(new[] { 0 }, new[] { Ekspektasi.Sesuai }, new[] { Ekspektasi.Sesuai }, new[] { -1 }, new[] { PredikatKinerjaOrganisasi.Baik });

        Assert.False(input.HasRecords);
        Assert.Empty(input.NipPegawai);
        Assert.Throws<InvalidOperationException>(() => input.GetUnitIndex("U"));
        Assert.Equal("0", Distribusi().Evaluate(input, Kuadran).GetVerdict(0).UnitId);
    }

    [Property(MaxTest = 200)]
    public Property GetPegawaiDinilai_AnyTree_CountsWhatTheVerdictJudges()
    {
        var gen =
            from units in Gen.Choose(1, 8)
            from parents in Gen.Choose(-1, 7).ArrayOf(units)
            from employees in Gen.Choose(0, 30)
            from unitOf in Gen.Choose(0, units - 1).ArrayOf(employees)
            from ambang in Gen.Choose(1, 6)
            from inParent in Gen.Elements(true, false)
            select (units, parents, unitOf, ambang, inParent);

        return Prop.ForAll(gen.ToArbitrary(), x =>
        {
            // Parents point to earlier units only, so the tree has no cycle; the first employee of a unit heads it.
            var parent = x.parents.Select((p, u) => u == 0 || p < 0 ? -1 : p % u).ToArray();
            var heads = Enumerable.Range(0, x.units).Select(u => Array.IndexOf(x.unitOf, u)).ToArray();
            var input = new BulkInput(
                x.unitOf, x.unitOf.Select(_ => Ekspektasi.Sesuai).ToArray(), x.unitOf.Select(_ => Ekspektasi.DiAtas).ToArray(), parent,
                parent.Select(_ => PredikatKinerjaOrganisasi.Baik).ToArray(), heads);
            var opsi = new DistribusiOptions(unitKecil: KebijakanUnitKecil.GabungKeInduk, ambangUnitKecil: x.ambang, kepalaUnit: x.inParent ? PenghitunganKepalaUnit.UnitInduk : PenghitunganKepalaUnit.UnitSendiri);
            var result = Distribusi(opsi).Evaluate(input, Kuadran);

            var ok = true;
            for (var u = 0; u < x.units; u++)
            {
                ok &= result.GetPegawaiDinilai(u).Length == result.GetJumlahDinilai(u).Total;
                ok &= result.GetPegawaiDihitung(u).Length == result.GetJumlahDihitung(u).Total;
                ok &= result.GetPegawaiDihitung(u).All(i => result.GetUnitDihitung(i) == u);
                ok &= result.GetStatus(u) == StatusDistribusi.Digabung || result.GetPegawaiDinilai(u).All(i => result.GetUnitDinilai(i) == u);
            }

            return ok;
        });
    }

    private static BulkInput Input() =>
        BulkInput.Create(
            StrukturOrganisasi.Create(Units(), Placements()).Value,
            new Dictionary<string, PredikatKinerjaOrganisasi> { ["dinas"] = PredikatKinerjaOrganisasi.Baik, ["bidang"] = PredikatKinerjaOrganisasi.Istimewa, ["seksi"] = PredikatKinerjaOrganisasi.Baik },
            Ratings());

    private static UnitKerja[] Units() => new[] { new UnitKerja("dinas", "Dinas", null), new UnitKerja("bidang", "Bidang", "dinas"), new UnitKerja("seksi", "Seksi", "bidang") };

    private static PenempatanPegawai[] Placements() => new[]
    {
        new PenempatanPegawai(N(1), "dinas", true), new PenempatanPegawai(N(2), "dinas", false), new PenempatanPegawai(N(3), "dinas", false),
        new PenempatanPegawai(N(4), "bidang", true), new PenempatanPegawai(N(5), "bidang", false),
        new PenempatanPegawai(N(6), "seksi", true), new PenempatanPegawai(N(7), "seksi", false),
    };

    private static IEnumerable<PenilaianPegawai> Ratings() => Enumerable.Range(1, 7).Select(Rated);

    private static PenilaianPegawai Rated(int i) => new(N(i), Ekspektasi.Sesuai, Ekspektasi.Sesuai);
}
