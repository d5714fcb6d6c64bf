using System.Globalization;

namespace AsnKinerja;

/// <summary>
/// The target of an IKI: a number with a unit (quantitative approach) or a text (qualitative approach). The kind is
/// fixed by the factory; whether the values are acceptable (a positive number, a unit, a text) is checked by the SKP
/// rules, which return findings.
/// </summary>
/// <remarks>Immutable and thread-safe. Equality compares kind and values.</remarks>
public sealed class TargetIki : IEquatable<TargetIki>
{
    private TargetIki(decimal? nilai, string? satuan, string? uraian)
    {
        Nilai = nilai;
        Satuan = satuan;
        Uraian = uraian;
    }

    /// <summary>Whether the target is numeric.</summary>
    public bool IsKuantitatif => Nilai is not null;

    /// <summary>The numeric target; null for a qualitative target.</summary>
    public decimal? Nilai { get; }

    /// <summary>The unit of the numeric target (e.g. <c>dokumen</c>, <c>%</c>); null for a qualitative target.</summary>
    public string? Satuan { get; }

    /// <summary>The target text; null for a numeric target.</summary>
    public string? Uraian { get; }

    /// <summary>Whether two targets are equal.</summary>
    /// <param name="left">The first target.</param>
    /// <param name="right">The second target.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(TargetIki? left, TargetIki? right) => Equals(left, right);

    /// <summary>Whether two targets differ.</summary>
    /// <param name="left">The first target.</param>
    /// <param name="right">The second target.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(TargetIki? left, TargetIki? right) => !Equals(left, right);

    /// <summary>A numeric target.</summary>
    /// <param name="nilai">The number.</param>
    /// <param name="satuan">The unit.</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="satuan"/> is null (an empty unit is a rule finding, not an error).</exception>
    public static TargetIki Kuantitatif(decimal nilai, string satuan) => new(nilai, Preconditions.CheckNotNull(satuan), null);

    /// <summary>A qualitative target.</summary>
    /// <param name="uraian">The text.</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="uraian"/> is null (an empty text is a rule finding, not an error).</exception>
    public static TargetIki Kualitatif(string uraian) => new(null, null, Preconditions.CheckNotNull(uraian));

    /// <inheritdoc />
    public bool Equals(TargetIki? other) =>
        other is not null && Nilai == other.Nilai && string.Equals(Satuan, other.Satuan, StringComparison.Ordinal) && string.Equals(Uraian, other.Uraian, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as TargetIki);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Nilai, Satuan is null ? 0 : StringComparer.Ordinal.GetHashCode(Satuan), Uraian is null ? 0 : StringComparer.Ordinal.GetHashCode(Uraian));

    /// <summary><c>12 dokumen</c> or the text.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => IsKuantitatif ? string.Format(CultureInfo.InvariantCulture, "{0} {1}", Nilai, Satuan) : Uraian!;
}
