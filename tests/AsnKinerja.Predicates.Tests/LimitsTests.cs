namespace AsnKinerja.Predicates.Tests;

/// <summary>
/// Inputs at the edge of <see cref="int"/> and <see cref="decimal"/>: every count an <see cref="int"/> holds is a unit
/// the checks answer exactly, and anything beyond is refused with an ArgumentException that names the limit. Nothing
/// throws OverflowException. The expected ranges are the percentages of SE MenPANRB 3/2023 applied by hand.
/// </summary>
public class LimitsTests
{
    private static RentangKuota R(int min, int max) => new(min, max);

    public static TheoryData<PredikatKinerjaOrganisasi, int, RentangKuota[]> LargeUnits => new()
    {
        // Istimewa: SB at most 70% (⌊0.7 × 2,147,483,647⌋ = 1,503,238,552).
        { PredikatKinerjaOrganisasi.Istimewa, int.MaxValue, new[] { R(0, int.MaxValue), R(0, int.MaxValue), R(0, int.MaxValue), R(0, int.MaxValue), R(0, 1_503_238_552) } },

        // Baik: B at most 70%, BP + K at least one employee (so SK and SB leave room for that one).
        { PredikatKinerjaOrganisasi.Baik, int.MaxValue, new[] { R(0, int.MaxValue - 1), R(0, int.MaxValue), R(0, int.MaxValue), R(0, 1_503_238_552), R(0, int.MaxValue - 1) } },

        // Butuh Perbaikan: SB at most 10%, BP at least 60% (⌈0.6 × 2,147,483,647⌉ = 1,288,490,189), the rest share 858,993,458.
        { PredikatKinerjaOrganisasi.ButuhPerbaikan, int.MaxValue, new[] { R(0, 858_993_458), R(0, 858_993_458), R(1_288_490_189, int.MaxValue), R(0, 858_993_458), R(0, 214_748_364) } },
        { PredikatKinerjaOrganisasi.ButuhPerbaikan, 2_000_000_000, new[] { R(0, 800_000_000), R(0, 800_000_000), R(1_200_000_000, 2_000_000_000), R(0, 800_000_000), R(0, 200_000_000) } },

        // Kurang: SB at most 10%, K at least 60%, BP at least 10%.
        { PredikatKinerjaOrganisasi.Kurang, 1_000_000_000, new[] { R(0, 300_000_000), R(600_000_000, 900_000_000), R(100_000_000, 400_000_000), R(0, 300_000_000), R(0, 100_000_000) } },

        // Sangat Kurang: SK at least 60%, BP + K at least 10%, no SB. 429,496,730 is the first size whose five bounds
        // no longer add up inside an int.
        { PredikatKinerjaOrganisasi.SangatKurang, 429_496_730, new[] { R(257_698_038, 386_547_057), R(0, 171_798_692), R(0, 171_798_692), R(0, 128_849_019), R(0, 0) } },
    };

    [Theory]
    [MemberData(nameof(LargeUnits))]
    public void Calculate_UnitAboveFourHundredMillion_GivesTheRangesOfThePercentages(PredikatKinerjaOrganisasi organisasi, int jumlahPegawai, RentangKuota[] expected)
    {
        var kuota = DistribusiRules.SeMenPanRb3Tahun2023.CalculateKuota(organisasi, jumlahPegawai);

        Assert.True(kuota.IsFeasible);
        Assert.Equal(expected, Enumerable.Range(1, 5).Select(p => kuota[(PredikatKinerja)p]));
    }

    [Fact]
    public void Check_UnitOfTwoBillion_GivesTheVerdictAndTheFewestChanges()
    {
        // Butuh Perbaikan needs BP ≥ 60% = 1,200,000,000: 200,000,000 Baik employees must move.
        var gagal = DistribusiRules.SeMenPanRb3Tahun2023.Check("U", PredikatKinerjaOrganisasi.ButuhPerbaikan, new JumlahPredikat(0, 0, 1_000_000_000, 1_000_000_000, 0));
        var memenuhi = DistribusiRules.SeMenPanRb3Tahun2023.Check("U", PredikatKinerjaOrganisasi.ButuhPerbaikan, new JumlahPredikat(0, 0, 1_300_000_000, 700_000_000, 0));

        Assert.Equal(StatusDistribusi.TidakMemenuhi, gagal.Status);
        Assert.Equal(200_000_000, gagal.PerubahanMinimum);
        Assert.Equal(StatusDistribusi.Memenuhi, memenuhi.Status);
        Assert.Equal(0, memenuhi.PerubahanMinimum);
    }

    [Fact]
    public void Check_UnitOfIntMaxValue_IsJudged()
    {
        var hasil = DistribusiRules.SeMenPanRb3Tahun2023.Check("U", PredikatKinerjaOrganisasi.Istimewa, new JumlahPredikat(0, 0, 0, int.MaxValue, 0));

        Assert.Equal(StatusDistribusi.Memenuhi, hasil.Status);
        Assert.Equal(int.MaxValue, hasil.Jumlah.Total);
    }

    [Fact]
    public void JumlahPredikat_TotalAboveIntMaxValue_ThrowsArgumentExceptionNamingTheLimit()
    {
        var e = Assert.Throws<ArgumentException>(() => new JumlahPredikat(int.MaxValue, 1, 0, 0, 0));

        Assert.Equal("The counts would add up to 2147483648 employees; a JumlahPredikat holds at most 2147483647 (int.MaxValue).", e.Message);
        Assert.Throws<ArgumentException>(() => new JumlahPredikat(int.MaxValue, int.MaxValue, int.MaxValue, int.MaxValue, int.MaxValue));
        Assert.Throws<ArgumentException>(() => JumlahPredikat.FromSpan(new[] { 1, 1, 1, 1, int.MaxValue }));
    }

    [Fact]
    public void Add_SumAboveIntMaxValue_ThrowsArgumentExceptionNamingTheLimit()
    {
        var half = new JumlahPredikat(0, 0, 0, 1_500_000_000, 0);

        var e = Assert.Throws<ArgumentException>(() => half.Add(new JumlahPredikat(1_000_000_000, 0, 0, 0, 0)));

        Assert.Contains("at most 2147483647 (int.MaxValue)", e.Message, StringComparison.Ordinal);
        Assert.Equal(new JumlahPredikat(647, 0, 0, 2_147_483_000, 0), half.Add(new JumlahPredikat(647, 0, 0, 647_483_000, 0)));
    }

    [Fact]
    public void With_CountAboveIntMaxValue_ThrowsArgumentExceptionAndANegativeCountArgumentOutOfRange()
    {
        var full = new JumlahPredikat(0, 0, 0, int.MaxValue, 0);

        Assert.Throws<ArgumentException>(() => full.With(PredikatKinerja.Baik, 1));
        Assert.Throws<ArgumentException>(() => full.With(PredikatKinerja.SangatBaik, int.MaxValue));
        var negative = Assert.Throws<ArgumentOutOfRangeException>(() => full.With(PredikatKinerja.SangatKurang, int.MinValue));
        Assert.Equal("delta", negative.ParamName);
        Assert.Equal(new JumlahPredikat(0, 0, 0, 0, 0), full.With(PredikatKinerja.Baik, -int.MaxValue));
        Assert.Equal(new JumlahPredikat(0, 0, 0, int.MaxValue - 1, 1), full.With(PredikatKinerja.Baik, -1).With(PredikatKinerja.SangatBaik, 1));
    }

    [Fact]
    public void From_VerdictsHoldingMoreThanIntMaxValueEmployees_ThrowsArgumentExceptionNamingTheLimit()
    {
        var unit = DistribusiRules.SeMenPanRb3Tahun2023.Check("U", PredikatKinerjaOrganisasi.Istimewa, new JumlahPredikat(0, 0, 0, 1_500_000_000, 0));

        var e = Assert.Throws<ArgumentException>(() => StatistikDistribusi.From(new[] { unit, unit }));

        Assert.Equal("hasil", e.ParamName);
        Assert.Contains("more than 2147483647 (int.MaxValue) employees", e.Message, StringComparison.Ordinal);
        Assert.Equal(1_500_000_000, StatistikDistribusi.From(new[] { unit }).Jumlah.Total);
    }

    [Fact]
    public void Accumulate_BeyondDecimalMaxValue_ThrowsArgumentExceptionNamingTheLimit()
    {
        var year = AngkaKreditRules.PermenPanRb1Tahun2023.Calculate(12, PredikatKinerja.Baik, JenjangFungsional.AhliMuda); // 12/12 × 100% × 25 = 25

        var e = Assert.Throws<ArgumentException>(() => AngkaKreditRules.PermenPanRb1Tahun2023.Accumulate(new[] { year }, decimal.MaxValue));

        Assert.Contains("would exceed 79228162514264337593543950335 (decimal.MaxValue)", e.Message, StringComparison.Ordinal);
        Assert.Equal(decimal.MaxValue, AngkaKreditRules.PermenPanRb1Tahun2023.Accumulate(Array.Empty<AngkaKreditResult>(), decimal.MaxValue));
        Assert.Equal(decimal.MaxValue, AngkaKreditRules.PermenPanRb1Tahun2023.Accumulate(new[] { year, year }, decimal.MaxValue - 50m));
        Assert.Throws<ArgumentException>(() => AngkaKreditRules.PermenPanRb1Tahun2023.Accumulate(new[] { year, year, year }, decimal.MaxValue - 50m));
    }

    [Fact]
    public void Tambah_SumBeyondDecimalMaxValue_ThrowsArgumentExceptionNamingTheLimit()
    {
        var akumulasi = AkumulasiAngkaKredit.Mulai(GolonganRuang.IIIa, JenjangFungsional.AhliPertama).Tambah(1m);

        var e = Assert.Throws<ArgumentException>(() => akumulasi.Tambah(decimal.MaxValue));

        Assert.Equal("nilai", e.ParamName);
        Assert.Contains("79228162514264337593543950335", e.Message, StringComparison.Ordinal);
        Assert.Equal(decimal.MaxValue, akumulasi.Tambah(decimal.MaxValue - 1m).SejakPangkatTerakhir);
    }

    [Theory]
    [InlineData(PenghitunganHariKeberatan.HariKalender)]
    [InlineData(PenghitunganHariKeberatan.HariKerja)]
    public void GetBatasPengajuan_DeadlineAfterTheLastIsoDate_ThrowsArgumentOutOfRange(PenghitunganHariKeberatan penghitungan)
    {
        var options = new KeberatanOptions(penghitungan);

        var e = Assert.Throws<ArgumentOutOfRangeException>(() => KeberatanRules.GetBatasPengajuan(NodaTime.LocalDate.MaxIsoValue, options));

        Assert.Equal("tanggalDiterima", e.ParamName);
        Assert.Equal(new NodaTime.LocalDate(9999, 12, 31), KeberatanRules.GetBatasPengajuan(new NodaTime.LocalDate(9999, 12, 17)));
    }

    [Fact]
    public void GetBatasPengajuan_DateInAnotherCalendar_ThrowsArgumentExceptionNamingTheParameter()
    {
        var julian = new NodaTime.LocalDate(2025, 1, 17, NodaTime.CalendarSystem.Julian);

        Assert.Equal("tanggalDiterima", Assert.Throws<ArgumentException>(() => KeberatanRules.GetBatasPengajuan(julian)).ParamName);
        Assert.Equal("hariLibur", Assert.Throws<ArgumentException>(() => new KeberatanOptions(PenghitunganHariKeberatan.HariKerja, new[] { julian, julian.WithCalendar(NodaTime.CalendarSystem.Iso) })).ParamName);
    }

    [Fact]
    public void PenetapanPredikat_DateInAnotherCalendar_ThrowsArgumentExceptionNamingTheDate()
    {
        var oleh = Pejabat.Asn(Nip.Parse("196805101993031004"));
        var julian = new NodaTime.LocalDate(2025, 1, 17, NodaTime.CalendarSystem.Julian);

        var e = Assert.Throws<ArgumentException>(() => new PenetapanPredikat(Nip.Parse("198503122010011003"), PredikatKinerja.Baik, oleh, julian, "Kalibrasi"));

        Assert.Equal("tanggal", e.ParamName);
    }
}
