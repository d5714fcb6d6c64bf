using System.Collections.Immutable;
using System.Reflection;
using System.Text.RegularExpressions;
using AsnKinerja.Serialization.SystemTextJson;

namespace AsnKinerja.Conventions.Tests;

/// <summary>
/// Every finding and explanation the packages publish: catalogued, readable back by the wire format, and written
/// properly in both languages (the same placeholders, and no words of the other language).
/// </summary>
public sealed class CatalogueTests
{
    private static readonly Regex Placeholder = new(@"\{@?[A-Za-z0-9_.]+\}", RegexOptions.CultureInvariant);

    // Function words that only one of the two languages uses. Domain nouns (labels such as "Di Atas Ekspektasi",
    // "angka kredit", "tim kerja") stay Indonesian in English texts on purpose, so they are not listed.
    private static readonly string[] IndonesianWords =
    {
        "dan", "yang", "tidak", "dari", "untuk", "dengan", "atau", "adalah", "pada", "ini", "itu", "belum", "sudah", "harus",
        "memerlukan", "paling", "sedikit", "banyak", "oleh", "menjadi", "sebagai", "hanya", "bila", "tanpa", "lebih", "dalam",
        "pegawai", "batas", "bukan", "karena",
    };

    private static readonly string[] EnglishWords =
    {
        "the", "and", "of", "is", "are", "was", "not", "with", "for", "has", "have", "must", "only", "than", "from", "by",
        "employee", "employees", "this", "that", "which", "without", "need", "needs", "at least", "at most",
    };

    private static readonly string[] DomainPhrases =
    {
        // Terms of art that stay in Indonesian in English texts, and English-looking tokens in Indonesian ones.
        "Di Atas Ekspektasi", "Di Bawah Ekspektasi", "Sesuai Ekspektasi", "Butuh Perbaikan", "Kurang/Misconduct", "Sangat Kurang",
        "Sangat Baik", "angka kredit", "unit '", "Unit '",
    };

    // The wire format's catalogue, with the findings of the packages above it added the way its docs say (With): the
    // SIASN findings are returned by the SIASN builders and reconciliation, not carried by the wire format's results.
    private static readonly DefinitionCatalog Catalogue = DefinitionCatalog.Default.With(AsnKinerja.Siasn.SiasnFindings.All).With(AsnKinerja.Documents.DokumenFindings.All);

    public static IEnumerable<(string Owner, FindingDefinition Definition)> PublishedFindings() =>
        Published<FindingDefinition>();

    public static IEnumerable<(string Owner, ExplanationDefinition Definition)> PublishedExplanations() =>
        Published<ExplanationDefinition>();

    [Fact]
    public void Findings_EveryPublishedDefinition_IsInItsAllListAndInTheWireFormatCatalogue()
    {
        Packages.AssertNone("finding not catalogued", PublishedFindings()
            .Where(p => !Catalogue.TryGetFinding(p.Definition.Code, out var d) || !ReferenceEquals(d, p.Definition) || !InAll(p.Owner, p.Definition))
            .Select(p => p.Owner + "." + p.Definition.Code));
    }

    [Fact]
    public void Explanations_EveryPublishedDefinition_IsInItsAllListAndInTheWireFormatCatalogue()
    {
        var published = PublishedExplanations().ToList();
        Assert.NotEmpty(published);
        Packages.AssertNone("explanation not catalogued", published
            .Where(p => !DefinitionCatalog.Default.TryGetExplanation(p.Definition.Key, out var d) || !ReferenceEquals(d, p.Definition) || !InAll(p.Owner, p.Definition))
            .Select(p => p.Owner + "." + p.Definition.Key));
    }

    [Fact]
    public void Catalogue_EveryText_UsesTheSamePlaceholdersInBothLanguages()
    {
        Packages.AssertNone("placeholders differ", Texts().Where(t => !SamePlaceholders(t.Text)).Select(t => t.Name + ": " + t.Text.Indonesian + " | " + t.Text.English));
    }

    [Fact]
    public void Catalogue_EnglishTexts_HaveNoIndonesianWords()
    {
        Packages.AssertNone("Indonesian in an English text", Texts()
            .SelectMany(t => Words(t.Text.English).Intersect(IndonesianWords, StringComparer.Ordinal).Select(w => t.Name + ": '" + w + "' in \"" + t.Text.English + "\"")));
    }

    [Fact]
    public void Catalogue_IndonesianTexts_HaveNoEnglishWords()
    {
        Packages.AssertNone("English in an Indonesian text", Texts()
            .SelectMany(t => Words(t.Text.Indonesian).Intersect(EnglishWords, StringComparer.Ordinal).Select(w => t.Name + ": '" + w + "' in \"" + t.Text.Indonesian + "\"")));
    }

    [Fact]
    public void Catalogue_EveryNestedPlaceholder_SelectsAnExistingSubText()
    {
        // A {@key} placeholder is rendered from a sub-text; with none it would print a code.
        var problems = new List<string>();
        foreach (var (name, main, texts) in Definitions())
        {
            foreach (var nested in main.Placeholders.Where(p => p[0] == '@'))
            {
                if (texts.Count == 0)
                {
                    problems.Add(name + ": {" + nested + "} without sub-texts");
                }
            }
        }

        Packages.AssertNone("nested placeholder without sub-texts", problems);
    }

    [Fact]
    public void Catalogue_Keys_AreUniqueAcrossPackages()
    {
        var codes = PublishedFindings().Select(p => p.Definition).Distinct(ReferenceEqualityComparer.Instance).Cast<FindingDefinition>().Select(d => d.Code).ToList();
        var keys = PublishedExplanations().Select(p => p.Definition).Distinct(ReferenceEqualityComparer.Instance).Cast<ExplanationDefinition>().Select(d => d.Key).ToList();

        Packages.AssertNone("duplicate finding code", codes.GroupBy(c => c, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key));
        Packages.AssertNone("duplicate explanation key", keys.GroupBy(c => c, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key));
    }

    private static IEnumerable<(string Owner, T Definition)> Published<T>()
        where T : class
    {
        foreach (var type in Packages.PublicTypes.Where(t => t.IsAbstract && t.IsSealed))
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Static).Where(p => p.PropertyType == typeof(T)))
            {
                yield return (type.FullName!, (T)property.GetValue(null)!);
            }

            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Static).Where(p => p.PropertyType == typeof(ImmutableArray<T>) && p.Name == "All"))
            {
                foreach (var d in (ImmutableArray<T>)property.GetValue(null)!)
                {
                    yield return (type.FullName!, d);
                }
            }
        }
    }

    private static bool InAll<T>(string owner, T definition)
        where T : class
    {
        var type = Packages.PublicTypes.Single(t => t.FullName == owner);
        var all = type.GetProperty("All", BindingFlags.Public | BindingFlags.Static);
        return all is not null && ((ImmutableArray<T>)all.GetValue(null)!).Contains(definition);
    }

    private static IEnumerable<(string Name, LocalizedText Main, ImmutableSortedDictionary<string, LocalizedText> Texts)> Definitions() =>
        PublishedFindings().Select(p => (p.Definition.Code, p.Definition.Message, p.Definition.Texts))
            .Concat(PublishedExplanations().Select(p => (p.Definition.Key, p.Definition.Description, p.Definition.Texts)))
            .Distinct();

    private static IEnumerable<(string Name, LocalizedText Text)> Texts() =>
        Definitions().SelectMany(d => new[] { (d.Name, d.Main) }.Concat(d.Texts.Select(t => (d.Name + "/" + t.Key, t.Value))));

    private static bool SamePlaceholders(LocalizedText text) =>
        Placeholder.Matches(text.Indonesian).Select(m => m.Value).Distinct().OrderBy(v => v, StringComparer.Ordinal)
            .SequenceEqual(Placeholder.Matches(text.English).Select(m => m.Value).Distinct().OrderBy(v => v, StringComparer.Ordinal));

    private static IEnumerable<string> Words(string text)
    {
        var plain = Placeholder.Replace(text, " ");
        foreach (var phrase in DomainPhrases)
        {
            plain = plain.Replace(phrase, " ", StringComparison.Ordinal);
        }

        var words = Regex.Split(plain.ToLowerInvariant(), @"[^\p{L}]+").Where(w => w.Length > 0).ToList();
        var pairs = words.Zip(words.Skip(1), (a, b) => a + " " + b);
        return words.Concat(pairs).Distinct(StringComparer.Ordinal);
    }
}
