using System.Collections.Immutable;

namespace AsnKinerja;

/// <summary>
/// A body of rules of one <see cref="RuleDomain"/> under one <see cref="AsnKinerja.RuleSet"/>, configured with its
/// policies: the common face of every rules object (<c>ISkpRules</c>, the distribution rules, the talent map
/// rules, …), so a <see cref="RuleSetRegistry"/> can hold and hand them out.
/// </summary>
/// <remarks>
/// Implementations are immutable and thread-safe, and give the same answer for the same input forever: a new
/// regulation is a new rule set, never a changed one.
/// </remarks>
public interface IRules
{
    /// <summary>The rule set (regulation) the rules encode.</summary>
    RuleSet RuleSet { get; }

    /// <summary>What the rules decide.</summary>
    RuleDomain Domain { get; }

    /// <summary>The policies configured where the regulation is silent, as reported in explanations; empty when there are none.</summary>
    ImmutableArray<AppliedPolicy> Policies { get; }
}
