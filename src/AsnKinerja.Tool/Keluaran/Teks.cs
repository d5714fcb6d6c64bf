using System.Globalization;
using AsnKinerja.Predicates;

namespace AsnKinerja.Tool.Keluaran;

/// <summary>The small pieces of text every output shares: short predicate names, numbers, statuses.</summary>
internal static class Teks
{
    /// <summary>The predicates in the order the tables show them, best first (as the distribution curve is read).</summary>
    public static readonly PredikatKinerja[] Urutan =
    {
        PredikatKinerja.SangatBaik, PredikatKinerja.Baik, PredikatKinerja.ButuhPerbaikan, PredikatKinerja.KurangMisconduct, PredikatKinerja.SangatKurang,
    };

    /// <summary>The short name of a predicate the circular uses (SB, B, BP, K, SK).</summary>
    /// <param name="predikat">The predicate.</param>
    /// <returns>The short name.</returns>
    public static string Singkat(PredikatKinerja predikat) => BatasanDistribusi.Short(predikat);

    /// <summary>A whole number with the language's digit grouping (1.234.567 or 1,234,567).</summary>
    /// <param name="value">The number.</param>
    /// <param name="bahasa">The language.</param>
    /// <returns>The text.</returns>
    public static string Angka(long value, Bahasa bahasa) =>
        value.ToString("#,0", CultureInfo.InvariantCulture).Replace(",", bahasa.IsEnglish ? "," : ".", StringComparison.Ordinal);

    /// <summary>A share in percent with one decimal and the language's decimal sign.</summary>
    /// <param name="part">The part.</param>
    /// <param name="total">The whole.</param>
    /// <param name="bahasa">The language.</param>
    /// <returns>The text, e.g. <c>62,5%</c>.</returns>
    public static string Persen(long part, long total, Bahasa bahasa)
    {
        var value = total == 0 ? 0m : Math.Round(100m * part / total, 1, MidpointRounding.AwayFromZero);
        var text = value.ToString("0.0", CultureInfo.InvariantCulture);
        return (bahasa.IsEnglish ? text : text.Replace('.', ',')) + "%";
    }

    /// <summary>The status label (the library's Indonesian label, or its English meaning).</summary>
    /// <param name="status">The status.</param>
    /// <param name="bahasa">The language.</param>
    /// <returns>The label.</returns>
    public static string Status(StatusDistribusi status, Bahasa bahasa) => bahasa.IsEnglish
        ? status switch
        {
            StatusDistribusi.Memenuhi => "Meets the pattern",
            StatusDistribusi.TidakMemenuhi => "Does not meet",
            StatusDistribusi.TidakMungkin => "Cannot be met",
            StatusDistribusi.Kosong => "Empty",
            _ => "Pooled",
        }
        : status.ToLabel();

    /// <summary>The kind of period in words.</summary>
    /// <param name="periode">The period.</param>
    /// <param name="bahasa">The language.</param>
    /// <returns>The text, e.g. <c>2025 (tahunan)</c>.</returns>
    public static string Periode(PeriodeKinerja periode, Bahasa bahasa) =>
        periode + " (" + periode.Awal.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " – " + periode.Akhir.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ")";

    /// <summary>A rule set as a report names it: short name and identifier.</summary>
    /// <param name="ruleSet">The rule set.</param>
    /// <returns>The text.</returns>
    public static string Aturan(RuleSet ruleSet) => ruleSet.ShortName + " (" + ruleSet.Id.Value + ")";

    /// <summary>A date as ISO text.</summary>
    /// <param name="tanggal">The date.</param>
    /// <returns>The text.</returns>
    public static string Tanggal(NodaTime.LocalDate tanggal) => tanggal.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
