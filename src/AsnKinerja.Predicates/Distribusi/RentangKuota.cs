using System.Globalization;

namespace AsnKinerja.Predicates;

/// <summary>An allowed headcount range, both ends inclusive.</summary>
/// <remarks><c>default(RentangKuota)</c> is the range 0..0. Equality compares both ends.</remarks>
public readonly struct RentangKuota : IEquatable<RentangKuota>
{
    /// <summary>Creates a range.</summary>
    /// <param name="min">The lowest allowed headcount, not negative.</param>
    /// <param name="max">The highest allowed headcount, not below <paramref name="min"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">The ends are negative or reversed.</exception>
    public RentangKuota(int min, int max)
    {
        Preconditions.CheckNonNegative(min);
        if (max < min)
        {
            throw new ArgumentOutOfRangeException(nameof(max), max, "The maximum must not be below the minimum.");
        }

        Min = min;
        Max = max;
    }

    /// <summary>The lowest allowed headcount.</summary>
    public int Min { get; }

    /// <summary>The highest allowed headcount.</summary>
    public int Max { get; }

    /// <summary>Whether two ranges are equal.</summary>
    /// <param name="left">The first range.</param>
    /// <param name="right">The second range.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(RentangKuota left, RentangKuota right) => left.Equals(right);

    /// <summary>Whether two ranges differ.</summary>
    /// <param name="left">The first range.</param>
    /// <param name="right">The second range.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(RentangKuota left, RentangKuota right) => !left.Equals(right);

    /// <summary>Whether a headcount is in the range.</summary>
    /// <param name="count">The headcount.</param>
    /// <returns>True when <see cref="Min"/> ≤ count ≤ <see cref="Max"/>.</returns>
    public bool Contains(int count) => count >= Min && count <= Max;

    /// <inheritdoc />
    public bool Equals(RentangKuota other) => Min == other.Min && Max == other.Max;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RentangKuota other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Min, Max);

    /// <summary><c>min–max</c>.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => Min == Max ? Min.ToString(CultureInfo.InvariantCulture) : string.Format(CultureInfo.InvariantCulture, "{0}–{1}", Min, Max);
}
