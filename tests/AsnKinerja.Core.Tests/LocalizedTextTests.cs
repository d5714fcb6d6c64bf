using System.Globalization;
using AsnKinerja.Testing;
using Xunit;

namespace AsnKinerja.Core.Tests;

public sealed class LocalizedTextTests
{
    private static readonly RegulationReference Source = new(RegulationNames.KebijakanPustaka, null, Confidence.Low);

    private static readonly ExplanationDefinition Definition = new(
        "Uji.Contoh",
        Source,
        "Unit {unit}: {@hasil} ({jumlah} pegawai).",
        "Unit {unit}: {@hasil} ({jumlah} employees).",
        new KeyValuePair<string, LocalizedText>[]
        {
            new("ya", new LocalizedText("terpenuhi oleh {oleh}", "met by {oleh}")),
            new("tidak", new LocalizedText("tidak terpenuhi", "not met")),
        });

    [Fact]
    public void Constructor_DifferentPlaceholders_ThrowsArgumentExceptionNamingThem()
    {
        var e = Assert.Throws<ArgumentException>(() => new LocalizedText("{a} dan {b}", "{a} and {c}"));

        Assert.Contains("only in Indonesian: [b]", e.Message, StringComparison.Ordinal);
        Assert.Contains("only in English: [c]", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => new LocalizedText(null!, "x"));
        Assert.Throws<ArgumentNullException>(() => new LocalizedText("x", null!));
    }

    [Fact]
    public void Placeholders_InOrderOfFirstUse_KeepTheNestedMark()
    {
        var text = new LocalizedText("{b} {@a} {b} {c.d} {not a placeholder} {}", "{c.d} {@a} {b}");

        Assert.Equal(new[] { "b", "@a", "c.d" }, text.Placeholders);
    }

    [Fact]
    public void Get_LanguageAndCulture_PickTheText()
    {
        var text = new LocalizedText("teks", "text");

        Assert.Equal("teks", text.Get(Language.Indonesian));
        Assert.Equal("text", text.Get(Language.English));
        Assert.Equal("text", text.Get(Cultures.Get("en-GB")));
        Assert.Equal("teks", text.Get(CultureInfo.InvariantCulture));
        Assert.Throws<ArgumentOutOfRangeException>(() => text.Get((Language)9));
        Assert.Throws<ArgumentNullException>(() => text.Get((CultureInfo)null!));
    }

    [Fact]
    public void DefinitionRender_SameValues_GivesTheOccurrencesDescription()
    {
        var met = Definition.Create(RuleSetId.PermenPanRb6Tahun2022, "r", new[] { FindingValue.Of("unit", "U-1"), FindingValue.Of("jumlah", 4) }, new[] { FindingValue.Of("hasil", "ya"), FindingValue.Of("oleh", "PPK") }, Array.Empty<AppliedPolicy>());
        var values = new Dictionary<string, string>(StringComparer.Ordinal) { ["unit"] = "U-1", ["jumlah"] = "4", ["hasil"] = "ya", ["oleh"] = "PPK" };

        foreach (var language in new[] { Language.Indonesian, Language.English })
        {
            Assert.Equal(met.GetDescription(language), Definition.Render(language, k => values.GetValueOrDefault(k)));
        }

        Assert.Equal("Unit {unit}: tidak terpenuhi ({jumlah} pegawai).", Definition.Render(Language.Indonesian, k => k == "hasil" ? "tidak" : null));
        Assert.Throws<ArgumentNullException>(() => Definition.Render(Language.Indonesian, null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => Definition.Render((Language)9, _ => null));
    }

    [Fact]
    public void GetDescription_NestedPlaceholder_RendersTheSelectedSubTextInTheSameLanguage()
    {
        var met = Definition.Create(RuleSetId.PermenPanRb6Tahun2022, "r", new[] { FindingValue.Of("unit", "U-1"), FindingValue.Of("jumlah", 4) }, new[] { FindingValue.Of("hasil", "ya"), FindingValue.Of("oleh", "PPK") }, Array.Empty<AppliedPolicy>());
        var notMet = Definition.Create(RuleSetId.PermenPanRb6Tahun2022, "r", new[] { FindingValue.Of("unit", "U-1"), FindingValue.Of("jumlah", 4) }, new[] { FindingValue.Of("hasil", "tidak") }, Array.Empty<AppliedPolicy>());

        Assert.Equal("Unit U-1: terpenuhi oleh PPK (4 pegawai).", met.Description);
        Assert.Equal("Unit U-1: met by PPK (4 employees).", met.GetDescription(Language.English));
        Assert.Equal("Unit U-1: tidak terpenuhi (4 pegawai).", notMet.GetDescription(Cultures.Get("id-ID")));
        Assert.Equal("Unit U-1: not met (4 employees).", notMet.GetDescription(Cultures.Get("en-US")));
    }

    [Fact]
    public void GetDescription_MissingValueOrUnknownSelector_LeavesThePlaceholderOrTheCode()
    {
        var e = Definition.Create(RuleSetId.PermenPanRb6Tahun2022, "r", Array.Empty<FindingValue>(), new[] { FindingValue.Of("hasil", "mungkin") }, Array.Empty<AppliedPolicy>());

        Assert.Equal("Unit {unit}: mungkin ({jumlah} pegawai).", e.Description);
    }

    [Fact]
    public void OfText_BilingualValue_IsRenderedInTheMessagesLanguage()
    {
        var definition = new FindingDefinition("UJI001", FindingSeverity.Info, Source, "Alasan: {alasan}.", "Reason: {alasan}.");
        var finding = definition.Create("s", FindingValue.OfText("alasan", new LocalizedText("cuti besar", "long leave")));

        Assert.Equal("Alasan: cuti besar.", finding.Message);
        Assert.Equal("Reason: long leave.", finding.GetMessage(Language.English));
        Assert.Equal("cuti besar", finding.GetValue("alasan"));
        Assert.Equal("long leave", finding.Values[0].EnglishValue);
        Assert.Null(FindingValue.OfText("k", new LocalizedText("sama", "sama")).EnglishValue);
        Assert.NotEqual(FindingValue.Of("alasan", "cuti besar"), finding.Values[0]);
        Assert.Throws<ArgumentNullException>(() => FindingValue.OfText("k", null!));
        Assert.Throws<ArgumentException>(() => FindingValue.OfText(" ", new LocalizedText("a", "b")));
    }

    [Fact]
    public void Definitions_BadSubTexts_ThrowArgumentException()
    {
        var nested = new LocalizedText("{@x}", "{@x}");

        Assert.Throws<ArgumentException>(() => new ExplanationDefinition("K", Source, "{@x}", "{@x}"));
        Assert.Throws<ArgumentException>(() => new FindingDefinition("F", FindingSeverity.Info, Source, "{@x}", "{@x}", new[] { new KeyValuePair<string, LocalizedText>("a", nested) }));
        Assert.Throws<ArgumentException>(() => new ExplanationDefinition("K", Source, "{a}", "{b}"));
        Assert.Throws<ArgumentException>(() => new ExplanationDefinition("K", Source, "x", "y", new[] { new KeyValuePair<string, LocalizedText>(" ", new LocalizedText("a", "b")) }));
        Assert.Throws<ArgumentException>(() => new ExplanationDefinition("K", Source, " ", "y"));
        Assert.Throws<ArgumentNullException>(() => new ExplanationDefinition("K", null!, "x", "y"));
    }

    [Fact]
    public void Explanation_Equality_ComparesKeyRuleSetRuleSourceAndValues()
    {
        Explanation Make(string value) => Definition.Create(RuleSetId.PermenPanRb6Tahun2022, "r", new[] { FindingValue.Of("unit", value) }, Array.Empty<FindingValue>(), Array.Empty<AppliedPolicy>());

        Assert.Equal(Make("A"), Make("A"));
        Assert.True(Make("A") != Make("B"));
        Assert.Equal(Make("A").GetHashCode(), Make("A").GetHashCode());
        Assert.Equal("Uji.Contoh", Make("A").Key);
        Assert.Same(Source, Make("A").Source);
        Assert.Equal("A", Make("A").GetValue("unit"));
        Assert.Null(Make("A").GetValue("tidak"));
    }

    [Fact]
    public void Explanation_ToString_IsInTheRequestedLanguage()
    {
        var e = Definition.Create(RuleSetId.PermenPanRb6Tahun2022, "Aturan[1]", new[] { FindingValue.Of("unit", "U"), FindingValue.Of("jumlah", 1) }, new[] { FindingValue.Of("hasil", "tidak") }, new[] { new AppliedPolicy("Kebijakan", "Pilihan", true) });

        Assert.Equal("PermenPanRb6Tahun2022 / Aturan[1]: Unit U: tidak terpenuhi (1 pegawai). | masukan: unit=U, jumlah=1 | kebijakan: Kebijakan=Pilihan (default) | sumber: Kebijakan AsnKinerja [L]", e.ToString(Language.Indonesian));
        Assert.StartsWith("PermenPanRb6Tahun2022 / Aturan[1]: Unit U: not met (1 employees). | inputs:", e.ToString(Cultures.Get("en-US")), StringComparison.Ordinal);
    }
}
