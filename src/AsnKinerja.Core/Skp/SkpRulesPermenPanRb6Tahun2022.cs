using System.Collections.Immutable;
using NodaTime;

namespace AsnKinerja;

/// <summary>The SKP rules of PermenPANRB 6/2022; the rule bodies are in <see cref="SkpRules"/>.</summary>
internal sealed class SkpRulesPermenPanRb6Tahun2022 : ISkpRules
{
    internal SkpRulesPermenPanRb6Tahun2022(SkpRuleOptions options)
    {
        Options = options;
        Policies = options.Policies.ToImmutableArray();
    }

    public RuleSet RuleSet => RuleSet.PermenPanRb6Tahun2022;

    public RuleDomain Domain => RuleDomain.Skp;

    public ImmutableArray<AppliedPolicy> Policies { get; }

    public SkpRuleOptions Options { get; }

    public ValidationResult Validate(Skp skp) => SkpRules.Validate(Preconditions.CheckNotNull(skp), Options);

    public LocalDate? GetBatasPenetapan(PeriodeKinerja periode) => SkpRules.GetBatasPenetapan(Preconditions.CheckNotNull(periode), Options.BatasPenetapan);

    public ISkpRules WithOptions(SkpRuleOptions options) =>
        ReferenceEquals(Preconditions.CheckNotNull(options), Options) ? this : new SkpRulesPermenPanRb6Tahun2022(options);

    public override string ToString() => RuleSet.ShortName + " (" + RuleSet.Id.Value + "): SKP";
}
