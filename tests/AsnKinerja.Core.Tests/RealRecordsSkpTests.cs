using NodaTime;
using static AsnKinerja.Core.Tests.SkpSamples;

namespace AsnKinerja.Core.Tests;

/// <summary>
/// SKPs as real agencies hold them (regulation reference §13): evaluated by a regent, by a principal, for an employee on
/// study leave, a teacher's half-year SKP, PPPK employees. Each validates with no false finding, and SKP011 fires only
/// where the PPK's level is really broken.
/// </summary>
public sealed class RealRecordsSkpTests
{
    private static readonly Nip GuruPppk = Nip.Parse("200012312024211001");
    private static readonly Nip KepalaSekolah = Nip.Parse("197805122005012003");
    private static readonly Nip KepalaDinas = Nip.Parse("196911031995031002");
    private static readonly Nip PengawasSekolah = Nip.Parse("197002141996031001");
    private static readonly Nip Sekda = Nip.Parse("196805101993031004");

    private static Pejabat Bupati => Pejabat.NonAsn(JabatanNonAsn.Bupati, "Drs. H. Contoh", "Bupati Sleman", "Pemerintah Kabupaten Sleman");

    private static Pejabat Principal => Pejabat.Asn(
        KepalaSekolah, Jabatan.Fungsional(JenjangFungsional.AhliMadya), TugasTambahan.KepalaSekolah,
        nama: "Sri Lestari, S.Pd.", namaJabatan: "Kepala SD Negeri 1 Depok", golongan: "IV/a", unitKerja: "SD Negeri 1 Depok");

    private static RencanaHasilKerja Rhk(string id, string atasan) =>
        new(id, "Hasil kerja " + id, JenisRhk.Utama, KlasifikasiRhk.Organisasi, new[] { Iki(id + ".1") }, rhkAtasanId: atasan);

    [Fact]
    public void Validate_JptEvaluatedByARegent_HasNoFindings()
    {
        var skp = new SkpBuilder("SKP-KADIS", KepalaDinas, Jabatan.Struktural(JenisJabatan.JptPratama), "DINAS-PENDIDIKAN", PeriodeKinerja.Tahunan(2024))
            .WithPejabatPenilai(new PejabatPenilaiKinerja(Bupati))
            .WithStatus(StatusSkp.Disetujui, new LocalDate(2024, 1, 25))
            .AddHasilKerja(new RencanaHasilKerja(
                "RHK-K1", "Meningkatnya mutu pendidikan dasar", JenisRhk.Utama, KlasifikasiRhk.Organisasi,
                new[] { Iki("IKI-K1", perspektif: PerspektifIki.PenerimaLayanan) }, sumberKinerjaOrganisasi: "Perjanjian Kinerja 2024, sasaran 1"))
            .AddSemuaNilaiBerakhlak()
            .Build();

        Assert.Empty(SkpRules.PermenPanRb6Tahun2022.Validate(skp).Findings);
        Assert.Equal(StatusPenilai.NonAsn, skp.PejabatPenilai.Status);
        Assert.Null(skp.PejabatPenilai.Nip);
        Assert.Null(skp.PejabatPenilai.Jabatan);
    }

    [Theory]
    [InlineData(JabatanNonAsn.Menteri)]
    [InlineData(JabatanNonAsn.KepalaLembaga)]
    [InlineData(JabatanNonAsn.Gubernur)]
    [InlineData(JabatanNonAsn.Bupati)]
    [InlineData(JabatanNonAsn.WaliKota)]
    [InlineData(JabatanNonAsn.Lainnya)]
    public void Validate_AnyNonAsnPpkOfAJpt_IsExemptFromSkp011(JabatanNonAsn jabatan)
    {
        var ppk = new PejabatPenilaiKinerja(Pejabat.NonAsn(jabatan, "Nama Pejabat", "Jabatan " + jabatan));
        Assert.False(SkpRules.PermenPanRb6Tahun2022.Validate(ValidJpt().WithPejabatPenilai(ppk).Build()).Has("SKP011"));
    }

    [Fact]
    public void Validate_TeacherEvaluatedByThePrincipal_HasNoFindings()
    {
        var skp = new SkpBuilder("SKP-GURU", GuruPppk, Jabatan.Fungsional(JenjangFungsional.AhliPertama), "SDN1", PeriodeKinerja.Tahunan(2025))
            .WithStatusKepegawaian(StatusKepegawaian.Pppk)
            .WithPejabatPenilai(new PejabatPenilaiKinerja(Principal))
            .WithAtasanPejabatPenilai(Pejabat.Asn(KepalaDinas, Jabatan.Struktural(JenisJabatan.JptPratama), namaJabatan: "Kepala Dinas Pendidikan"))
            .WithStatus(StatusSkp.Disetujui, new LocalDate(2025, 1, 20))
            .AddHasilKerja(Rhk("RHK-G1", "RHK-KS-1"))
            .AddSemuaNilaiBerakhlak()
            .Build();

        Assert.Empty(SkpRules.PermenPanRb6Tahun2022.Validate(skp).Findings);
        Assert.True(skp.PejabatPenilai.Pejabat.HasTugasTambahan);
    }

    [Fact]
    public void Validate_PrincipalEvaluatedByTheEducationOfficeWithTheSupervisorAsTimKinerja_HasNoFindings()
    {
        var skp = new SkpBuilder("SKP-KS", KepalaSekolah, Jabatan.Fungsional(JenjangFungsional.AhliMadya), "SDN1", PeriodeKinerja.Tahunan(2025))
            .WithPejabatPenilai(new PejabatPenilaiKinerja(KepalaDinas, Jabatan.Struktural(JenisJabatan.JptPratama)))
            .WithAtasanPejabatPenilai(Bupati)
            .AddPertimbangan(new PertimbanganPenilaian(JenisPertimbangan.TimKinerja, Pejabat.Asn(PengawasSekolah, Jabatan.Fungsional(JenjangFungsional.AhliMadya), namaJabatan: "Pengawas Sekolah Ahli Madya")))
            .WithStatus(StatusSkp.Disetujui, new LocalDate(2025, 1, 15))
            .AddHasilKerja(Rhk("RHK-KS-1", "RHK-KADIS-2"))
            .AddSemuaNilaiBerakhlak()
            .Build();

        Assert.Empty(SkpRules.PermenPanRb6Tahun2022.Validate(skp).Findings);
        Assert.Equal(JenisPertimbangan.TimKinerja, Assert.Single(skp.Pertimbangan).Jenis);
        Assert.Equal(StatusPenilai.NonAsn, skp.AtasanPejabatPenilai!.Status);
    }

    [Fact]
    public void Validate_TeacherHalfYearSkpJanuaryToJune2024_HasNoFindings()
    {
        var semester = PeriodeKinerja.Semesteran(2024, Semester.I);
        var skp = new SkpBuilder("SKP-GURU-S1", GuruPppk, Jabatan.Fungsional(JenjangFungsional.AhliPertama), "SDN1", semester)
            .WithStatusKepegawaian(StatusKepegawaian.Pppk)
            .WithPejabatPenilai(new PejabatPenilaiKinerja(Principal))
            .WithStatus(StatusSkp.Ditutup, new LocalDate(2024, 1, 31))
            .AddHasilKerja(Rhk("RHK-G1", "RHK-KS-1"))
            .AddSemuaNilaiBerakhlak()
            .Build();

        Assert.Empty(SkpRules.PermenPanRb6Tahun2022.Validate(skp).Findings);
        Assert.Equal(new LocalDate(2024, 6, 30), skp.Periode.Akhir);
        Assert.Equal(6, skp.Periode.JumlahBulanPenuh);
    }

    [Fact]
    public void Validate_StudyLeaveSkpWithAcademicExpectations_HasNoFindings()
    {
        // Results are the academic expectations agreed with the PPK from before the leave: a GPA target and graduating
        // on time. They intervene no superior result; that is not SKP002 for a study-leave SKP.
        var ipk = new RencanaHasilKerja(
            "RHK-TB-1", "Tercapainya hasil evaluasi akademik", JenisRhk.Utama, KlasifikasiRhk.Individu,
            new[] { new IndikatorKinerjaIndividu("IKI-TB-1", "Indeks prestasi kumulatif", TargetIki.Kuantitatif(3.5m, "IPK"), AspekIki.Kualitas) });
        var lulus = new RencanaHasilKerja(
            "RHK-TB-2", "Lulus tepat waktu", JenisRhk.Utama, KlasifikasiRhk.Individu,
            new[] { new IndikatorKinerjaIndividu("IKI-TB-2", "Masa studi", TargetIki.Kuantitatif(4, "semester"), AspekIki.Waktu) });
        var skp = new SkpBuilder("SKP-TB", Pegawai, Jabatan.Struktural(JenisJabatan.Pelaksana), "UNIT-1", PeriodeKinerja.Tahunan(2024))
            .WithJenis(JenisSkp.TugasBelajar)
            .WithPejabatPenilai(Ppk())
            .WithStatus(StatusSkp.Disetujui, new LocalDate(2024, 1, 10))
            .AddHasilKerja(ipk)
            .AddHasilKerja(lulus)
            .AddSemuaNilaiBerakhlak()
            .Build();

        Assert.Empty(SkpRules.PermenPanRb6Tahun2022.Validate(skp).Findings);
        Assert.Equal(JenisSkp.TugasBelajar, skp.Jenis);
    }

    [Fact]
    public void Validate_RegularSkpWithTheSameResults_StillReportsSkp002()
    {
        var rhk = new RencanaHasilKerja("RHK-2", "Tercapainya hasil evaluasi akademik", JenisRhk.Utama, KlasifikasiRhk.Individu, new[] { Iki("IKI-2") });
        Assert.True(SkpRules.PermenPanRb6Tahun2022.Validate(ValidJa().AddHasilKerja(rhk).Build()).Has("SKP002"));
    }

    [Fact]
    public void Validate_DefinitiveFunctionalPpkHeadingTheUnitUnderAnAdditionalDuty_IsExemptFromSkp011()
    {
        foreach (var tugas in new[] { TugasTambahan.KepalaSekolah, TugasTambahan.KepalaPuskesmas, TugasTambahan.KepalaUnitLain })
        {
            var ppk = new PejabatPenilaiKinerja(Pejabat.Asn(Atasan, Jabatan.Fungsional(JenjangFungsional.AhliMuda), tugas));
            Assert.Empty(SkpRules.PermenPanRb6Tahun2022.Validate(ValidJa().WithPejabatPenilai(ppk).Build()).Findings);
        }
    }

    [Fact]
    public void Validate_DefinitiveFunctionalPpkWithoutAdditionalDuty_StillReportsSkp011()
    {
        var ppk = new PejabatPenilaiKinerja(Pejabat.Asn(Atasan, Jabatan.Fungsional(JenjangFungsional.AhliMadya), nama: "Guru Senior"));
        var result = SkpRules.PermenPanRb6Tahun2022.Validate(ValidJa().WithPejabatPenilai(ppk).Build());
        Assert.Equal("SKP011", Assert.Single(result.Findings).Code);
        Assert.Equal(Atasan.ToString(), result.Findings[0].GetValue("ppk"));
    }

    [Fact]
    public void Validate_PppkEmployeeAndPppkPpk_AreIdentifiedByTheirNumbers()
    {
        var ppkNip = Nip.Parse("198807152022222014");
        var skp = ValidJa().WithPejabatPenilai(new PejabatPenilaiKinerja(ppkNip, Jabatan.Struktural(JenisJabatan.Pengawas))).WithStatusKepegawaian(StatusKepegawaian.Pppk).Build();
        Assert.Empty(SkpRules.PermenPanRb6Tahun2022.Validate(skp).Findings);
        Assert.Equal(StatusKepegawaian.Pppk, skp.PejabatPenilai.Nip!.Value.StatusKepegawaian);
    }

    [Fact]
    public void Build_NonAsnPpk_IsNeverTheEmployee()
    {
        var skp = ValidJa().WithPejabatPenilai(new PejabatPenilaiKinerja(Bupati)).Build();
        Assert.NotEqual(skp.Pegawai, skp.PejabatPenilai.Nip);
    }

    [Fact]
    public void ToBuilder_RealRecordParts_AreKept()
    {
        var original = ValidJa().WithJenis(JenisSkp.TugasBelajar).WithAtasanPejabatPenilai(Bupati)
            .AddPertimbangan(new PertimbanganPenilaian(JenisPertimbangan.PemberiPertimbangan, Pejabat.Asn(Sekda))).Build();
        var revised = original.ToBuilder().Build();
        Assert.Equal(JenisSkp.TugasBelajar, revised.Jenis);
        Assert.Equal(original.AtasanPejabatPenilai, revised.AtasanPejabatPenilai);
        Assert.True(original.Pertimbangan.SequenceEqual(revised.Pertimbangan));
    }
}
