using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace AsnKinerja.NineBox;

/// <summary>Labels of the talent-map axes in Bahasa Indonesia and English, and a culture-independent parser for potential levels.</summary>
/// <remarks>Stateless and thread-safe. Unknown labels are an error, never a silent default.</remarks>
public static partial class PetaTalentaLabels
{
    /// <summary>The Indonesian label: <c>Rendah</c>, <c>Menengah</c> or <c>Tinggi</c>.</summary>
    /// <param name="value">A defined level.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static string ToLabel(this TingkatPotensial value) => Preconditions.CheckDefined(value) switch
    {
        TingkatPotensial.Rendah => "Rendah",
        TingkatPotensial.Menengah => "Menengah",
        _ => "Tinggi",
    };

    /// <summary>The label for a culture: <c>Rendah</c>/<c>Menengah</c>/<c>Tinggi</c>, or <c>low</c>/<c>medium</c>/<c>high</c> in English.</summary>
    /// <param name="value">A defined level.</param>
    /// <param name="culture">The culture (English for English cultures, Bahasa Indonesia otherwise).</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is null.</exception>
    public static string ToLocalizedLabel(this TingkatPotensial value, CultureInfo culture) =>
        Localization.IsEnglish(Preconditions.CheckNotNull(culture)) ? ToEnglishLabel(value) : ToLabel(value);

    /// <summary>The performance label for a culture: the regulation's label (e.g. <c>Di Atas Ekspektasi</c>), or <c>above expectation</c> in English.</summary>
    /// <param name="value">A defined level.</param>
    /// <param name="culture">The culture (English for English cultures, Bahasa Indonesia otherwise).</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is null.</exception>
    public static string ToLocalizedLabel(this Ekspektasi value, CultureInfo culture) =>
        Localization.IsEnglish(Preconditions.CheckNotNull(culture)) ? ToEnglishLabel(value) : value.ToLabel();

    /// <summary>Parses a potential label: <c>Rendah</c>, <c>Menengah</c>, <c>Tinggi</c> (any case, surrounding spaces ignored), or the English <c>low</c>, <c>medium</c>, <c>high</c>.</summary>
    /// <param name="label">The label; null is not a known label.</param>
    /// <param name="result">The level when the label is known.</param>
    /// <returns>Whether the label is known.</returns>
    public static bool TryParseTingkatPotensial([NotNullWhen(true)] string? label, out TingkatPotensial result)
    {
        var key = label?.Trim() ?? string.Empty;
        if (Is(key, "rendah") || Is(key, "low"))
        {
            result = TingkatPotensial.Rendah;
            return true;
        }

        if (Is(key, "menengah") || Is(key, "sedang") || Is(key, "medium"))
        {
            result = TingkatPotensial.Menengah;
            return true;
        }

        if (Is(key, "tinggi") || Is(key, "high"))
        {
            result = TingkatPotensial.Tinggi;
            return true;
        }

        result = default;
        return false;
    }

    /// <summary>Parses a potential label; see <see cref="TryParseTingkatPotensial"/>.</summary>
    /// <param name="label">The label.</param>
    /// <returns>The level.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="label"/> is null.</exception>
    /// <exception cref="FormatException">The label is not known; the message quotes it (its first 64 characters and its length, when longer).</exception>
    public static TingkatPotensial ParseTingkatPotensial(string label) =>
        TryParseTingkatPotensial(Preconditions.CheckNotNull(label), out var result)
            ? result
            : throw new FormatException(string.Format(CultureInfo.InvariantCulture, "{0} is not a known potential level (TingkatPotensial) label. Known labels: Rendah, Menengah (or Sedang), Tinggi; low, medium, high.", Preconditions.Quote(label)));

    internal static string ToEnglishLabel(TingkatPotensial value) => Preconditions.CheckDefined(value) switch
    {
        TingkatPotensial.Rendah => "low",
        TingkatPotensial.Menengah => "medium",
        _ => "high",
    };

    internal static string ToEnglishLabel(Ekspektasi value) => Preconditions.CheckDefined(value) switch
    {
        Ekspektasi.DiBawah => "below expectation",
        Ekspektasi.Sesuai => "as expected",
        _ => "above expectation",
    };

    // ASCII letters without case, everything else ordinal: no Turkish dotted-i surprises, and look-alikes such as the
    // Kelvin sign (U+212A) or the long s (U+017F) never read as ASCII letters, whatever the globalization mode.
    private static bool Is(string text, string label) => AsciiText.EqualsIgnoreCase(text, label);
}
