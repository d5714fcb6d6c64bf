using NodaTime;

namespace AsnKinerja.Predicates.Tests;

/// <summary>
/// Objections (<em>keberatan</em>, PP 30/2019 Pasal 59; regulation reference §1, §13): within 14 days of receiving the
/// result, to the PPK's superior, whose decision is final and replaces the predicate, so the distribution is checked again
/// on the final predicates.
/// </summary>
public sealed class KeberatanTests
{
    private static readonly IKuadranRules Kuadran = KuadranRules.PermenPanRb6Tahun2022;
    private static readonly Nip Pegawai = Nip.Parse("199001152015031002");
    private static readonly Pejabat Atasan = Pejabat.Asn(Nip.Parse("196805101993031004"), Jabatan.Struktural(JenisJabatan.JptPratama), namaJabatan: "Sekretaris Daerah");
    private static readonly Pejabat Ppk = Pejabat.Asn(Nip.Parse("197805102003121001"), Jabatan.Struktural(JenisJabatan.Administrator));

    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    private static KeputusanPredikat ButuhPerbaikan() => KeputusanPredikat.Terima(Kuadran.Evaluate(Ekspektasi.DiBawah, Ekspektasi.Sesuai));

    private static Keberatan Keberatan(LocalDate diterima, LocalDate diajukan) => new(Pegawai, ButuhPerbaikan(), diterima, diajukan, "Capaian RHK-2 tidak diperhitungkan");

    [Theory]
    [InlineData(2025, 1, 20, 2025, 2, 3)]   // 20 January + 14 calendar days
    [InlineData(2024, 2, 20, 2024, 3, 5)]   // across 29 February
    [InlineData(2024, 12, 23, 2025, 1, 6)]  // across the year
    public void GetBatasPengajuan_CalendarDays_IsTheReceiptDatePlusFourteen(int y, int m, int d, int by, int bm, int bd)
    {
        Assert.Equal(D(by, bm, bd), KeberatanRules.GetBatasPengajuan(D(y, m, d)));
    }

    [Fact]
    public void GetBatasPengajuan_WorkingDays_SkipsWeekendsAndTheGivenHolidays()
    {
        // Received Friday 17 January 2025. Without holidays: 20–24, 27–31 January, 3–6 February → Thursday 6 February.
        var kerja = new KeberatanOptions(PenghitunganHariKeberatan.HariKerja);
        Assert.Equal(D(2025, 2, 6), KeberatanRules.GetBatasPengajuan(D(2025, 1, 17), kerja));

        // With the holidays of 27 and 29 January 2025: 20–24, 28, 30, 31 January, 3–7 and 10 February → Monday 10 February.
        var libur = new KeberatanOptions(PenghitunganHariKeberatan.HariKerja, new[] { D(2025, 1, 29), D(2025, 1, 27), D(2025, 1, 27) });
        Assert.Equal(D(2025, 2, 10), KeberatanRules.GetBatasPengajuan(D(2025, 1, 17), libur));
        Assert.Equal(new[] { D(2025, 1, 27), D(2025, 1, 29) }, libur.HariLibur.ToArray());
    }

    [Fact]
    public void Validate_FiledOnTheLastDay_IsInTime()
    {
        Assert.Empty(KeberatanRules.Validate(Keberatan(D(2025, 1, 20), D(2025, 2, 3)), null, Atasan).Findings);
    }

    [Fact]
    public void Validate_FiledTheDayAfterTheLastDay_ReportsPrd004WithThePolicy()
    {
        var result = KeberatanRules.Validate(Keberatan(D(2025, 1, 20), D(2025, 2, 4)), null, Atasan);

        var f = Assert.Single(result.Findings);
        Assert.Equal("PRD004", f.Code);
        Assert.Equal(FindingSeverity.Error, f.Severity);
        Assert.Equal("2025-02-03", f.GetValue("batas"));
        Assert.Equal("PenghitunganHariKeberatan=HariKalender", f.GetValue("kebijakan"));
        Assert.Equal(RegulationNames.Pp30Tahun2019, f.Source.Regulation);
    }

    [Fact]
    public void Validate_DecidedByThePpkInsteadOfItsSuperior_ReportsPrd005()
    {
        var k = Keberatan(D(2025, 1, 20), D(2025, 1, 27));
        var keputusan = KeputusanKeberatan.Ubah(k, PredikatKinerja.Baik, Ppk, D(2025, 2, 10), "Bukti dukung RHK-2 lengkap");

        var f = Assert.Single(KeberatanRules.Validate(k, keputusan, Atasan).Findings);
        Assert.Equal("PRD005", f.Code);
        Assert.Equal(FindingSeverity.Error, f.Severity);
    }

    [Fact]
    public void Validate_DecidedWithoutARecordedSuperior_ReportsPrd006Warning()
    {
        var k = Keberatan(D(2025, 1, 20), D(2025, 1, 27));
        var keputusan = KeputusanKeberatan.Kuatkan(k, Atasan, D(2025, 2, 10), "Penilaian PPK sesuai bukti");

        var f = Assert.Single(KeberatanRules.Validate(k, keputusan, null).Findings);
        Assert.Equal(("PRD006", FindingSeverity.Warning), (f.Code, f.Severity));
    }

    [Fact]
    public void Validate_DecidedByANonAsnSuperiorNamedByItsOffice_HasNoFindings()
    {
        // The regent above a regional secretary: the office decides, whoever holds it, however it is spelled.
        var bupati = Pejabat.NonAsn(JabatanNonAsn.Bupati, "Drs. H. Contoh", "Bupati Sleman");
        var k = Keberatan(D(2025, 1, 20), D(2025, 1, 30));
        var keputusan = KeputusanKeberatan.Kuatkan(k, Pejabat.NonAsn(JabatanNonAsn.Bupati, "Drs. H. Contoh", "BUPATI SLEMAN"), D(2025, 2, 14), "Dikuatkan");

        Assert.Empty(KeberatanRules.Validate(k, keputusan, bupati).Findings);
    }

    [Fact]
    public void Validate_AgainstTheSkp_UsesItsSuperiorAndRejectsAnotherEmployee()
    {
        var skp = new SkpBuilder("SKP-1", Pegawai, Jabatan.Struktural(JenisJabatan.Pelaksana), "U-1", PeriodeKinerja.Tahunan(2024))
            .WithPejabatPenilai(new PejabatPenilaiKinerja(Ppk))
            .WithAtasanPejabatPenilai(Atasan)
            .Build();
        var k = Keberatan(D(2025, 1, 20), D(2025, 1, 27));

        Assert.Empty(KeberatanRules.Validate(skp, k, KeputusanKeberatan.Kuatkan(k, Pejabat.Asn(Atasan.Nip!.Value), D(2025, 2, 1), "Dikuatkan")).Findings);
        Assert.Equal("PRD005", Assert.Single(KeberatanRules.Validate(skp, k, KeputusanKeberatan.Kuatkan(k, Ppk, D(2025, 2, 1), "Dikuatkan")).Findings).Code);

        var other = new Keberatan(Nip.Parse("199207072018022001"), ButuhPerbaikan(), D(2025, 1, 20), D(2025, 1, 21), "x");
        Assert.Throws<ArgumentException>(() => KeberatanRules.Validate(skp, other, null));
        Assert.Throws<ArgumentException>(() => KeberatanRules.Validate(k, KeputusanKeberatan.Kuatkan(other, Atasan, D(2025, 2, 1), "x"), Atasan));
    }

    [Fact]
    public void Records_ImpossibleDatesOrNoChange_AreProgrammerErrors()
    {
        Assert.Throws<ArgumentException>(() => Keberatan(D(2025, 1, 20), D(2025, 1, 19)));
        Assert.Throws<ArgumentException>(() => new Keberatan(default, ButuhPerbaikan(), D(2025, 1, 20), D(2025, 1, 21), "x"));
        Assert.Throws<ArgumentException>(() => new Keberatan(Pegawai, ButuhPerbaikan(), D(2025, 1, 20), D(2025, 1, 21), " "));
        var k = Keberatan(D(2025, 1, 20), D(2025, 1, 27));
        Assert.Throws<ArgumentException>(() => KeputusanKeberatan.Ubah(k, PredikatKinerja.ButuhPerbaikan, Atasan, D(2025, 2, 1), "x"));
        Assert.Throws<ArgumentException>(() => KeputusanKeberatan.Kuatkan(k, Atasan, D(2025, 1, 26), "x"));
        Assert.Throws<ArgumentNullException>(() => KeputusanKeberatan.Kuatkan(k, null!, D(2025, 2, 1), "x"));
    }

    [Fact]
    public void KeputusanKeberatan_Ubah_KeepsWhoWhenWhyAndThePredicateItReplaces()
    {
        var k = Keberatan(D(2025, 1, 20), D(2025, 1, 27));
        var keputusan = KeputusanKeberatan.Ubah(k, PredikatKinerja.Baik, Atasan, D(2025, 2, 10), "Bukti dukung RHK-2 lengkap");

        Assert.True(keputusan.IsDiubah);
        var e = keputusan.Explain();
        Assert.Equal("KeputusanKeberatan.Ubah", e.Rule);
        Assert.Equal("Butuh Perbaikan", e.Inputs.Single(i => i.Key == "predikatPpk").Value);
        Assert.Equal("Baik", e.Inputs.Single(i => i.Key == "predikatAkhir").Value);
        Assert.Equal("2025-02-10", e.Inputs.Single(i => i.Key == "tanggal").Value);
        Assert.Equal(Atasan.ToString(), e.Inputs.Single(i => i.Key == "oleh").Value);
        Assert.Equal(RegulationNames.Pp30Tahun2019, e.Source.Regulation);

        var tetap = KeputusanKeberatan.Kuatkan(k, Atasan, D(2025, 2, 10), "Sesuai bukti");
        Assert.False(tetap.IsDiubah);
        Assert.Equal(PredikatKinerja.ButuhPerbaikan, tetap.PredikatAkhir);
        Assert.Equal("KeputusanKeberatan.Kuatkan", tetap.Explain().Rule);
    }

    [Fact]
    public void PredikatAkhir_ObjectionDecidedByTheSuperior_ChangesTheFinalPredicateAndTheRecheckedDistribution()
    {
        // A unit of 10 with organisation predicate Baik: 7 Baik, 2 Sangat Baik, 1 Butuh Perbaikan meets the pattern
        // (Baik ≤ 70% = 7, at least one BP or K).
        var baik = Enumerable.Range(1, 7).Select(i => PredikatAkhir.Of(N(i), KeputusanPredikat.Terima(Kuadran.Evaluate(Ekspektasi.Sesuai, Ekspektasi.Sesuai)))).ToList();
        var sangatBaik = Enumerable.Range(8, 2).Select(i => PredikatAkhir.Of(N(i), KeputusanPredikat.Terima(Kuadran.Evaluate(Ekspektasi.DiAtas, Ekspektasi.DiAtas)))).ToList();
        var keputusan = ButuhPerbaikan();
        var sebelum = baik.Concat(sangatBaik).Append(PredikatAkhir.Of(Pegawai, keputusan)).ToList();
        var awal = DistribusiRules.SeMenPanRb3Tahun2023.Check("U-1", PredikatKinerjaOrganisasi.Baik, sebelum.Select(p => p.Predikat));
        Assert.Equal(StatusDistribusi.Memenuhi, awal.Status);

        // The employee objects in time; the PPK's superior changes the predicate to Baik (final).
        var keberatan = new Keberatan(Pegawai, keputusan, D(2025, 1, 20), D(2025, 1, 27), "Capaian RHK-2 tidak diperhitungkan");
        var putusan = KeputusanKeberatan.Ubah(keberatan, PredikatKinerja.Baik, Atasan, D(2025, 2, 10), "Bukti dukung RHK-2 lengkap");
        Assert.True(KeberatanRules.Validate(keberatan, putusan, Atasan).IsValid);
        var akhir = PredikatAkhir.Of(Pegawai, keputusan, putusan);
        Assert.Equal((PredikatKinerja.Baik, SumberPredikatAkhir.KeputusanKeberatan), (akhir.Predikat, akhir.Sumber));
        Assert.Equal("KeputusanKeberatan.Ubah", akhir.Explain().Rule);

        // Checked again on the final predicates: 8 Baik (80% > 70%) and no BP or K any more.
        var ulang = DistribusiRules.SeMenPanRb3Tahun2023.Check("U-1", PredikatKinerjaOrganisasi.Baik, baik.Concat(sangatBaik).Append(akhir).Select(p => p.Predikat));
        Assert.Equal(StatusDistribusi.TidakMemenuhi, ulang.Status);
        Assert.Contains(ulang.Findings, f => f.Code == "DST001");
        Assert.Contains(ulang.Findings, f => f.Code == "DST003");
    }

    [Fact]
    public void PredikatAkhir_WithoutObjection_ComesFromThePpkOrTheComputation()
    {
        var terhitung = Kuadran.Evaluate(Ekspektasi.Sesuai, Ekspektasi.Sesuai);
        Assert.Equal(SumberPredikatAkhir.Terhitung, PredikatAkhir.Of(Pegawai, KeputusanPredikat.Terima(terhitung)).Sumber);
        var ubah = KeputusanPredikat.Ubah(terhitung, PredikatKinerja.SangatBaik, Ppk.Nip!.Value, D(2025, 1, 15), "Kalibrasi");
        var akhir = PredikatAkhir.Of(Pegawai, ubah);
        Assert.Equal((PredikatKinerja.SangatBaik, SumberPredikatAkhir.KeputusanPpk), (akhir.Predikat, akhir.Sumber));
        Assert.Equal("KeputusanPpk", akhir.Explain().Rule);
    }

    [Fact]
    public void PredikatAkhir_ObjectionOfAnotherEmployeeOrDecision_IsRejected()
    {
        var keputusan = ButuhPerbaikan();
        var putusan = KeputusanKeberatan.Kuatkan(new Keberatan(Pegawai, keputusan, D(2025, 1, 20), D(2025, 1, 21), "x"), Atasan, D(2025, 2, 1), "x");
        Assert.Throws<ArgumentException>(() => PredikatAkhir.Of(N(1), keputusan, putusan));
        Assert.Throws<ArgumentException>(() => PredikatAkhir.Of(Pegawai, KeputusanPredikat.Terima(Kuadran.Evaluate(Ekspektasi.Sesuai, Ekspektasi.Sesuai)), putusan));
        Assert.Throws<ArgumentException>(() => PredikatAkhir.Of(default, keputusan));
    }

    private static Nip N(int urut) => AsnKinerja.Nip.FromParts(new LocalDate(1985, 3, 12), new YearMonth(2010, 1), JenisKelamin.LakiLaki, urut);
}
