using System.Collections.Immutable;

namespace AsnKinerja;

/// <summary>
/// The definition of one kind of explanation: its stable key, the regulation it usually rests on, and its
/// description template in Bahasa Indonesia and English. Every package publishes its definitions (for example
/// <c>PredicateExplanations.All</c>) beside its findings, so the whole configuration can be inspected and a
/// serialized explanation can be read back by key; an <see cref="Explanation"/> is one occurrence.
/// </summary>
/// <remarks>
/// Keys never change once shipped. Templates name values in braces, filled from the explanation's
/// <see cref="Explanation.Values"/> and then its <see cref="Explanation.Inputs"/>; <c>{@key}</c> names one of the
/// definition's <see cref="Texts"/>. Both languages use the same placeholders (checked on construction).
/// Immutable and thread-safe; equality is by <see cref="Key"/>.
/// </remarks>
public sealed class ExplanationDefinition : IEquatable<ExplanationDefinition>
{
    /// <summary>Creates a definition.</summary>
    /// <param name="key">The stable key, e.g. <c>Kuadran.Sel</c>.</param>
    /// <param name="source">The regulation the explained rule rests on (an occurrence may cite a more precise one).</param>
    /// <param name="indonesian">The description template in Bahasa Indonesia.</param>
    /// <param name="english">The description template in English, with the same placeholders.</param>
    /// <param name="texts">Named sub-texts that <c>{@key}</c> placeholders select; null or empty when there are none.</param>
    /// <exception cref="ArgumentException">
    /// A text is blank, the two templates use different placeholders, a sub-text name is blank or repeated, a sub-text
    /// has a nested placeholder itself, or the template has a nested placeholder but there are no sub-texts.
    /// </exception>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or a sub-text is null.</exception>
    public ExplanationDefinition(string key, RegulationReference source, string indonesian, string english, IEnumerable<KeyValuePair<string, LocalizedText>>? texts = null)
    {
        Key = Preconditions.CheckNotBlank(key);
        Source = Preconditions.CheckNotNull(source);
        Preconditions.CheckNotBlank(indonesian);
        Preconditions.CheckNotBlank(english);
        Description = new LocalizedText(indonesian, english);
        Texts = TextCatalogues.Freeze(texts, Description, nameof(texts));
    }

    /// <summary>The stable key.</summary>
    public string Key { get; }

    /// <summary>The regulation the explained rule usually rests on.</summary>
    public RegulationReference Source { get; }

    /// <summary>The description template in both languages.</summary>
    public LocalizedText Description { get; }

    /// <summary>The named sub-texts that <c>{@key}</c> placeholders select, by name (ordinal).</summary>
    public ImmutableSortedDictionary<string, LocalizedText> Texts { get; }

    /// <summary>Whether two definitions have the same key.</summary>
    /// <param name="left">The first definition.</param>
    /// <param name="right">The second definition.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(ExplanationDefinition? left, ExplanationDefinition? right) => Equals(left, right);

    /// <summary>Whether two definitions have different keys.</summary>
    /// <param name="left">The first definition.</param>
    /// <param name="right">The second definition.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(ExplanationDefinition? left, ExplanationDefinition? right) => !Equals(left, right);

    /// <summary>
    /// Renders the description with values looked up by key, exactly as <see cref="Explanation.GetDescription(Language)"/>
    /// renders an occurrence whose inputs and values the lookup gives, but without creating the occurrence: for an export
    /// of hundreds of thousands of reasons that needs their text only.
    /// </summary>
    /// <param name="language">The language.</param>
    /// <param name="values">The value of a key in that language, or null when there is none (the placeholder then stays as written).</param>
    /// <returns>The description.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is undefined.</exception>
    public string Render(Language language, Func<string, string?> values) =>
        Description.Render(Preconditions.CheckDefined(language), Preconditions.CheckNotNull(values), Texts);

    /// <summary>Creates an occurrence.</summary>
    /// <param name="ruleSet">The rule set that decided.</param>
    /// <param name="rule">The rule or table cell, e.g. <c>Kuadran[hasil=DiAtas,perilaku=Sesuai]</c>.</param>
    /// <param name="inputs">The inputs the rule read, in order.</param>
    /// <param name="values">Further values the description refers to (results, intermediate figures), in order.</param>
    /// <param name="policies">The policies applied, in order; empty when the rule is the regulation's own.</param>
    /// <param name="source">A more precise source for this occurrence; null for <see cref="Source"/>.</param>
    /// <returns>The explanation.</returns>
    /// <exception cref="ArgumentException"><paramref name="rule"/> is blank.</exception>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="source"/> is null.</exception>
    public Explanation Create(
        RuleSetId ruleSet,
        string rule,
        IEnumerable<FindingValue> inputs,
        IEnumerable<FindingValue> values,
        IEnumerable<AppliedPolicy> policies,
        RegulationReference? source = null) => new(this, ruleSet, rule, inputs, values, policies, source ?? Source);

    /// <summary>Whether this definition has the same key, source and texts as another (equality compares the key only).</summary>
    /// <param name="other">The other definition.</param>
    /// <returns>True when every part is the same.</returns>
    public bool IsSameAs(ExplanationDefinition? other) =>
        other is not null && Equals(other) && Source == other.Source && Description == other.Description
        && Texts.Count == other.Texts.Count && Texts.All(t => other.Texts.TryGetValue(t.Key, out var o) && o == t.Value);

    /// <inheritdoc />
    public bool Equals(ExplanationDefinition? other) => other is not null && string.Equals(Key, other.Key, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ExplanationDefinition);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Key);

    /// <summary>The key.</summary>
    /// <returns>The key.</returns>
    public override string ToString() => Key;
}
