using System.Globalization;

namespace AsnKinerja;

/// <summary>
/// Chooses between the two languages every message and description is written in: Bahasa Indonesia (the
/// default and the fallback) and English.
/// </summary>
public static class Localization
{
    /// <summary>Whether a culture asks for English (any culture whose name is <c>en</c> or starts with <c>en-</c>).</summary>
    /// <param name="culture">The culture.</param>
    /// <returns>True for English cultures such as <c>en</c>, <c>en-US</c> or <c>en-GB</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is null.</exception>
    public static bool IsEnglish(CultureInfo culture)
    {
        // The name, not TwoLetterISOLanguageName: in invariant globalization mode a culture created by name keeps the
        // name but reports the invariant language ("iv"), and English must still be English there.
        var name = Preconditions.CheckNotNull(culture).Name;
        return name.StartsWith("en", StringComparison.OrdinalIgnoreCase) && (name.Length == 2 || name[2] == '-');
    }

    /// <summary>Picks the text for a culture: English for English cultures, Bahasa Indonesia otherwise.</summary>
    /// <param name="culture">The culture.</param>
    /// <param name="indonesian">The Indonesian text.</param>
    /// <param name="english">The English text.</param>
    /// <returns>The text for the culture.</returns>
    public static string Choose(CultureInfo culture, string indonesian, string english) => IsEnglish(culture) ? english : indonesian;
}
