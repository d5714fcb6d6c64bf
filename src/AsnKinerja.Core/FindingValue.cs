using System.Globalization;

namespace AsnKinerja;

/// <summary>
/// One machine-readable value carried by a <see cref="Finding"/> or an <see cref="Explanation"/>: a key and
/// its value formatted with the invariant culture, so it reads the same on every machine.
/// </summary>
/// <remarks>
/// <c>default(FindingValue)</c> has an empty key and value. Equality is ordinal on both parts.
/// </remarks>
public readonly struct FindingValue : IEquatable<FindingValue>
{
    private readonly string? _key;
    private readonly string? _value;

    /// <summary>Creates a value.</summary>
    /// <param name="key">The key, e.g. <c>jumlah</c>.</param>
    /// <param name="value">The value as text (null is stored as empty).</param>
    /// <exception cref="ArgumentException"><paramref name="key"/> is blank.</exception>
    public FindingValue(string key, string? value)
    {
        _key = Preconditions.CheckNotBlank(key);
        _value = value ?? string.Empty;
    }

    /// <summary>The key.</summary>
    public string Key => _key ?? string.Empty;

    /// <summary>The value, formatted invariantly.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>A text value.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value.</param>
    /// <returns>The finding value.</returns>
    public static FindingValue Of(string key, string? value) => new(key, value);

    /// <summary>An integer value, formatted invariantly.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value.</param>
    /// <returns>The finding value.</returns>
    public static FindingValue Of(string key, int value) => new(key, value.ToString(CultureInfo.InvariantCulture));

    /// <summary>A decimal value, formatted invariantly.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value.</param>
    /// <returns>The finding value.</returns>
    public static FindingValue Of(string key, decimal value) => new(key, value.ToString(CultureInfo.InvariantCulture));

    /// <summary>Whether two values are equal.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(FindingValue left, FindingValue right) => left.Equals(right);

    /// <summary>Whether two values differ.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(FindingValue left, FindingValue right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(FindingValue other) => string.Equals(Key, other.Key, StringComparison.Ordinal) && string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is FindingValue other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Key), StringComparer.Ordinal.GetHashCode(Value));

    /// <summary><c>key=value</c>.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => Key + "=" + Value;
}
