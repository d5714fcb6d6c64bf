using System.Globalization;
using NodaTime;

namespace AsnKinerja;

/// <summary>
/// A special status that changes whether an employee is evaluated and counted in a unit's distribution [L-M]: under
/// PermenPANRB 8/2021 performance planning did not apply to these; whether PermenPANRB 6/2022 keeps the list is not
/// confirmed, so the treatment is a policy (<c>KebijakanStatusPegawai</c> in AsnKinerja.Predicates).
/// </summary>
public enum JenisStatusPegawai
{
    /// <summary><em>Tugas belajar</em>: study leave. Under PermenPANRB 6/2022 the employee keeps an SKP of academic expectations.</summary>
    TugasBelajar = 1,

    /// <summary><em>Cuti di luar tanggungan negara</em> (CLTN): unpaid leave.</summary>
    CutiDiLuarTanggunganNegara = 2,

    /// <summary><em>Pemberhentian sementara</em>: temporary dismissal.</summary>
    PemberhentianSementara = 3,

    /// <summary><em>Masa persiapan pensiun</em> (MPP): pre-retirement.</summary>
    MasaPersiapanPensiun = 4,

    /// <summary>Appointed as a state official (<em>diangkat menjadi pejabat negara</em>).</summary>
    PejabatNegara = 5,
}

/// <summary>
/// Who has which special status over which dates: one record per status period of an employee (both ends inclusive;
/// an open end while the status lasts).
/// </summary>
/// <remarks>Immutable and thread-safe. Equality compares every part.</remarks>
public sealed class StatusPegawai : IEquatable<StatusPegawai>
{
    /// <summary>Creates the record.</summary>
    /// <param name="nip">The employee; not empty.</param>
    /// <param name="jenis">The status.</param>
    /// <param name="awal">The first day of the status.</param>
    /// <param name="akhir">The last day, or null while it lasts; not before <paramref name="awal"/>.</param>
    /// <exception cref="ArgumentException">The NIP is empty, the dates are reversed or not ISO.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="jenis"/> is undefined.</exception>
    public StatusPegawai(Nip nip, JenisStatusPegawai jenis, LocalDate awal, LocalDate? akhir = null)
    {
        Preconditions.CheckArgument(!nip.IsEmpty, nameof(nip), "The NIP must not be empty.");
        MasaBerlaku.Check(awal, akhir);
        Nip = nip;
        Jenis = Preconditions.CheckDefined(jenis);
        Awal = awal;
        Akhir = akhir;
    }

    /// <summary>The employee.</summary>
    public Nip Nip { get; }

    /// <summary>The status.</summary>
    public JenisStatusPegawai Jenis { get; }

    /// <summary>The first day (inclusive).</summary>
    public LocalDate Awal { get; }

    /// <summary>The last day (inclusive), or null while the status lasts.</summary>
    public LocalDate? Akhir { get; }

    /// <summary>Whether two records are equal.</summary>
    /// <param name="left">The first record.</param>
    /// <param name="right">The second record.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(StatusPegawai? left, StatusPegawai? right) => Equals(left, right);

    /// <summary>Whether two records differ.</summary>
    /// <param name="left">The first record.</param>
    /// <param name="right">The second record.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(StatusPegawai? left, StatusPegawai? right) => !Equals(left, right);

    /// <summary>Whether the status holds on a date.</summary>
    /// <param name="date">The date (ISO calendar).</param>
    /// <returns>True when <see cref="Awal"/> ≤ date ≤ <see cref="Akhir"/> (or the status is open).</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    public bool Contains(LocalDate date) => Preconditions.CheckIso(date) >= Awal && (Akhir is null || date <= Akhir.Value);

    /// <summary>The days the status shares with a period (0 when they do not overlap).</summary>
    /// <param name="periode">The period.</param>
    /// <returns>The shared days.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="periode"/> is null.</exception>
    public int OverlapDays(PeriodeKinerja periode) => MasaBerlaku.OverlapDays(Awal, Akhir, Preconditions.CheckNotNull(periode).Awal, periode.Akhir);

    /// <inheritdoc />
    public bool Equals(StatusPegawai? other) => other is not null && Nip == other.Nip && Jenis == other.Jenis && Awal == other.Awal && Akhir == other.Akhir;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as StatusPegawai);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Nip, Jenis, Awal, Akhir);

    /// <summary>The employee, the status and its dates.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => Nip + " " + Jenis + " " + MasaBerlaku.Format(Awal, Akhir);
}

/// <summary>
/// One entry of an employee's placement history: the unit, from and until when, and whether the employee heads it. A
/// move within the year (<em>mutasi</em>) is two entries.
/// </summary>
/// <remarks>Immutable and thread-safe. Equality compares every part.</remarks>
public sealed class RiwayatPenempatan : IEquatable<RiwayatPenempatan>
{
    /// <summary>Creates the entry.</summary>
    /// <param name="nip">The employee; not empty.</param>
    /// <param name="unitId">The unit.</param>
    /// <param name="awal">The first day in the unit.</param>
    /// <param name="akhir">The last day, or null while the placement lasts; not before <paramref name="awal"/>.</param>
    /// <param name="isKepala">Whether the employee heads the unit.</param>
    /// <exception cref="ArgumentException">The NIP is empty, the unit blank or not well-formed UTF-16 (a lone surrogate), or the dates are reversed or not ISO.</exception>
    public RiwayatPenempatan(Nip nip, string unitId, LocalDate awal, LocalDate? akhir = null, bool isKepala = false)
    {
        Preconditions.CheckArgument(!nip.IsEmpty, nameof(nip), "The NIP must not be empty.");
        MasaBerlaku.Check(awal, akhir);
        Nip = nip;
        UnitId = Preconditions.CheckIdentifier(unitId);
        Awal = awal;
        Akhir = akhir;
        IsKepala = isKepala;
    }

    /// <summary>The employee.</summary>
    public Nip Nip { get; }

    /// <summary>The unit.</summary>
    public string UnitId { get; }

    /// <summary>The first day (inclusive).</summary>
    public LocalDate Awal { get; }

    /// <summary>The last day (inclusive), or null while the placement lasts.</summary>
    public LocalDate? Akhir { get; }

    /// <summary>Whether the employee heads the unit.</summary>
    public bool IsKepala { get; }

    /// <summary>Whether two entries are equal.</summary>
    /// <param name="left">The first entry.</param>
    /// <param name="right">The second entry.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(RiwayatPenempatan? left, RiwayatPenempatan? right) => Equals(left, right);

    /// <summary>Whether two entries differ.</summary>
    /// <param name="left">The first entry.</param>
    /// <param name="right">The second entry.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(RiwayatPenempatan? left, RiwayatPenempatan? right) => !Equals(left, right);

    /// <summary>The days the placement shares with a period (0 when they do not overlap).</summary>
    /// <param name="periode">The period.</param>
    /// <returns>The shared days.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="periode"/> is null.</exception>
    public int OverlapDays(PeriodeKinerja periode) => MasaBerlaku.OverlapDays(Awal, Akhir, Preconditions.CheckNotNull(periode).Awal, periode.Akhir);

    /// <summary>The placement as a flat record for <see cref="StrukturOrganisasi.Create"/>.</summary>
    /// <returns>The placement.</returns>
    public PenempatanPegawai ToPenempatan() => new(Nip, UnitId, IsKepala);

    /// <inheritdoc />
    public bool Equals(RiwayatPenempatan? other) =>
        other is not null && Nip == other.Nip && string.Equals(UnitId, other.UnitId, StringComparison.Ordinal) && Awal == other.Awal && Akhir == other.Akhir && IsKepala == other.IsKepala;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RiwayatPenempatan);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Nip, StringComparer.Ordinal.GetHashCode(UnitId), Awal, Akhir, IsKepala);

    /// <summary>The employee, the unit and the dates.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => Nip + "@" + UnitId + (IsKepala ? " (kepala)" : string.Empty) + " " + MasaBerlaku.Format(Awal, Akhir);
}

/// <summary>Date-range helpers shared by the dated records.</summary>
internal static class MasaBerlaku
{
    internal static void Check(LocalDate awal, LocalDate? akhir)
    {
        Preconditions.CheckArgument(awal.Calendar == CalendarSystem.Iso && (akhir is null || akhir.Value.Calendar == CalendarSystem.Iso), nameof(awal), "Dates must be in the ISO calendar.");
        Preconditions.CheckArgument(akhir is null || akhir.Value >= awal, nameof(akhir), "The last day must not be before the first day.");
    }

    internal static int OverlapDays(LocalDate awal, LocalDate? akhir, LocalDate from, LocalDate to)
    {
        var start = awal > from ? awal : from;
        var end = akhir is { } a && a < to ? a : to;
        return end < start ? 0 : Period.DaysBetween(start, end) + 1;
    }

    internal static string Format(LocalDate awal, LocalDate? akhir) =>
        string.Format(CultureInfo.InvariantCulture, "{0:yyyy-MM-dd} s.d. {1}", awal, akhir is { } a ? a.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "sekarang");
}
