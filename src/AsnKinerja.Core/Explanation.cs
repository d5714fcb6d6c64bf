using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace AsnKinerja;

/// <summary>
/// How a decision was reached, so an auditor can reproduce it: the rule set, the rule or table cell, the
/// inputs, the policies applied where the regulation is silent, and the source.
/// </summary>
/// <remarks>Immutable and thread-safe. Equality compares every part.</remarks>
public sealed class Explanation : IEquatable<Explanation>
{
    /// <summary>Creates an explanation.</summary>
    /// <param name="ruleSet">The rule set that decided.</param>
    /// <param name="rule">The rule or table cell, e.g. <c>Kuadran[hasil=DiAtas,perilaku=Sesuai]</c>.</param>
    /// <param name="descriptionId">What the rule says, in Bahasa Indonesia.</param>
    /// <param name="descriptionEn">What the rule says, in English.</param>
    /// <param name="source">The regulation the rule rests on.</param>
    /// <param name="inputs">The inputs the rule read, in order.</param>
    /// <param name="policies">The policies applied, in order; empty when the rule is the regulation's own.</param>
    /// <exception cref="ArgumentException">A text is blank.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public Explanation(
        RuleSetId ruleSet,
        string rule,
        string descriptionId,
        string descriptionEn,
        RegulationReference source,
        IEnumerable<FindingValue> inputs,
        IEnumerable<AppliedPolicy> policies)
    {
        RuleSet = ruleSet;
        Rule = Preconditions.CheckNotBlank(rule);
        DescriptionId = Preconditions.CheckNotBlank(descriptionId);
        DescriptionEn = Preconditions.CheckNotBlank(descriptionEn);
        Source = Preconditions.CheckNotNull(source);
        Inputs = Preconditions.CheckNotNull(inputs).ToImmutableArray();
        Policies = Preconditions.CheckNotNull(policies).ToImmutableArray();
    }

    /// <summary>The rule set that decided.</summary>
    public RuleSetId RuleSet { get; }

    /// <summary>The rule or table cell.</summary>
    public string Rule { get; }

    /// <summary>What the rule says, in Bahasa Indonesia.</summary>
    public string DescriptionId { get; }

    /// <summary>What the rule says, in English.</summary>
    public string DescriptionEn { get; }

    /// <summary>The regulation the rule rests on.</summary>
    public RegulationReference Source { get; }

    /// <summary>The inputs the rule read, in order.</summary>
    public ImmutableArray<FindingValue> Inputs { get; }

    /// <summary>The policies applied where the regulation is silent; empty when the rule is the regulation's own.</summary>
    public ImmutableArray<AppliedPolicy> Policies { get; }

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

    /// <summary>The description for a culture (English for English cultures, Bahasa Indonesia otherwise).</summary>
    /// <param name="culture">The culture.</param>
    /// <returns>The description.</returns>
    public string GetDescription(CultureInfo culture) => Localization.Choose(culture, DescriptionId, DescriptionEn);

    /// <inheritdoc />
    public bool Equals(Explanation? other) =>
        other is not null && RuleSet == other.RuleSet && string.Equals(Rule, other.Rule, StringComparison.Ordinal)
        && string.Equals(DescriptionId, other.DescriptionId, StringComparison.Ordinal)
        && string.Equals(DescriptionEn, other.DescriptionEn, StringComparison.Ordinal)
        && Source == other.Source && Inputs.SequenceEqual(other.Inputs) && Policies.SequenceEqual(other.Policies);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Explanation);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(RuleSet, StringComparer.Ordinal.GetHashCode(Rule), Source, Inputs.Length, Policies.Length);

    /// <summary>One line: rule set, rule, inputs, policies and source, in Bahasa Indonesia.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => ToString(CultureInfo.InvariantCulture);

    /// <summary>One line: rule set, rule, description, inputs, policies and source, in the culture's language.</summary>
    /// <param name="culture">The culture.</param>
    /// <returns>The text form.</returns>
    public string ToString(CultureInfo culture)
    {
        var builder = new StringBuilder();
        builder.Append(RuleSet.Value).Append(" / ").Append(Rule).Append(": ").Append(GetDescription(culture));
        if (Inputs.Length > 0)
        {
            builder.Append(" | ").Append(Localization.Choose(culture, "masukan", "inputs")).Append(": ").Append(string.Join(", ", Inputs));
        }

        if (Policies.Length > 0)
        {
            builder.Append(" | ").Append(Localization.Choose(culture, "kebijakan", "policies")).Append(": ").Append(string.Join(", ", Policies));
        }

        builder.Append(" | ").Append(Localization.Choose(culture, "sumber", "source")).Append(": ").Append(Source);
        return builder.ToString();
    }
}
