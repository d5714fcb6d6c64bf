using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace AsnKinerja.Conventions.Tests;

public sealed class RegulationMapTests
{
    [Fact]
    public void RegulationMap_EveryNamedTest_Exists()
    {
        var root = RepositoryRoot();
        var map = File.ReadAllText(Path.Combine(root, "docs", "regulation-map.md"));
        var methods = Directory.EnumerateFiles(Path.Combine(root, "tests"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .SelectMany(f => Regex.Matches(File.ReadAllText(f), @"public (?:async Task|void|Property) ([A-Za-z0-9_]+)\(").Select(m => m.Groups[1].Value))
            .ToHashSet(StringComparer.Ordinal);

        // The last column of every table row names the tests, in backticks.
        var named = map.Split('\n')
            .Where(line => line.StartsWith('|') && !line.StartsWith("|---", StringComparison.Ordinal) && !line.StartsWith("| Rule", StringComparison.Ordinal))
            .Select(line => line.TrimEnd().TrimEnd('|').Split('|').Last())
            .SelectMany(cell => Regex.Matches(cell, "`([^`]+)`").Select(m => m.Groups[1].Value))
            .ToList();

        Assert.NotEmpty(named);
        var missing = named.Where(name =>
        {
            var pattern = new Regex("^" + Regex.Escape(name).Replace(@"\*", ".*", StringComparison.Ordinal) + "$");
            return !methods.Any(m => pattern.IsMatch(m));
        }).ToList();
        Assert.True(missing.Count == 0, "docs/regulation-map.md names tests that do not exist: " + string.Join(", ", missing));
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
