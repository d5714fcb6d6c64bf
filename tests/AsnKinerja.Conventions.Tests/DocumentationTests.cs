using System.Reflection;
using System.Xml.Linq;

namespace AsnKinerja.Conventions.Tests;

/// <summary>
/// The XML documentation file shipped next to each package. The build already fails on a missing doc
/// comment (CS1591); these tests also catch empty summaries and check enum members and types by name.
/// </summary>
public sealed class DocumentationTests
{
    private const BindingFlags DeclaredVisible =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<Assembly, Dictionary<string, XElement>> Docs =
        Packages.Assemblies.ToDictionary(a => a, Load);

    [Fact]
    public void DocumentationFile_EveryPackage_IsNextToTheAssembly()
    {
        Packages.AssertNone(
            "Every package must ship its XML documentation",
            Packages.Assemblies
                .Select(a => Path.ChangeExtension(a.Location, ".xml"))
                .Where(p => !File.Exists(p))
                .Select(p => p + " is missing"));
    }

    [Fact]
    public void PublicEnumMembers_Always_HaveANonEmptySummary()
    {
        var violations =
            from type in Packages.PublicTypes
            where type.IsEnum
            from field in type.GetFields(BindingFlags.Public | BindingFlags.Static)
            let id = "F:" + Packages.DocumentationName(type) + "." + field.Name
            where !HasSummary(Docs[type.Assembly], id)
            select $"{id} has no <summary> (or an empty one)";
        Packages.AssertNone("Enum members must be documented", violations);
    }

    [Fact]
    public void PublicTypes_Always_HaveANonEmptySummary()
    {
        var violations =
            from type in Packages.PublicTypes
            let id = "T:" + Packages.DocumentationName(type)
            where !HasSummary(Docs[type.Assembly], id)
            select $"{id} has no <summary> (or an empty one)";
        Packages.AssertNone("Public types must be documented", violations);
    }

    [Fact]
    public void PublicPropertiesFieldsAndEvents_Always_HaveADocumentationEntry()
    {
        var members =
            from type in Packages.PublicTypes
            where !type.IsEnum
            from member in type.GetMembers(DeclaredVisible)
            where !Packages.IsCompilerGenerated(member)
            let id = member switch
            {
                PropertyInfo p when p.GetIndexParameters().Length == 0 && p.GetAccessors(nonPublic: true).Any(Packages.IsVisible) => "P:",
                FieldInfo f when Packages.IsVisible(f) => "F:",
                EventInfo e when Packages.IsVisible(e.AddMethod) => "E:",
                _ => null,
            }
            where id is not null
            select id + Packages.DocumentationName(type) + "." + member.Name;
        var violations = members
            .Where(id => !Docs.Values.Any(d => d.TryGetValue(id, out var entry) && IsDocumented(entry)))
            .Select(id => $"{id} has no documentation entry (<summary> or <inheritdoc/>)");
        Packages.AssertNone("Public members must be documented", violations);
    }

    [Fact]
    public void DocumentationEntries_Always_HaveANonEmptySummaryOrInheritdoc()
    {
        var violations =
            from pair in Docs
            from entry in pair.Value
            where !IsDocumented(entry.Value)
            select $"{pair.Key.GetName().Name}: {entry.Key} has neither a non-empty <summary> nor <inheritdoc/>";
        Packages.AssertNone("Documentation entries must say something", violations);
    }

    private static Dictionary<string, XElement> Load(Assembly assembly)
    {
        var path = Path.ChangeExtension(assembly.Location, ".xml");
        if (!File.Exists(path))
        {
            return [];
        }

        return XDocument.Load(path).Descendants("member")
            .Where(m => m.Attribute("name") is not null)
            .GroupBy(m => (string)m.Attribute("name")!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    private static bool HasSummary(Dictionary<string, XElement> docs, string id) =>
        docs.TryGetValue(id, out var entry) && entry.Element("summary") is { } summary && HasContent(summary);

    private static bool IsDocumented(XElement entry) =>
        entry.Element("inheritdoc") is not null || (entry.Element("summary") is { } summary && HasContent(summary));

    // A summary made only of <see cref="..."/> says something even though its text is empty.
    private static bool HasContent(XElement summary) =>
        !string.IsNullOrWhiteSpace(summary.Value) || summary.Elements().Any();
}
