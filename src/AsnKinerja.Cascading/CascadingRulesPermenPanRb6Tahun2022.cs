using System.Collections.Immutable;

namespace AsnKinerja.Cascading;

/// <summary>The cascading rules of PermenPANRB 6/2022; the rule bodies are in <see cref="CascadingRules"/>.</summary>
internal sealed class CascadingRulesPermenPanRb6Tahun2022 : ICascadingRules
{
    internal CascadingRulesPermenPanRb6Tahun2022(CascadingOptions options)
    {
        Options = options;
        Policies = options.Policies.ToImmutableArray();
    }

    public RuleSet RuleSet => RuleSet.PermenPanRb6Tahun2022;

    public RuleDomain Domain => RuleDomain.Cascading;

    public ImmutableArray<AppliedPolicy> Policies { get; }

    public CascadingOptions Options { get; }

    public ValidationResult Validate(CascadingGraph graph) => CascadingRules.Validate(Preconditions.CheckNotNull(graph), Options);

    public Explanation Explain(Finding finding) => CascadingRules.Explain(Preconditions.CheckNotNull(finding), Options);

    public bool IsPenjumlahanSesuai(decimal target, decimal jumlah) => CascadingRules.IsPenjumlahanSesuai(target, jumlah, Options);

    public ICascadingRules WithOptions(CascadingOptions options) =>
        ReferenceEquals(Preconditions.CheckNotNull(options), Options) ? this : new CascadingRulesPermenPanRb6Tahun2022(options);

    public override string ToString() => RuleSet.ShortName + " (" + RuleSet.Id.Value + "): cascading";
}
