using System.Collections.Immutable;
using System.Globalization;

namespace AsnKinerja;

/// <summary>
/// The definition of one rule outcome: its stable code, default severity, the regulation it rests on, and its
/// message template in Bahasa Indonesia and English. Every package publishes its definitions so the whole
/// configuration can be inspected; a <see cref="Finding"/> is one occurrence.
/// </summary>
/// <remarks>
/// Codes never change once shipped. Templates name values in braces, e.g. <c>{jumlah}</c>, filled from the
/// finding's <see cref="Finding.Values"/>; a value that itself needs translating (a reason, a yes/no) is written
/// <c>{@key}</c> and names one of the definition's <see cref="Texts"/>. Both languages use the same placeholders
/// (checked on construction). Immutable and thread-safe; equality is by <see cref="Code"/>.
/// </remarks>
public sealed class FindingDefinition : IEquatable<FindingDefinition>
{
    /// <summary>Creates a definition.</summary>
    /// <param name="code">The stable code, e.g. <c>SKP001</c>.</param>
    /// <param name="severity">The default severity.</param>
    /// <param name="source">The regulation the rule rests on.</param>
    /// <param name="indonesian">The message template in Bahasa Indonesia.</param>
    /// <param name="english">The message template in English, with the same placeholders.</param>
    /// <param name="texts">Named sub-texts that <c>{@key}</c> placeholders select; null or empty when there are none.</param>
    /// <exception cref="ArgumentException">
    /// A text is blank, <paramref name="severity"/> is undefined, the two templates use different placeholders, a
    /// sub-text name is blank or repeated, a sub-text has a nested placeholder itself, or the template has a nested
    /// placeholder but there are no sub-texts.
    /// </exception>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or a sub-text is null.</exception>
    public FindingDefinition(string code, FindingSeverity severity, RegulationReference source, string indonesian, string english, IEnumerable<KeyValuePair<string, LocalizedText>>? texts = null)
    {
        Code = Preconditions.CheckNotBlank(code);
        Severity = Preconditions.CheckDefined(severity);
        Source = Preconditions.CheckNotNull(source);
        Preconditions.CheckNotBlank(indonesian);
        Preconditions.CheckNotBlank(english);
        Message = new LocalizedText(indonesian, english);
        Texts = TextCatalogues.Freeze(texts, Message, nameof(texts));
    }

    /// <summary>The stable code.</summary>
    public string Code { get; }

    /// <summary>The default severity of an occurrence.</summary>
    public FindingSeverity Severity { get; }

    /// <summary>The regulation the rule rests on.</summary>
    public RegulationReference Source { get; }

    /// <summary>The message template in both languages.</summary>
    public LocalizedText Message { get; }

    /// <summary>The named sub-texts that <c>{@key}</c> placeholders select, by name (ordinal).</summary>
    public ImmutableSortedDictionary<string, LocalizedText> Texts { get; }

    /// <summary>Whether two definitions have the same code.</summary>
    /// <param name="left">The first definition.</param>
    /// <param name="right">The second definition.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(FindingDefinition? left, FindingDefinition? right) => Equals(left, right);

    /// <summary>Whether two definitions have different codes.</summary>
    /// <param name="left">The first definition.</param>
    /// <param name="right">The second definition.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(FindingDefinition? left, FindingDefinition? right) => !Equals(left, right);

    /// <summary>Creates an occurrence with the default severity.</summary>
    /// <param name="subject">What the finding is about, e.g. an SKP, RHK or unit identifier.</param>
    /// <param name="values">The machine-readable values the message refers to.</param>
    /// <returns>The finding.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="subject"/> is null.</exception>
    public Finding Create(string subject, params FindingValue[] values) => new(this, Severity, subject, values);

    /// <summary>Creates an occurrence with a severity chosen by a policy (for example "advise" or "enforce").</summary>
    /// <param name="severity">The severity.</param>
    /// <param name="subject">What the finding is about.</param>
    /// <param name="values">The machine-readable values the message refers to.</param>
    /// <returns>The finding.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="subject"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="severity"/> is undefined.</exception>
    public Finding Create(FindingSeverity severity, string subject, params FindingValue[] values) => new(this, severity, subject, values);

    /// <summary>Whether this definition has the same code, severity, source and texts as another (equality compares the code only).</summary>
    /// <param name="other">The other definition.</param>
    /// <returns>True when every part is the same.</returns>
    public bool IsSameAs(FindingDefinition? other) =>
        other is not null && Equals(other) && Severity == other.Severity && Source == other.Source && Message == other.Message
        && Texts.Count == other.Texts.Count && Texts.All(t => other.Texts.TryGetValue(t.Key, out var o) && o == t.Value);

    /// <inheritdoc />
    public bool Equals(FindingDefinition? other) => other is not null && string.Equals(Code, other.Code, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as FindingDefinition);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    /// <summary>The code.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Code;

    internal static ImmutableArray<FindingValue> Freeze(FindingValue[]? values) =>
        values is null ? ImmutableArray<FindingValue>.Empty : ImmutableArray.Create(values);
}

/// <summary>Shared checks for the sub-texts of finding and explanation definitions.</summary>
internal static class TextCatalogues
{
    internal static ImmutableSortedDictionary<string, LocalizedText> Freeze(IEnumerable<KeyValuePair<string, LocalizedText>>? texts, LocalizedText main, string paramName)
    {
        var builder = ImmutableSortedDictionary.CreateBuilder<string, LocalizedText>(StringComparer.Ordinal);
        foreach (var pair in texts ?? Enumerable.Empty<KeyValuePair<string, LocalizedText>>())
        {
            Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(pair.Key), paramName, "A sub-text name must not be blank.");
            Preconditions.CheckNotNull(pair.Value, paramName);
            Preconditions.CheckArgument(!pair.Value.HasNested, paramName, string.Format(CultureInfo.InvariantCulture, "The sub-text '{0}' must not have a nested placeholder itself.", pair.Key));
            Preconditions.CheckArgument(!builder.ContainsKey(pair.Key), paramName, string.Format(CultureInfo.InvariantCulture, "The sub-text name '{0}' is repeated.", pair.Key));
            builder.Add(pair.Key, pair.Value);
        }

        Preconditions.CheckArgument(!main.HasNested || builder.Count > 0, paramName, "The template has a nested {@…} placeholder but no sub-texts are given.");
        return builder.ToImmutable();
    }
}
