using System.Runtime.CompilerServices;
using System.Text;

namespace AsnKinerja.PublicApi.Tests;

/// <summary>
/// Compares a received text with the committed <c>approved/&lt;name&gt;.approved.txt</c> (a hand-written stand-in
/// for Verify's approval workflow). On a mismatch it writes <c>&lt;name&gt;.received.txt</c> next to it and fails
/// with a diff and the two ways to accept the change.
/// </summary>
public static class ApprovedFile
{
    /// <summary>Set to 1 to overwrite the approved files with what the tests receive.</summary>
    public const string AcceptVariable = "ASNKINERJA_ACCEPT_API";

    private const int MaxDiffLines = 40;
    private const string ProjectName = "AsnKinerja.PublicApi.Tests";

    /// <summary>Fails unless <paramref name="received"/> equals the approved text for <paramref name="name"/> (line endings aside).</summary>
    public static void Verify(string name, string received)
    {
        received = Normalise(received);
        var directory = ApprovedDirectory();
        var approvedPath = Path.Combine(directory, name + ".approved.txt");
        var receivedPath = Path.Combine(directory, name + ReceivedSuffix);

        if (IsAcceptMode())
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(approvedPath, received, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            File.Delete(receivedPath);
            return;
        }

        var approved = File.Exists(approvedPath) ? Normalise(File.ReadAllText(approvedPath)) : null;
        if (string.Equals(approved, received, StringComparison.Ordinal))
        {
            File.Delete(receivedPath);
            return;
        }

        Directory.CreateDirectory(directory);
        File.WriteAllText(receivedPath, received, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));

        var message = new StringBuilder();
        if (approved is null)
        {
            message.Append("There is no approved public API for ").Append(name).Append(".\n")
                .Append("Missing: ").Append(approvedPath).Append('\n');
        }
        else
        {
            message.Append("The public API of ").Append(name).Append(" differs from the approved snapshot.\n")
                .Append(Diff(approved, received));
        }

        message.Append("Received: ").Append(receivedPath).Append('\n')
            .Append("If the change is intended, accept it and commit the approved file: either copy\n  ")
            .Append(receivedPath).Append("\nover\n  ").Append(approvedPath)
            .Append("\nor run the tests with the environment variable ").Append(AcceptVariable)
            .Append("=1, which overwrites the approved files.");
        Assert.Fail(message.ToString());
    }

    /// <summary>A unified-style diff (approved as '-', received as '+') of at most <see cref="MaxDiffLines"/> changed lines.</summary>
    public static string Diff(string approved, string received)
    {
        var a = Lines(approved);
        var b = Lines(received);
        var edits = LineDiff(a, b);

        var text = new StringBuilder("--- approved\n+++ received\n");
        var shown = 0;
        var total = edits.Count(e => e.Kind != ' ');
        const int context = 2;
        var i = 0;
        while (i < edits.Count && shown < MaxDiffLines)
        {
            if (edits[i].Kind == ' ')
            {
                i++;
                continue;
            }

            // One hunk: from 'context' lines before the change to 'context' lines after the last nearby change.
            var start = Math.Max(0, i - context);
            var end = i;
            while (end < edits.Count && (edits[end].Kind != ' ' || NextChangeWithin(edits, end, (2 * context) + 1)))
            {
                end++;
            }

            end = Math.Min(edits.Count, end + context);
            var first = edits[start];
            text.Append("@@ -").Append(first.ApprovedLine + 1).Append(" +").Append(first.ReceivedLine + 1).Append(" @@\n");
            for (var k = start; k < end && shown < MaxDiffLines; k++)
            {
                text.Append(edits[k].Kind).Append(edits[k].Text).Append('\n');
                if (edits[k].Kind != ' ')
                {
                    shown++;
                }
            }

            i = end;
        }

        if (total > shown)
        {
            text.Append("... and ").Append(total - shown).Append(" more changed lines (see the received file).\n");
        }

        return text.ToString();
    }

    private static string ReceivedSuffix =>
#if ASNKINERJA_NETSTANDARD_BUILD
        ".netstandard2.0.received.txt";
#else
        ".received.txt";
#endif

    private static bool IsAcceptMode() =>
        Environment.GetEnvironmentVariable(AcceptVariable) is { } value
        && (value.Trim() == "1" || value.Trim().Equals("true", StringComparison.OrdinalIgnoreCase));

    private static string Normalise(string text)
    {
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        return text.EndsWith('\n') ? text : text + "\n";
    }

    private static string[] Lines(string text) => text.TrimEnd('\n').Split('\n');

    private static bool NextChangeWithin(List<Edit> edits, int from, int distance)
    {
        for (var k = from; k < Math.Min(edits.Count, from + distance); k++)
        {
            if (edits[k].Kind != ' ')
            {
                return true;
            }
        }

        return false;
    }

    // Longest-common-subsequence diff of the part between the common prefix and suffix.
    private static List<Edit> LineDiff(string[] a, string[] b)
    {
        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < a.Length - prefix && suffix < b.Length - prefix && a[a.Length - 1 - suffix] == b[b.Length - 1 - suffix])
        {
            suffix++;
        }

        var n = a.Length - prefix - suffix;
        var m = b.Length - prefix - suffix;
        var edits = new List<Edit>();
        for (var k = 0; k < prefix; k++)
        {
            edits.Add(new Edit(' ', a[k], k, k));
        }

        if ((long)n * m > 16_000_000)
        {
            // Too large to align: show the whole middle as removed, then added.
            for (var k = 0; k < n; k++)
            {
                edits.Add(new Edit('-', a[prefix + k], prefix + k, prefix));
            }

            for (var k = 0; k < m; k++)
            {
                edits.Add(new Edit('+', b[prefix + k], prefix + n, prefix + k));
            }
        }
        else
        {
            var lcs = new int[n + 1, m + 1];
            for (var x = n - 1; x >= 0; x--)
            {
                for (var y = m - 1; y >= 0; y--)
                {
                    lcs[x, y] = a[prefix + x] == b[prefix + y] ? lcs[x + 1, y + 1] + 1 : Math.Max(lcs[x + 1, y], lcs[x, y + 1]);
                }
            }

            int p = 0, q = 0;
            while (p < n || q < m)
            {
                if (p < n && q < m && a[prefix + p] == b[prefix + q])
                {
                    edits.Add(new Edit(' ', a[prefix + p], prefix + p, prefix + q));
                    p++;
                    q++;
                }
                else if (p < n && (q == m || lcs[p + 1, q] >= lcs[p, q + 1]))
                {
                    edits.Add(new Edit('-', a[prefix + p], prefix + p, prefix + q));
                    p++;
                }
                else
                {
                    edits.Add(new Edit('+', b[prefix + q], prefix + p, prefix + q));
                    q++;
                }
            }
        }

        for (var k = suffix; k > 0; k--)
        {
            edits.Add(new Edit(' ', a[a.Length - k], a.Length - k, b.Length - k));
        }

        return edits;
    }

    private static string ApprovedDirectory() => Path.Combine(ProjectDirectory(), "approved");

    // This file's own path when it exists (a local build). CI builds map source paths (/_/...), and the
    // NetStandard.Tests project compiles this file too, so otherwise search upwards from the test output.
    private static string ProjectDirectory()
    {
        var fromSource = Path.GetDirectoryName(SourcePath());
        if (fromSource is not null && File.Exists(Path.Combine(fromSource, ProjectName + ".csproj")))
        {
            return fromSource;
        }

        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "tests", ProjectName);
            if (File.Exists(Path.Combine(candidate, ProjectName + ".csproj")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException(
            $"Cannot find tests/{ProjectName} from '{SourcePath()}' or above '{AppContext.BaseDirectory}'.");
    }

    private static string SourcePath([CallerFilePath] string path = "") => path;

    private readonly record struct Edit(char Kind, string Text, int ApprovedLine, int ReceivedLine);
}
