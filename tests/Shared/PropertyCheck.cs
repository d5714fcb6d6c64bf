using System.Globalization;
using System.Runtime.CompilerServices;
using FsCheck;
using Microsoft.FSharp.Core;

namespace AsnKinerja.Testing;

/// <summary>
/// Runs an FsCheck property from an xunit [Fact] (FsCheck.Xunit is not available here). On failure the
/// exception carries FsCheck's report, with the seed and the shrunk counterexample, and says how to replay it.
/// </summary>
/// <remarks>
/// Environment variables: ASNKINERJA_FSCHECK_REPLAY="seed,gamma" replays one run;
/// ASNKINERJA_FSCHECK_SCALE multiplies every property's number of cases (default 1).
/// </remarks>
public static class PropertyCheck
{
    public const string ReplayVariable = "ASNKINERJA_FSCHECK_REPLAY";
    public const string ScaleVariable = "ASNKINERJA_FSCHECK_SCALE";

    public static void Run(Property property, int maxTest = 100, [CallerMemberName] string name = "")
    {
        var config = Config.QuickThrowOnFailure
            .WithMaxTest(Math.Max(1, maxTest * Scale()))
            .WithName(name)
            .WithQuietOnSuccess(true);

        var replay = Environment.GetEnvironmentVariable(ReplayVariable);
        if (!string.IsNullOrWhiteSpace(replay))
        {
            var parts = replay.Split(',');
            var rnd = new Rnd(ulong.Parse(parts[0].Trim(' ', '('), CultureInfo.InvariantCulture), ulong.Parse(parts[1].Trim(' ', ')'), CultureInfo.InvariantCulture));
            config = config.WithReplay(FSharpOption<Replay>.Some(new Replay(rnd, FSharpOption<int>.None)));
        }

        try
        {
            Check.One(config, property);
        }
        catch (Exception e) when (e is not PropertyFailedException)
        {
            throw new PropertyFailedException(
                $"Property '{name}' failed.{Environment.NewLine}{e.Message}{Environment.NewLine}" +
                $"To replay: set {ReplayVariable}=\"seed,gamma\" with the two numbers FsCheck printed after 'shrinks)'.",
                e);
        }
    }

    private static int Scale() =>
        int.TryParse(Environment.GetEnvironmentVariable(ScaleVariable), NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) && s > 0 ? s : 1;
}

public sealed class PropertyFailedException(string message, Exception inner) : Exception(message, inner);
