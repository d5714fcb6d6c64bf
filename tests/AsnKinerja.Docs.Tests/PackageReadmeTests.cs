using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace AsnKinerja.Docs.Tests;

/// <summary>
/// A package README is what the package page shows: its documentation links must lead somewhere from there, so they
/// are absolute links into the repository (the RepositoryUrl of Directory.Build.props) and the pages exist.
/// </summary>
public sealed class PackageReadmeTests
{
    private static readonly string Root = DocSample.RepositoryRoot();

    private static readonly string RepositoryUrl =
        XDocument.Load(Path.Combine(Root, "Directory.Build.props")).Descendants("RepositoryUrl").Single().Value.Trim();

    public static TheoryData<string> Readmes()
    {
        var data = new TheoryData<string>();
        foreach (var readme in Directory.GetDirectories(Path.Combine(Root, "src")).Select(d => Path.Combine(d, "README.md")).Where(File.Exists))
        {
            data.Add(Path.GetRelativePath(Root, readme).Replace('\\', '/'));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Readmes))]
    public void PackageReadme_Documentation_IsAnAbsoluteLinkToAnExistingPage(string readme)
    {
        var text = File.ReadAllText(Path.Combine(Root, readme));
        var links = Regex.Matches(text, @"\]\((?<target>[^)\s]+)\)").Select(m => m.Groups["target"].Value).ToList();

        var prefix = RepositoryUrl + "/blob/main/";
        Assert.True(links.Any(l => l.StartsWith(prefix + "docs/", StringComparison.Ordinal)), $"{readme} has no link to its page under {prefix}docs/.");
        foreach (var link in links)
        {
            Assert.True(link.StartsWith("https://", StringComparison.Ordinal), $"{readme}: '{link}' is relative, so it leads nowhere from the package page.");
            if (link.StartsWith(prefix, StringComparison.Ordinal))
            {
                var page = link[prefix.Length..].Split('#')[0];
                Assert.True(File.Exists(Path.Combine(Root, page)) || Directory.Exists(Path.Combine(Root, page)), $"{readme}: '{link}' names {page}, which does not exist.");
            }
        }

        Assert.DoesNotMatch(@"Documentation[^\n]*: `docs/", text);
    }
}
