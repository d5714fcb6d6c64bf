using System.Globalization;

namespace AsnKinerja;

/// <summary>
/// Chooses between the two languages every message and description is written in: Bahasa Indonesia (the
/// default and the fallback) and English.
/// </summary>
/// <remarks>
/// The choice reads only the culture's name, so it creates no culture and works the same under invariant
/// globalization mode (where the invariant culture gives Bahasa Indonesia, and a culture created there as
/// <c>en-US</c> keeps its name but reports its language as <c>iv</c>).
/// </remarks>
public static class Localization
{
    /// <summary>The language for a culture: English for any culture whose name is <c>en</c> or starts with <c>en-</c>, Bahasa Indonesia otherwise.</summary>
    /// <param name="culture">The culture, e.g. <c>en-US</c> or <c>id-ID</c>.</param>
    /// <returns>The language.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is null.</exception>
    public static Language LanguageOf(CultureInfo culture)
    {
        // The name, not TwoLetterISOLanguageName: in invariant globalization mode a culture created by name keeps the
        // name but reports the invariant language ("iv"), and English must still be English there.
        var name = Preconditions.CheckNotNull(culture).Name;
        return name.StartsWith("en", StringComparison.OrdinalIgnoreCase) && (name.Length == 2 || name[2] == '-') ? Language.English : Language.Indonesian;
    }

    /// <summary>Whether a culture asks for English (any culture whose name is <c>en</c> or starts with <c>en-</c>).</summary>
    /// <param name="culture">The culture.</param>
    /// <returns>True for English cultures such as <c>en</c>, <c>en-US</c> or <c>en-GB</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is null.</exception>
    public static bool IsEnglish(CultureInfo culture) => LanguageOf(culture) == Language.English;

    /// <summary>Picks the text for a culture: English for English cultures, Bahasa Indonesia otherwise.</summary>
    /// <param name="culture">The culture.</param>
    /// <param name="indonesian">The Indonesian text.</param>
    /// <param name="english">The English text.</param>
    /// <returns>The text for the culture.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is null.</exception>
    public static string Choose(CultureInfo culture, string indonesian, string english) => LanguageOf(culture) == Language.English ? english : indonesian;

    /// <summary>Picks the text for a language.</summary>
    /// <param name="language">The language.</param>
    /// <param name="indonesian">The Indonesian text.</param>
    /// <param name="english">The English text.</param>
    /// <returns>The text for the language.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is undefined.</exception>
    public static string Choose(Language language, string indonesian, string english) =>
        Preconditions.CheckDefined(language) == Language.English ? english : indonesian;
}
