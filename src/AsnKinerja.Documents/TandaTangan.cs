using NodaTime;

namespace AsnKinerja.Documents;

/// <summary>Where and when a document is signed (<em>tempat dan tanggal</em>), as printed above the signatures.</summary>
/// <remarks>Immutable and thread-safe. Equality compares both parts.</remarks>
public sealed class TandaTangan : IEquatable<TandaTangan>
{
    /// <summary>Creates the place and date.</summary>
    /// <param name="tempat">The place, e.g. <c>Contoh</c>.</param>
    /// <param name="tanggal">The date (an input: nothing reads a clock).</param>
    /// <exception cref="ArgumentException"><paramref name="tempat"/> is blank, or the date is not in the ISO calendar.</exception>
    public TandaTangan(string tempat, LocalDate tanggal)
    {
        Tempat = Preconditions.CheckNotBlank(tempat);
        Tanggal = Preconditions.CheckIso(tanggal);
    }

    /// <summary>The place.</summary>
    public string Tempat { get; }

    /// <summary>The date.</summary>
    public LocalDate Tanggal { get; }

    /// <summary>Whether two are equal.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(TandaTangan? left, TandaTangan? right) => Equals(left, right);

    /// <summary>Whether two differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(TandaTangan? left, TandaTangan? right) => !Equals(left, right);

    /// <inheritdoc />
    public bool Equals(TandaTangan? other) => other is not null && string.Equals(Tempat, other.Tempat, StringComparison.Ordinal) && Tanggal == other.Tanggal;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as TandaTangan);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Tempat), Tanggal);

    /// <summary><c>Contoh, 15 Februari 2025</c>.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => Tempat + ", " + Internal.Render.Tanggal(Tanggal);
}
