using System.Globalization;
using AsnKinerja.Testing;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace AsnKinerja.Core.Tests;

/// <summary>
/// Performance periods (regulation reference §1: periodic evaluation monthly or quarterly, forms labelled
/// <em>Triwulan I, II, III, IV-Akhir</em>; annual evaluation; an SKP over its own date range after a move, §2).
/// </summary>
public sealed class PeriodeKinerjaTests
{
    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void Tahunan_Year_IsFirstJanuaryToThirtyFirstDecember()
    {
        var p = PeriodeKinerja.Tahunan(2024);

        Assert.Equal(JenisPeriode.Tahunan, p.Jenis);
        Assert.Equal(D(2024, 1, 1), p.Awal);
        Assert.Equal(D(2024, 12, 31), p.Akhir);
        Assert.Equal(2024, p.Tahun);
        Assert.Equal(366, p.JumlahHari);
        Assert.Equal(365, PeriodeKinerja.Tahunan(2023).JumlahHari);
        Assert.True(p.IsWithinOneYear);
    }

    [Theory]
    [InlineData(Triwulan.I, 1, 1, 3, 31)]
    [InlineData(Triwulan.II, 4, 1, 6, 30)]
    [InlineData(Triwulan.III, 7, 1, 9, 30)]
    [InlineData(Triwulan.IV, 10, 1, 12, 31)]
    public void Triwulanan_EachQuarter_HasItsDates(Triwulan triwulan, int m1, int d1, int m2, int d2)
    {
        var p = PeriodeKinerja.Triwulanan(2024, triwulan);

        Assert.Equal(JenisPeriode.Triwulanan, p.Jenis);
        Assert.Equal(D(2024, m1, d1), p.Awal);
        Assert.Equal(D(2024, m2, d2), p.Akhir);
        Assert.Equal(3, p.JumlahBulanPenuh);
        Assert.Equal(3, p.JumlahBulanTersentuh);
    }

    [Fact]
    public void Bulanan_FebruaryInALeapYear_EndsOnThe29th()
    {
        var leap = PeriodeKinerja.Bulanan(2024, 2);
        Assert.Equal(D(2024, 2, 1), leap.Awal);
        Assert.Equal(D(2024, 2, 29), leap.Akhir);
        Assert.Equal(29, leap.JumlahHari);

        Assert.Equal(D(2023, 2, 28), PeriodeKinerja.Bulanan(2023, 2).Akhir);
        Assert.Equal(D(2100, 2, 28), PeriodeKinerja.Bulanan(2100, 2).Akhir); // 2100 is not a leap year
        Assert.Equal(D(2000, 2, 29), PeriodeKinerja.Bulanan(2000, 2).Akhir);
    }

    [Fact]
    public void Rentang_AnyRange_KeepsBothEndsInclusive()
    {
        var p = PeriodeKinerja.Rentang(D(2024, 7, 1), D(2024, 12, 31));

        Assert.Equal(JenisPeriode.Rentang, p.Jenis);
        Assert.Equal(184, p.JumlahHari);
        Assert.True(p.Contains(D(2024, 7, 1)));
        Assert.True(p.Contains(D(2024, 12, 31)));
        Assert.False(p.Contains(D(2024, 6, 30)));
        Assert.False(p.Contains(D(2025, 1, 1)));
        Assert.Equal(1, PeriodeKinerja.Rentang(D(2024, 5, 5), D(2024, 5, 5)).JumlahHari);
    }

    [Fact]
    public void Rentang_CrossingAYear_IsAllowedButNotWithinOneYear()
    {
        var p = PeriodeKinerja.Rentang(D(2024, 7, 1), D(2025, 6, 30));
        Assert.False(p.IsWithinOneYear);
        Assert.Equal(2024, p.Tahun);
    }

    [Fact]
    public void Factories_InvalidArguments_Throw()
    {
        Assert.Throws<ArgumentException>(() => PeriodeKinerja.Rentang(D(2024, 2, 1), D(2024, 1, 31)));
        Assert.Throws<ArgumentOutOfRangeException>(() => PeriodeKinerja.Bulanan(2024, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => PeriodeKinerja.Bulanan(2024, 13));
        Assert.Throws<ArgumentOutOfRangeException>(() => PeriodeKinerja.Triwulanan(2024, default));
        Assert.Throws<ArgumentOutOfRangeException>(() => PeriodeKinerja.Triwulanan(2024, (Triwulan)5));
        Assert.Throws<ArgumentOutOfRangeException>(() => PeriodeKinerja.Tahunan(1899));
        Assert.Throws<ArgumentOutOfRangeException>(() => PeriodeKinerja.Tahunan(3000));
    }

    [Theory]
    [InlineData(2024, 1, 1, 2024, 12, 31, 12, 12)]   // the year
    [InlineData(2024, 4, 1, 2024, 6, 30, 3, 3)]      // a quarter
    [InlineData(2024, 2, 1, 2024, 2, 29, 1, 1)]      // a month
    [InlineData(2024, 1, 15, 2024, 3, 31, 2, 3)]     // 15 Jan - 31 Mar: February and March are whole
    [InlineData(2024, 7, 1, 2024, 12, 31, 6, 6)]     // second half after a move
    [InlineData(2024, 1, 15, 2024, 2, 14, 0, 2)]     // no whole month
    [InlineData(2024, 1, 31, 2024, 2, 1, 0, 2)]      // two days across a month end
    [InlineData(2024, 3, 10, 2024, 3, 20, 0, 1)]     // inside one month
    [InlineData(2024, 12, 1, 2025, 1, 31, 2, 2)]     // across a year
    [InlineData(2024, 12, 15, 2025, 1, 10, 0, 2)]
    public void JumlahBulan_Range_CountsWholeAndTouchedMonths(int y1, int m1, int d1, int y2, int m2, int d2, int penuh, int tersentuh)
    {
        var p = PeriodeKinerja.Rentang(D(y1, m1, d1), D(y2, m2, d2));

        Assert.Equal(penuh, p.JumlahBulanPenuh);
        Assert.Equal(tersentuh, p.JumlahBulanTersentuh);
    }

    [Fact]
    public void JumlahBulan_FactoryPeriods_AreTwelveThreeAndOne()
    {
        Assert.Equal(12, PeriodeKinerja.Tahunan(2023).JumlahBulanPenuh);
        Assert.Equal(3, PeriodeKinerja.Triwulanan(2023, Triwulan.IV).JumlahBulanPenuh);
        Assert.Equal(1, PeriodeKinerja.Bulanan(2023, 2).JumlahBulanPenuh);
        Assert.Equal(1, PeriodeKinerja.Bulanan(2023, 2).JumlahBulanTersentuh);
    }

    [Fact]
    public void OverlapsContainsOverlapDays_QuarterAndYear_AreConsistent()
    {
        var year = PeriodeKinerja.Tahunan(2024);
        var q1 = PeriodeKinerja.Triwulanan(2024, Triwulan.I);
        var q2 = PeriodeKinerja.Triwulanan(2024, Triwulan.II);

        Assert.True(year.Overlaps(q1));
        Assert.True(year.Contains(q1));
        Assert.False(q1.Contains(year));
        Assert.Equal(91, year.OverlapDays(q1)); // 31 + 29 + 31 in a leap year
        Assert.False(q1.Overlaps(q2));
        Assert.Equal(0, q1.OverlapDays(q2));
        Assert.False(year.Overlaps(PeriodeKinerja.Tahunan(2025)));
    }

    [Fact]
    public void Overlaps_RangesSharingOneDay_OverlapByOneDay()
    {
        var a = PeriodeKinerja.Rentang(D(2024, 1, 1), D(2024, 3, 31));
        var b = PeriodeKinerja.Rentang(D(2024, 3, 31), D(2024, 4, 30));

        Assert.True(a.Overlaps(b));
        Assert.Equal(1, a.OverlapDays(b));
        Assert.Throws<ArgumentNullException>(() => a.Overlaps(null!));
        Assert.Throws<ArgumentNullException>(() => a.Contains((PeriodeKinerja)null!));
    }

    [Fact]
    public void Equality_ComparesKindAndDates()
    {
        Assert.Equal(PeriodeKinerja.Tahunan(2024), PeriodeKinerja.Tahunan(2024));
        Assert.True(PeriodeKinerja.Tahunan(2024) == PeriodeKinerja.Tahunan(2024));
        Assert.Equal(PeriodeKinerja.Tahunan(2024).GetHashCode(), PeriodeKinerja.Tahunan(2024).GetHashCode());

        // Same dates, different kind: different periods.
        Assert.True(PeriodeKinerja.Tahunan(2024) != PeriodeKinerja.Rentang(D(2024, 1, 1), D(2024, 12, 31)));
        Assert.NotEqual(PeriodeKinerja.Bulanan(2024, 1), PeriodeKinerja.Triwulanan(2024, Triwulan.I));
    }

    [Fact]
    public void ToString_EachKind_IsTheIndonesianLabelUnderEveryCulture()
    {
        var labels = Cultures.UnderEach(() => string.Join("|",
            PeriodeKinerja.Tahunan(2024), PeriodeKinerja.Triwulanan(2024, Triwulan.II), PeriodeKinerja.Bulanan(2024, 3),
            PeriodeKinerja.Rentang(D(2024, 7, 1), D(2024, 12, 31))));

        Assert.All(labels, l => Assert.Equal("Tahun 2024|Triwulan II 2024|Maret 2024|2024-07-01 s.d. 2024-12-31", l));
    }

    [Property(MaxTest = 300)]
    public Property Overlap_RandomRanges_IsSymmetricAndMatchesCountingDays()
    {
        return Prop.ForAll(RandomRange().Two().ToArbitrary(), t =>
        {
            var (a, b) = t;
            var counted = 0;
            for (var d = a.Awal; d <= a.Akhir; d = d.PlusDays(1))
            {
                if (b.Contains(d))
                {
                    counted++;
                }
            }

            return a.Overlaps(b) == b.Overlaps(a)
                && a.OverlapDays(b) == b.OverlapDays(a)
                && a.OverlapDays(b) == counted
                && a.Overlaps(b) == (counted > 0);
        });
    }

    [Property(MaxTest = 300)]
    public Property Contains_RandomRanges_ImpliesOverlapsAndAllDaysShared()
    {
        return Prop.ForAll(RandomRange().Two().ToArbitrary(), t =>
        {
            var (a, b) = t;
            return !a.Contains(b) || (a.Overlaps(b) && a.OverlapDays(b) == b.JumlahHari && a.Contains(b.Awal) && a.Contains(b.Akhir));
        });
    }

    [Property(MaxTest = 100)]
    public Property Contains_AnyRangeInsideItself_IsTrue()
    {
        return Prop.ForAll(RandomRange().ToArbitrary(), a => a.Contains(a) && a.OverlapDays(a) == a.JumlahHari);
    }

    [Property(MaxTest = 200)]
    public Property Triwulanan_FourQuarters_PartitionTheYear()
    {
        return Prop.ForAll(Gen.Choose(1900, 2999).ToArbitrary(), tahun =>
        {
            var year = PeriodeKinerja.Tahunan(tahun);
            var quarters = new[] { Triwulan.I, Triwulan.II, Triwulan.III, Triwulan.IV }.Select(q => PeriodeKinerja.Triwulanan(tahun, q)).ToArray();
            var contiguous = Enumerable.Range(1, 3).All(i => quarters[i].Awal == quarters[i - 1].Akhir.PlusDays(1));
            var disjoint = quarters.SelectMany((a, i) => quarters.Skip(i + 1).Select(b => !a.Overlaps(b))).All(x => x);
            return quarters.Sum(q => q.JumlahHari) == year.JumlahHari
                && quarters.All(year.Contains)
                && quarters[0].Awal == year.Awal && quarters[3].Akhir == year.Akhir
                && contiguous && disjoint
                && quarters.Sum(q => q.JumlahBulanPenuh) == year.JumlahBulanPenuh;
        });
    }

    [Property(MaxTest = 200)]
    public Property Semesteran_TwoHalves_PartitionTheYearAndEachHoldsTwoQuarters()
    {
        return Prop.ForAll(Gen.Choose(1900, 2999).ToArbitrary(), tahun =>
        {
            var year = PeriodeKinerja.Tahunan(tahun);
            var s1 = PeriodeKinerja.Semesteran(tahun, Semester.I);
            var s2 = PeriodeKinerja.Semesteran(tahun, Semester.II);
            return s1.Awal == year.Awal && s2.Akhir == year.Akhir && s2.Awal == s1.Akhir.PlusDays(1)
                && s1.JumlahHari + s2.JumlahHari == year.JumlahHari && !s1.Overlaps(s2)
                && s1.Contains(PeriodeKinerja.Triwulanan(tahun, Triwulan.I)) && s1.Contains(PeriodeKinerja.Triwulanan(tahun, Triwulan.II))
                && s2.Contains(PeriodeKinerja.Triwulanan(tahun, Triwulan.III)) && s2.Contains(PeriodeKinerja.Triwulanan(tahun, Triwulan.IV))
                && s1.JumlahBulanPenuh == 6 && s2.JumlahBulanPenuh == 6 && s1.IsWithinOneYear && s2.IsWithinOneYear;
        });
    }

    [Fact]
    public void Semesteran_TeachersFirstHalf2024_IsFirstJanuaryToThirtiethJune()
    {
        var s1 = PeriodeKinerja.Semesteran(2024, Semester.I);

        Assert.Equal(JenisPeriode.Semesteran, s1.Jenis);
        Assert.Equal(D(2024, 1, 1), s1.Awal);
        Assert.Equal(D(2024, 6, 30), s1.Akhir);
        Assert.Equal(182, s1.JumlahHari);
        Assert.Equal(D(2024, 12, 31), PeriodeKinerja.Semesteran(2024, Semester.II).Akhir);
        Assert.NotEqual(PeriodeKinerja.Rentang(D(2024, 1, 1), D(2024, 6, 30)), s1);
        Assert.All(Cultures.UnderEach(() => s1.ToString()), l => Assert.Equal("Semester I 2024", l));
        Assert.Throws<ArgumentOutOfRangeException>(() => PeriodeKinerja.Semesteran(2024, (Semester)3));
        Assert.Throws<ArgumentOutOfRangeException>(() => PeriodeKinerja.Semesteran(1899, Semester.I));
    }

    [Property(MaxTest = 100)]
    public Property Bulanan_TwelveMonths_PartitionTheYear()
    {
        return Prop.ForAll(Gen.Choose(1900, 2999).ToArbitrary(), tahun =>
        {
            var months = Enumerable.Range(1, 12).Select(m => PeriodeKinerja.Bulanan(tahun, m)).ToArray();
            return months.Sum(m => m.JumlahHari) == PeriodeKinerja.Tahunan(tahun).JumlahHari
                && Enumerable.Range(1, 11).All(i => months[i].Awal == months[i - 1].Akhir.PlusDays(1));
        });
    }

    [Property(MaxTest = 200)]
    public Property JumlahBulan_RandomRange_WholeMonthsNeverExceedTouchedMonths()
    {
        return Prop.ForAll(RandomRange().ToArbitrary(), p =>
        {
            var whole = 0;
            var touched = new HashSet<(int, int)>();
            for (var d = p.Awal; d <= p.Akhir; d = d.PlusDays(1))
            {
                touched.Add((d.Year, d.Month));
                if (d.Day == 1 && d.With(DateAdjusters.EndOfMonth) <= p.Akhir)
                {
                    whole++;
                }
            }

            return p.JumlahBulanPenuh == whole && p.JumlahBulanTersentuh == touched.Count && whole <= touched.Count;
        });
    }

    /// <summary>A random range of up to about 14 months, starting in 2023-2025.</summary>
    private static Gen<PeriodeKinerja> RandomRange() =>
        from start in Gen.Choose(0, 365 * 3)
        from length in Gen.Frequency((3, Gen.Choose(0, 45)), (2, Gen.Choose(0, 430)))
        let awal = new LocalDate(2023, 1, 1).PlusDays(start)
        select PeriodeKinerja.Rentang(awal, awal.PlusDays(length));

    [Fact]
    public void Contains_DateInAnotherCalendar_ThrowsArgumentExceptionNamingTheDate()
    {
        var julian = new LocalDate(2024, 6, 1, CalendarSystem.Julian);

        Assert.Equal("date", Assert.Throws<ArgumentException>(() => PeriodeKinerja.Tahunan(2024).Contains(julian)).ParamName);
        Assert.True(PeriodeKinerja.Tahunan(2024).Contains(julian.WithCalendar(CalendarSystem.Iso)));
    }
}
