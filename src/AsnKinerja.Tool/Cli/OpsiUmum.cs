using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.Text;

namespace AsnKinerja.Tool.Cli;

/// <summary>Reading the values of the date and period options; the messages name the option and the form expected.</summary>
internal static partial class OpsiUmum
{
    /// <summary>Reads <c>--tanggal</c>: an ISO date (<c>2026-01-31</c>).</summary>
    /// <param name="text">The value.</param>
    /// <param name="bahasa">The language.</param>
    /// <param name="tanggal">The date.</param>
    /// <param name="alasan">Why the value is refused.</param>
    /// <returns>Whether the value is a date.</returns>
    public static bool TryParseTanggal(string text, Bahasa bahasa, out LocalDate tanggal, out string alasan)
    {
        var result = LocalDatePattern.Iso.Parse(text.Trim());
        tanggal = result.Success ? result.Value : default;
        alasan = result.Success ? string.Empty : bahasa.T(
            "--tanggal '" + text + "' bukan tanggal; tulis TTTT-BB-HH, misalnya 2026-01-31.",
            "--tanggal '" + text + "' is not a date; write YYYY-MM-DD, for example 2026-01-31.");
        return result.Success;
    }

    /// <summary>
    /// Reads <c>--periode</c>: a year (<c>2025</c>), a half-year (<c>2025-S1</c>), a quarter (<c>2025-T3</c>, <em>triwulan</em>)
    /// or a month (<c>2025-03</c>).
    /// </summary>
    /// <param name="text">The value.</param>
    /// <param name="bahasa">The language.</param>
    /// <param name="periode">The period.</param>
    /// <param name="alasan">Why the value is refused.</param>
    /// <returns>Whether the value is a period.</returns>
    public static bool TryParsePeriode(string text, Bahasa bahasa, out PeriodeKinerja periode, out string alasan)
    {
        periode = null!;
        alasan = bahasa.T(
            "--periode '" + text + "' bukan periode; tulis 2025 (tahunan), 2025-S1 atau 2025-S2 (semester), 2025-T1 … 2025-T4 (triwulan) atau 2025-03 (bulanan).",
            "--periode '" + text + "' is not a period; write 2025 (annual), 2025-S1 or 2025-S2 (half-year), 2025-T1 … 2025-T4 (quarter) or 2025-03 (monthly).");
        var m = PeriodePattern().Match(text.Trim());
        if (!m.Success)
        {
            return false;
        }

        var tahun = int.Parse(m.Groups["tahun"].Value, CultureInfo.InvariantCulture);
        if (tahun is < 2000 or > 2100)
        {
            return false;
        }

        if (!m.Groups["jenis"].Success)
        {
            periode = PeriodeKinerja.Tahunan(tahun);
            return true;
        }

        var n = int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
        switch (char.ToUpperInvariant(m.Groups["jenis"].Value.FirstOrDefault()))
        {
            case 'S' when n is 1 or 2:
                periode = PeriodeKinerja.Semesteran(tahun, n == 1 ? Semester.I : Semester.II);
                return true;
            case 'T' or 'Q' when n is >= 1 and <= 4:
                periode = PeriodeKinerja.Triwulanan(tahun, n switch { 1 => Triwulan.I, 2 => Triwulan.II, 3 => Triwulan.III, _ => Triwulan.IV });
                return true;
            case '\0' when n is >= 1 and <= 12:
                periode = PeriodeKinerja.Bulanan(tahun, n);
                return true;
            default:
                return false;
        }
    }

    [GeneratedRegex(@"^(?<tahun>\d{4})(-(?<jenis>[SsTtQq]?)(?<n>\d{1,2}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodePattern();
}
