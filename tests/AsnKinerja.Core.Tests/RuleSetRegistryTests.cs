using System.Collections.Immutable;
using NodaTime;
using Xunit;

namespace AsnKinerja.Core.Tests;

public sealed class RuleSetRegistryTests
{
    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    public static TheoryData<string, int, int, int> WellKnownEffectiveDates => new()
    {
        { "PermenPanRb6Tahun2022", 2022, 1, 1 },
        { "SeMenPanRb3Tahun2023", 2023, 1, 31 },
        { "PermenPanRb1Tahun2023", 2023, 1, 1 },
        { "SeMenPanRb20Tahun2021", 2021, 8, 26 },
        { "PermenPanRb3Tahun2020", 2020, 1, 1 },
        { "PermenPanRb20Tahun2025", 2025, 12, 31 },
    };

    private static ImmutableArray<RuleSet> WellKnown => ImmutableArray.Create(
        RuleSet.PermenPanRb6Tahun2022, RuleSet.SeMenPanRb3Tahun2023, RuleSet.PermenPanRb1Tahun2023,
        RuleSet.SeMenPanRb20Tahun2021, RuleSet.PermenPanRb3Tahun2020, RuleSet.PermenPanRb20Tahun2025);

    [Theory]
    [MemberData(nameof(WellKnownEffectiveDates))]
    public void WellKnown_EffectiveFrom_IsTheDocumentedDate(string id, int year, int month, int day)
    {
        var ruleSet = WellKnown.Single(r => r.Id.Value == id);

        Assert.Equal(D(year, month, day), ruleSet.EffectiveFrom);
        Assert.False(ruleSet.AppliesOn(D(year, month, day).PlusDays(-1)));
        Assert.True(ruleSet.AppliesOn(D(year, month, day)));
        Assert.Null(ruleSet.EffectiveUntil);
    }

    [Fact]
    public void Se3Of2023_Aliases_IncludeTheCommonlyCitedSe1Of2023()
    {
        var ruleSet = RuleSet.SeMenPanRb3Tahun2023;

        Assert.Contains("SE 1/2023", ruleSet.Aliases);
        Assert.Equal("SE MenPANRB 3/2023", ruleSet.ShortName);
        Assert.Contains("Nomor 3 Tahun 2023", ruleSet.Title, StringComparison.Ordinal);
        Assert.Contains("Penetapan Predikat Kinerja", ruleSet.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Se3Of2023_The2022EvaluationDecidedInFebruary2023_IsGoverned()
    {
        var se = RuleSet.SeMenPanRb3Tahun2023;

        Assert.Equal(D(2022, 1, 1), se.PeriodsFrom);
        Assert.True(se.AppliesTo(D(2023, 2, 15), PeriodeKinerja.Tahunan(2022)));
        Assert.False(se.AppliesTo(D(2023, 1, 15), PeriodeKinerja.Tahunan(2022)));
        Assert.False(se.AppliesTo(D(2023, 2, 15), PeriodeKinerja.Tahunan(2021)));
    }

    [Fact]
    public void WellKnown_Ids_AreDistinct()
    {
        Assert.Equal(WellKnown.Length, WellKnown.Select(r => r.Id).Distinct().Count());
    }

    [Fact]
    public void Find_DecisionAfterSigningAboutAnEarlierPeriod_GivesTheCircular()
    {
        var registry = RuleSetRegistry.Create(new[] { new FakeRules(RuleSet.SeMenPanRb3Tahun2023) });

        Assert.Same(registry.Rules[0], registry.Find<FakeRules>(D(2023, 2, 15), PeriodeKinerja.Tahunan(2022)));
        Assert.Same(registry.Rules[0], registry.Find<FakeRules>(D(2023, 1, 31), PeriodeKinerja.Tahunan(2022)));
    }

    [Fact]
    public void Find_DecisionBeforeAnyRuleSet_ThrowsKeyNotFoundExceptionNamingDateAndPeriod()
    {
        var registry = RuleSetRegistry.Create(new[] { new FakeRules(RuleSet.SeMenPanRb3Tahun2023) });

        var e = Assert.Throws<KeyNotFoundException>(() => registry.Find<FakeRules>(D(2023, 1, 30), PeriodeKinerja.Tahunan(2022)));
        Assert.Contains("2023-01-30", e.Message, StringComparison.Ordinal);
        Assert.Contains("2022", e.Message, StringComparison.Ordinal);
        Assert.False(registry.TryFind<FakeRules>(D(2023, 1, 30), PeriodeKinerja.Tahunan(2022), out var none));
        Assert.Null(none);
    }

    [Fact]
    public void Find_AmendedRegulation_OldPeriodsKeepTheOldRuleSetAndNewPeriodsTakeTheAmendment()
    {
        var lama = new FakeRules(RuleSet.PermenPanRb3Tahun2020);
        var baru = new FakeRules(RuleSet.PermenPanRb20Tahun2025);
        var registry = RuleSetRegistry.Create(new[] { baru, lama });

        Assert.Same(lama, registry.Find<FakeRules>(D(2026, 3, 1), PeriodeKinerja.Tahunan(2024)));
        Assert.Same(baru, registry.Find<FakeRules>(D(2026, 3, 1), PeriodeKinerja.Tahunan(2026)));
        Assert.Same(baru, registry.Find<FakeRules>(D(2026, 1, 10), PeriodeKinerja.Tahunan(2025)));
        Assert.Same(lama, registry.Find<FakeRules>(D(2025, 6, 30), PeriodeKinerja.Tahunan(2025)));
    }

    [Fact]
    public void Find_OtherRulesType_IsNotReturned()
    {
        var registry = RuleSetRegistry.Create(new IRules[] { new FakeRules(RuleSet.PermenPanRb6Tahun2022), new OtherRules(RuleSet.PermenPanRb6Tahun2022) });

        Assert.IsType<OtherRules>(registry.Find<OtherRules>(D(2024, 1, 1), PeriodeKinerja.Tahunan(2023)));
        Assert.IsType<FakeRules>(registry.Get<FakeRules>(RuleSetId.PermenPanRb6Tahun2022));
        Assert.Throws<KeyNotFoundException>(() => RuleSetRegistry.Create(new[] { new FakeRules(RuleSet.PermenPanRb6Tahun2022) }).Get<OtherRules>(RuleSetId.PermenPanRb6Tahun2022));
    }

    [Fact]
    public void Get_UnknownId_ThrowsKeyNotFoundExceptionListingTheRegisteredOnes()
    {
        var registry = RuleSetRegistry.Create(new[] { new FakeRules(RuleSet.PermenPanRb1Tahun2023) });

        var e = Assert.Throws<KeyNotFoundException>(() => registry.Get<FakeRules>(new RuleSetId("PermenPanRb8Tahun2021")));
        Assert.Contains("PermenPanRb1Tahun2023", e.Message, StringComparison.Ordinal);
        Assert.Throws<KeyNotFoundException>(() => registry.Get<FakeRules>(default));
        Assert.False(registry.TryGet<FakeRules>(new RuleSetId("Tidak"), out var none));
        Assert.Null(none);
        Assert.True(registry.TryGet<FakeRules>(RuleSetId.PermenPanRb1Tahun2023, out var found));
        Assert.Equal("PermenPANRB 1/2023", found.RuleSet.ShortName);
    }

    [Fact]
    public void Create_SameDomainAndIdTwice_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => RuleSetRegistry.Create(new[] { new FakeRules(RuleSet.PermenPanRb6Tahun2022), new FakeRules(RuleSet.PermenPanRb6Tahun2022) }));
    }

    [Fact]
    public void Create_AmbiguousRuleSets_ThrowsArgumentExceptionListingEveryProblem()
    {
        var a = Make("VarianA", D(2024, 1, 1), D(2024, 1, 1), null);
        var b = Make("VarianB", D(2024, 1, 1), D(2023, 1, 1), D(2024, 12, 31));
        var c = new RuleSet(new RuleSetId("VarianA"), "Lain", "Judul lain", D(2024, 1, 1), null, Array.Empty<string>());

        var e = Assert.Throws<ArgumentException>(() => RuleSetRegistry.Create(new IRules[] { new FakeRules(a), new FakeRules(b), new OtherRules(c) }));
        Assert.Contains("same date and govern overlapping periods", e.Message, StringComparison.Ordinal);
        Assert.Contains("Two different descriptors use the rule set ID 'VarianA'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_SameDateDisjointPeriods_IsAccepted()
    {
        var a = Make("Semester1", D(2024, 1, 1), D(2024, 1, 1), D(2024, 6, 30));
        var b = Make("Semester2", D(2024, 1, 1), D(2024, 7, 1), D(2024, 12, 31));
        var registry = RuleSetRegistry.Create(new[] { new FakeRules(a), new FakeRules(b) });

        Assert.Equal("Semester1", registry.Find<FakeRules>(D(2024, 8, 1), PeriodeKinerja.Rentang(D(2024, 1, 1), D(2024, 6, 30))).RuleSet.Id.Value);
        Assert.Equal("Semester2", registry.Find<FakeRules>(D(2024, 8, 1), PeriodeKinerja.Rentang(D(2024, 7, 1), D(2024, 12, 31))).RuleSet.Id.Value);
    }

    [Fact]
    public void Create_NullOrNullElement_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => RuleSetRegistry.Create(null!));
        Assert.Throws<ArgumentException>(() => RuleSetRegistry.Create(new IRules[] { new FakeRules(RuleSet.PermenPanRb6Tahun2022), null! }));
        Assert.Throws<ArgumentNullException>(() => RuleSetRegistry.Empty.With((IRules)null!));
    }

    [Fact]
    public void With_SameDomainAndId_ReplacesAndKeepsTheOthers()
    {
        var first = new FakeRules(RuleSet.SeMenPanRb3Tahun2023);
        var configured = new FakeRules(RuleSet.SeMenPanRb3Tahun2023);
        var other = new OtherRules(RuleSet.SeMenPanRb3Tahun2023);
        var registry = RuleSetRegistry.Create(new IRules[] { first, other }).With(configured);

        Assert.Same(configured, registry.Get<FakeRules>(RuleSetId.SeMenPanRb3Tahun2023));
        Assert.Same(other, registry.Get<OtherRules>(RuleSetId.SeMenPanRb3Tahun2023));
        Assert.Equal(2, registry.Rules.Length);
        Assert.Single(registry.RuleSets);
        Assert.Same(first, RuleSetRegistry.Create(new IRules[] { first, other }).Get<FakeRules>(RuleSetId.SeMenPanRb3Tahun2023));
    }

    [Fact]
    public void With_AgencyVariantTakingEffectLater_WinsForLaterDecisionsOnly()
    {
        var circular = new FakeRules(RuleSet.SeMenPanRb3Tahun2023);
        var variant = new FakeRules(Make("DistribusiInstansiContoh", D(2025, 1, 1), D(2024, 1, 1), null));
        var registry = RuleSetRegistry.Empty.With(new[] { circular, variant });

        Assert.Same(circular, registry.Find<FakeRules>(D(2024, 2, 1), PeriodeKinerja.Tahunan(2023)));
        Assert.Same(circular, registry.Find<FakeRules>(D(2025, 2, 1), PeriodeKinerja.Tahunan(2023)));
        Assert.Same(variant, registry.Find<FakeRules>(D(2025, 2, 1), PeriodeKinerja.Tahunan(2024)));
    }

    [Fact]
    public void Find_NonIsoDate_ThrowsArgumentException()
    {
        var registry = RuleSetRegistry.Create(new[] { new FakeRules(RuleSet.PermenPanRb6Tahun2022) });
        var julian = new LocalDate(2024, 1, 1, CalendarSystem.Julian);

        Assert.Throws<ArgumentException>(() => registry.Find<FakeRules>(julian, PeriodeKinerja.Tahunan(2024)));
        Assert.Throws<ArgumentException>(() => RuleSet.PermenPanRb6Tahun2022.AppliesOn(julian));
        Assert.Throws<ArgumentNullException>(() => registry.Find<FakeRules>(D(2024, 1, 1), null!));
    }

    [Fact]
    public void RuleSet_ReversedOrInvalidArguments_ThrowArgumentException()
    {
        Assert.Throws<ArgumentException>(() => Make("A", D(2020, 1, 2), D(2020, 1, 2), null, until: D(2020, 1, 1)));
        Assert.Throws<ArgumentException>(() => Make("A", D(2020, 1, 1), D(2020, 6, 1), D(2020, 5, 31)));
        Assert.Throws<ArgumentException>(() => new RuleSet(default, "A", "A", D(2020, 1, 1), null, Array.Empty<string>()));
        Assert.Throws<ArgumentException>(() => new RuleSet(new RuleSetId("A"), " ", "A", D(2020, 1, 1), null, Array.Empty<string>()));
        Assert.Throws<ArgumentException>(() => new RuleSet(new RuleSetId("A"), "A", "A", D(2020, 1, 1), null, new[] { " " }));
        Assert.Throws<ArgumentException>(() => new RuleSet(new RuleSetId("A"), "A", "A", new LocalDate(2020, 1, 1, CalendarSystem.Julian), null, Array.Empty<string>()));
        Assert.Throws<ArgumentNullException>(() => new RuleSet(new RuleSetId("A"), "A", "A", D(2020, 1, 1), null, null!));
    }

    [Fact]
    public void RuleSet_AppliesOnAndGoverns_AreInclusiveAtBothEnds()
    {
        var r = Make("A", D(2020, 1, 1), D(2020, 1, 1), D(2020, 12, 31), until: D(2021, 12, 31));

        Assert.True(r.AppliesOn(D(2020, 1, 1)));
        Assert.True(r.AppliesOn(D(2021, 12, 31)));
        Assert.False(r.AppliesOn(D(2022, 1, 1)));
        Assert.True(r.Governs(PeriodeKinerja.Rentang(D(2019, 6, 1), D(2020, 1, 1))));
        Assert.True(r.Governs(PeriodeKinerja.Rentang(D(2020, 12, 31), D(2021, 3, 31))));
        Assert.False(r.Governs(PeriodeKinerja.Tahunan(2021)));
        Assert.False(r.Governs(PeriodeKinerja.Tahunan(2019)));
        Assert.True(Make("B", D(2020, 1, 1), D(2020, 1, 1), null).AppliesOn(D(9999, 12, 31)));
    }

    [Fact]
    public void RuleSet_Equality_IsById()
    {
        var a = Make("A", D(2020, 1, 1), D(2020, 1, 1), null);
        var b = Make("A", D(2021, 1, 1), D(2021, 1, 1), null);

        Assert.True(a == b);
        Assert.False(a != b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Equal("A (A)", a.ToString());
    }

    private static RuleSet Make(string id, LocalDate from, LocalDate periodsFrom, LocalDate? periodsUntil, LocalDate? until = null) =>
        new(new RuleSetId(id), id, "Judul " + id, from, until, Array.Empty<string>(), periodsFrom, periodsUntil);

    private sealed class FakeRules(RuleSet ruleSet) : IRules
    {
        public RuleSet RuleSet { get; } = ruleSet;

        public RuleDomain Domain => RuleDomain.Distribusi;

        public ImmutableArray<AppliedPolicy> Policies => ImmutableArray<AppliedPolicy>.Empty;
    }

    private sealed class OtherRules(RuleSet ruleSet) : IRules
    {
        public RuleSet RuleSet { get; } = ruleSet;

        public RuleDomain Domain => RuleDomain.PetaTalenta;

        public ImmutableArray<AppliedPolicy> Policies => ImmutableArray<AppliedPolicy>.Empty;
    }
}
