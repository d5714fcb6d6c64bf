using System.Collections.Immutable;
using System.Globalization;

namespace AsnKinerja;

/// <summary>
/// A rule outcome, returned rather than thrown: a stable code, a severity, what it is about, the regulation it
/// rests on, machine-readable values, and a message in Bahasa Indonesia (the default) or English.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. Equality compares code, severity, subject and values (in order).
/// </remarks>
public sealed class Finding : IEquatable<Finding>
{
    internal Finding(FindingDefinition definition, FindingSeverity severity, string subject, FindingValue[]? values)
    {
        Definition = Preconditions.CheckNotNull(definition);
        Severity = Preconditions.CheckDefined(severity);
        Subject = Preconditions.CheckNotNull(subject);
        Values = FindingDefinition.Freeze(values);
    }

    /// <summary>The definition this finding is an occurrence of.</summary>
    public FindingDefinition Definition { get; }

    /// <summary>The stable code, e.g. <c>SKP001</c>.</summary>
    public string Code => Definition.Code;

    /// <summary>The severity of this occurrence (the definition's default unless a policy chose another).</summary>
    public FindingSeverity Severity { get; }

    /// <summary>What the finding is about: an SKP, RHK, unit or employee identifier; empty when it is about the whole input.</summary>
    public string Subject { get; }

    /// <summary>The regulation the rule rests on.</summary>
    public RegulationReference Source => Definition.Source;

    /// <summary>The machine-readable values, in the order the rule gave them.</summary>
    public ImmutableArray<FindingValue> Values { get; }

    /// <summary>The message in Bahasa Indonesia.</summary>
    public string Message => GetMessage(Language.Indonesian);

    /// <summary>The value of a key, or null when the finding carries no such value.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The value or null.</returns>
    public string? GetValue(string key) => Find(key)?.Value;

    /// <summary>
    /// The message for a culture: English for any English culture, Bahasa Indonesia for every other culture
    /// (Indonesian is the default and the fallback).
    /// </summary>
    /// <param name="culture">The culture, e.g. <c>en-US</c> or <c>id-ID</c>.</param>
    /// <returns>The message.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is null.</exception>
    public string GetMessage(CultureInfo culture) => GetMessage(Localization.LanguageOf(culture));

    /// <summary>The message in a language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The message, with every placeholder filled from <see cref="Values"/> (a placeholder without a value stays as written).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is undefined.</exception>
    public string GetMessage(Language language) => Definition.Message.Render(Preconditions.CheckDefined(language), k => Find(k)?.Get(language), Definition.Texts);

    /// <summary>Whether two findings are equal.</summary>
    /// <param name="left">The first finding.</param>
    /// <param name="right">The second finding.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(Finding? left, Finding? right) => Equals(left, right);

    /// <summary>Whether two findings differ.</summary>
    /// <param name="left">The first finding.</param>
    /// <param name="right">The second finding.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(Finding? left, Finding? right) => !Equals(left, right);

    /// <inheritdoc />
    public bool Equals(Finding? other) =>
        other is not null && Definition.Equals(other.Definition) && Severity == other.Severity
        && string.Equals(Subject, other.Subject, StringComparison.Ordinal) && Values.SequenceEqual(other.Values);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Finding);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Definition, Severity, StringComparer.Ordinal.GetHashCode(Subject), Values.Length);

    /// <summary><c>[Error] SKP001 (subject): message</c>, in Bahasa Indonesia.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "[{0}] {1} ({2}): {3}", Severity, Code, Subject, Message);

    private FindingValue? Find(string key)
    {
        foreach (var v in Values)
        {
            if (string.Equals(v.Key, key, StringComparison.Ordinal))
            {
                return v;
            }
        }

        return null;
    }
}
