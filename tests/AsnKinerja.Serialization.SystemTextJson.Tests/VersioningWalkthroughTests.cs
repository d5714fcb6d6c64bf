using System.Runtime.CompilerServices;
using AsnKinerja.Examples.Versioning;

namespace AsnKinerja.Serialization.SystemTextJson.Tests;

/// <summary>The walkthrough of docs/versioning.md is real code: it runs, and the page shows exactly that code.</summary>
public sealed class VersioningWalkthroughTests
{
    private const string Begin = "// <walkthrough>";
    private const string End = "// </walkthrough>";

    [Fact]
    public void Walkthrough_Run_RegistersLooksUpChecksAndSerializesTheDraftRuleSet()
    {
        using var output = new StringWriter();

        RancanganSuratEdaran.Run(output);

        Assert.Equal(
            new[]
            {
                "2026: RancanganSeDistribusi2027, 2025: SeMenPanRb3Tahun2023",
                "SeMenPanRb3Tahun2023: Memenuhi; RancanganSeDistribusi2027: TidakMemenuhi",
                "JSON: RancanganSeDistribusi2027, TidakMemenuhi",
                "Tanpa registrasi: $.ruleSet",
            },
            output.ToString().Split(new[] { "\r\n", "\n" }, StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Walkthrough_DocsPage_ShowsTheCodeThatRuns()
    {
        var root = RepositoryRoot();
        var source = File.ReadAllText(Path.Combine(root, "docs", "examples", "Versioning", "RancanganSuratEdaran.cs"));
        var page = File.ReadAllText(Path.Combine(root, "docs", "versioning.md"));

        var expected = Dedent(Between(Lines(source), Begin, End));
        var blocks = FencedBlocks(Lines(page), "```csharp").ToList();

        Assert.Contains(string.Join("\n", expected), blocks.Select(b => string.Join("\n", b)));
    }

    private static string[] Lines(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');

    private static List<string> Between(string[] lines, string begin, string end)
    {
        var start = Array.FindIndex(lines, l => l.Trim() == begin);
        var stop = Array.FindIndex(lines, l => l.Trim() == end);
        Assert.True(start >= 0 && stop > start, "The walkthrough markers are missing from the sample.");
        return lines.Skip(start + 1).Take(stop - start - 1).ToList();
    }

    private static List<string> Dedent(List<string> lines)
    {
        var indent = lines.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
        var result = lines.Select(l => l.Trim().Length == 0 ? string.Empty : l.Substring(indent)).ToList();
        while (result.Count > 0 && result[^1].Length == 0)
        {
            result.RemoveAt(result.Count - 1);
        }

        return result;
    }

    private static IEnumerable<List<string>> FencedBlocks(string[] lines, string fence)
    {
        List<string>? block = null;
        foreach (var line in lines)
        {
            if (block is null && line.Trim() == fence)
            {
                block = new List<string>();
            }
            else if (block is not null && line.Trim() == "```")
            {
                yield return block;
                block = null;
            }
            else
            {
                block?.Add(line);
            }
        }
    }

    private static string RepositoryRoot([CallerFilePath] string path = "")
    {
        var dir = File.Exists(path) ? Path.GetDirectoryName(path) : AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "AsnKinerja.sln")))
        {
            dir = Path.GetDirectoryName(dir);
        }

        return dir ?? throw new InvalidOperationException("The repository root (with AsnKinerja.sln) was not found above " + path);
    }
}
