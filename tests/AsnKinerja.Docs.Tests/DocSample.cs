using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;

namespace AsnKinerja.Docs.Tests;

/// <summary>
/// A C# sample of the documentation: a <c>```csharp</c> block of README.md, a package README or a page of docs/.
/// A block is a complete program (top-level statements, the usings it needs) unless the line before it says otherwise:
/// <list type="bullet">
/// <item><c>&lt;!-- sample: continues --&gt;</c>: the block goes on from the previous block of the same file; the two
/// (or more) are compiled and run as one program.</item>
/// <item><c>&lt;!-- sample: fragment --&gt;</c>: the block shows a shape (a method, a registration) and is not compiled
/// alone.</item>
/// <item><c>&lt;!-- sample: given skp --&gt;</c>: the block uses inputs that a reader's application already has (an
/// SKP, a unit's employees); <c>tests/AsnKinerja.Docs.Tests/Givens/skp.csx</c> declares them and runs first.</item>
/// </list>
/// A block followed by <c>&lt;!-- sample: output --&gt;</c> and a <c>```text</c> block must print exactly that text.
/// </summary>
public sealed record DocSample(string File, int Line, string Kind, IReadOnlyList<string> Givens, string Code, string? ExpectedOutput)
{
    /// <summary>"file:line" of the block, as the test names it.</summary>
    public string Id => File + ":" + Line.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static readonly Regex Marker = new(
        @"^<!--\s*sample:\s*(?<kind>continues|fragment|output|given)(\s+(?<names>[a-z0-9-]+(\s*,\s*[a-z0-9-]+)*))?\s*-->$",
        RegexOptions.CultureInvariant);

    /// <summary>Every sample of the documentation, in file order.</summary>
    public static IReadOnlyList<DocSample> All { get; } = Load();

    /// <summary>The program that the sample is part of: its givens, the blocks it continues, then itself.</summary>
    public static DocSample Program(DocSample sample)
    {
        var inFile = All.Where(s => s.File == sample.File).ToList();
        var index = inFile.IndexOf(sample);
        var start = index;
        while (start > 0 && inFile[start].Kind == "continues")
        {
            start--;
        }

        var chain = inFile.Skip(start).Take(index - start + 1).ToList();
        var givens = chain.SelectMany(s => s.Givens).Distinct(StringComparer.Ordinal)
            .Select(g => System.IO.File.ReadAllText(Path.Combine(RepositoryRoot(), "tests", "AsnKinerja.Docs.Tests", "Givens", g + ".csx")));
        var code = string.Join("\n", givens.Concat(chain.Select(s => s.Code)));
        return sample with { Code = HoistUsings(code) };
    }

    /// <summary>The repository root (the folder with AsnKinerja.sln).</summary>
    public static string RepositoryRoot([CallerFilePath] string path = "")
    {
        var dir = System.IO.File.Exists(path) ? Path.GetDirectoryName(path) : AppContext.BaseDirectory;
        while (dir is not null && !System.IO.File.Exists(Path.Combine(dir, "AsnKinerja.sln")))
        {
            dir = Path.GetDirectoryName(dir);
        }

        return dir ?? throw new InvalidOperationException("The repository root (with AsnKinerja.sln) was not found above " + path);
    }

    /// <summary>README.md, every package README and every page of docs/, relative to the root.</summary>
    public static IEnumerable<string> DocumentationFiles(string root) =>
        new[] { "README.md" }
            .Concat(Directory.GetDirectories(Path.Combine(root, "src")).Select(d => Path.Combine(d, "README.md")).Where(System.IO.File.Exists).Select(f => Path.GetRelativePath(root, f)))
            .Concat(Directory.GetFiles(Path.Combine(root, "docs"), "*.md").Select(f => Path.GetRelativePath(root, f)))
            .Select(f => f.Replace('\\', '/'))
            .OrderBy(f => f, StringComparer.Ordinal);

    private static List<DocSample> Load()
    {
        var root = RepositoryRoot();
        var samples = new List<DocSample>();
        foreach (var file in DocumentationFiles(root))
        {
            var lines = System.IO.File.ReadAllText(Path.Combine(root, file)).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                if (lines[i].Trim() != "```csharp")
                {
                    continue;
                }

                var (kind, givens) = MarkersBefore(lines, i);
                var end = Array.FindIndex(lines, i + 1, l => l.TrimStart().StartsWith("```", StringComparison.Ordinal));
                if (end < 0)
                {
                    throw new InvalidOperationException($"{file}:{i + 1}: the csharp block is not closed.");
                }

                var code = string.Join("\n", lines[(i + 1)..end]);
                samples.Add(new DocSample(file, i + 1, kind, givens, code, OutputAfter(lines, end + 1)));
                i = end;
            }
        }

        return samples;
    }

    // The marker lines right above a block (blank lines between are allowed).
    private static (string Kind, IReadOnlyList<string> Givens) MarkersBefore(string[] lines, int fence)
    {
        var kind = "complete";
        var givens = new List<string>();
        for (var k = fence - 1; k >= 0; k--)
        {
            var line = lines[k].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var match = Marker.Match(line);
            if (!match.Success || match.Groups["kind"].Value == "output")
            {
                break;
            }

            if (match.Groups["kind"].Value == "given")
            {
                givens.AddRange(match.Groups["names"].Value.Split(',').Select(n => n.Trim()));
            }
            else
            {
                kind = match.Groups["kind"].Value;
            }
        }

        return (kind, givens);
    }

    private static string? OutputAfter(string[] lines, int from)
    {
        // Blank lines and other HTML comments (such as the README's sample markers) may stand between.
        var k = from;
        while (k < lines.Length && (lines[k].Trim().Length == 0 || (lines[k].TrimStart().StartsWith("<!--", StringComparison.Ordinal) && !Marker.IsMatch(lines[k].Trim()))))
        {
            k++;
        }

        if (k + 1 >= lines.Length || Marker.Match(lines[k].Trim()) is not { Success: true } m || m.Groups["kind"].Value != "output" || lines[k + 1].Trim() != "```text")
        {
            return null;
        }

        var end = Array.FindIndex(lines, k + 2, l => l.TrimStart().StartsWith("```", StringComparison.Ordinal));
        return end < 0 ? null : string.Join("\n", lines[(k + 2)..end]) + "\n";
    }

    // Usings must come before the statements of a program made of several blocks.
    private static string HoistUsings(string code)
    {
        var directive = new Regex(@"^using\s+(static\s+)?[A-Za-z_][\w.]*(\s*=\s*[\w.<>, ]+)?;\s*$");
        var lines = code.Split('\n');
        var usings = lines.Where(l => directive.IsMatch(l)).Distinct(StringComparer.Ordinal);
        var rest = lines.Where(l => !directive.IsMatch(l));
        var text = new StringBuilder();
        foreach (var line in usings.Concat(rest))
        {
            text.Append(line).Append('\n');
        }

        return text.ToString();
    }
}
