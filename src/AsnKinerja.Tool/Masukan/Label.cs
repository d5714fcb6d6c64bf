using System.Collections.Concurrent;
using System.Globalization;

namespace AsnKinerja.Tool.Masukan;

/// <summary>
/// Labels as people type them, read with the library's parsers (<see cref="AsnLabels"/>: case, spacing, the regulation's
/// aliases and the common misspellings). A file of millions of rows has a handful of distinct spellings, so each distinct
/// cell text is parsed once and remembered; the span lookup makes no string per row. Thread-safe: the rows of a CSV file are
/// parsed on every core.
/// </summary>
/// <typeparam name="T">The enum parsed.</typeparam>
internal sealed class Label<T>
    where T : struct
{
    private readonly ConcurrentDictionary<string, (bool Ok, T Value)> _seen = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (bool Ok, T Value)>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly Func<string, (bool Ok, T Value)> _parse;

    /// <summary>Creates the cache over a parser.</summary>
    /// <param name="parse">The library's parser.</param>
    public Label(Func<string, (bool Ok, T Value)> parse)
    {
        _parse = parse;
        _lookup = _seen.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Parses a cell.</summary>
    /// <param name="text">The cell's text.</param>
    /// <param name="value">The value when known.</param>
    /// <returns>Whether the label is known.</returns>
    public bool TryParse(ReadOnlySpan<char> text, out T value)
    {
        if (!_lookup.TryGetValue(text, out var entry))
        {
            // Unbounded variety only comes from bad input; past a few thousand spellings the cache stops growing.
            var key = text.ToString();
            entry = _parse(key);
            if (_seen.Count < 4096)
            {
                _seen.TryAdd(key, entry);
            }
        }

        value = entry.Value;
        return entry.Ok;
    }
}

/// <summary>The label parsers of the tool and the messages for unknown labels.</summary>
internal static class Label
{
    /// <summary>The labels the library knows for a rating, as a message lists them.</summary>
    public const string Ekspektasi = "Di Bawah Ekspektasi, Sesuai Ekspektasi, Di Atas Ekspektasi";

    /// <summary>The labels the library knows for an employee predicate.</summary>
    public const string Predikat = "Sangat Kurang, Kurang/Misconduct (Kurang, Misconduct), Butuh Perbaikan (Cukup), Baik, Sangat Baik";

    /// <summary>The labels the library knows for an organisation predicate.</summary>
    public const string Organisasi = "Sangat Kurang, Kurang, Butuh Perbaikan (Cukup), Baik, Istimewa";

    /// <summary>A new rating parser.</summary>
    /// <returns>The parser.</returns>
    public static Label<Ekspektasi> ForEkspektasi() => new(s => (AsnLabels.TryParseEkspektasi(s, out var v), v));

    /// <summary>A new employee predicate parser.</summary>
    /// <returns>The parser.</returns>
    public static Label<PredikatKinerja> ForPredikat() => new(s => (AsnLabels.TryParsePredikatKinerja(s, out var v), v));

    /// <summary>The message for an unknown label.</summary>
    /// <param name="text">The cell.</param>
    /// <param name="known">The known labels.</param>
    /// <param name="bahasa">The language.</param>
    /// <returns>The reason.</returns>
    public static string Unknown(string text, string known, Bahasa bahasa) => text.Length == 0
        ? bahasa.T("kosong; isi salah satu dari: " + known + ".", "empty; fill in one of: " + known + ".")
        : bahasa.T(
            string.Format(CultureInfo.InvariantCulture, "{0} bukan label yang dikenal; yang diterima: {1} (huruf besar/kecil, spasi dan garis bawah bebas).", Quote(text), known),
            string.Format(CultureInfo.InvariantCulture, "{0} is not a known label; accepted: {1} (any case, spacing and underscores).", Quote(text), known));

    /// <summary>A cell quoted for a message: at most 64 characters, with the length when cut.</summary>
    /// <param name="text">The cell.</param>
    /// <returns>The quoted text.</returns>
    public static string Quote(string text) => text.Length <= 64
        ? "'" + text + "'"
        : "'" + text.Substring(0, 64) + "…' (" + text.Length.ToString(CultureInfo.InvariantCulture) + ")";

    /// <summary>Reads <c>kepala_unit</c>: ya/tidak and their usual spellings (y, t, yes, no, true, false, 1, 0, x for ya).</summary>
    /// <param name="text">The cell.</param>
    /// <param name="value">Whether the employee heads the unit.</param>
    /// <returns>Whether the text is one of the accepted spellings.</returns>
    public static bool TryParseYaTidak(ReadOnlySpan<char> text, out bool value)
    {
        foreach (var yes in YesWords)
        {
            if (text.Equals(yes, StringComparison.OrdinalIgnoreCase))
            {
                value = true;
                return true;
            }
        }

        foreach (var no in NoWords)
        {
            if (text.Equals(no, StringComparison.OrdinalIgnoreCase))
            {
                value = false;
                return true;
            }
        }

        value = false;
        return false;
    }

    private static readonly string[] YesWords = { "ya", "y", "yes", "true", "benar", "1", "x", "kepala" };
    private static readonly string[] NoWords = { "tidak", "t", "tdk", "no", "n", "false", "salah", "0", "-", "bukan" };
}

/// <summary>
/// Reads <c>jenis_jabatan</c>: a structural kind (<c>JPT Pratama</c>, <c>Administrator</c>, <c>Pengawas</c>, <c>Pelaksana</c>, ...) or
/// a functional level (<c>Ahli Muda</c>, <c>Terampil</c>, ...), as the library prints them, without case, spaces, underscores or dots.
/// </summary>
internal static class LabelJabatan
{
    private static readonly Dictionary<string, Jabatan> Labels = Build();

    /// <summary>The labels accepted, as a message lists them.</summary>
    public static string Known { get; } = string.Join(", ", Enum.GetValues<JenisJabatan>().Where(j => j != JenisJabatan.Fungsional).Select(j => j.ToLabel())
        .Concat(Enum.GetValues<JenjangFungsional>().Select(j => j.ToLabel())));

    /// <summary>Parses a position label.</summary>
    /// <param name="text">The cell.</param>
    /// <returns>Whether it is known, and the position.</returns>
    public static (bool Ok, Jabatan Value) Parse(string text) => Labels.TryGetValue(Normalize(text), out var j) ? (true, j) : (false, default);

    private static Dictionary<string, Jabatan> Build()
    {
        var d = new Dictionary<string, Jabatan>(StringComparer.Ordinal);
        foreach (var j in Enum.GetValues<JenisJabatan>().Where(j => j != JenisJabatan.Fungsional))
        {
            d[Normalize(j.ToLabel())] = Jabatan.Struktural(j);
            d[Normalize(j.ToString())] = Jabatan.Struktural(j);
        }

        foreach (var j in Enum.GetValues<JenjangFungsional>())
        {
            d[Normalize(j.ToLabel())] = Jabatan.Fungsional(j);
            d[Normalize(j.ToString())] = Jabatan.Fungsional(j);
        }

        return d;
    }

    private static string Normalize(string text) => new(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
