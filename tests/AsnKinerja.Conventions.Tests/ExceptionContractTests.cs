using AsnKinerja.Conventions.Tests.Exceptions;
using Xunit.Abstractions;

namespace AsnKinerja.Conventions.Tests;

/// <summary>
/// Every public member throws only what its XML docs name. One seeded run calls every public constructor, method,
/// accessor, indexer and operator of every package with benign and edge arguments (see <see cref="ArgumentSource"/>)
/// and records each exception whose type, or a base type, is not named by an <c>&lt;exception cref&gt;</c> of the
/// member; <see cref="ExceptionRun.NeverAcceptable"/> types fail even when documented. The seed is printed and
/// <c>ASNKINERJA_FUZZ_SEED</c> replays it; <c>ASNKINERJA_FSCHECK_SCALE</c> multiplies the calls per member.
/// </summary>
public sealed class ExceptionContractTests(ITestOutputHelper output)
{
    [Fact]
    public void PublicMembers_EdgeArguments_ThrowOnlyDocumentedExceptions()
    {
        var run = ExceptionRun.Current;
        Report(run);
        Packages.AssertNone(
            $"Exceptions not named in the member's XML docs (seed {run.Seed}; replay: {run.Replay})",
            run.Violations.OrderBy(v => v.Id, StringComparer.Ordinal).ThenBy(v => v.Exception, StringComparer.Ordinal).Select(v => v.ToString()));
    }

    [Fact]
    public void PublicMembers_EveryPackage_AreAllCalled()
    {
        var run = ExceptionRun.Current;
        Report(run);
        Packages.AssertNone(
            $"Public members the exception convention test could not call (seed {run.Seed}); teach ArgumentSource to build "
            + "the argument, or add the member to PublicMembers.Excluded with the reason",
            run.Uncalled.OrderBy(u => u.Key, StringComparer.Ordinal).Select(u => $"{u.Key}: {u.Value}"));
        Assert.True(run.Calls.Count > 0, "no public member was called");
    }

    [Fact]
    public void ExcludedMembers_Always_NameExistingPublicMembers()
    {
        var ids = PublicMembers.Declared.Select(DocumentedExceptions.IdOf).ToHashSet(StringComparer.Ordinal);
        var types = Packages.PublicTypes.Select(t => t.FullName!).ToHashSet(StringComparer.Ordinal);
        Packages.AssertNone(
            "PublicMembers.Excluded and ExcludedTypes must name members and types that exist",
            PublicMembers.Excluded.Keys.Where(id => !ids.Contains(id))
                .Concat(PublicMembers.ExcludedTypes.Keys.Where(t => !types.Contains(t)))
                .Select(id => id + " is excluded but does not exist"));
    }

    private void Report(ExceptionRun run)
    {
        output.WriteLine(
            $"seed {run.Seed}: {run.Calls.Count} members, {run.TotalCalls} calls ({run.Cases} per member and instantiation), "
            + $"{run.PoolSize} gathered values, {run.Elapsed.TotalSeconds:F1} s");
        output.WriteLine("documented exceptions thrown: " + string.Join(", ", run.DocumentedThrows.OrderByDescending(p => p.Value).Select(p => $"{p.Key} × {p.Value}")));
        foreach (var line in run.Accepted)
        {
            output.WriteLine("  " + line);
        }

        foreach (var slow in run.Slow)
        {
            output.WriteLine("slow: " + slow);
        }
    }
}
