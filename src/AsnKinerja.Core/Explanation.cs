using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace AsnKinerja;

/// <summary>
/// How a decision was reached, so an auditor can reproduce it: the rule set, the rule or table cell, the
/// inputs, further values, the policies applied where the regulation is silent, and the source. The description is
/// rendered on demand from the catalogued <see cref="Definition"/>, in Bahasa Indonesia (the default) or English.
/// </summary>
/// <remarks>
/// Created with <see cref="ExplanationDefinition.Create"/>. Immutable and thread-safe. Equality compares the
/// definition's key, the rule set, rule, source, inputs, values and policies (in order).
/// </remarks>
public sealed class Explanation : IEquatable<Explanation>
{
    internal Explanation(
        ExplanationDefinition definition,
        RuleSetId ruleSet,
        string rule,
        IEnumerable<FindingValue> inputs,
        IEnumerable<FindingValue> values,
        IEnumerable<AppliedPolicy> policies,
        RegulationReference source)
    {
        Definition = Preconditions.CheckNotNull(definition);
        RuleSet = ruleSet;
        Rule = Preconditions.CheckNotBlank(rule);
        Inputs = Preconditions.CheckNotNull(inputs).ToImmutableArray();
        Values = Preconditions.CheckNotNull(values).ToImmutableArray();
        Policies = Preconditions.CheckNotNull(policies).ToImmutableArray();
        Source = Preconditions.CheckNotNull(source);
    }

    /// <summary>The catalogued definition this explanation is an occurrence of.</summary>
    public ExplanationDefinition Definition { get; }

    /// <summary>The definition's stable key.</summary>
    public string Key => Definition.Key;

    /// <summary>The rule set that decided.</summary>
    public RuleSetId RuleSet { get; }

    /// <summary>The rule or table cell.</summary>
    public string Rule { get; }

    /// <summary>The regulation the rule rests on.</summary>
    public RegulationReference Source { get; }

    /// <summary>The inputs the rule read, in order.</summary>
    public ImmutableArray<FindingValue> Inputs { get; }

    /// <summary>Further values the description refers to (results, intermediate figures), in order.</summary>
    public ImmutableArray<FindingValue> Values { get; }

    /// <summary>The policies applied where the regulation is silent; empty when the rule is the regulation's own.</summary>
    public ImmutableArray<AppliedPolicy> Policies { get; }

    /// <summary>What the rule says, in Bahasa Indonesia.</summary>
    public string Description => GetDescription(Language.Indonesian);

    /// <summary>Whether two explanations are equal.</summary>
    /// <param name="left">The first explanation.</param>
    /// <param name="right">The second explanation.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(Explanation? left, Explanation? right) => Equals(left, right);

    /// <summary>Whether two explanations differ.</summary>
    /// <param name="left">The first explanation.</param>
    /// <param name="right">The second explanation.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(Explanation? left, Explanation? right) => !Equals(left, right);

    /// <summary>The value of a key among <see cref="Values"/> and then <see cref="Inputs"/>, or null.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The value or null.</returns>
    public string? GetValue(string key) => Find(key)?.Value;

    /// <summary>The description for a culture (English for English cultures, Bahasa Indonesia otherwise).</summary>
    /// <param name="culture">The culture.</param>
    /// <returns>The description.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is null.</exception>
    public string GetDescription(CultureInfo culture) => GetDescription(Localization.LanguageOf(culture));

    /// <summary>The description in a language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The description, with every placeholder filled (a placeholder without a value stays as written).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is undefined.</exception>
    public string GetDescription(Language language) => Definition.Description.Render(Preconditions.CheckDefined(language), k => Find(k)?.Get(language), Definition.Texts);

    /// <inheritdoc />
    public bool Equals(Explanation? other) =>
        other is not null && Definition.Equals(other.Definition) && RuleSet == other.RuleSet && string.Equals(Rule, other.Rule, StringComparison.Ordinal)
        && Source == other.Source && Inputs.SequenceEqual(other.Inputs) && Values.SequenceEqual(other.Values) && Policies.SequenceEqual(other.Policies);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Explanation);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Definition, RuleSet, StringComparer.Ordinal.GetHashCode(Rule), Source, Inputs.Length, Values.Length, Policies.Length);

    /// <summary>One line: rule set, rule, description, inputs, policies and source, in Bahasa Indonesia.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => ToString(Language.Indonesian);

    /// <summary>One line: rule set, rule, description, inputs, policies and source, in the culture's language.</summary>
    /// <param name="culture">The culture.</param>
    /// <returns>The text form.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is null.</exception>
    public string ToString(CultureInfo culture) => ToString(Localization.LanguageOf(culture));

    /// <summary>One line: rule set, rule, description, inputs, policies and source, in a language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The text form.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is undefined.</exception>
    public string ToString(Language language)
    {
        var builder = new StringBuilder();
        builder.Append(RuleSet.Value).Append(" / ").Append(Rule).Append(": ").Append(GetDescription(language));
        if (Inputs.Length > 0)
        {
            builder.Append(" | ").Append(Localization.Choose(language, "masukan", "inputs")).Append(": ").Append(string.Join(", ", Inputs));
        }

        if (Policies.Length > 0)
        {
            builder.Append(" | ").Append(Localization.Choose(language, "kebijakan", "policies")).Append(": ").Append(string.Join(", ", Policies));
        }

        builder.Append(" | ").Append(Localization.Choose(language, "sumber", "source")).Append(": ").Append(Source);
        return builder.ToString();
    }

    private FindingValue? Find(string key)
    {
        foreach (var v in Values)
        {
            if (string.Equals(v.Key, key, StringComparison.Ordinal))
            {
                return v;
            }
        }

        foreach (var v in Inputs)
        {
            if (string.Equals(v.Key, key, StringComparison.Ordinal))
            {
                return v;
            }
        }

        return null;
    }
}
