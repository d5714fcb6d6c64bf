using System.Globalization;

namespace AsnKinerja.Testing;

/// <summary>Runs code under a given current culture, to show a result does not depend on it.</summary>
public static class Cultures
{
    public static readonly CultureInfo[] All =
    {
        CultureInfo.GetCultureInfo("id-ID"),
        CultureInfo.GetCultureInfo("en-US"),
        CultureInfo.InvariantCulture,
        CultureInfo.GetCultureInfo("tr-TR"),
    };

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
}
