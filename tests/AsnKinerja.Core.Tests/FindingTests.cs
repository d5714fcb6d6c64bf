using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using AsnKinerja.Testing;

namespace AsnKinerja.Core.Tests;

/// <summary>
/// Findings: stable codes, Indonesian as the default language and English for English cultures, placeholders filled
/// from the finding's values, and equality.
/// </summary>
public sealed class FindingTests
{
    private static readonly Regex Placeholder = new(@"\{([A-Za-z]+)\}", RegexOptions.CultureInvariant);

    private static Finding Sample(string subject = "SKP-1") =>
        SkpFindings.PenetapanTerlambat.Create(
            subject,
            FindingValue.Of("skp", subject),
            FindingValue.Of("tanggal", "2024-02-01"),
            FindingValue.Of("batas", "2024-01-31"),
            FindingValue.Of("kebijakan", "BatasPenetapanSkp=AkhirBulanPertamaPeriode"));

    [Theory]
    [InlineData("en-US")]
    [InlineData("en-GB")]
    [InlineData("en")]
    public void GetMessage_EnglishCulture_IsEnglishWithPlaceholdersFilled(string culture)
    {
        var message = Sample().GetMessage(Cultures.Get(culture));

        Assert.Equal("SKP 'SKP-1' was set on 2024-02-01, after the deadline 2024-01-31 (policy BatasPenetapanSkp=AkhirBulanPertamaPeriode).", message);
    }

    [Theory]
    [InlineData("id-ID")]
    [InlineData("id")]
    [InlineData("")] // invariant
    [InlineData("tr-TR")]
    [InlineData("fr-FR")]
    [InlineData("ms-MY")]
    [InlineData("jv-Latn-ID")]
    public void GetMessage_OtherCulture_IsIndonesian(string culture)
    {
        var message = Sample().GetMessage(Cultures.Get(culture));

        Assert.Equal("SKP 'SKP-1' ditetapkan 2024-02-01, melewati batas 2024-01-31 (kebijakan BatasPenetapanSkp=AkhirBulanPertamaPeriode).", message);
    }

    [Fact]
    public void Message_UnderEveryCurrentCulture_IsIndonesian()
    {
        var messages = Cultures.UnderEach(() => Sample().Message);
        Assert.All(messages, m => Assert.Equal(Sample().GetMessage(Cultures.Get("id-ID")), m));
    }

    [Fact]
    public void GetMessage_EveryDefinitionWithAllItsValues_LeavesNoPlaceholder()
    {
        foreach (var definition in SkpFindings.All.Concat(OrganisasiFindings.All))
        {
            var keys = Placeholder.Matches(definition.Message.Indonesian).Select(m => m.Groups[1].Value)
                .Concat(Placeholder.Matches(definition.Message.English).Select(m => m.Groups[1].Value)).Distinct().ToArray();
            var finding = definition.Create("subject", keys.Select(k => FindingValue.Of(k, "<" + k + ">")).ToArray());

            foreach (var culture in new[] { "id-ID", "en-US" })
            {
                var message = finding.GetMessage(Cultures.Get(culture));
                Assert.DoesNotContain("{", message, StringComparison.Ordinal);
                Assert.All(keys, k => Assert.Contains("<" + k + ">", message, StringComparison.Ordinal));
            }
        }
    }

    [Fact]
    public void Definitions_IndonesianAndEnglishTemplates_UseTheSamePlaceholders()
    {
        foreach (var definition in SkpFindings.All.Concat(OrganisasiFindings.All))
        {
            var id = Placeholder.Matches(definition.Message.Indonesian).Select(m => m.Groups[1].Value).OrderBy(k => k, StringComparer.Ordinal);
            var en = Placeholder.Matches(definition.Message.English).Select(m => m.Groups[1].Value).OrderBy(k => k, StringComparer.Ordinal);
            Assert.True(id.SequenceEqual(en), definition.Code);
        }
    }

    [Fact]
    public void SkpFindingsAll_Codes_AreUniqueContiguousAndWellFormed()
    {
        var codes = SkpFindings.All.Select(d => d.Code).ToArray();

        Assert.All(codes, c => Assert.Matches("^SKP[0-9]{3}$", c));
        Assert.Equal(codes.Length, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(Enumerable.Range(1, 16).Select(i => "SKP" + i.ToString("D3", CultureInfo.InvariantCulture)), codes.OrderBy(c => c, StringComparer.Ordinal));
    }

    [Fact]
    public void OrganisasiFindingsAll_Codes_AreUniqueContiguousAndWellFormed()
    {
        var codes = OrganisasiFindings.All.Select(d => d.Code).ToArray();

        Assert.All(codes, c => Assert.Matches("^ORG[0-9]{3}$", c));
        Assert.Equal(codes.Length, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(Enumerable.Range(1, 7).Select(i => "ORG" + i.ToString("D3", CultureInfo.InvariantCulture)), codes.OrderBy(c => c, StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(typeof(SkpFindings))]
    [InlineData(typeof(OrganisasiFindings))]
    public void All_ListsEveryPublishedDefinition(Type catalogue)
    {
        var published = catalogue.GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(p => p.PropertyType == typeof(FindingDefinition))
            .Select(p => (FindingDefinition)p.GetValue(null)!)
            .ToArray();
        var all = (System.Collections.Immutable.ImmutableArray<FindingDefinition>)catalogue.GetProperty("All")!.GetValue(null)!;

        Assert.Equal(published.Select(d => d.Code).OrderBy(c => c, StringComparer.Ordinal), all.Select(d => d.Code).OrderBy(c => c, StringComparer.Ordinal));
    }

    [Fact]
    public void Definitions_EveryOne_HasASourceAndBothLanguages()
    {
        Assert.All(SkpFindings.All.Concat(OrganisasiFindings.All), d =>
        {
            Assert.False(string.IsNullOrWhiteSpace(d.Source.Regulation));
            Assert.False(string.IsNullOrWhiteSpace(d.Message.Indonesian));
            Assert.False(string.IsNullOrWhiteSpace(d.Message.English));
            Assert.NotEqual(d.Message.Indonesian, d.Message.English);
        });
    }

    [Fact]
    public void Definitions_UnconfirmedRules_AreWarningsNotErrors()
    {
        // A low-confidence rule is a policy: it may advise, never invalidate on its own.
        Assert.All(SkpFindings.All.Where(d => d.Source.Confidence == Confidence.Low), d => Assert.NotEqual(FindingSeverity.Error, d.Severity));
    }

    [Fact]
    public void Finding_Parts_ComeFromTheDefinition()
    {
        var finding = Sample();

        Assert.Equal("SKP009", finding.Code);
        Assert.Same(SkpFindings.PenetapanTerlambat, finding.Definition);
        Assert.Equal(SkpFindings.PenetapanTerlambat.Severity, finding.Severity);
        Assert.Equal(SkpFindings.PenetapanTerlambat.Source, finding.Source);
        Assert.Equal("SKP-1", finding.Subject);
        Assert.Equal("2024-01-31", finding.GetValue("batas"));
        Assert.Null(finding.GetValue("tidakAda"));
        Assert.Equal(4, finding.Values.Length);
    }

    [Fact]
    public void Create_WithPolicySeverity_OverridesTheDefault()
    {
        var finding = SkpFindings.PenetapanTerlambat.Create(FindingSeverity.Error, "SKP-1", FindingValue.Of("skp", "SKP-1"));

        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Equal(FindingSeverity.Warning, finding.Definition.Severity);
        Assert.NotEqual(SkpFindings.PenetapanTerlambat.Create("SKP-1", FindingValue.Of("skp", "SKP-1")), finding);
    }

    [Fact]
    public void Equality_SameCodeSubjectAndValues_AreEqual()
    {
        Assert.Equal(Sample(), Sample());
        Assert.True(Sample() == Sample());
        Assert.False(Sample() != Sample());
        Assert.Equal(Sample().GetHashCode(), Sample().GetHashCode());
        Assert.NotEqual(Sample("SKP-1"), Sample("SKP-2"));
        Assert.NotEqual(
            SkpFindings.TanpaHasilKerjaUtama.Create("S", FindingValue.Of("skp", "A")),
            SkpFindings.TanpaHasilKerjaUtama.Create("S", FindingValue.Of("skp", "B")));
        Assert.NotEqual(
            SkpFindings.TanpaHasilKerjaUtama.Create("S", FindingValue.Of("skp", "S")),
            SkpFindings.PeriodeLintasTahun.Create("S", FindingValue.Of("skp", "S")));
        Assert.False(Sample().Equals(null));
    }

    [Fact]
    public void FindingDefinition_Equality_IsByCode()
    {
        var copy = new FindingDefinition("SKP001", FindingSeverity.Warning, new RegulationReference("X", null, Confidence.Low), "a", "b");

        Assert.Equal(SkpFindings.TanpaHasilKerjaUtama, copy);
        Assert.True(SkpFindings.TanpaHasilKerjaUtama == copy);
        Assert.Equal(SkpFindings.TanpaHasilKerjaUtama.GetHashCode(), copy.GetHashCode());
        Assert.True(SkpFindings.TanpaHasilKerjaUtama != SkpFindings.RhkTanpaIki);
        Assert.Equal("SKP001", SkpFindings.TanpaHasilKerjaUtama.ToString());
    }

    [Fact]
    public void FindingValue_Numbers_AreFormattedInvariantlyUnderEveryCulture()
    {
        var values = Cultures.UnderEach(() => FindingValue.Of("n", 1234.5m).Value + "|" + FindingValue.Of("i", -1234567).Value);
        Assert.All(values, v => Assert.Equal("1234.5|-1234567", v));
    }

    [Fact]
    public void FindingValue_EqualityAndDefault()
    {
        Assert.Equal(FindingValue.Of("a", "1"), FindingValue.Of("a", 1));
        Assert.True(FindingValue.Of("a", "1") != FindingValue.Of("A", "1"));
        Assert.Equal(string.Empty, FindingValue.Of("a", null).Value);
        Assert.Equal(string.Empty, default(FindingValue).Key);
        Assert.Equal(string.Empty, default(FindingValue).Value);
        Assert.Throws<ArgumentException>(() => FindingValue.Of(" ", "x"));
    }

    [Fact]
    public void ValidationResult_Severities_DecideValidity()
    {
        var warning = OrganisasiFindings.EmptyUnit.Create("U", FindingValue.Of("unit", "U"));
        var error = OrganisasiFindings.Cycle.Create("U", FindingValue.Of("siklus", "U"), FindingValue.Of("jumlah", 1));

        Assert.True(ValidationResult.Empty.IsValid);
        Assert.True(new ValidationResult(new[] { warning }).IsValid);
        var mixed = new ValidationResult(new[] { warning, error });
        Assert.False(mixed.IsValid);
        Assert.Same(error, Assert.Single(mixed.Errors));
        Assert.Same(warning, Assert.Single(mixed.Warnings));
        Assert.True(mixed.Has("ORG003"));
        Assert.False(mixed.Has("org003"));
        Assert.Throws<ArgumentException>(() => new ValidationResult(new Finding[] { null! }));
    }

    [Fact]
    public void Localization_EnglishOnlyForEnglishCultures()
    {
        Assert.True(Localization.IsEnglish(Cultures.Get("en-AU")));
        Assert.False(Localization.IsEnglish(CultureInfo.InvariantCulture));
        Assert.False(Localization.IsEnglish(Cultures.Get("id-ID")));
        Assert.Equal("teks", Localization.Choose(Cultures.Get("nl-NL"), "teks", "text"));
        Assert.Equal("text", Localization.Choose(Cultures.Get("en-US"), "teks", "text"));
        Assert.Throws<ArgumentNullException>(() => Localization.IsEnglish(null!));
        Assert.Throws<ArgumentNullException>(() => Sample().GetMessage(null!));
    }

    [Fact]
    public void IsEnglish_EnglishNameOverInvariantData_IsEnglish()
    {
        // What invariant globalization mode gives an application that creates "en-GB" with PredefinedCulturesOnly=false:
        // the name is kept, the language reports the invariant "iv".
        var english = new NamedOverInvariant("en-GB");
        var englishLike = new NamedOverInvariant("eng");

        Assert.Equal("iv", english.TwoLetterISOLanguageName);
        Assert.True(Localization.IsEnglish(english));
        Assert.True(Localization.IsEnglish(new NamedOverInvariant("en")));
        Assert.False(Localization.IsEnglish(englishLike));
        Assert.False(Localization.IsEnglish(new NamedOverInvariant("id-ID")));
        Assert.Equal("text", Localization.Choose(english, "teks", "text"));
    }

    private sealed class NamedOverInvariant(string name) : CultureInfo(string.Empty)
    {
        public override string Name => name;
    }

    [Fact]
    public void RegulationReference_ToString_CarriesTheConfidenceMark()
    {
        Assert.Equal("PermenPANRB 6/2022, Lampiran [H]", new RegulationReference("PermenPANRB 6/2022", "Lampiran", Confidence.High).ToString());
        Assert.Equal("Kebijakan AsnKinerja [L]", new RegulationReference("Kebijakan AsnKinerja", " ", Confidence.Low).ToString());
        Assert.Throws<ArgumentOutOfRangeException>(() => new RegulationReference("X", null, default));
    }
}
