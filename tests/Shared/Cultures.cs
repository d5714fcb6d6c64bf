using System.Globalization;

namespace AsnKinerja.Testing;

/// <summary>
/// Cultures for tests, in both globalization modes, and running code under a given current culture to show a result
/// does not depend on it.
/// </summary>
/// <remarks>
/// Under <c>DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1</c> (containers, AOT) the runtime has no culture data and refuses
/// every named culture. There <see cref="Get"/> gives a stand-in: the invariant culture's data under the requested
/// name, which is exactly what an application in that mode gets when it allows named cultures
/// (<c>PredefinedCulturesOnly=false</c>): the name survives, the language reports <c>iv</c>, numbers and casing are
/// invariant. So every culture-dependent test runs in both modes, on the cultures the mode has.
/// </remarks>
public static class Cultures
{
    /// <summary>Whether the runtime has culture data (false in invariant globalization mode).</summary>
    public static bool HaveData { get; } = Probe();

    public static readonly CultureInfo[] All =
    {
        Get("id-ID"),
        Get("en-US"),
        CultureInfo.InvariantCulture,
        Get("tr-TR"),
    };

    /// <summary>The culture with this name, or in invariant globalization mode its stand-in (see the remarks).</summary>
    public static CultureInfo Get(string name) => HaveData ? CultureInfo.GetCultureInfo(name) : new NamedInvariantCulture(name);

    public static T Under<T>(CultureInfo culture, Func<T> action)
    {
        var (c, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = c;
            CultureInfo.CurrentUICulture = ui;
        }
    }

    /// <summary>The result of <paramref name="action"/> under every culture in <see cref="All"/>.</summary>
    public static IReadOnlyList<T> UnderEach<T>(Func<T> action) => All.Select(c => Under(c, action)).ToList();

    private static bool Probe()
    {
        try
        {
            return CultureInfo.GetCultureInfo("id-ID").TwoLetterISOLanguageName == "id";
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }

    /// <summary>The invariant culture's data under another name, as invariant globalization mode creates named cultures.</summary>
    private sealed class NamedInvariantCulture(string name) : CultureInfo(string.Empty)
    {
        public override string Name => name;

        public override string ToString() => name;
    }
}
