using NodaTime;

namespace AsnKinerja.Core.Tests;

/// <summary>The dated records of special statuses and placements (regulation reference §13): who has which status, where, over which dates.</summary>
public sealed class StatusPegawaiTests
{
    private static readonly Nip A = TestData.Nip(1);

    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void StatusPegawai_OpenEnded_LastsAndOverlapsThePeriodFromItsStart()
    {
        var s = new StatusPegawai(A, JenisStatusPegawai.TugasBelajar, D(2024, 9, 1));

        Assert.Null(s.Akhir);
        Assert.True(s.Contains(D(2030, 1, 1)));
        Assert.False(s.Contains(D(2024, 8, 31)));
        Assert.Equal(122, s.OverlapDays(PeriodeKinerja.Tahunan(2024)));           // 1 September – 31 December
        Assert.Equal(0, s.OverlapDays(PeriodeKinerja.Semesteran(2024, Semester.I)));
        Assert.Equal(new StatusPegawai(A, JenisStatusPegawai.TugasBelajar, D(2024, 9, 1)), s);
        Assert.Equal(TestData.Nip(1) + " TugasBelajar 2024-09-01 s.d. sekarang", s.ToString());
    }

    [Fact]
    public void RiwayatPenempatan_ClosedRange_CountsItsDaysInAPeriodAndFlattens()
    {
        var p = new RiwayatPenempatan(A, "U-1", D(2023, 7, 1), D(2024, 3, 31), isKepala: true);

        Assert.Equal(91, p.OverlapDays(PeriodeKinerja.Tahunan(2024)));              // January–March of a leap year
        Assert.Equal(0, p.OverlapDays(PeriodeKinerja.Triwulanan(2024, Triwulan.II)));
        Assert.Equal(new PenempatanPegawai(A, "U-1", true), p.ToPenempatan());
        Assert.NotEqual(new RiwayatPenempatan(A, "U-1", D(2023, 7, 1), D(2024, 3, 31)), p);
    }

    [Fact]
    public void Records_InvalidParts_Throw()
    {
        Assert.Throws<ArgumentException>(() => new StatusPegawai(default, JenisStatusPegawai.TugasBelajar, D(2024, 1, 1)));
        Assert.Throws<ArgumentException>(() => new StatusPegawai(A, JenisStatusPegawai.TugasBelajar, D(2024, 1, 2), D(2024, 1, 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new StatusPegawai(A, (JenisStatusPegawai)0, D(2024, 1, 1)));
        Assert.Throws<ArgumentException>(() => new StatusPegawai(A, JenisStatusPegawai.TugasBelajar, new LocalDate(2024, 1, 1, CalendarSystem.Julian)));
        Assert.Throws<ArgumentException>(() => new RiwayatPenempatan(A, " ", D(2024, 1, 1)));
        Assert.Throws<ArgumentException>(() => new RiwayatPenempatan(A, "U-1", D(2024, 1, 2), D(2024, 1, 1)));
        Assert.Throws<ArgumentNullException>(() => new RiwayatPenempatan(A, "U-1", D(2024, 1, 1)).OverlapDays(null!));
    }

    [Fact]
    public void Contains_DateInAnotherCalendar_ThrowsArgumentExceptionNamingTheDate()
    {
        var status = new StatusPegawai(A, JenisStatusPegawai.TugasBelajar, new LocalDate(2024, 1, 1));

        var e = Assert.Throws<ArgumentException>(() => status.Contains(new LocalDate(5784, 10, 1, CalendarSystem.HebrewCivil)));

        Assert.Equal("date", e.ParamName);
    }
}
