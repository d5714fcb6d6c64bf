using AsnKinerja.Testing;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using static AsnKinerja.BehaviourRubric.Tests.RubricFixtures;

namespace AsnKinerja.BehaviourRubric.Tests;

public class PenilaianNilaiBerakhlakTests
{
    [Fact]
    public void FromUmpanBalik_LatestPpkAssessmentPerValue_Wins()
    {
        var entries = new[]
        {
            DariPpk("A", NilaiBerakhlak.Kompeten, new LocalDate(2024, 3, 1), Ekspektasi.DiBawah),
            DariPpk("B", NilaiBerakhlak.Kompeten, new LocalDate(2024, 9, 1), Ekspektasi.DiAtas),
            DariPpk("C", NilaiBerakhlak.Kompeten, new LocalDate(2024, 10, 1)),
            DariPpk("D", NilaiBerakhlak.Loyal, new LocalDate(2024, 5, 1), Ekspektasi.Sesuai),
        };

        var p = PenilaianNilaiBerakhlak.FromUmpanBalik(entries);

        Assert.Equal(Ekspektasi.DiAtas, p.Get(NilaiBerakhlak.Kompeten));
        Assert.Equal(Ekspektasi.Sesuai, p.Get(NilaiBerakhlak.Loyal));
        Assert.Null(p.Get(NilaiBerakhlak.Adaptif));
        Assert.Equal(new[] { NilaiBerakhlak.Kompeten, NilaiBerakhlak.Loyal }, p.NilaiDinilai);
        Assert.Equal(5, p.NilaiBelumDinilai.Length);
    }

    [Fact]
    public void FromUmpanBalik_PeerAndSubordinateAssessments_AreIgnored()
    {
        var entries = new[]
        {
            Dari(SumberUmpanBalik.RekanKerja, "R", NilaiBerakhlak.Harmonis, new LocalDate(2024, 12, 1), Ekspektasi.DiAtas),
            Dari(SumberUmpanBalik.Bawahan, "S", NilaiBerakhlak.Harmonis, new LocalDate(2024, 12, 2), Ekspektasi.DiAtas),
            DariPpk("P", NilaiBerakhlak.Harmonis, new LocalDate(2024, 6, 1), Ekspektasi.Sesuai),
        };

        Assert.Equal(Ekspektasi.Sesuai, PenilaianNilaiBerakhlak.FromUmpanBalik(entries).Get(NilaiBerakhlak.Harmonis));
        Assert.False(PenilaianNilaiBerakhlak.FromUmpanBalik(entries.Take(2)).TryGet(NilaiBerakhlak.Harmonis, out _));
    }

    [Fact]
    public void FromUmpanBalik_SameDate_GreaterIdWins()
    {
        var tanggal = new LocalDate(2024, 7, 1);
        var entries = new[]
        {
            DariPpk("UB-2", NilaiBerakhlak.Adaptif, tanggal, Ekspektasi.DiBawah),
            DariPpk("UB-1", NilaiBerakhlak.Adaptif, tanggal, Ekspektasi.DiAtas),
        };

        Assert.Equal(Ekspektasi.DiBawah, PenilaianNilaiBerakhlak.FromUmpanBalik(entries).Get(NilaiBerakhlak.Adaptif));
        Assert.Equal(Ekspektasi.DiBawah, PenilaianNilaiBerakhlak.FromUmpanBalik(entries.Reverse()).Get(NilaiBerakhlak.Adaptif));
    }

    [Property(MaxTest = 200)]
    public Property FromUmpanBalik_AnyOrder_SameAssessments()
    {
        var arb = (from nilai in Gen.Elements(SemuaNilai)
                   from sumber in Gen.Elements(SumberUmpanBalik.PejabatPenilai, SumberUmpanBalik.RekanKerja, SumberUmpanBalik.Bawahan)
                   from hari in Gen.Choose(1, 5)
                   from id in Gen.Choose(1, 3)
                   from penilaian in Gen.Elements<Ekspektasi?>(null, Ekspektasi.DiBawah, Ekspektasi.Sesuai, Ekspektasi.DiAtas)
                   from key in Gen.Choose(0, 1000)
                   select (Entry: new UmpanBalik("UB-" + id, nilai, sumber, new LocalDate(2024, 4, hari), "x", new[] { "b" }, penilaian), Key: key))
            .ArrayOf().ToArbitrary();

        return Prop.ForAll(arb, x =>
        {
            var entries = x.Select(p => p.Entry).ToArray();
            var shuffled = x.OrderBy(p => p.Key).Select(p => p.Entry).ToArray();
            return PenilaianNilaiBerakhlak.FromUmpanBalik(entries) == PenilaianNilaiBerakhlak.FromUmpanBalik(shuffled)
                && PenilaianNilaiBerakhlak.FromUmpanBalik(entries) == PenilaianNilaiBerakhlak.FromUmpanBalik(entries.Reverse());
        });
    }

    [Fact]
    public void Create_DuplicateOrUndefined_Throws()
    {
        var twice = new[]
        {
            new KeyValuePair<NilaiBerakhlak, Ekspektasi>(NilaiBerakhlak.Loyal, Ekspektasi.Sesuai),
            new KeyValuePair<NilaiBerakhlak, Ekspektasi>(NilaiBerakhlak.Loyal, Ekspektasi.DiAtas),
        };
        Assert.Throws<ArgumentException>(() => PenilaianNilaiBerakhlak.Create(twice));
        Assert.Throws<ArgumentOutOfRangeException>(() => PenilaianNilaiBerakhlak.Create(new[] { new KeyValuePair<NilaiBerakhlak, Ekspektasi>((NilaiBerakhlak)0, Ekspektasi.Sesuai) }));
        Assert.Throws<ArgumentOutOfRangeException>(() => PenilaianNilaiBerakhlak.Semua((Ekspektasi)4));
    }

    [Fact]
    public void ToString_ShowsEveryValueWithDashForMissing()
    {
        var p = PenilaianNilaiBerakhlak.Semua(Ekspektasi.Sesuai).With(NilaiBerakhlak.Akuntabel, Ekspektasi.DiAtas).Without(NilaiBerakhlak.Kolaboratif);

        Assert.Equal("BO=Sesuai, AK=DiAtas, KO=Sesuai, HA=Sesuai, LO=Sesuai, AD=Sesuai, KL=-", p.ToString());
        Assert.False(p.IsLengkap);
        Assert.Equal(5, p.Count(Ekspektasi.Sesuai));
    }
}
