using AsnKinerja.Testing;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace AsnKinerja.Predicates.Tests;

/// <summary>
/// Study leave and teachers (regulation reference §13): no national GPA-to-rating table, so a mapping is a decided policy
/// with no default; teachers' half-year SKPs work through the predicate, the annual suggestion and angka kredit.
/// </summary>
public sealed class TugasBelajarDanGuruTests
{
    private static readonly IAngkaKreditRules AngkaKredit = AngkaKreditRules.PermenPanRb1Tahun2023;

    private static readonly PemetaanIpk Pemetaan = new("Keputusan Kepala BKPSDM 800/12/2024", batasDiAtas: 3.75m, batasSesuai: 3.50m);

    [Fact]
    public void SuggestIpk_WithoutADecidedMapping_IsPrd009AndNeverAMadeUpRating()
    {
        var result = SaranRatingTugasBelajar.SuggestIpk(3.9m, null);

        Assert.False(result.IsSuccess);
        Assert.Null(result.ValueOrNull);
        var f = Assert.Single(result.Findings);
        Assert.Equal(("PRD009", "3.90"), (f.Code, f.GetValue("ipk")));
    }

    [Theory]
    [InlineData("3.90", Ekspektasi.DiAtas)]
    [InlineData("3.75", Ekspektasi.DiAtas)]
    [InlineData("3.74", Ekspektasi.Sesuai)]
    [InlineData("3.50", Ekspektasi.Sesuai)]
    [InlineData("3.49", Ekspektasi.DiBawah)]
    [InlineData("0", Ekspektasi.DiBawah)]
    public void SuggestIpk_WithTheAgencysMapping_AssessesAndNamesItAsNotADefault(string ipk, Ekspektasi expected)
    {
        var saran = SaranRatingTugasBelajar.SuggestIpk(decimal.Parse(ipk, System.Globalization.CultureInfo.InvariantCulture), Pemetaan).Value;

        Assert.Equal(expected, saran.Nilai);
        var policy = Assert.Single(saran.Explanation.Policies);
        Assert.Equal("PemetaanIpk", policy.Name);
        Assert.False(policy.IsDefault);
        Assert.Contains("BKPSDM 800/12/2024", policy.Choice, StringComparison.Ordinal);
    }

    [Property(MaxTest = 300)]
    public Property PemetaanIpk_WhenTheGpaRises_NeverFalls()
    {
        return Prop.ForAll(Gen.Choose(0, 400).Two().ToArbitrary(), Gen.Choose(0, 400).Two().ToArbitrary(), (g, t) =>
        {
            var (lo, hi) = (Math.Min(g.Item1, g.Item2) / 100m, Math.Max(g.Item1, g.Item2) / 100m);
            var pemetaan = new PemetaanIpk("X", Math.Max(t.Item1, t.Item2) / 100m, Math.Min(t.Item1, t.Item2) / 100m);
            return pemetaan.Map(lo) <= pemetaan.Map(hi);
        });
    }

    [Fact]
    public void PemetaanIpk_InvalidThresholds_Throw()
    {
        Assert.Throws<ArgumentException>(() => new PemetaanIpk("X", 3.0m, 3.5m));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PemetaanIpk("X", 4.5m, 3.5m));
        Assert.Throws<ArgumentException>(() => new PemetaanIpk(" ", 3.75m, 3.5m));
        Assert.Throws<ArgumentOutOfRangeException>(() => Pemetaan.Map(4.01m));
        Assert.Throws<ArgumentOutOfRangeException>(() => SaranRatingTugasBelajar.SuggestIpk(-0.1m, null));
    }

    [Fact]
    public void StudyLeaveResults_GpaAssessedByTheMappingAndGraduationByThePpk_SuggestTheResultsRating()
    {
        var ipk = SaranRatingTugasBelajar.SuggestIpk(3.82m, Pemetaan).Value;
        var penilaian = new[]
        {
            new PenilaianRhk("RHK-TB-1", JenisRhk.Utama, ipk.Nilai),               // GPA, through the decided mapping
            new PenilaianRhk("RHK-TB-2", JenisRhk.Utama, Ekspektasi.DiAtas),        // on time, judged by the PPK
        };

        var rating = SaranRatingHasilKerja.Suggest(penilaian).Value;
        Assert.Equal(Ekspektasi.DiAtas, rating.Nilai);
        Assert.Equal(PredikatKinerja.SangatBaik, KuadranRules.PermenPanRb6Tahun2022.Evaluate(rating.Nilai, Ekspektasi.DiAtas).Predikat);
    }

    [Fact]
    public void HalfYear2024_PredicateAnnualSuggestionAndAngkaKredit_WorkOnSemesters()
    {
        var s1 = PeriodeKinerja.Semesteran(2024, Semester.I);
        var s2 = PeriodeKinerja.Semesteran(2024, Semester.II);
        var kuadran = KuadranRules.PermenPanRb6Tahun2022;
        var p1 = kuadran.Evaluate(Ekspektasi.Sesuai, Ekspektasi.Sesuai).Predikat;   // Baik
        var p2 = kuadran.Evaluate(Ekspektasi.DiAtas, Ekspektasi.DiAtas).Predikat;   // Sangat Baik

        var tahunan = SaranPredikatTahunan.Suggest(2024, new[] { new PredikatPeriode(s1, p1), new PredikatPeriode(s2, p2) }, MetodeSaranTahunan.Terakhir);
        Assert.Equal(PredikatKinerja.SangatBaik, tahunan.Value.Nilai);

        // Six whole months as Guru Ahli Pertama rated Baik: 6/12 × 100% × 12.5 = 6.25; no month policy needed.
        var ak = AngkaKredit.Calculate(s1, p1, JenjangFungsional.AhliPertama);
        Assert.Equal((6, 6.25m), (ak.Bulan, ak.Nilai));
        Assert.Empty(ak.Explanation.Policies);
    }
}
