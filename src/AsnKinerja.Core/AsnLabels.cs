using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace AsnKinerja;

/// <summary>
/// Canonical labels of ratings and predicates, and parsers for the labels that people and systems actually
/// write: case and spacing variants (<c>diatas</c>, <c>Di Atas</c>, <c>DIATAS</c>), the aliases of the
/// regulation (<c>Cukup</c> for <em>Butuh Perbaikan</em>, <c>Kurang</c> or <c>Misconduct</c> for
/// <em>Kurang/Misconduct</em>) and the common misspelling <c>Ekspetasi</c>.
/// </summary>
/// <remarks>
/// Parsing never depends on the current culture or the globalization mode: only the ASCII letters are compared without
/// case, so look-alike characters (the Kelvin sign U+212A, fullwidth letters) are never read as the letters they
/// resemble. An unknown label is always an error that quotes the input (its first 64 characters and its length, when
/// longer): it is never mapped to a default. This type is stateless and thread-safe.
/// </remarks>
public static partial class AsnLabels
{
    private static readonly Dictionary<string, Ekspektasi> EkspektasiAliases = new(StringComparer.Ordinal)
    {
        ["dibawah"] = Ekspektasi.DiBawah,
        ["sesuai"] = Ekspektasi.Sesuai,
        ["diatas"] = Ekspektasi.DiAtas,
    };

    private static readonly Dictionary<string, PredikatKinerja> PredikatAliases = new(StringComparer.Ordinal)
    {
        ["sangatkurang"] = PredikatKinerja.SangatKurang,
        ["kurang/misconduct"] = PredikatKinerja.KurangMisconduct,
        ["kurang"] = PredikatKinerja.KurangMisconduct,
        ["misconduct"] = PredikatKinerja.KurangMisconduct,
        ["butuhperbaikan"] = PredikatKinerja.ButuhPerbaikan,
        ["cukup"] = PredikatKinerja.ButuhPerbaikan,
        ["cukup/butuhperbaikan"] = PredikatKinerja.ButuhPerbaikan,
        ["butuhperbaikan/cukup"] = PredikatKinerja.ButuhPerbaikan,
        ["baik"] = PredikatKinerja.Baik,
        ["sangatbaik"] = PredikatKinerja.SangatBaik,
    };

    private static readonly Dictionary<string, PredikatKinerjaOrganisasi> OrganisasiAliases = new(StringComparer.Ordinal)
    {
        ["sangatkurang"] = PredikatKinerjaOrganisasi.SangatKurang,
        ["kurang"] = PredikatKinerjaOrganisasi.Kurang,
        ["butuhperbaikan"] = PredikatKinerjaOrganisasi.ButuhPerbaikan,
        ["cukup"] = PredikatKinerjaOrganisasi.ButuhPerbaikan,
        ["cukup/butuhperbaikan"] = PredikatKinerjaOrganisasi.ButuhPerbaikan,
        ["butuhperbaikan/cukup"] = PredikatKinerjaOrganisasi.ButuhPerbaikan,
        ["baik"] = PredikatKinerjaOrganisasi.Baik,
        ["istimewa"] = PredikatKinerjaOrganisasi.Istimewa,
    };

    /// <summary>The canonical label: <c>Di Bawah Ekspektasi</c>, <c>Sesuai Ekspektasi</c> or <c>Di Atas Ekspektasi</c>.</summary>
    /// <param name="value">A defined rating.</param>
    /// <returns>The label as the regulation writes it.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static string ToLabel(this Ekspektasi value) => Preconditions.CheckDefined(value) switch
    {
        Ekspektasi.DiBawah => "Di Bawah Ekspektasi",
        Ekspektasi.Sesuai => "Sesuai Ekspektasi",
        _ => "Di Atas Ekspektasi",
    };

    /// <summary>The canonical label: <c>Sangat Kurang</c>, <c>Kurang/Misconduct</c>, <c>Butuh Perbaikan</c>, <c>Baik</c> or <c>Sangat Baik</c>.</summary>
    /// <param name="value">A defined predicate.</param>
    /// <returns>The label as the regulation writes it.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static string ToLabel(this PredikatKinerja value) => Preconditions.CheckDefined(value) switch
    {
        PredikatKinerja.SangatKurang => "Sangat Kurang",
        PredikatKinerja.KurangMisconduct => "Kurang/Misconduct",
        PredikatKinerja.ButuhPerbaikan => "Butuh Perbaikan",
        PredikatKinerja.Baik => "Baik",
        _ => "Sangat Baik",
    };

    /// <summary>The canonical label: <c>Sangat Kurang</c>, <c>Kurang</c>, <c>Butuh Perbaikan</c>, <c>Baik</c> or <c>Istimewa</c>.</summary>
    /// <param name="value">A defined organisation predicate.</param>
    /// <returns>The label as the circular writes it.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static string ToLabel(this PredikatKinerjaOrganisasi value) => Preconditions.CheckDefined(value) switch
    {
        PredikatKinerjaOrganisasi.SangatKurang => "Sangat Kurang",
        PredikatKinerjaOrganisasi.Kurang => "Kurang",
        PredikatKinerjaOrganisasi.ButuhPerbaikan => "Butuh Perbaikan",
        PredikatKinerjaOrganisasi.Baik => "Baik",
        _ => "Istimewa",
    };

    /// <summary>Parses a rating label such as <c>Di Atas Ekspektasi</c>, <c>diatas</c> or <c>Sesuai Ekspetasi</c>.</summary>
    /// <param name="label">The label to parse.</param>
    /// <returns>The rating.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="label"/> is null.</exception>
    /// <exception cref="FormatException">The label is not a known rating; the message quotes it (its first 64 characters and its length, when longer).</exception>
    public static Ekspektasi ParseEkspektasi(string label) =>
        TryParseEkspektasi(Preconditions.CheckNotNull(label), out var result) ? result : throw Unknown(label, "rating (Ekspektasi)", "Di Bawah Ekspektasi, Sesuai Ekspektasi, Di Atas Ekspektasi");

    /// <summary>Tries to parse a rating label; see <see cref="ParseEkspektasi"/>.</summary>
    /// <param name="label">The label to parse; null is not a known label.</param>
    /// <param name="result">The rating when the label is known.</param>
    /// <returns>Whether the label is known.</returns>
    public static bool TryParseEkspektasi([NotNullWhen(true)] string? label, out Ekspektasi result)
    {
        var key = Normalize(label, stripEkspektasi: true);
        return EkspektasiAliases.TryGetValue(key, out result);
    }

    /// <summary>Parses an employee predicate label such as <c>Sangat Baik</c>, <c>Cukup</c>, <c>Misconduct</c> or <c>KURANG / MISCONDUCT</c>.</summary>
    /// <param name="label">The label to parse.</param>
    /// <returns>The predicate.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="label"/> is null.</exception>
    /// <exception cref="FormatException">The label is not a known predicate; the message quotes it (its first 64 characters and its length, when longer).</exception>
    public static PredikatKinerja ParsePredikatKinerja(string label) =>
        TryParsePredikatKinerja(Preconditions.CheckNotNull(label), out var result) ? result : throw Unknown(label, "employee predicate (PredikatKinerja)", "Sangat Kurang, Kurang/Misconduct, Butuh Perbaikan, Baik, Sangat Baik");

    /// <summary>Tries to parse an employee predicate label; see <see cref="ParsePredikatKinerja"/>.</summary>
    /// <param name="label">The label to parse; null is not a known label.</param>
    /// <param name="result">The predicate when the label is known.</param>
    /// <returns>Whether the label is known.</returns>
    public static bool TryParsePredikatKinerja([NotNullWhen(true)] string? label, out PredikatKinerja result) =>
        PredikatAliases.TryGetValue(Normalize(label, stripEkspektasi: false), out result);

    /// <summary>Parses an organisation predicate label such as <c>Istimewa</c> or <c>Cukup</c>.</summary>
    /// <param name="label">The label to parse.</param>
    /// <returns>The organisation predicate.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="label"/> is null.</exception>
    /// <exception cref="FormatException">The label is not a known organisation predicate; the message quotes it (its first 64 characters and its length, when longer).</exception>
    public static PredikatKinerjaOrganisasi ParsePredikatKinerjaOrganisasi(string label) =>
        TryParsePredikatKinerjaOrganisasi(Preconditions.CheckNotNull(label), out var result) ? result : throw Unknown(label, "organisation predicate (PredikatKinerjaOrganisasi)", "Sangat Kurang, Kurang, Butuh Perbaikan, Baik, Istimewa");

    /// <summary>Tries to parse an organisation predicate label; see <see cref="ParsePredikatKinerjaOrganisasi"/>.</summary>
    /// <param name="label">The label to parse; null is not a known label.</param>
    /// <param name="result">The organisation predicate when the label is known.</param>
    /// <returns>Whether the label is known.</returns>
    public static bool TryParsePredikatKinerjaOrganisasi([NotNullWhen(true)] string? label, out PredikatKinerjaOrganisasi result) =>
        OrganisasiAliases.TryGetValue(Normalize(label, stripEkspektasi: false), out result);

    private static FormatException Unknown(string label, string what, string valid) =>
        new(string.Format(CultureInfo.InvariantCulture, "{0} is not a known {1} label. Known labels: {2} (case, spacing and the listed aliases are accepted).", Preconditions.Quote(label), what, valid));

    /// <summary>
    /// Lower-cases the ASCII letters (only those: the Kelvin sign U+212A must not become <c>k</c>), drops white space,
    /// underscores and hyphens, and (for ratings) a trailing "ekspektasi" or its misspelling "ekspetasi".
    /// </summary>
    private static string Normalize(string? label, bool stripEkspektasi)
    {
        if (label is null)
        {
            return string.Empty;
        }

        var builder = new StringBuilder(label.Length);
        foreach (var c in label)
        {
            if (char.IsWhiteSpace(c) || c == '_' || c == '-')
            {
                continue;
            }

            builder.Append(AsciiText.ToLower(c));
        }

        var key = builder.ToString();
        if (stripEkspektasi)
        {
            foreach (var suffix in new[] { "ekspektasi", "ekspetasi" })
            {
                if (key.Length > suffix.Length && key.EndsWith(suffix, StringComparison.Ordinal))
                {
                    key = key.Substring(0, key.Length - suffix.Length);
                    break;
                }
            }
        }

        return key;
    }
}
