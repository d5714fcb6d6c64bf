using NodaTime;
using static AsnKinerja.Core.Tests.SkpSamples;

namespace AsnKinerja.Core.Tests;

/// <summary>Shapes an SKP cannot have are programmer errors and throw; rule outcomes are left to SkpRules.</summary>
public sealed class SkpBuilderTests
{
    [Fact]
    public void Build_ValidSkp_KeepsEveryPart()
    {
        var skp = ValidJa().WithAtasanPejabatPenilai(TestData.Nip(30)).WithStatusKepegawaian(StatusKepegawaian.Pppk).Build();

        Assert.Equal("SKP-1", skp.Id);
        Assert.Equal(Pegawai, skp.Pegawai);
        Assert.Equal(Jabatan.Struktural(JenisJabatan.Pelaksana), skp.Jabatan);
        Assert.Equal("UNIT-1", skp.UnitId);
        Assert.Equal(PeriodeKinerja.Tahunan(2024), skp.Periode);
        Assert.Equal(StatusKepegawaian.Pppk, skp.StatusKepegawaian);
        Assert.Equal(Ppk(), skp.PejabatPenilai);
        Assert.Equal(Pejabat.Asn(TestData.Nip(30)), skp.AtasanPejabatPenilai);
        Assert.Equal(PendekatanSkp.Kuantitatif, skp.Pendekatan);
        Assert.Equal(StatusSkp.Disetujui, skp.Status);
        Assert.Equal(new LocalDate(2024, 1, 15), skp.TanggalPenetapan);
        Assert.Equal("RHK-1", Assert.Single(skp.HasilKerja).Id);
        Assert.Equal(new[]
        {
            NilaiBerakhlak.BerorientasiPelayanan, NilaiBerakhlak.Akuntabel, NilaiBerakhlak.Kompeten, NilaiBerakhlak.Harmonis,
            NilaiBerakhlak.Loyal, NilaiBerakhlak.Adaptif, NilaiBerakhlak.Kolaboratif,
        }, skp.PerilakuKerja.Select(p => p.Nilai));
        Assert.Same(LampiranSkp.Kosong, skp.Lampiran);
    }

    [Fact]
    public void Build_Defaults_ArePnsKuantitatifDraf()
    {
        var skp = new SkpBuilder("S", Pegawai, Jabatan.Struktural(JenisJabatan.Pelaksana), "U", PeriodeKinerja.Tahunan(2024)).WithPejabatPenilai(Ppk()).Build();

        Assert.Equal(StatusKepegawaian.Pns, skp.StatusKepegawaian);
        Assert.Equal(PendekatanSkp.Kuantitatif, skp.Pendekatan);
        Assert.Equal(StatusSkp.Draf, skp.Status);
        Assert.Null(skp.TanggalPenetapan);
        Assert.Null(skp.AtasanPejabatPenilai);
        Assert.Empty(skp.HasilKerja);
        Assert.Empty(skp.PerilakuKerja);
    }

    [Fact]
    public void Build_NoPejabatPenilai_ThrowsInvalidOperationException()
    {
        var builder = new SkpBuilder("S", Pegawai, Jabatan.Struktural(JenisJabatan.Pelaksana), "U", PeriodeKinerja.Tahunan(2024));
        Assert.Throws<InvalidOperationException>(() => builder.Build());
    }

    [Fact]
    public void Build_PejabatPenilaiIsTheEmployee_ThrowsInvalidOperationException()
    {
        var builder = ValidJa().WithPejabatPenilai(new PejabatPenilaiKinerja(Pegawai, Jabatan.Struktural(JenisJabatan.Pengawas)));
        Assert.Throws<InvalidOperationException>(() => builder.Build());
    }

    [Fact]
    public void AddHasilKerja_DuplicateId_ThrowsArgumentException()
    {
        var builder = ValidJa();
        var e = Assert.Throws<ArgumentException>(() => builder.AddHasilKerja(RhkJa("RHK-1")));
        Assert.Contains("RHK-1", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddHasilKerja_RevisionOfAnSkp_StillRejectsTheIdsItHolds()
    {
        var builder = ValidJa().Build().ToBuilder().AddHasilKerja(RhkJa("RHK-2"));

        Assert.Throws<ArgumentException>(() => builder.AddHasilKerja(RhkJa("RHK-1")));
        Assert.Throws<ArgumentException>(() => builder.AddHasilKerja(RhkJa("RHK-2")));
        Assert.Equal(new[] { "RHK-1", "RHK-2" }, builder.Build().HasilKerja.Select(r => r.Id));
    }

    [Fact]
    public void AddHasilKerja_IdsDifferingOnlyInCase_AreDistinct()
    {
        var skp = ValidJa().AddHasilKerja(RhkJa("rhk-1")).Build();

        Assert.Equal(new[] { "RHK-1", "rhk-1" }, skp.HasilKerja.Select(r => r.Id));
    }

    [Fact]
    public void AddHasilKerja_DuplicateHugeId_MessageQuotesAtMost64Characters()
    {
        var id = new string('R', 100_000);
        var builder = ValidJa().AddHasilKerja(RhkJa(id));

        var e = Assert.Throws<ArgumentException>(() => builder.AddHasilKerja(RhkJa(id)));

        Assert.StartsWith("RHK ID '" + new string('R', 64) + "…' (100000 characters) was already added to SKP 'SKP-1'.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddPerilakuKerja_DuplicateValue_ThrowsArgumentException()
    {
        var builder = new SkpBuilder("S", Pegawai, Jabatan.Struktural(JenisJabatan.Pelaksana), "U", PeriodeKinerja.Tahunan(2024))
            .AddPerilakuKerja(NilaiBerakhlak.Loyal, "Menjaga rahasia jabatan");
        Assert.Throws<ArgumentException>(() => builder.AddPerilakuKerja(NilaiBerakhlak.Loyal));
        Assert.Throws<ArgumentOutOfRangeException>(() => builder.AddPerilakuKerja((NilaiBerakhlak)8));
    }

    [Fact]
    public void AddSemuaNilaiBerakhlak_AfterOneValue_KeepsItsExpectationAndAddsTheOtherSix()
    {
        var skp = new SkpBuilder("S", Pegawai, Jabatan.Struktural(JenisJabatan.Pelaksana), "U", PeriodeKinerja.Tahunan(2024))
            .WithPejabatPenilai(Ppk())
            .AddPerilakuKerja(NilaiBerakhlak.Adaptif, "Mencoba aplikasi baru")
            .AddSemuaNilaiBerakhlak()
            .Build();

        Assert.Equal(7, skp.PerilakuKerja.Length);
        Assert.Equal(7, skp.PerilakuKerja.Select(p => p.Nilai).Distinct().Count());
        Assert.Equal("Mencoba aplikasi baru", skp.PerilakuKerja.Single(p => p.Nilai == NilaiBerakhlak.Adaptif).EkspektasiKhusus);
    }

    [Fact]
    public void Constructor_BlankOrEmptyArguments_Throw()
    {
        var jabatan = Jabatan.Struktural(JenisJabatan.Pelaksana);
        var periode = PeriodeKinerja.Tahunan(2024);

        Assert.Throws<ArgumentException>(() => new SkpBuilder(" ", Pegawai, jabatan, "U", periode));
        Assert.Throws<ArgumentException>(() => new SkpBuilder("", Pegawai, jabatan, "U", periode));
        Assert.Throws<ArgumentNullException>(() => new SkpBuilder(null!, Pegawai, jabatan, "U", periode));
        Assert.Throws<ArgumentException>(() => new SkpBuilder("S", default, jabatan, "U", periode));
        Assert.Throws<ArgumentException>(() => new SkpBuilder("S", Pegawai, default, "U", periode));
        Assert.Throws<ArgumentException>(() => new SkpBuilder("S", Pegawai, jabatan, " ", periode));
        Assert.Throws<ArgumentNullException>(() => new SkpBuilder("S", Pegawai, jabatan, "U", null!));
    }

    [Fact]
    public void Parts_InvalidArguments_Throw()
    {
        Assert.Throws<ArgumentException>(() => new RencanaHasilKerja(" ", "Uraian", JenisRhk.Utama, KlasifikasiRhk.Organisasi, new[] { Iki("I") }));
        Assert.Throws<ArgumentException>(() => new RencanaHasilKerja("R", "Uraian", JenisRhk.Utama, KlasifikasiRhk.Organisasi, new[] { Iki("I"), Iki("I") }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RencanaHasilKerja("R", "Uraian", default, KlasifikasiRhk.Organisasi, new[] { Iki("I") }));
        Assert.Throws<ArgumentException>(() => new IndikatorKinerjaIndividu(" ", "Uraian", TargetIki.Kuantitatif(1, "x")));
        Assert.Throws<ArgumentOutOfRangeException>(() => new IndikatorKinerjaIndividu("I", "Uraian", TargetIki.Kuantitatif(1, "x"), (AspekIki)9));
        Assert.Throws<ArgumentException>(() => new PejabatPenilaiKinerja(default, Jabatan.Struktural(JenisJabatan.Pengawas)));
        Assert.Throws<ArgumentException>(() => new PejabatPenilaiKinerja(Atasan, default));
        Assert.Throws<ArgumentException>(() => ValidJa().WithAtasanPejabatPenilai(default(Nip)));
        Assert.Throws<ArgumentOutOfRangeException>(() => ValidJa().WithStatus((StatusSkp)0));
        Assert.Equal("tanggalPenetapan", Assert.Throws<ArgumentException>(() => ValidJa().WithStatus(StatusSkp.Disetujui, new LocalDate(2024, 1, 2, CalendarSystem.Julian))).ParamName);
    }

    [Fact]
    public void RencanaHasilKerja_BlankOptionalTexts_AreStoredAsNull()
    {
        var rhk = new RencanaHasilKerja("R", "Uraian", JenisRhk.Utama, KlasifikasiRhk.Organisasi, new[] { Iki("I") }, rhkAtasanId: "  ", sumberKinerjaOrganisasi: "", penugasanDari: " ");

        Assert.Null(rhk.RhkAtasanId);
        Assert.Null(rhk.SumberKinerjaOrganisasi);
        Assert.Null(rhk.PenugasanDari);
    }

    [Fact]
    public void ToBuilder_Revision_StartsFromTheSkpAndLeavesItUnchanged()
    {
        var original = ValidJa().Build();
        var revised = original.ToBuilder().AddHasilKerja(RhkJa("RHK-2")).Build();

        Assert.Single(original.HasilKerja);
        Assert.Equal(new[] { "RHK-1", "RHK-2" }, revised.HasilKerja.Select(r => r.Id));
        Assert.Equal(original.Id, revised.Id);
        Assert.Equal(original.PejabatPenilai, revised.PejabatPenilai);
        Assert.Equal(original.TanggalPenetapan, revised.TanggalPenetapan);
    }

    [Fact]
    public void Build_CalledTwice_GivesIndependentDocuments()
    {
        var builder = ValidJa();
        var first = builder.Build();
        var second = builder.AddHasilKerja(RhkJa("RHK-2")).Build();

        Assert.Single(first.HasilKerja);
        Assert.Equal(2, second.HasilKerja.Length);
        Assert.NotSame(first, second);
    }
}
