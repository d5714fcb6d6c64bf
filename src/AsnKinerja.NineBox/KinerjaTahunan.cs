using System.Globalization;

namespace AsnKinerja.NineBox;

/// <summary>An employee's annual performance predicate (<em>predikat kinerja tahunan</em>) for one year.</summary>
/// <remarks>
/// <c>default(KinerjaTahunan)</c> has year 0 and an undefined predicate (<see cref="IsEmpty"/>); every API rejects it.
/// Equality compares year and predicate. Immutable and thread-safe.
/// </remarks>
public readonly struct KinerjaTahunan : IEquatable<KinerjaTahunan>
{
    /// <summary>The earliest year accepted.</summary>
    public const int TahunMinimum = 1900;

    /// <summary>The latest year accepted.</summary>
    public const int TahunMaksimum = 2099;

    /// <summary>Creates the predicate of one year.</summary>
    /// <param name="tahun">The performance year, 1900 to 2099.</param>
    /// <param name="predikat">The annual predicate.</param>
    /// <exception cref="ArgumentOutOfRangeException">The year is out of range or the predicate undefined.</exception>
    public KinerjaTahunan(int tahun, PredikatKinerja predikat)
    {
        Tahun = Preconditions.CheckRange(tahun, TahunMinimum, TahunMaksimum);
        Predikat = Preconditions.CheckDefined(predikat);
    }

    /// <summary>The performance year; 0 for <c>default</c>.</summary>
    public int Tahun { get; }

    /// <summary>The annual predicate; undefined for <c>default</c>.</summary>
    public PredikatKinerja Predikat { get; }

    /// <summary>Whether this is <c>default(KinerjaTahunan)</c>.</summary>
    public bool IsEmpty => Tahun == 0;

    /// <summary>Whether two values are equal.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(KinerjaTahunan left, KinerjaTahunan right) => left.Equals(right);

    /// <summary>Whether two values differ.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(KinerjaTahunan left, KinerjaTahunan right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(KinerjaTahunan other) => Tahun == other.Tahun && Predikat == other.Predikat;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is KinerjaTahunan other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Tahun, Predikat);

    /// <summary><c>2024: Baik</c>; empty for <c>default</c>.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => IsEmpty ? string.Empty : Tahun.ToString(CultureInfo.InvariantCulture) + ": " + Predikat.ToLabel();
}
