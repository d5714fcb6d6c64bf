using System.Collections.Immutable;
using NodaTime;

namespace AsnKinerja;

/// <summary>
/// A versioned body of rules tied to one regulation: its stable <see cref="Id"/>, its name, what it governs,
/// and the dates it is in force. Evaluating a period with the rule set that applied then gives the same answer forever.
/// </summary>
/// <remarks>
/// <see cref="EffectiveFrom"/> is the first date the library applies the rule set to; callers ask
/// <see cref="RuleSetRegistry"/> with the date of the decision (for an evaluation, the last day of the evaluated period).
/// Immutable and thread-safe; equality is by <see cref="Id"/>.
/// </remarks>
public sealed class RuleSet : IEquatable<RuleSet>
{
    /// <summary>Creates a rule set descriptor.</summary>
    /// <param name="id">The stable identifier.</param>
    /// <param name="domain">What it governs.</param>
    /// <param name="shortName">The short citation, e.g. <c>SE MenPANRB 3/2023</c>.</param>
    /// <param name="title">The full title in Bahasa Indonesia.</param>
    /// <param name="effectiveFrom">The first date the rule set applies to.</param>
    /// <param name="effectiveUntil">The last date it applies to, or null while in force.</param>
    /// <param name="aliases">Other names it is cited by, e.g. <c>SE 1/2023</c>.</param>
    /// <exception cref="ArgumentException">A text is blank, the ID is empty, or the dates are reversed.</exception>
    public RuleSet(RuleSetId id, RuleDomain domain, string shortName, string title, LocalDate effectiveFrom, LocalDate? effectiveUntil, IEnumerable<string> aliases)
    {
        Preconditions.CheckArgument(id.Value.Length > 0, nameof(id), "The rule set ID must not be empty.");
        Id = id;
        Domain = Preconditions.CheckDefined(domain);
        ShortName = Preconditions.CheckNotBlank(shortName);
        Title = Preconditions.CheckNotBlank(title);
        Preconditions.CheckArgument(effectiveUntil is null || effectiveUntil.Value >= effectiveFrom, nameof(effectiveUntil), "EffectiveUntil must not be before EffectiveFrom.");
        EffectiveFrom = effectiveFrom;
        EffectiveUntil = effectiveUntil;
        Aliases = Preconditions.CheckNotNull(aliases).ToImmutableArray();
    }

    /// <summary>The stable identifier.</summary>
    public RuleSetId Id { get; }

    /// <summary>What the rule set governs.</summary>
    public RuleDomain Domain { get; }

    /// <summary>The short citation, e.g. <c>PermenPANRB 6/2022</c>.</summary>
    public string ShortName { get; }

    /// <summary>The full title in Bahasa Indonesia.</summary>
    public string Title { get; }

    /// <summary>The first date the rule set applies to.</summary>
    public LocalDate EffectiveFrom { get; }

    /// <summary>The last date it applies to, or null while it is in force.</summary>
    public LocalDate? EffectiveUntil { get; }

    /// <summary>Other names the regulation is cited by.</summary>
    public ImmutableArray<string> Aliases { get; }

    /// <summary>Whether two descriptors have the same ID.</summary>
    /// <param name="left">The first rule set.</param>
    /// <param name="right">The second rule set.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(RuleSet? left, RuleSet? right) => Equals(left, right);

    /// <summary>Whether two descriptors have different IDs.</summary>
    /// <param name="left">The first rule set.</param>
    /// <param name="right">The second rule set.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(RuleSet? left, RuleSet? right) => !Equals(left, right);

    /// <summary>Whether the rule set applies on a date.</summary>
    /// <param name="date">The date of the decision.</param>
    /// <returns>True when <paramref name="date"/> is within the effective dates.</returns>
    public bool AppliesOn(LocalDate date) => date >= EffectiveFrom && (EffectiveUntil is null || date <= EffectiveUntil.Value);

    /// <inheritdoc />
    public bool Equals(RuleSet? other) => other is not null && Id == other.Id;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RuleSet);

    /// <inheritdoc />
    public override int GetHashCode() => Id.GetHashCode();

    /// <summary>The short name and ID.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => ShortName + " (" + Id.Value + ")";
}
