using NodaTime;

namespace AsnKinerja.Core.Tests;

/// <summary>
/// Rule sets named after the real regulation numbers (regulation reference §0), with effective dates; at most one
/// rule set per domain applies on a date.
/// </summary>
public sealed class RuleSetRegistryTests
{
    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    public static TheoryData<RuleDomain, string> DomainsAndIds => new()
    {
        { RuleDomain.PengelolaanKinerja, "PermenPanRb6Tahun2022" },
        { RuleDomain.PenetapanPredikat, "SeMenPanRb3Tahun2023" },
        { RuleDomain.AngkaKredit, "PermenPanRb1Tahun2023" },
        { RuleDomain.NilaiDasar, "SeMenPanRb20Tahun2021" },
        { RuleDomain.ManajemenTalenta, "PermenPanRb3Tahun2020" },
    };

    [Theory]
    [MemberData(nameof(DomainsAndIds))]
    public void FindApplicable_EachDomainAfterItsRegulation_GivesThatRuleSet(RuleDomain domain, string id)
    {
        var found = RuleSetRegistry.Default.FindApplicable(domain, D(2024, 12, 31));

        Assert.NotNull(found);
        Assert.Equal(id, found.Id.Value);
        Assert.Equal(domain, found.Domain);
    }

    [Theory]
    [MemberData(nameof(DomainsAndIds))]
    public void FindApplicable_EachDomainAroundItsEffectiveDate_StartsExactlyThen(RuleDomain domain, string id)
    {
        var ruleSet = RuleSetRegistry.Default.Get(new RuleSetId(id));

        Assert.Null(RuleSetRegistry.Default.FindApplicable(domain, ruleSet.EffectiveFrom.PlusDays(-1)));
        Assert.Equal(ruleSet, RuleSetRegistry.Default.FindApplicable(domain, ruleSet.EffectiveFrom));
        Assert.Null(RuleSetRegistry.Default.FindApplicable(domain, D(2019, 1, 1)));
    }

    [Fact]
    public void FindApplicable_Se3Of2023_AppliesFromItsSigningOn31January2023()
    {
        Assert.Null(RuleSetRegistry.Default.FindApplicable(RuleDomain.PenetapanPredikat, D(2023, 1, 30)));
        Assert.Equal(RuleSetId.SeMenPanRb3Tahun2023, RuleSetRegistry.Default.FindApplicable(RuleDomain.PenetapanPredikat, D(2023, 1, 31))!.Id);
    }

    [Fact]
    public void FindApplicable_PermenPanRb6Of2022_CoversThe2022PerformanceYear()
    {
        // Issued February 2022 and applied to the 2022 SKP cycle: an evaluation of 2022 must find it.
        Assert.Equal(RuleSetId.PermenPanRb6Tahun2022, RuleSetRegistry.Default.FindApplicable(RuleDomain.PengelolaanKinerja, D(2022, 12, 31))!.Id);
        Assert.Equal(RuleSetId.PermenPanRb6Tahun2022, RuleSetRegistry.Default.FindApplicable(RuleDomain.PengelolaanKinerja, D(2022, 3, 1))!.Id);
    }

    [Fact]
    public void FindApplicable_UndefinedDomain_ThrowsArgumentOutOfRangeException()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RuleSetRegistry.Default.FindApplicable(default, D(2024, 1, 1)));
    }

    [Fact]
    public void Se3Of2023_Aliases_IncludeTheCommonlyCitedSe1Of2023()
    {
        var ruleSet = RuleSetRegistry.Default.Get(RuleSetId.SeMenPanRb3Tahun2023);

        Assert.Contains("SE 1/2023", ruleSet.Aliases);
        Assert.Equal("SE MenPANRB 3/2023", ruleSet.ShortName);
        Assert.Contains("Nomor 3 Tahun 2023", ruleSet.Title, StringComparison.Ordinal);
        Assert.Contains("Penetapan Predikat Kinerja", ruleSet.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_EveryRuleSet_HasADistinctDomainAndIsStillInForce()
    {
        var all = RuleSetRegistry.Default.RuleSets;

        Assert.Equal(5, all.Length);
        Assert.Equal(all.Length, all.Select(r => r.Domain).Distinct().Count());
        Assert.All(all, r => Assert.Null(r.EffectiveUntil));
    }

    [Fact]
    public void Get_UnknownId_ThrowsKeyNotFoundException()
    {
        Assert.Throws<KeyNotFoundException>(() => RuleSetRegistry.Default.Get(new RuleSetId("PermenPanRb8Tahun2021")));
        Assert.Throws<KeyNotFoundException>(() => RuleSetRegistry.Default.Get(default));
        Assert.False(RuleSetRegistry.Default.TryGet(new RuleSetId("Tidak")!, out var none));
        Assert.Null(none);
        Assert.True(RuleSetRegistry.Default.TryGet(RuleSetId.PermenPanRb1Tahun2023, out var found));
        Assert.Equal("PermenPANRB 1/2023", found.ShortName);
    }

    private static RuleSet Make(string id, RuleDomain domain, LocalDate from, LocalDate? until) =>
        new(new RuleSetId(id), domain, id, "Judul " + id, from, until, Array.Empty<string>());

    [Fact]
    public void Constructor_DuplicateIds_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => new RuleSetRegistry(new[]
        {
            Make("A", RuleDomain.AngkaKredit, D(2020, 1, 1), D(2020, 12, 31)),
            Make("A", RuleDomain.NilaiDasar, D(2022, 1, 1), null),
        }));
    }

    [Fact]
    public void Constructor_OverlappingRangesInOneDomain_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => new RuleSetRegistry(new[]
        {
            Make("Lama", RuleDomain.AngkaKredit, D(2020, 1, 1), null),
            Make("Baru", RuleDomain.AngkaKredit, D(2023, 1, 1), null),
        }));
        Assert.Throws<ArgumentException>(() => new RuleSetRegistry(new[]
        {
            Make("Baru", RuleDomain.AngkaKredit, D(2023, 1, 1), null),
            Make("Lama", RuleDomain.AngkaKredit, D(2020, 1, 1), D(2023, 1, 1)), // shares 1 Jan 2023
        }));
        Assert.Throws<ArgumentException>(() => new RuleSetRegistry(new[]
        {
            Make("A", RuleDomain.AngkaKredit, D(2020, 1, 1), D(2020, 12, 31)),
            Make("B", RuleDomain.AngkaKredit, D(2020, 6, 1), D(2020, 6, 30)),
        }));
    }

    [Fact]
    public void Constructor_NullElement_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentNullException>(() => new RuleSetRegistry(null!));
        Assert.Throws<ArgumentException>(() => new RuleSetRegistry(new[] { Make("A", RuleDomain.AngkaKredit, D(2020, 1, 1), null), null! }));
    }

    [Fact]
    public void FindApplicable_SuccessiveRuleSets_PicksTheOneInForceOnTheDate()
    {
        var registry = new RuleSetRegistry(new[]
        {
            Make("Baru", RuleDomain.AngkaKredit, D(2023, 1, 1), null),
            Make("Lama", RuleDomain.AngkaKredit, D(2020, 1, 1), D(2022, 12, 31)),
            Make("Lain", RuleDomain.NilaiDasar, D(2021, 1, 1), null), // another domain may overlap in time
        });

        Assert.Null(registry.FindApplicable(RuleDomain.AngkaKredit, D(2019, 12, 31)));
        Assert.Equal("Lama", registry.FindApplicable(RuleDomain.AngkaKredit, D(2020, 1, 1))!.Id.Value);
        Assert.Equal("Lama", registry.FindApplicable(RuleDomain.AngkaKredit, D(2022, 12, 31))!.Id.Value);
        Assert.Equal("Baru", registry.FindApplicable(RuleDomain.AngkaKredit, D(2023, 1, 1))!.Id.Value);
        Assert.Equal("Lain", registry.FindApplicable(RuleDomain.NilaiDasar, D(2022, 1, 1))!.Id.Value);
        Assert.Null(registry.FindApplicable(RuleDomain.ManajemenTalenta, D(2022, 1, 1)));
    }

    [Fact]
    public void RuleSet_InvalidArguments_Throw()
    {
        Assert.Throws<ArgumentException>(() => Make("A", RuleDomain.AngkaKredit, D(2020, 1, 2), D(2020, 1, 1)));
        Assert.Throws<ArgumentException>(() => new RuleSet(default, RuleDomain.AngkaKredit, "A", "A", D(2020, 1, 1), null, Array.Empty<string>()));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RuleSet(new RuleSetId("A"), default, "A", "A", D(2020, 1, 1), null, Array.Empty<string>()));
        Assert.Throws<ArgumentException>(() => new RuleSet(new RuleSetId("A"), RuleDomain.AngkaKredit, " ", "A", D(2020, 1, 1), null, Array.Empty<string>()));
    }

    [Fact]
    public void RuleSet_AppliesOn_IsInclusiveAtBothEnds()
    {
        var r = Make("A", RuleDomain.AngkaKredit, D(2020, 1, 1), D(2020, 12, 31));

        Assert.False(r.AppliesOn(D(2019, 12, 31)));
        Assert.True(r.AppliesOn(D(2020, 1, 1)));
        Assert.True(r.AppliesOn(D(2020, 12, 31)));
        Assert.False(r.AppliesOn(D(2021, 1, 1)));
        Assert.True(Make("B", RuleDomain.AngkaKredit, D(2020, 1, 1), null).AppliesOn(D(9999, 12, 31)));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("6Tahun2022")]
    [InlineData("Permen-PANRB")]
    [InlineData("Permen PANRB")]
    [InlineData("PermenPanRb6/2022")]
    public void RuleSetId_InvalidText_ThrowsArgumentException(string text)
    {
        Assert.Throws<ArgumentException>(() => new RuleSetId(text));
    }

    [Fact]
    public void RuleSetId_Equality_IsOrdinal()
    {
        Assert.Equal(RuleSetId.PermenPanRb6Tahun2022, new RuleSetId("PermenPanRb6Tahun2022"));
        Assert.True(new RuleSetId("Abc") != new RuleSetId("abc"));
        Assert.Equal(string.Empty, default(RuleSetId).Value);
        Assert.Equal("PermenPanRb6Tahun2022", RuleSetId.PermenPanRb6Tahun2022.ToString());
        Assert.True(new RuleSetId("A") < new RuleSetId("B"));
    }
}
