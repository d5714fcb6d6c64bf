using AsnKinerja.Predicates;
using NodaTime;

namespace AsnKinerja.Siasn.Tests;

public sealed class SiasnPayloadsTests
{
    private static readonly Jabatan AhliPertama = Jabatan.Fungsional(JenjangFungsional.AhliPertama);

    [Theory]
    [InlineData("nama", "penilaiNama")]
    [InlineData("golongan", "penilaiGolongan")]
    [InlineData("jabatan", "penilaiJabatan")]
    [InlineData("unit", "penilaiUnorNama")]
    public void Skp22_EvaluatorFieldMissing_IsSia001AndNoPayload(string missing, string field)
    {
        var penilai = Pejabat.Asn(
            Contoh.KepalaDinas, nama: missing == "nama" ? null : "Ir. Hendra Wijaya", namaJabatan: missing == "jabatan" ? null : "Kepala Dinas",
            golongan: missing == "golongan" ? null : "IV/c", unitKerja: missing == "unit" ? null : "Dinas Kominfo");

        var result = SiasnPayloads.Skp22(Contoh.Pegawai, PeriodeKinerja.Tahunan(2024), penilai, Contoh.Akhir(Contoh.Pegawai, Ekspektasi.Sesuai, Ekspektasi.Sesuai), "A1");

        Assert.False(result.IsSuccess);
        var finding = Assert.Single(result.Findings);
        Assert.Equal("SIA001", finding.Code);
        Assert.Equal(field, finding.GetValue("field"));
        Assert.Equal(Contoh.Pegawai.ToString(), finding.Subject);
    }

    [Fact]
    public void Skp22_EverythingMissing_ReportsEveryProblemTogether()
    {
        var result = SiasnPayloads.Skp22(Contoh.Pegawai, PeriodeKinerja.Tahunan(2024), Pejabat.Asn(Contoh.KepalaDinas), Contoh.Akhir(Contoh.Pegawai, Ekspektasi.Sesuai, Ekspektasi.Sesuai), " ");

        Assert.Equal(
            new[] { "SIA001:penilaiNama", "SIA001:penilaiGolongan", "SIA001:penilaiJabatan", "SIA001:penilaiUnorNama", "SIA004:pnsDinilaiOrang" },
            result.Findings.Select(f => f.Code + ":" + f.GetValue("field")));
        Assert.Null(result.ValueOrNull);
    }

    [Fact]
    public void Skp22_NonAsnEvaluatorWithoutNumberOrRank_IsComplete()
    {
        var result = SiasnPayloads.Skp22(Contoh.KepalaDinas, PeriodeKinerja.Tahunan(2024), Contoh.Bupati, Contoh.Akhir(Contoh.KepalaDinas, Ekspektasi.Sesuai, Ekspektasi.Sesuai), "B1");

        Assert.True(result.IsSuccess);
        Assert.Empty(result.Findings);
        Assert.Equal(StatusPenilai.NonAsn, result.Value.Penilai.Status);
    }

    [Fact]
    public void Skp22_PredicateChangedByThePpk_WarnsSia005AndSendsTheFinalPredicate()
    {
        var akhir = Contoh.Diubah(Contoh.Pegawai, Ekspektasi.DiAtas, Ekspektasi.DiAtas, PredikatKinerja.Baik);

        var result = SiasnPayloads.Skp22(Contoh.Pegawai, PeriodeKinerja.Tahunan(2024), Contoh.Penilai, akhir, "A1");

        Assert.True(result.IsSuccess);
        Assert.Equal("SIA005", Assert.Single(result.Findings).Code);
        Assert.Equal(PredikatKinerja.Baik, result.Value.Predikat);
        Assert.Equal(Ekspektasi.DiAtas, result.Value.HasilKinerja);
    }

    [Fact]
    public void Skp22_PartOfTheYear_WarnsSia006()
    {
        var periode = PeriodeKinerja.Rentang(new LocalDate(2024, 3, 1), new LocalDate(2024, 12, 31));

        var result = SiasnPayloads.Skp22(Contoh.Pegawai, periode, Contoh.Penilai, Contoh.Akhir(Contoh.Pegawai, Ekspektasi.Sesuai, Ekspektasi.Sesuai), "A1");

        Assert.Equal("SIA006", Assert.Single(result.Findings).Code);
        Assert.Equal(2024, result.Value.Tahun);
    }

    [Fact]
    public void Skp22_PeriodAcrossTwoYears_IsSia007()
    {
        var periode = PeriodeKinerja.Rentang(new LocalDate(2024, 7, 1), new LocalDate(2025, 6, 30));

        var result = SiasnPayloads.Skp22(Contoh.Pegawai, periode, Contoh.Penilai, Contoh.Akhir(Contoh.Pegawai, Ekspektasi.Sesuai, Ekspektasi.Sesuai), "A1");

        Assert.Equal("SIA007", Assert.Single(result.Findings).Code);
        Assert.False(result.IsSuccess);
    }

    [Fact]
    public void Skp22_FinalPredicateOfAnotherEmployee_Throws() =>
        Assert.Throws<ArgumentException>(() => SiasnPayloads.Skp22(Contoh.Pegawai, PeriodeKinerja.Tahunan(2024), Contoh.Penilai, Contoh.Akhir(Contoh.KepalaDinas, Ekspektasi.Sesuai, Ekspektasi.Sesuai), "A1"));

    [Fact]
    public void KinerjaPeriodik_TeachersHalfYear_IsSia002WithTheSemesterReason()
    {
        var result = Periodik(PeriodeKinerja.Semesteran(2024, Semester.I), AhliPertama);

        var finding = Assert.Single(result.Findings, f => f.Severity == FindingSeverity.Error);
        Assert.Equal("SIA002", finding.Code);
        Assert.Equal("Semesteran", finding.GetValue("alasan"));
        Assert.Contains("per triwulan", finding.Message, StringComparison.Ordinal);
        Assert.False(result.IsSuccess);
    }

    [Theory]
    [InlineData("2024-01-01", "2024-12-31", "Rentang")]
    [InlineData("2024-01-15", "2024-02-14", "Rentang")]
    [InlineData("2024-02-01", "2024-04-30", "Rentang")]
    [InlineData("2024-01-01", "2024-02-29", "Rentang")]
    public void KinerjaPeriodik_RangeThatIsNoMonthOrQuarter_IsSia002(string awal, string akhir, string alasan)
    {
        var result = Periodik(PeriodeKinerja.Rentang(LocalDate.FromDateTime(DateTime.Parse(awal, System.Globalization.CultureInfo.InvariantCulture)), LocalDate.FromDateTime(DateTime.Parse(akhir, System.Globalization.CultureInfo.InvariantCulture))), AhliPertama);

        Assert.Equal(alasan, Assert.Single(result.Findings, f => f.Code == "SIA002").GetValue("alasan"));
    }

    [Fact]
    public void KinerjaPeriodik_AnnualPeriod_IsSia002PointingToSkp22() =>
        Assert.Equal("Tahunan", Assert.Single(Periodik(PeriodeKinerja.Tahunan(2024), AhliPertama).Findings, f => f.Code == "SIA002").GetValue("alasan"));

    [Fact]
    public void KinerjaPeriodik_RangeThatIsExactlyAQuarter_IsSentAsThatQuarter()
    {
        var result = Periodik(PeriodeKinerja.Rentang(new LocalDate(2024, 7, 1), new LocalDate(2024, 9, 30)), Jabatan.Struktural(JenisJabatan.Pelaksana));

        Assert.True(result.IsSuccess);
        Assert.Equal(PeriodeKinerja.Triwulanan(2024, Triwulan.III), result.Value.Periode);
        Assert.Equal(2, result.Value.PeriodikId);
        Assert.Null(result.Value.Koefisien);
    }

    [Fact]
    public void KinerjaPeriodik_Month_IsPeriodik1()
    {
        var result = Periodik(PeriodeKinerja.Bulanan(2024, 3), Jabatan.Struktural(JenisJabatan.Pelaksana));

        Assert.Equal(1, result.Value.PeriodikId);
    }

    [Fact]
    public void KinerjaPeriodik_KoefisienOfAnotherLevel_IsSia003()
    {
        var result = Periodik(PeriodeKinerja.Triwulanan(2024, Triwulan.I), AhliPertama, KoefisienSiasn.FromId(22));

        var finding = Assert.Single(result.Findings);
        Assert.Equal("SIA003", finding.Code);
        Assert.Equal("Ahli Muda", finding.GetValue("jenjangKoefisien"));
        Assert.Equal("Ahli Pertama", finding.GetValue("jabatan"));
        Assert.False(result.IsSuccess);
    }

    [Fact]
    public void KinerjaPeriodik_KoefisienForAStructuralPosition_IsSia003()
    {
        var result = Periodik(PeriodeKinerja.Triwulanan(2024, Triwulan.I), Jabatan.Struktural(JenisJabatan.Pengawas), KoefisienSiasn.FromId(12));

        Assert.Equal("SIA003", Assert.Single(result.Findings).Code);
    }

    [Fact]
    public void KinerjaPeriodik_KoefisienOfTheLevelButAnotherRow_IsSia009()
    {
        var result = Periodik(PeriodeKinerja.Triwulanan(2024, Triwulan.I), AhliPertama, KoefisienSiasn.FromId(11));

        var finding = Assert.Single(result.Findings);
        Assert.Equal("SIA009", finding.Code);
        Assert.Equal("12", finding.GetValue("seharusnya"));
    }

    [Fact]
    public void KinerjaPeriodik_NoKoefisienGiven_ChoosesTheReferenceRowAndSaysSoInSia008()
    {
        var result = Periodik(PeriodeKinerja.Triwulanan(2024, Triwulan.I), AhliPertama);

        var finding = Assert.Single(result.Findings);
        Assert.Equal("SIA008", finding.Code);
        Assert.Equal(FindingSeverity.Info, finding.Severity);
        Assert.Equal("PemetaanKoefisienSiasn=BarisReferensi (default)", finding.GetValue("kebijakan"));
        Assert.Equal(KoefisienSiasn.FromId(12), result.Value.Koefisien);
    }

    [Fact]
    public void KinerjaPeriodik_DigitPredikatPolicy_ChoosesThePredicatesRow()
    {
        var result = SiasnPayloads.KinerjaPeriodik(
            Contoh.Pegawai, AhliPertama, PeriodeKinerja.Triwulanan(2024, Triwulan.I), Contoh.Penilai, Contoh.Akhir(Contoh.Pegawai, Ekspektasi.DiAtas, Ekspektasi.DiAtas), "A1",
            options: new SiasnOptions(PemetaanKoefisienSiasn.DigitPredikat));

        Assert.Equal(11, result.Value.Koefisien!.Value.Id);
        Assert.Equal("PemetaanKoefisienSiasn=DigitPredikat", Assert.Single(result.Findings).GetValue("kebijakan"));
    }

    [Fact]
    public void KinerjaPeriodik_PeriodOutsideTheSkp_IsSia010()
    {
        var skp = new SkpBuilder("SKP-1", Contoh.Pegawai, AhliPertama, "aptika", PeriodeKinerja.Tahunan(2024))
            .WithPejabatPenilai(new PejabatPenilaiKinerja(Contoh.Penilai))
            .Build();

        var result = SiasnPayloads.KinerjaPeriodik(skp, PeriodeKinerja.Triwulanan(2025, Triwulan.I), Contoh.Akhir(Contoh.Pegawai, Ekspektasi.Sesuai, Ekspektasi.Sesuai), "A1");

        Assert.Contains(result.Findings, f => f.Code == "SIA010");
        Assert.False(result.IsSuccess);
    }

    [Fact]
    public void AngkaKredit_MonthsDifferFromThePeriod_IsSia011()
    {
        var hasil = AngkaKreditRules.PermenPanRb1Tahun2023.Calculate(2, PredikatKinerja.Baik, JenjangFungsional.AhliPertama);

        var result = SiasnPayloads.AngkaKredit(Contoh.Pegawai, hasil, PeriodeKinerja.Tahunan(2024), "A1", "RW1", "SK-1", new LocalDate(2025, 1, 10));

        var finding = Assert.Single(result.Findings);
        Assert.Equal("SIA011", finding.Code);
        Assert.Equal("12", finding.GetValue("bulanPeriode"));
    }

    [Fact]
    public void AngkaKredit_DecreeBeforeThePeriodEnds_WarnsSia012()
    {
        var hasil = AngkaKreditRules.PermenPanRb1Tahun2023.Calculate(PeriodeKinerja.Tahunan(2024), PredikatKinerja.SangatBaik, JenjangFungsional.AhliMuda);

        var result = SiasnPayloads.AngkaKredit(Contoh.Pegawai, hasil, PeriodeKinerja.Tahunan(2024), "A1", "RW1", "SK-1", new LocalDate(2024, 11, 30));

        Assert.Equal("SIA012", Assert.Single(result.Findings).Code);
        Assert.Equal(37.5m, result.Value.KreditUtama); // 12/12 × 150% × 25
        Assert.Equal(37.5m, result.Value.KreditTotal);
    }

    [Fact]
    public void AngkaKredit_MissingSiasnIdentifiers_AreSia004Each()
    {
        var hasil = AngkaKreditRules.PermenPanRb1Tahun2023.Calculate(PeriodeKinerja.Tahunan(2024), PredikatKinerja.Baik, JenjangFungsional.AhliMuda);

        var result = SiasnPayloads.AngkaKredit(Contoh.Pegawai, hasil, PeriodeKinerja.Tahunan(2024), null, "", null, new LocalDate(2025, 1, 10));

        Assert.Equal(new[] { "pnsId", "rwJabatanId", "nomorSk" }, result.Findings.Select(f => f.GetValue("field")));
    }

    [Fact]
    public void Findings_Catalogue_HasStableCodesInTheSiaSeries()
    {
        Assert.All(SiasnFindings.All, d => Assert.StartsWith("SIA0", d.Code, StringComparison.Ordinal));
        Assert.Equal(SiasnFindings.All.Length, SiasnFindings.All.Select(d => d.Code).Distinct().Count());
    }

    private static Result<KinerjaPeriodikPayload> Periodik(PeriodeKinerja periode, Jabatan jabatan, KoefisienSiasn? koefisien = null) =>
        SiasnPayloads.KinerjaPeriodik(Contoh.Pegawai, jabatan, periode, Contoh.Penilai, Contoh.Akhir(Contoh.Pegawai, Ekspektasi.Sesuai, Ekspektasi.Sesuai), "A1", koefisien);
}
