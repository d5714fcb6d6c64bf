using System.Globalization;

namespace AsnKinerja.Testing;

/// <summary>
/// FsCheck.Xunit's <c>[Property]</c>, with the number of cases multiplied by the environment variable
/// <c>ASNKINERJA_FSCHECK_SCALE</c> (a positive integer, default 1) so that a CI job or a maintainer can search
/// harder without editing a test. Everything else (<c>Replay</c>, <c>Arbitrary</c>, <c>Verbose</c>, ...) is
/// FsCheck.Xunit's own; see docs/test-helpers.md for replaying a failure.
/// </summary>
/// <remarks>
/// A property method returns the <see cref="FsCheck.Property"/> it states (for example <c>Prop.ForAll(...)</c>);
/// FsCheck.Xunit calls the method once per case.
/// </remarks>
public sealed class PropertyAttribute : FsCheck.Xunit.PropertyAttribute
{
    /// <summary>The environment variable that multiplies every property's number of cases.</summary>
    public const string ScaleVariable = "ASNKINERJA_FSCHECK_SCALE";

    // FsCheck's own default number of cases.
    private const int DefaultMaxTest = 100;

    private int maxTest = DefaultMaxTest;

    /// <summary>Runs the default number of cases, times the scale.</summary>
    public PropertyAttribute() => base.MaxTest = Scaled(DefaultMaxTest);

    /// <summary>The number of cases at scale 1; FsCheck runs this many times <see cref="Scale"/>.</summary>
    public new int MaxTest
    {
        get => maxTest;
        set
        {
            maxTest = value;
            base.MaxTest = Scaled(value);
        }
    }

    /// <summary>The multiplier read from <see cref="ScaleVariable"/> (1 when unset or not a positive integer).</summary>
    public static int Scale { get; } =
        int.TryParse(Environment.GetEnvironmentVariable(ScaleVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var scale) && scale > 0
            ? scale
            : 1;

    private static int Scaled(int cases) => checked(Math.Max(1, cases) * Scale);
}
