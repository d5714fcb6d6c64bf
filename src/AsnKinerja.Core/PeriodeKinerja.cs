using System.Globalization;
using NodaTime;

namespace AsnKinerja;

/// <summary>
/// A performance period: the year, a half-year (<em>semester</em>), a quarter (<em>triwulan</em>), a month, or any date
/// range, as inclusive NodaTime dates. Used for SKP periods and periodic and annual evaluations.
/// </summary>
/// <remarks>
/// Dates are inputs: nothing reads a clock. <see cref="Awal"/> and <see cref="Akhir"/> are both inclusive.
/// Immutable and thread-safe. Equality compares the kind and both dates.
/// </remarks>
public sealed class PeriodeKinerja : IEquatable<PeriodeKinerja>
{
    private static readonly string[] NamaBulan =
    {
        "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember",
    };

    private PeriodeKinerja(JenisPeriode jenis, LocalDate awal, LocalDate akhir)
    {
        Jenis = jenis;
        Awal = awal;
        Akhir = akhir;
    }

    /// <summary>The kind of period.</summary>
    public JenisPeriode Jenis { get; }

    /// <summary>The first day (inclusive).</summary>
    public LocalDate Awal { get; }

    /// <summary>The last day (inclusive).</summary>
    public LocalDate Akhir { get; }

    /// <summary>The performance year the period starts in.</summary>
    public int Tahun => Awal.Year;

    /// <summary>Whether the period lies inside one performance year.</summary>
    public bool IsWithinOneYear => Awal.Year == Akhir.Year;

    /// <summary>The period as a NodaTime interval (inclusive at both ends).</summary>
    public DateInterval Interval => new(Awal, Akhir);

    /// <summary>The number of days, both ends included.</summary>
    public int JumlahHari => Period.Between(Awal, Akhir, PeriodUnits.Days).Days + 1;

    /// <summary>
    /// The number of calendar months that lie wholly inside the period (what <em>angka kredit</em> counts for a
    /// month-aligned period: 12 for a year, 3 for a quarter, 1 for a month).
    /// </summary>
    public int JumlahBulanPenuh
    {
        get
        {
            var first = Awal.Day == 1 ? new YearMonth(Awal.Year, Awal.Month) : Next(new YearMonth(Awal.Year, Awal.Month));
            var last = Akhir == Akhir.With(DateAdjusters.EndOfMonth) ? new YearMonth(Akhir.Year, Akhir.Month) : Previous(new YearMonth(Akhir.Year, Akhir.Month));
            var months = ((last.Year - first.Year) * 12) + (last.Month - first.Month) + 1;
            return Math.Max(0, months);
        }
    }

    /// <summary>The number of calendar months the period touches, wholly or partly.</summary>
    public int JumlahBulanTersentuh => ((Akhir.Year - Awal.Year) * 12) + (Akhir.Month - Awal.Month) + 1;

    /// <summary>Whether two periods are equal.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(PeriodeKinerja? left, PeriodeKinerja? right) => Equals(left, right);

    /// <summary>Whether two periods differ.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(PeriodeKinerja? left, PeriodeKinerja? right) => !Equals(left, right);

    /// <summary>The performance year: 1 January to 31 December.</summary>
    /// <param name="tahun">The year, 1900 to 2999.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tahun"/> is out of range.</exception>
    public static PeriodeKinerja Tahunan(int tahun)
    {
        Preconditions.CheckRange(tahun, 1900, 2999);
        return new PeriodeKinerja(JenisPeriode.Tahunan, new LocalDate(tahun, 1, 1), new LocalDate(tahun, 12, 31));
    }

    /// <summary>A quarter of the performance year.</summary>
    /// <param name="tahun">The year, 1900 to 2999.</param>
    /// <param name="triwulan">The quarter.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static PeriodeKinerja Triwulanan(int tahun, Triwulan triwulan)
    {
        Preconditions.CheckRange(tahun, 1900, 2999);
        var firstMonth = ((int)Preconditions.CheckDefined(triwulan) * 3) - 2;
        var awal = new LocalDate(tahun, firstMonth, 1);
        return new PeriodeKinerja(JenisPeriode.Triwulanan, awal, awal.PlusMonths(3).PlusDays(-1));
    }

    /// <summary>A half of the performance year: Semester I is 1 January to 30 June, Semester II 1 July to 31 December.</summary>
    /// <param name="tahun">The year, 1900 to 2999.</param>
    /// <param name="semester">The half.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static PeriodeKinerja Semesteran(int tahun, Semester semester)
    {
        Preconditions.CheckRange(tahun, 1900, 2999);
        var awal = new LocalDate(tahun, Preconditions.CheckDefined(semester) == Semester.I ? 1 : 7, 1);
        return new PeriodeKinerja(JenisPeriode.Semesteran, awal, awal.PlusMonths(6).PlusDays(-1));
    }

    /// <summary>A calendar month.</summary>
    /// <param name="tahun">The year, 1900 to 2999.</param>
    /// <param name="bulan">The month, 1 to 12.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static PeriodeKinerja Bulanan(int tahun, int bulan)
    {
        Preconditions.CheckRange(tahun, 1900, 2999);
        Preconditions.CheckRange(bulan, 1, 12);
        var awal = new LocalDate(tahun, bulan, 1);
        return new PeriodeKinerja(JenisPeriode.Bulanan, awal, awal.With(DateAdjusters.EndOfMonth));
    }

    /// <summary>Any date range, both ends inclusive. It may cross a year; SKP rules report that.</summary>
    /// <param name="awal">The first day.</param>
    /// <param name="akhir">The last day, not before <paramref name="awal"/>.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentException"><paramref name="akhir"/> is before <paramref name="awal"/>, or the calendar is not ISO.</exception>
    public static PeriodeKinerja Rentang(LocalDate awal, LocalDate akhir)
    {
        Preconditions.CheckArgument(awal.Calendar == CalendarSystem.Iso && akhir.Calendar == CalendarSystem.Iso, nameof(awal), "Dates must be in the ISO calendar.");
        Preconditions.CheckArgument(akhir >= awal, nameof(akhir), "The last day must not be before the first day.");
        Preconditions.CheckRange(awal.Year, 1900, 2999, nameof(awal));
        Preconditions.CheckRange(akhir.Year, 1900, 2999, nameof(akhir));
        return new PeriodeKinerja(JenisPeriode.Rentang, awal, akhir);
    }

    /// <summary>Whether a date falls in the period.</summary>
    /// <param name="date">The date (ISO calendar).</param>
    /// <returns>True when <see cref="Awal"/> ≤ date ≤ <see cref="Akhir"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    public bool Contains(LocalDate date) => Preconditions.CheckIso(date) >= Awal && date <= Akhir;

    /// <summary>Whether another period lies wholly inside this one.</summary>
    /// <param name="other">The other period.</param>
    /// <returns>True when contained.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public bool Contains(PeriodeKinerja other) => Preconditions.CheckNotNull(other).Awal >= Awal && other.Akhir <= Akhir;

    /// <summary>Whether two periods share at least one day.</summary>
    /// <param name="other">The other period.</param>
    /// <returns>True when they overlap.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public bool Overlaps(PeriodeKinerja other) => Preconditions.CheckNotNull(other).Awal <= Akhir && other.Akhir >= Awal;

    /// <summary>The number of days two periods share (0 when they do not overlap).</summary>
    /// <param name="other">The other period.</param>
    /// <returns>The shared days.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public int OverlapDays(PeriodeKinerja other)
    {
        if (!Overlaps(other))
        {
            return 0;
        }

        var start = Awal > other.Awal ? Awal : other.Awal;
        var end = Akhir < other.Akhir ? Akhir : other.Akhir;
        return Period.Between(start, end, PeriodUnits.Days).Days + 1;
    }

    /// <inheritdoc />
    public bool Equals(PeriodeKinerja? other) => other is not null && Jenis == other.Jenis && Awal == other.Awal && Akhir == other.Akhir;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PeriodeKinerja);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Jenis, Awal, Akhir);

    /// <summary>
    /// The label in Bahasa Indonesia: <c>Tahun 2024</c>, <c>Semester I 2024</c>, <c>Triwulan II 2024</c>, <c>Maret 2024</c>
    /// or <c>2024-07-01 s.d. 2024-12-31</c>.
    /// </summary>
    /// <returns>The label.</returns>
    public override string ToString() => Jenis switch
    {
        JenisPeriode.Tahunan => string.Format(CultureInfo.InvariantCulture, "Tahun {0}", Tahun),
        JenisPeriode.Triwulanan => string.Format(CultureInfo.InvariantCulture, "Triwulan {0} {1}", (Triwulan)(((Awal.Month - 1) / 3) + 1), Tahun),
        JenisPeriode.Bulanan => string.Format(CultureInfo.InvariantCulture, "{0} {1}", NamaBulan[Awal.Month - 1], Tahun),
        JenisPeriode.Semesteran => string.Format(CultureInfo.InvariantCulture, "Semester {0} {1}", Awal.Month == 1 ? Semester.I : Semester.II, Tahun),
        _ => string.Format(CultureInfo.InvariantCulture, "{0:yyyy-MM-dd} s.d. {1:yyyy-MM-dd}", Awal, Akhir),
    };

    private static YearMonth Next(YearMonth m) => m.Month == 12 ? new YearMonth(m.Year + 1, 1) : new YearMonth(m.Year, m.Month + 1);

    private static YearMonth Previous(YearMonth m) => m.Month == 1 ? new YearMonth(m.Year - 1, 12) : new YearMonth(m.Year, m.Month - 1);
}
