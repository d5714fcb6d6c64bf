namespace AsnKinerja.PublicApi.Tests;

/// <summary>The diff that a failing snapshot shows.</summary>
public sealed class ApprovedFileTests
{
    [Fact]
    public void Diff_OneLineChanged_ShowsRemovedThenAddedWithContext()
    {
        const string expected =
            """
            --- approved
            +++ received
            @@ -1 +1 @@
             a
             b
            -c
            +X
             d

            """;
        Assert.Equal(expected, ApprovedFile.Diff("a\nb\nc\nd\n", "a\nb\nX\nd\n"));
    }

    [Fact]
    public void Diff_ManyChangedLines_StopsAfterFortyAndCountsTheRest()
    {
        var approved = string.Concat(Enumerable.Range(0, 50).Select(i => "line " + i + "\n"));
        var received = string.Concat(Enumerable.Range(0, 50).Select(i => "LINE " + i + "\n"));

        var diff = ApprovedFile.Diff(approved, received);

        Assert.Equal(40, diff.Split('\n').Count(l => l.StartsWith('-') && !l.StartsWith("---", StringComparison.Ordinal)
            || l.StartsWith('+') && !l.StartsWith("+++", StringComparison.Ordinal)));
        Assert.EndsWith("... and 60 more changed lines (see the received file).\n", diff, StringComparison.Ordinal);
    }
}
