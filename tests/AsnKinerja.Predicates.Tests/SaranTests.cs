using AsnKinerja.Testing;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace AsnKinerja.Predicates.Tests;

public class SaranRatingHasilKerjaTests
{
    private const Ekspektasi A = Ekspektasi.DiAtas;
    private const Ekspektasi S = Ekspektasi.Sesuai;
    private const Ekspektasi B = Ekspektasi.DiBawah;

    private static PenilaianRhk[] Rhk(params (JenisRhk Jenis, Ekspektasi Penilaian)[] items) =>
        items.Select((x, i) => new PenilaianRhk("RHK-" + (i + 1), x.Jenis, x.Penilaian)).ToArray();

    private static (JenisRhk, Ekspektasi) U(Ekspektasi e) => (JenisRhk.Utama, e);

    private static (JenisRhk, Ekspektasi) T(Ekspektasi e) => (JenisRhk.Tambahan, e);

    // BKN guidance (regulations.md §4): Di Atas when most are above and no main result is below; Di Bawah when most are
    // below; otherwise Sesuai. Expectations written for each reading of "most".
    public static TheoryData<string, PenilaianRhk[], Ekspektasi, Ekspektasi> Contoh => new()
    {
        { "2 of 3 above, none below", Rhk(U(A), U(A), T(S)), A, A },
        { "all above", Rhk(U(A), T(A)), A, A },
        { "2 of 3 above, a main result below blocks Di Atas", Rhk(U(A), U(A), U(B)), S, S },
        { "2 of 3 above, an additional result below does not block", Rhk(U(A), U(A), T(B)), A, A },
        { "2 of 3 below", Rhk(U(B), U(B), U(S)), B, B },
        { "all below", Rhk(U(B)), B, B },
        { "all as expected", Rhk(U(S), U(S), T(S)), S, S },
        { "half above: not more than half, but the largest group", Rhk(U(A), U(S)), S, A },
        { "2 above, 1 as, 1 additional below", Rhk(U(A), U(A), U(S), T(B)), S, A },
        { "2 below, 1 as, 1 above", Rhk(U(B), U(B), U(S), U(A)), S, B },
        { "1 above, 1 below: a tie", Rhk(U(A), U(B)), S, S },
        { "main below, largest group above", Rhk(U(A), U(A), U(B), T(S)), S, S },
    };

    [Theory]
    [MemberData(nameof(Contoh))]
    public void Suggest_BknGuidanceExamples_GiveTheExpectedRatingUnderEachReading(string kasus, PenilaianRhk[] penilaian, Ekspektasi lebihDariSetengah, Ekspektasi kelompokTerbesar)
    {
        var a = SaranRatingHasilKerja.Suggest(penilaian, MaknaSebagianBesar.LebihDariSetengah);
        var b = SaranRatingHasilKerja.Suggest(penilaian, MaknaSebagianBesar.KelompokTerbesar);

        Assert.True(a.IsSuccess, kasus);
        Assert.Equal(lebihDariSetengah, a.Value.Nilai);
        Assert.Equal(kelompokTerbesar, b.Value.Nilai);
    }

    [Fact]
    public void Suggest_DefaultReading_IsMoreThanHalfAndIsReported()
    {
        var saran = SaranRatingHasilKerja.Suggest(Rhk(U(A), U(S))).Value;

        Assert.Equal(S, saran.Nilai);
        Assert.Contains(new AppliedPolicy("MaknaSebagianBesar", "LebihDariSetengah", true), saran.Explanation.Policies);
        Assert.Contains(FindingValue.Of("diAtas", 1), saran.Explanation.Inputs);
        Assert.Contains(FindingValue.Of("sesuai", 1), saran.Explanation.Inputs);
        Assert.Contains(FindingValue.Of("diBawah", 0), saran.Explanation.Inputs);
        Assert.Contains("bukan ketentuan", saran.Explanation.Description, StringComparison.Ordinal);
        Assert.Equal(Confidence.Medium, saran.Explanation.Source.Confidence);
    }

    [Fact]
    public void Suggest_NoAssessment_GivesPrd001()
    {
        var result = SaranRatingHasilKerja.Suggest(Array.Empty<PenilaianRhk>());

        Assert.False(result.IsSuccess);
        var f = Assert.Single(result.Findings);
        Assert.Equal("PRD001", f.Code);
        Assert.Equal(FindingSeverity.Error, f.Severity);
    }

    [Fact]
    public void Suggest_NullInput_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => SaranRatingHasilKerja.Suggest(null!));
        Assert.Throws<ArgumentException>(() => SaranRatingHasilKerja.Suggest(new PenilaianRhk[] { null! }));
    }

    private static readonly Gen<(JenisRhk, Ekspektasi)[]> PenilaianGen =
        (from jenis in Gen.Elements(JenisRhk.Utama, JenisRhk.Tambahan)
         from e in Gen.Elements(B, S, A)
         select (jenis, e)).ArrayOf().Where(a => a.Length is > 0 and <= 9);

    [Property(MaxTest = 500)]
    public Property Suggest_WhenOneAssessmentRises_NeverFalls_UnderEitherReading()
    {
        var gen =
            from items in PenilaianGen
            from index in Gen.Choose(0, items.Length - 1)
            from makna in Gen.Elements(MaknaSebagianBesar.LebihDariSetengah, MaknaSebagianBesar.KelompokTerbesar)
            select (items, index, makna);

        return Prop.ForAll(gen.ToArbitrary(), x =>
        {
            var raised = x.items.ToArray();
            var (jenis, e) = raised[x.index];
            raised[x.index] = (jenis, e == A ? A : e + 1);
            var before = SaranRatingHasilKerja.Suggest(Rhk(x.items), x.makna).Value.Nilai;
            var after = SaranRatingHasilKerja.Suggest(Rhk(raised), x.makna).Value.Nilai;
            return (after >= before).Label(string.Join(",", x.items) + " → " + string.Join(",", raised) + $": {before} → {after}");
        });
    }

    [Property(MaxTest = 300)]
    public Property Suggest_ReorderedAssessments_GiveTheSameSuggestion()
    {
        var gen =
            from items in PenilaianGen
            from keys in Gen.Choose(0, 1000).ArrayOf(items.Length)
            from makna in Gen.Elements(MaknaSebagianBesar.LebihDariSetengah, MaknaSebagianBesar.KelompokTerbesar)
            select (items, keys, makna);

        return Prop.ForAll(gen.ToArbitrary(), x =>
        {
            var penilaian = Rhk(x.items);
            var shuffled = penilaian.Zip(x.keys, (p, k) => (p, k)).OrderBy(t => t.k).Select(t => t.p).ToArray();
            var a = SaranRatingHasilKerja.Suggest(penilaian, x.makna).Value;
            var b = SaranRatingHasilKerja.Suggest(shuffled, x.makna).Value;
            return a.Nilai == b.Nilai && a.Explanation == b.Explanation;
        });
    }
}

public class SaranPredikatTahunanTests
{
    private static PredikatPeriode Q(Triwulan q, PredikatKinerja p, int tahun = 2024) => new(PeriodeKinerja.Triwulanan(tahun, q), p);

    private static PredikatPeriode R(int m1, int d1, int m2, int d2, PredikatKinerja p, int tahun = 2023) =>
        new(PeriodeKinerja.Rentang(new LocalDate(tahun, m1, d1), new LocalDate(tahun, m2, d2)), p);

    private static readonly PredikatPeriode[] Tahun2024 =
    {
        Q(Triwulan.I, PredikatKinerja.Baik),
        Q(Triwulan.II, PredikatKinerja.SangatBaik),
        Q(Triwulan.III, PredikatKinerja.ButuhPerbaikan),
        Q(Triwulan.IV, PredikatKinerja.Baik),
    };

    [Fact]
    public void Suggest_Terakhir_IsThePredicateOfThePeriodThatEndsLast()
    {
        var saran = SaranPredikatTahunan.Suggest(2024, Tahun2024.Reverse(), MetodeSaranTahunan.Terakhir).Value;

        Assert.Equal(PredikatKinerja.Baik, saran.Nilai);
        Assert.Equal("SaranPredikatTahunan.Terakhir", saran.Explanation.Rule);
        Assert.Contains(new AppliedPolicy("MetodeSaranTahunan", "Terakhir", false), saran.Explanation.Policies);
        Assert.Equal(Confidence.Low, saran.Explanation.Source.Confidence);
    }

    [Fact]
    public void Suggest_Terakhir_AfterAMove_TakesTheLaterSkp()
    {
        var saran = SaranPredikatTahunan.Suggest(2023, new[] { R(7, 1, 12, 31, PredikatKinerja.ButuhPerbaikan), R(1, 1, 6, 30, PredikatKinerja.SangatBaik) }, MetodeSaranTahunan.Terakhir).Value;

        Assert.Equal(PredikatKinerja.ButuhPerbaikan, saran.Nilai);
    }

    [Fact]
    public void Suggest_Terburuk_IsTheWorstPredicateOfTheYear()
    {
        Assert.Equal(PredikatKinerja.ButuhPerbaikan, SaranPredikatTahunan.Suggest(2024, Tahun2024, MetodeSaranTahunan.Terburuk).Value.Nilai);
        var kurang = new[] { Q(Triwulan.I, PredikatKinerja.KurangMisconduct), Q(Triwulan.II, PredikatKinerja.SangatBaik), Q(Triwulan.III, PredikatKinerja.SangatBaik), Q(Triwulan.IV, PredikatKinerja.SangatBaik) };
        Assert.Equal(PredikatKinerja.KurangMisconduct, SaranPredikatTahunan.Suggest(2024, kurang, MetodeSaranTahunan.Terburuk).Value.Nilai);
    }

    [Fact]
    public void Suggest_BerbobotDurasi_IsThePredicateCoveringTheMostDays()
    {
        // 2024: Baik Q1 (91 days) + Q4 (92) = 183 days; Sangat Baik 91; Butuh Perbaikan 92.
        var saran = SaranPredikatTahunan.Suggest(2024, Tahun2024, MetodeSaranTahunan.BerbobotDurasi).Value;

        Assert.Equal(PredikatKinerja.Baik, saran.Nilai);
        Assert.Contains("183", saran.Explanation.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Suggest_BerbobotDurasi_LongerSkpWinsEvenIfEarlier()
    {
        // Jan–Aug (243 days) Sangat Baik, Sep–Dec (122 days) Baik.
        var saran = SaranPredikatTahunan.Suggest(2023, new[] { R(1, 1, 8, 31, PredikatKinerja.SangatBaik), R(9, 1, 12, 31, PredikatKinerja.Baik) }, MetodeSaranTahunan.BerbobotDurasi).Value;

        Assert.Equal(PredikatKinerja.SangatBaik, saran.Nilai);
    }

    [Theory]
    [InlineData(PredikatKinerja.SangatBaik, PredikatKinerja.Baik)]
    [InlineData(PredikatKinerja.Baik, PredikatKinerja.SangatBaik)]
    [InlineData(PredikatKinerja.SangatKurang, PredikatKinerja.ButuhPerbaikan)]
    [InlineData(PredikatKinerja.ButuhPerbaikan, PredikatKinerja.SangatKurang)]
    public void Suggest_BerbobotDurasi_TieGoesToTheLatestPeriod(PredikatKinerja januari, PredikatKinerja maret)
    {
        // January and March both have 31 days: a tie, so the period that ends last decides, whichever predicate is better.
        var saran = SaranPredikatTahunan.Suggest(2023, new[] { R(3, 1, 3, 31, maret), R(1, 1, 1, 31, januari) }, MetodeSaranTahunan.BerbobotDurasi).Value;

        Assert.Equal(maret, saran.Nilai);
    }

    [Fact]
    public void Suggest_OverlappingPeriods_GivesPrd002()
    {
        var result = SaranPredikatTahunan.Suggest(2023, new[] { R(1, 1, 3, 31, PredikatKinerja.Baik), R(3, 1, 6, 30, PredikatKinerja.SangatBaik) }, MetodeSaranTahunan.Terakhir);

        Assert.False(result.IsSuccess);
        var f = Assert.Single(result.Findings);
        Assert.Equal("PRD002", f.Code);
        Assert.Equal(FindingSeverity.Error, f.Severity);
        Assert.Equal("2023-01-01 s.d. 2023-03-31", f.GetValue("periode1"));
        Assert.Equal("2023-03-01 s.d. 2023-06-30", f.GetValue("periode2"));
    }

    [Fact]
    public void Suggest_PeriodOutsideTheYear_GivesPrd003()
    {
        var result = SaranPredikatTahunan.Suggest(2024, new[] { Q(Triwulan.I, PredikatKinerja.Baik), Q(Triwulan.IV, PredikatKinerja.Baik, tahun: 2023) }, MetodeSaranTahunan.Terburuk);

        Assert.False(result.IsSuccess);
        var f = Assert.Single(result.Findings);
        Assert.Equal("PRD003", f.Code);
        Assert.Equal("2024", f.GetValue("tahun"));
        Assert.Equal("Triwulan IV 2023", f.GetValue("periode"));
    }

    [Fact]
    public void Suggest_NoPeriod_GivesPrd001()
    {
        var result = SaranPredikatTahunan.Suggest(2024, Array.Empty<PredikatPeriode>(), MetodeSaranTahunan.Terakhir);

        Assert.Equal("PRD001", Assert.Single(result.Findings).Code);
    }

    [Fact]
    public void Suggest_UndefinedMethod_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SaranPredikatTahunan.Suggest(2024, Tahun2024, (MetodeSaranTahunan)0));
        Assert.Throws<ArgumentNullException>(() => SaranPredikatTahunan.Suggest(2024, null!, MetodeSaranTahunan.Terakhir));
    }

    [Property(MaxTest = 300)]
    public Property Suggest_ReorderedPeriods_GiveTheSameSuggestion()
    {
        var predikat = Enumerable.Range(1, 5).Select(i => (PredikatKinerja)i).ToArray();

        // Consecutive, non-overlapping periods of 2023: cut points between months.
        var gen =
            from cuts in Gen.Choose(1, 11).ArrayOf().Select(a => a.Distinct().OrderBy(c => c).ToArray())
            from preds in Gen.Elements(predikat).ArrayOf(cuts.Length + 1)
            from keys in Gen.Choose(0, 1000).ArrayOf(cuts.Length + 1)
            from metode in Gen.Elements(MetodeSaranTahunan.Terakhir, MetodeSaranTahunan.Terburuk, MetodeSaranTahunan.BerbobotDurasi)
            select (cuts, preds, keys, metode);

        return Prop.ForAll(gen.ToArbitrary(), x =>
        {
            var starts = new[] { 1 }.Concat(x.cuts.Select(c => c + 1)).ToArray();
            var periods = starts.Select((s, i) =>
            {
                var awal = new LocalDate(2023, s, 1);
                var akhir = i + 1 < starts.Length ? new LocalDate(2023, starts[i + 1], 1).PlusDays(-1) : new LocalDate(2023, 12, 31);
                return new PredikatPeriode(PeriodeKinerja.Rentang(awal, akhir), x.preds[i]);
            }).ToArray();
            var shuffled = periods.Zip(x.keys, (p, k) => (p, k)).OrderBy(t => t.k).Select(t => t.p).ToArray();
            var a = SaranPredikatTahunan.Suggest(2023, periods, x.metode).Value;
            var b = SaranPredikatTahunan.Suggest(2023, shuffled, x.metode).Value;
            return a.Nilai == b.Nilai && a.Explanation == b.Explanation;
        });
    }
}
