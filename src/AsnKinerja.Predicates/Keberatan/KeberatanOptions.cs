using System.Collections.Immutable;

namespace AsnKinerja.Predicates;

/// <summary>How the 14 days of PP 30/2019 Pasal 59 are counted [L]: the regulation says "14 (empat belas) hari" and defines no working days.</summary>
public enum PenghitunganHariKeberatan
{
    /// <summary>Default. Calendar days: the day after the result was received is day 1, so the last day is the receipt date plus 14 days.</summary>
    HariKalender = 1,

    /// <summary>Working days: Monday to Friday, without the holidays the caller gives; the day after receipt is the first candidate day.</summary>
    HariKerja = 2,
}

/// <summary>The policies of the objection rules. Every finding they cause names them.</summary>
/// <remarks>
/// Default: <see cref="PenghitunganHariKeberatan.HariKalender"/>, no holidays. Holidays are inputs (no calendar is built
/// in); they matter only for <see cref="PenghitunganHariKeberatan.HariKerja"/>. Immutable and thread-safe.
/// </remarks>
public sealed class KeberatanOptions
{
    /// <summary>The number of days PP 30/2019 Pasal 59 gives to object.</summary>
    public const int BatasHari = 14;

    /// <summary>Creates options.</summary>
    /// <param name="penghitungan">How the days are counted.</param>
    /// <param name="hariLibur">Public holidays and collective leave days (<em>cuti bersama</em>) skipped by <see cref="PenghitunganHariKeberatan.HariKerja"/>; null for none.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="penghitungan"/> is undefined.</exception>
    /// <exception cref="ArgumentException">A day of <paramref name="hariLibur"/> is not in the ISO calendar.</exception>
    public KeberatanOptions(PenghitunganHariKeberatan penghitungan = PenghitunganHariKeberatan.HariKalender, IEnumerable<NodaTime.LocalDate>? hariLibur = null)
    {
        Penghitungan = Preconditions.CheckDefined(penghitungan);
        var days = (hariLibur ?? Array.Empty<NodaTime.LocalDate>()).ToList();
        Preconditions.CheckArgument(days.TrueForAll(d => d.Calendar == NodaTime.CalendarSystem.Iso), nameof(hariLibur), "Every holiday must be in the ISO calendar.");
        HariLibur = days.Distinct().OrderBy(d => d).ToImmutableArray();
    }

    /// <summary>The documented default: calendar days.</summary>
    public static KeberatanOptions Default { get; } = new();

    /// <summary>How the days are counted.</summary>
    public PenghitunganHariKeberatan Penghitungan { get; }

    /// <summary>The holidays skipped when counting working days, in date order.</summary>
    public ImmutableArray<NodaTime.LocalDate> HariLibur { get; }

    /// <summary>The policies as reported with every finding they cause.</summary>
    public ImmutableArray<AppliedPolicy> Policies => ImmutableArray.Create(new AppliedPolicy("PenghitunganHariKeberatan", Penghitungan.ToString(), Penghitungan == PenghitunganHariKeberatan.HariKalender));

    /// <summary>The policies in force.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => string.Join(", ", Policies);
}
