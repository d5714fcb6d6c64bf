using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using NodaTime;

namespace AsnKinerja;

/// <summary>
/// The rules objects an application uses, by rule set and domain: it hands out behaviour by ID
/// (<see cref="Get{TRules}"/>) and by the question "which rules apply to a decision taken on this date about this
/// performance period" (<see cref="Find{TRules}"/>). Built-in and caller-defined rule sets (an agency variant, a draft
/// circular under consultation) are held alike.
/// </summary>
/// <remarks>
/// <para>
/// A registry is composed from the well-known instances each package publishes (for example
/// <c>RuleSetRegistry.Create(Enumerable.Empty&lt;IRules&gt;().Concat(SkpRules.All).Concat(KuadranRules.All).Concat(DistribusiRules.All))</c>); the dependency
/// injection and serialization packages compose one holding every built-in rule set. <see cref="Empty"/> holds none.
/// </para>
/// <para>
/// <see cref="Find{TRules}"/> considers the rules of the requested type whose rule set is in force on the decision
/// date and governs the period (<see cref="RuleSet.AppliesTo"/>); of those, the one whose rule set took effect last
/// wins. A registry never holds two rules objects of one domain with the same rule set ID, nor two of one domain
/// whose rule sets took effect on the same date and govern overlapping periods, so the answer is always unique.
/// Immutable and thread-safe.
/// </para>
/// </remarks>
public sealed class RuleSetRegistry
{
    private readonly ImmutableArray<IRules> _rules;

    private RuleSetRegistry(ImmutableArray<IRules> rules)
    {
        _rules = rules;
        RuleSets = rules.Select(r => r.RuleSet).Distinct().OrderBy(r => r.EffectiveFrom).ThenBy(r => r.Id).ToImmutableArray();
    }

    /// <summary>A registry with no rules.</summary>
    public static RuleSetRegistry Empty { get; } = new(ImmutableArray<IRules>.Empty);

    /// <summary>Every rules object, by domain and then by the date its rule set took effect.</summary>
    public ImmutableArray<IRules> Rules => _rules;

    /// <summary>The distinct rule set descriptors of the rules held, by effective date.</summary>
    public ImmutableArray<RuleSet> RuleSets { get; }

    /// <summary>Creates a registry.</summary>
    /// <param name="rules">The rules objects.</param>
    /// <returns>The registry.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// It contains null; two rules objects of one domain share a rule set ID; two descriptors with one ID differ; or two
    /// rule sets of one domain took effect on the same date and govern overlapping periods. The message lists every problem.
    /// </exception>
    public static RuleSetRegistry Create(IEnumerable<IRules> rules)
    {
        var given = Preconditions.CheckNotNull(rules).ToList();
        Preconditions.CheckArgument(!given.Contains(null!), nameof(rules), "Rules must not contain null.");
        return new RuleSetRegistry(Validate(given, nameof(rules)));
    }

    /// <summary>A registry with one more rules object; one of the same domain and rule set ID is replaced.</summary>
    /// <param name="rules">The rules object, e.g. a configured instance or an agency's own rule set.</param>
    /// <returns>The new registry.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is null.</exception>
    /// <exception cref="ArgumentException">Its rule set would make <see cref="Find{TRules}"/> ambiguous, or another rules object uses a different descriptor with the same ID.</exception>
    public RuleSetRegistry With(IRules rules)
    {
        Preconditions.CheckNotNull(rules);
        var list = _rules.Where(r => !(r.Domain == rules.Domain && r.RuleSet.Id == rules.RuleSet.Id)).ToList();
        list.Add(rules);
        return new RuleSetRegistry(Validate(list, nameof(rules)));
    }

    /// <summary>A registry with more rules objects; each replaces one of the same domain and rule set ID.</summary>
    /// <param name="rules">The rules objects.</param>
    /// <returns>The new registry.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is null.</exception>
    /// <exception cref="ArgumentException">It contains null or repeats a domain and ID, or the result would be ambiguous (see <see cref="Create"/>).</exception>
    public RuleSetRegistry With(IEnumerable<IRules> rules)
    {
        var added = Preconditions.CheckNotNull(rules).ToList();
        Preconditions.CheckArgument(!added.Contains(null!), nameof(rules), "Rules must not contain null.");
        var list = _rules.Where(r => !added.Any(a => a.Domain == r.Domain && a.RuleSet.Id == r.RuleSet.Id)).Concat(added).ToList();
        return new RuleSetRegistry(Validate(list, nameof(rules)));
    }

    /// <summary>The rules of a type under a rule set ID.</summary>
    /// <typeparam name="TRules">The rules interface, e.g. <c>IDistribusiRules</c>.</typeparam>
    /// <param name="id">The rule set ID.</param>
    /// <returns>The rules.</returns>
    /// <exception cref="KeyNotFoundException">No rules of that type are held under that ID; the message lists those that are.</exception>
    public TRules Get<TRules>(RuleSetId id)
        where TRules : class, IRules =>
        TryGet<TRules>(id, out var rules)
            ? rules
            : throw new KeyNotFoundException(string.Format(CultureInfo.InvariantCulture, "No {0} with rule set ID '{1}' is registered (registered: {2}).", typeof(TRules).Name, id, Describe<TRules>()));

    /// <summary>Tries to find the rules of a type under a rule set ID.</summary>
    /// <typeparam name="TRules">The rules interface.</typeparam>
    /// <param name="id">The rule set ID.</param>
    /// <param name="rules">The rules when found.</param>
    /// <returns>Whether they were found.</returns>
    public bool TryGet<TRules>(RuleSetId id, [NotNullWhen(true)] out TRules? rules)
        where TRules : class, IRules
    {
        foreach (var r in _rules)
        {
            if (r is TRules typed && r.RuleSet.Id == id)
            {
                rules = typed;
                return true;
            }
        }

        rules = null;
        return false;
    }

    /// <summary>The rules of a type that apply to a decision taken on a date about a performance period.</summary>
    /// <typeparam name="TRules">The rules interface.</typeparam>
    /// <param name="tanggalKeputusan">The date of the decision (for an annual evaluation, the day the PPK sets the predicate).</param>
    /// <param name="periode">The performance period decided about.</param>
    /// <returns>The rules whose rule set is in force on the date and governs the period, the latest to take effect.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="periode"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="tanggalKeputusan"/> is not in the ISO calendar.</exception>
    /// <exception cref="KeyNotFoundException">No rule set of that type applies (for example a decision before the regulation); the message names the date and period.</exception>
    public TRules Find<TRules>(LocalDate tanggalKeputusan, PeriodeKinerja periode)
        where TRules : class, IRules =>
        TryFind<TRules>(tanggalKeputusan, periode, out var rules)
            ? rules
            : throw new KeyNotFoundException(string.Format(
                CultureInfo.InvariantCulture,
                "No {0} applies to a decision on {1} about the period {2} (registered: {3}).",
                typeof(TRules).Name,
                tanggalKeputusan.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
                periode,
                Describe<TRules>()));

    /// <summary>Tries to find the rules of a type that apply to a decision taken on a date about a performance period.</summary>
    /// <typeparam name="TRules">The rules interface.</typeparam>
    /// <param name="tanggalKeputusan">The date of the decision.</param>
    /// <param name="periode">The performance period decided about.</param>
    /// <param name="rules">The rules when found.</param>
    /// <returns>Whether a rule set applies.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="periode"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="tanggalKeputusan"/> is not in the ISO calendar.</exception>
    public bool TryFind<TRules>(LocalDate tanggalKeputusan, PeriodeKinerja periode, [NotNullWhen(true)] out TRules? rules)
        where TRules : class, IRules
    {
        Preconditions.CheckIso(tanggalKeputusan);
        Preconditions.CheckNotNull(periode);
        rules = null;
        foreach (var r in _rules)
        {
            if (r is TRules typed && r.RuleSet.AppliesTo(tanggalKeputusan, periode)
                && (rules is null || r.RuleSet.EffectiveFrom > rules.RuleSet.EffectiveFrom))
            {
                rules = typed;
            }
        }

        return rules is not null;
    }

    private static ImmutableArray<IRules> Validate(List<IRules> rules, string paramName)
    {
        var errors = new List<string>();
        var descriptors = new Dictionary<RuleSetId, RuleSet>();
        foreach (var r in rules)
        {
            if (descriptors.TryGetValue(r.RuleSet.Id, out var known) && !SameDescriptor(known, r.RuleSet))
            {
                errors.Add(string.Format(CultureInfo.InvariantCulture, "Two different descriptors use the rule set ID '{0}'.", r.RuleSet.Id));
            }

            descriptors[r.RuleSet.Id] = r.RuleSet;
        }

        var ordered = rules.OrderBy(r => r.Domain).ThenBy(r => r.RuleSet.EffectiveFrom).ThenBy(r => r.RuleSet.Id).ToImmutableArray();
        for (var i = 0; i < ordered.Length; i++)
        {
            for (var j = i + 1; j < ordered.Length && ordered[j].Domain == ordered[i].Domain; j++)
            {
                var a = ordered[i].RuleSet;
                var b = ordered[j].RuleSet;
                if (a.Id == b.Id)
                {
                    errors.Add(string.Format(CultureInfo.InvariantCulture, "Rule set '{0}' is registered twice in domain {1}.", a.Id, ordered[i].Domain));
                }
                else if (a.EffectiveFrom == b.EffectiveFrom && PeriodsOverlap(a, b))
                {
                    errors.Add(string.Format(CultureInfo.InvariantCulture, "Rule sets '{0}' and '{1}' in domain {2} take effect on the same date and govern overlapping periods.", a.Id, b.Id, ordered[i].Domain));
                }
            }
        }

        Preconditions.CheckArgument(errors.Count == 0, paramName, string.Join(" ", errors));
        return ordered;
    }

    private static bool SameDescriptor(RuleSet a, RuleSet b) =>
        ReferenceEquals(a, b)
        || (a.Id == b.Id && a.ShortName == b.ShortName && a.Title == b.Title && a.EffectiveFrom == b.EffectiveFrom && a.EffectiveUntil == b.EffectiveUntil
            && a.PeriodsFrom == b.PeriodsFrom && a.PeriodsUntil == b.PeriodsUntil && a.Aliases.SequenceEqual(b.Aliases));

    private static bool PeriodsOverlap(RuleSet a, RuleSet b) =>
        (a.PeriodsUntil is null || b.PeriodsFrom <= a.PeriodsUntil.Value) && (b.PeriodsUntil is null || a.PeriodsFrom <= b.PeriodsUntil.Value);

    private string Describe<TRules>()
        where TRules : class, IRules
    {
        var ids = _rules.Where(r => r is TRules).Select(r => r.RuleSet.Id.Value).ToList();
        return ids.Count == 0 ? "none" : string.Join(", ", ids);
    }
}
