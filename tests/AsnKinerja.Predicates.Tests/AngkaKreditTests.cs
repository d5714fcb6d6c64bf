using NodaTime;

namespace AsnKinerja.Predicates.Tests;

public class AngkaKreditTests
{
    private static readonly IAngkaKreditRules AngkaKredit = AngkaKreditRules.PermenPanRb1Tahun2023;

    [Fact]
    public void Hitung_BknWorkedExample_TwoMonthsBaikAhliPertama()
    {
        // 2/12 × 100% × 12.5 = 25/12 ≈ 2.083 (BKN material).
        var hasil = AngkaKredit.Calculate(2, PredikatKinerja.Baik, JenjangFungsional.AhliPertama);

        Assert.Equal(25m / 12m, hasil.Nilai);
        Assert.Equal("2.083", hasil.Format(3));
        Assert.Equal("2.08", hasil.Format(2));
        Assert.Equal("2.083", hasil.ToString());
        Assert.Equal(2, hasil.Bulan);
        Assert.Equal(1.00m, hasil.Persentase);
        Assert.Equal(12.5m, hasil.Koefisien);
        Assert.Equal(RuleSetId.PermenPanRb1Tahun2023, hasil.Explanation.RuleSet);
        Assert.Equal(Confidence.High, hasil.Explanation.Source.Confidence);
        Assert.Empty(hasil.Explanation.Policies);
    }

    [Theory]
    [InlineData(PredikatKinerja.SangatBaik, "1.5")]
    [InlineData(PredikatKinerja.Baik, "1.0")]
    [InlineData(PredikatKinerja.ButuhPerbaikan, "0.75")]
    [InlineData(PredikatKinerja.KurangMisconduct, "0.5")]
    [InlineData(PredikatKinerja.SangatKurang, "0.25")]
    public void GetPersentase_EachPredicate_IsTheRegulationPercentage(PredikatKinerja predikat, string fraction)
    {
        Assert.Equal(decimal.Parse(fraction, System.Globalization.CultureInfo.InvariantCulture), TabelAngkaKredit.PermenPanRb1Tahun2023.GetPersentase(predikat));
    }

    [Theory]
    [InlineData(JenjangFungsional.AhliPertama, "12.5", Confidence.High)]
    [InlineData(JenjangFungsional.AhliMuda, "25", Confidence.High)]
    [InlineData(JenjangFungsional.AhliMadya, "37.5", Confidence.High)]
    [InlineData(JenjangFungsional.AhliUtama, "50", Confidence.High)]
    [InlineData(JenjangFungsional.Terampil, "5", Confidence.Medium)]
    [InlineData(JenjangFungsional.Mahir, "12.5", Confidence.Medium)]
    [InlineData(JenjangFungsional.Penyelia, "25", Confidence.Medium)]
    [InlineData(JenjangFungsional.Pemula, "3.75", Confidence.Low)]
    public void GetKoefisien_EachLevel_IsTheAnnualCoefficientWithItsConfidence(JenjangFungsional jenjang, string koefisien, Confidence confidence)
    {
        var tabel = TabelAngkaKredit.PermenPanRb1Tahun2023;

        Assert.Equal(decimal.Parse(koefisien, System.Globalization.CultureInfo.InvariantCulture), tabel.GetKoefisien(jenjang));
        Assert.Equal(confidence, tabel.GetKeyakinanKoefisien(jenjang));
    }

    [Fact]
    public void Hitung_AYearOfSangatBaikAsAhliMuda_Is37Point5()
    {
        // 12/12 × 150% × 25 = 37.5.
        Assert.Equal(37.5m, AngkaKredit.Calculate(12, PredikatKinerja.SangatBaik, JenjangFungsional.AhliMuda).Nilai);
    }

    [Fact]
    public void Hitung_Pemula_ReportsTheCoefficientPolicy()
    {
        var bawaan = AngkaKredit.Calculate(12, PredikatKinerja.Baik, JenjangFungsional.Pemula);
        var lain = AngkaKredit.WithOptions(new AngkaKreditOptions(koefisienPemula: 4m)).Calculate(12, PredikatKinerja.Baik, JenjangFungsional.Pemula);

        Assert.Equal(3.75m, bawaan.Nilai);
        Assert.Contains(new AppliedPolicy("KoefisienPemula", "3.75", true), bawaan.Explanation.Policies);
        Assert.Equal(Confidence.Low, bawaan.Explanation.Source.Confidence);
        Assert.Equal(4m, lain.Nilai);
        Assert.Contains(new AppliedPolicy("KoefisienPemula", "4", false), lain.Explanation.Policies);
        Assert.Throws<ArgumentOutOfRangeException>(() => TabelAngkaKredit.PermenPanRb1Tahun2023.WithKoefisienPemula(0m));
    }

    [Fact]
    public void Hitung_AQuarter_CountsThreeMonthsWithNoPolicy()
    {
        var hasil = AngkaKredit.Calculate(PeriodeKinerja.Triwulanan(2024, Triwulan.II), PredikatKinerja.Baik, JenjangFungsional.AhliMuda);

        Assert.Equal(3, hasil.Bulan);
        Assert.Equal(6.25m, hasil.Nilai);
        Assert.Empty(hasil.Explanation.Policies);
    }

    [Fact]
    public void Hitung_FifteenJanuaryToEndOfMarch_CountsTwoFullMonthsByDefaultOrThreeTouched()
    {
        var periode = PeriodeKinerja.Rentang(new LocalDate(2024, 1, 15), new LocalDate(2024, 3, 31));

        var penuh = AngkaKredit.Calculate(periode, PredikatKinerja.Baik, JenjangFungsional.AhliPertama);
        var tersentuh = AngkaKredit.WithOptions(new AngkaKreditOptions(penghitunganBulan: PenghitunganBulan.BulanTersentuh)).Calculate(periode, PredikatKinerja.Baik, JenjangFungsional.AhliPertama);

        Assert.Equal(2, penuh.Bulan);
        Assert.Equal("2.083", penuh.Format());
        Assert.Contains(new AppliedPolicy("PenghitunganBulan", "BulanPenuh", true), penuh.Explanation.Policies);
        Assert.Equal(3, tersentuh.Bulan);
        Assert.Equal(3.125m, tersentuh.Nilai);
        Assert.Contains(new AppliedPolicy("PenghitunganBulan", "BulanTersentuh", false), tersentuh.Explanation.Policies);
    }

    [Fact]
    public void Hitung_PeriodAcrossYears_Throws()
    {
        var periode = PeriodeKinerja.Rentang(new LocalDate(2023, 12, 1), new LocalDate(2024, 1, 31));

        Assert.Throws<ArgumentException>(() => AngkaKredit.Calculate(periode, PredikatKinerja.Baik, JenjangFungsional.AhliPertama));
        Assert.Throws<ArgumentOutOfRangeException>(() => AngkaKredit.Calculate(13, PredikatKinerja.Baik, JenjangFungsional.AhliPertama));
    }

    [Fact]
    public void Akumulasi_SumsExactlyFromTheStartingValue()
    {
        var a = AngkaKredit.Calculate(2, PredikatKinerja.Baik, JenjangFungsional.AhliPertama);      // 25/12
        var b = AngkaKredit.Calculate(10, PredikatKinerja.SangatBaik, JenjangFungsional.AhliPertama); // 10/12 × 1.5 × 12.5 = 15.625

        var total = AngkaKredit.Accumulate(new[] { a, b }, awal: 20m);

        Assert.Equal(20m + (25m / 12m) + 15.625m, total);
        Assert.Equal("37.708", AngkaKredit.Format(total));
        Assert.Equal(0m, AngkaKredit.Accumulate(Array.Empty<AngkaKreditResult>()));
        Assert.Throws<ArgumentOutOfRangeException>(() => AngkaKredit.Accumulate(new[] { a }, -1m));
    }

    // Expert track (regulations.md §7): Ahli Pertama 50 per rank / 100 to the next level, Ahli Muda 100 / 200,
    // Ahli Madya 150 / 450, Ahli Utama 200.
    [Theory]
    [InlineData(GolonganRuang.IIIa, JenjangFungsional.AhliPertama, GolonganRuang.IIIb, "50", false)]
    [InlineData(GolonganRuang.IIIb, JenjangFungsional.AhliPertama, GolonganRuang.IIIc, "100", true)]
    [InlineData(GolonganRuang.IIIc, JenjangFungsional.AhliMuda, GolonganRuang.IIId, "100", false)]
    [InlineData(GolonganRuang.IIId, JenjangFungsional.AhliMuda, GolonganRuang.IVa, "200", true)]
    [InlineData(GolonganRuang.IVa, JenjangFungsional.AhliMadya, GolonganRuang.IVb, "150", false)]
    [InlineData(GolonganRuang.IVb, JenjangFungsional.AhliMadya, GolonganRuang.IVc, "150", false)]
    [InlineData(GolonganRuang.IVc, JenjangFungsional.AhliMadya, GolonganRuang.IVd, "450", true)]
    [InlineData(GolonganRuang.IVd, JenjangFungsional.AhliUtama, GolonganRuang.IVe, "200", false)]
    public void HitungJarak_ExpertSteps_NeedTheRegulationFigure(GolonganRuang dari, JenjangFungsional jenjang, GolonganRuang ke, string figure, bool levelStep)
    {
        var jarak = AngkaKredit.CalculateJarak(30m, dari, jenjang);

        var kenaikan = Assert.IsType<KebutuhanKenaikan>(jarak.Kenaikan);
        var need = decimal.Parse(figure, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(ke, kenaikan.Ke);
        Assert.Equal(need, kenaikan.AngkaKredit);
        Assert.Equal(levelStep, kenaikan.IsKenaikanJenjang);
        Assert.Equal(Confidence.High, kenaikan.Confidence);
        Assert.Equal(need - 30m, jarak.Kekurangan);
        Assert.False(jarak.IsTercapai);
        Assert.Equal(levelStep, jarak.Explanation.GetDescription(Language.English).Contains("level step", StringComparison.Ordinal));
        Assert.Empty(jarak.Explanation.Policies);
    }

    [Fact]
    public void HitungJarak_EnoughAccumulated_IsReached()
    {
        var jarak = AngkaKredit.CalculateJarak(62.5m, GolonganRuang.IIIa, JenjangFungsional.AhliPertama);

        Assert.Equal(0m, jarak.Kekurangan);
        Assert.True(jarak.IsTercapai);
    }

    [Fact]
    public void HitungJarak_TopOfTheExpertTrack_HasNoNextStep()
    {
        var jarak = AngkaKredit.CalculateJarak(500m, GolonganRuang.IVe, JenjangFungsional.AhliUtama);

        Assert.Null(jarak.Kenaikan);
        Assert.Null(jarak.Kekurangan);
        Assert.False(jarak.IsTercapai);
        Assert.Contains("puncak", jarak.Explanation.Description, StringComparison.Ordinal);
    }

    // Skilled track (regulations.md §7, BKN deck on Peraturan BKN 3/2023) [M]: per rank Terampil 20, Mahir 50, Penyelia 100;
    // level steps Pemula → Terampil 15, Terampil → Mahir 60, Mahir → Penyelia 100.
    [Theory]
    [InlineData(GolonganRuang.IIa, JenjangFungsional.Pemula, GolonganRuang.IIb, "15", true)]
    [InlineData(GolonganRuang.IIb, JenjangFungsional.Terampil, GolonganRuang.IIc, "20", false)]
    [InlineData(GolonganRuang.IIc, JenjangFungsional.Terampil, GolonganRuang.IId, "20", false)]
    [InlineData(GolonganRuang.IId, JenjangFungsional.Terampil, GolonganRuang.IIIa, "60", true)]
    [InlineData(GolonganRuang.IIIa, JenjangFungsional.Mahir, GolonganRuang.IIIb, "50", false)]
    [InlineData(GolonganRuang.IIIb, JenjangFungsional.Mahir, GolonganRuang.IIIc, "100", true)]
    [InlineData(GolonganRuang.IIIc, JenjangFungsional.Penyelia, GolonganRuang.IIId, "100", false)]
    public void HitungJarak_SkilledSteps_NeedTheBknFigure(GolonganRuang dari, JenjangFungsional jenjang, GolonganRuang ke, string figure, bool levelStep)
    {
        var jarak = AngkaKredit.CalculateJarak(0m, dari, jenjang);

        var kenaikan = jarak.Kenaikan!;
        Assert.Equal(ke, kenaikan.Ke);
        Assert.Equal(decimal.Parse(figure, System.Globalization.CultureInfo.InvariantCulture), kenaikan.AngkaKredit);
        Assert.Equal(levelStep, kenaikan.IsKenaikanJenjang);
        Assert.Equal(levelStep ? DasarAkumulasi.DalamJenjang : DasarAkumulasi.SejakPangkatTerakhir, kenaikan.Dasar);
        Assert.Equal(Confidence.Medium, kenaikan.Confidence);
        Assert.Equal(Confidence.Medium, jarak.Explanation.Source.Confidence);
        Assert.Empty(jarak.Explanation.Policies);
        Assert.Contains(levelStep ? "counted within the level" : "counted since the last rank promotion", jarak.Explanation.GetDescription(Language.English), StringComparison.Ordinal);
    }

    [Fact]
    public void HitungJarak_TopOfTheSkilledTrack_HasNoNextStep()
    {
        Assert.Null(AngkaKredit.CalculateJarak(0m, GolonganRuang.IIId, JenjangFungsional.Penyelia).Kenaikan);
    }

    [Theory]
    [InlineData(GolonganRuang.IIIc, JenjangFungsional.AhliPertama)]
    [InlineData(GolonganRuang.IIa, JenjangFungsional.AhliPertama)]
    [InlineData(GolonganRuang.IVa, JenjangFungsional.Penyelia)]
    [InlineData(GolonganRuang.IIIa, JenjangFungsional.Terampil)]
    public void HitungJarak_RankNotInTheLevel_Throws(GolonganRuang golongan, JenjangFungsional jenjang)
    {
        var e = Assert.Throws<ArgumentException>(() => AngkaKredit.CalculateJarak(0m, golongan, jenjang));
        Assert.Equal("golongan", e.ParamName);
    }

    [Theory]
    [InlineData("2.0835", 3, "2.084")]
    [InlineData("2.0845", 3, "2.085")]
    [InlineData("1", 0, "1")]
    [InlineData("1.5", 2, "1.50")]
    public void Format_RoundsHalfAwayFromZeroInvariantly(string value, int desimal, string expected)
    {
        Assert.Equal(expected, AngkaKredit.Format(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), desimal));
    }
}
