using System.Globalization;

namespace AsnKinerja;

/// <summary>
/// One machine-readable value carried by a <see cref="Finding"/> or an <see cref="Explanation"/>: a key and
/// its value formatted with the invariant culture, so it reads the same on every machine.
/// </summary>
/// <remarks>
/// A value that is text for people (a reason, a caller's description) may carry an English form
/// (<see cref="EnglishValue"/>); messages rendered in English use it. Values the library translates itself are
/// codes selected by <c>{@key}</c> placeholders instead, so they stay machine-readable.
/// <c>default(FindingValue)</c> has an empty key and value. Equality is ordinal on every part.
/// </remarks>
public readonly struct FindingValue : IEquatable<FindingValue>
{
    private readonly string? _key;
    private readonly string? _value;
    private readonly string? _english;

    /// <summary>Creates a value.</summary>
    /// <param name="key">The key, e.g. <c>jumlah</c>.</param>
    /// <param name="value">The value as text (null is stored as empty).</param>
    /// <exception cref="ArgumentException"><paramref name="key"/> is blank.</exception>
    public FindingValue(string key, string? value)
    {
        _key = Preconditions.CheckNotBlank(key);
        _value = value ?? string.Empty;
        _english = null;
    }

    private FindingValue(string key, string value, string? english)
    {
        _key = key;
        _value = value;
        _english = english;
    }

    /// <summary>The key.</summary>
    public string Key => _key ?? string.Empty;

    /// <summary>The value, formatted invariantly (for a text in two languages, the Indonesian text).</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>The English form of a text value, or null when the value reads the same in both languages.</summary>
    public string? EnglishValue => _english;

    /// <summary>A text in two languages, e.g. a description the caller gives in Bahasa Indonesia and English.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The text; its placeholders are not filled.</param>
    /// <returns>The finding value.</returns>
    /// <exception cref="ArgumentException"><paramref name="key"/> is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public static FindingValue OfText(string key, LocalizedText value)
    {
        Preconditions.CheckNotNull(value);
        var english = string.Equals(value.Indonesian, value.English, StringComparison.Ordinal) ? null : value.English;
        return new FindingValue(Preconditions.CheckNotBlank(key), value.Indonesian, english);
    }

    /// <summary>The value in a language: <see cref="EnglishValue"/> in English when there is one, <see cref="Value"/> otherwise.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is undefined.</exception>
    public string Get(Language language) => Preconditions.CheckDefined(language) == Language.English && _english is not null ? _english : Value;

    /// <summary>A text value.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value.</param>
    /// <returns>The finding value.</returns>
    /// <exception cref="ArgumentException"><paramref name="key"/> is empty or white space.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    public static FindingValue Of(string key, string? value) => new(key, value);

    /// <summary>An integer value, formatted invariantly.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value.</param>
    /// <returns>The finding value.</returns>
    /// <exception cref="ArgumentException"><paramref name="key"/> is empty or white space.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    public static FindingValue Of(string key, int value) => new(key, value.ToString(CultureInfo.InvariantCulture));

    /// <summary>A decimal value, formatted invariantly.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value.</param>
    /// <returns>The finding value.</returns>
    /// <exception cref="ArgumentException"><paramref name="key"/> is empty or white space.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
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
    public bool Equals(FindingValue other) =>
        string.Equals(Key, other.Key, StringComparison.Ordinal) && string.Equals(Value, other.Value, StringComparison.Ordinal) && string.Equals(_english, other._english, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is FindingValue other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Key), StringComparer.Ordinal.GetHashCode(Value), _english is null ? 0 : StringComparer.Ordinal.GetHashCode(_english));

    /// <summary><c>key=value</c>.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => Key + "=" + Value;
}
