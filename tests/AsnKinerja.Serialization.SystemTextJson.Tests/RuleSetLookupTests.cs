using System.Collections.Immutable;
using System.Text.Json;
using AsnKinerja.Serialization.SystemTextJson.Internal;
using NodaTime;

namespace AsnKinerja.Serialization.SystemTextJson.Tests;

/// <summary>The rule-set lookup every recomputed result goes through: by the ID a document names, in the registry of the options.</summary>
public sealed class RuleSetLookupTests
{
    private static readonly RuleSet Uji = new(new RuleSetId("AturanUji2030"), "Aturan Uji 2030", "Aturan uji coba", new LocalDate(2030, 1, 1), null, Array.Empty<string>());

    private static readonly RuleSetRegistry Registry = RuleSetRegistry.Create(new IRules[] { new RulesUji(Uji) });

    [Fact]
    public void Read_RegisteredId_ReturnsTheRules()
    {
        var rules = Read("""{"ruleSet": "AturanUji2030"}""", Registry);

        Assert.Same(Uji, rules.RuleSet);
    }

    [Fact]
    public void Read_UnknownId_FailsAtRuleSetNamingTheRegisteredOnes()
    {
        var e = Assert.Throws<WireFormatException>(() => Read("""{"ruleSet": "SomeFutureRuleSet"}""", Registry));

        Assert.Equal("$.ruleSet", e.DocumentPath);
        Assert.Contains("unknown rule set 'SomeFutureRuleSet'", e.Message, StringComparison.Ordinal);
        Assert.Contains("AturanUji2030", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_IdOfAnotherDomain_FailsAtRuleSet()
    {
        var registry = RuleSetRegistry.Create(new IRules[] { new LainUji(Uji) });

        var e = Assert.Throws<WireFormatException>(() => Read("""{"ruleSet": "AturanUji2030"}""", registry));

        Assert.Equal("$.ruleSet", e.DocumentPath);
        Assert.Contains("registered: none", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingRuleSet_FailsAsARequiredProperty()
    {
        var e = Assert.Throws<WireFormatException>(() => Read("{}", Registry));

        Assert.Equal("$", e.DocumentPath);
        Assert.Contains("missing required property 'ruleSet'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void VerifyExplanation_OtherRuleSet_FailsAtTheExplanationsRuleSet()
    {
        using var document = JsonDocument.Parse("""{"explanation": {"key": "X", "ruleSet": "SomeFutureRuleSet"}}""");
        var o = Node.Root(document.RootElement, WireFormatLimits.Default).Object();

        var e = Assert.Throws<WireFormatException>(() => RuleSets.VerifyExplanation(o, "explanation", Uji.Id));

        Assert.Equal("$.explanation.ruleSet", e.DocumentPath);
    }

    [Fact]
    public void VerifyExplanation_SameRuleSet_Passes()
    {
        using var document = JsonDocument.Parse("""{"explanation": {"key": "X", "ruleSet": "AturanUji2030"}}""");
        var o = Node.Root(document.RootElement, WireFormatLimits.Default).Object();

        RuleSets.VerifyExplanation(o, "explanation", Uji.Id);
        o.End();
    }

    [Fact]
    public void CreateOptions_Registry_IsOptional()
    {
        Assert.NotNull(AsnKinerjaJson.CreateOptions(registry: Registry));
        Assert.NotNull(AsnKinerjaJson.CreateOptions());
        Assert.Same(AsnKinerjaJson.DefaultRegistry, AsnKinerjaJson.DefaultRegistry);
    }

    private static RulesUji Read(string json, RuleSetRegistry registry)
    {
        using var document = JsonDocument.Parse(json);
        var o = Node.Root(document.RootElement, WireFormatLimits.Default).Object();
        var rules = RuleSets.Read<RulesUji>(o, registry);
        o.End();
        return rules;
    }

    private sealed class RulesUji(RuleSet ruleSet) : IRules
    {
        public RuleSet RuleSet { get; } = ruleSet;

        public RuleDomain Domain => RuleDomain.Distribusi;

        public ImmutableArray<AppliedPolicy> Policies => ImmutableArray<AppliedPolicy>.Empty;
    }

    private sealed class LainUji(RuleSet ruleSet) : IRules
    {
        public RuleSet RuleSet { get; } = ruleSet;

        public RuleDomain Domain => RuleDomain.PetaTalenta;

        public ImmutableArray<AppliedPolicy> Policies => ImmutableArray<AppliedPolicy>.Empty;
    }
}
