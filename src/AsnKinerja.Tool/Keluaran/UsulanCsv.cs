using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using AsnKinerja.Tool.Pemeriksaan;

namespace AsnKinerja.Tool.Keluaran;

/// <summary>
/// The proposed changes as CSV (UTF-8 with a byte-order mark, so that Excel opens it as UTF-8): one row per employee whose
/// predicate calibration would change, with the file row it came from and the library's reason; and the units as CSV, one
/// row per unit with its counts, status and findings.
/// </summary>
internal static class UsulanCsv
{
    private const int Potongan = 512;

    /// <summary>Writes the CSV.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="hasil">The check.</param>
    /// <param name="bahasa">The language of the reasons.</param>
    public static void Write(TextWriter writer, HasilPemeriksaan hasil, Bahasa bahasa)
    {
        writer.WriteLine("baris,nip,nama,unit,unit_dinilai,predikat_organisasi,predikat_terhitung,predikat_usulan,skor,alasan");

        // Each reason is the library's explanation rendered for one employee.
        WriteBlocks(writer, hasil.Usulan, (sb, u) => Line(sb, hasil, u, bahasa));
    }

    /// <summary>Writes one row per unit, in the tree's order: what the report details for some units, for all of them.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="hasil">The check.</param>
    /// <param name="bahasa">The language of the status.</param>
    public static void WriteUnit(TextWriter writer, HasilPemeriksaan hasil, Bahasa bahasa)
    {
        writer.WriteLine("unit,nama,induk,predikat_organisasi,status,dinilai,sangat_baik,baik,butuh_perbaikan,kurang,sangat_kurang,digabung_ke,usulan,temuan");

        // The verdict of a unit that meets its pattern is made as its row is.
        WriteBlocks(writer, hasil.HasilUnit, (sb, h) => UnitLine(sb, hasil, h, bahasa));
    }

    /// <summary>Rows made on every core, a block of rows per task and a round of blocks at a time, and written in order.</summary>
    private static void WriteBlocks<T>(TextWriter writer, ImmutableArray<T> items, Action<StringBuilder, T> line)
    {
        var blocks = new string[64];
        for (var start = 0; start < items.Length; start += blocks.Length * Potongan)
        {
            var count = Math.Min(blocks.Length, (items.Length - start + Potongan - 1) / Potongan);
            var first = start;
            Parallel.For(0, count, () => new StringBuilder(), (k, _, sb) =>
            {
                sb.Clear();
                var end = Math.Min(items.Length, first + ((k + 1) * Potongan));
                for (var i = first + (k * Potongan); i < end; i++)
                {
                    line(sb, items[i]);
                }

                blocks[k] = sb.ToString();
                return sb;
            }, _ => { });
            for (var k = 0; k < count; k++)
            {
                writer.Write(blocks[k]);
            }
        }
    }

    private static void UnitLine(StringBuilder line, HasilPemeriksaan hasil, HasilUnit h, Bahasa bahasa)
    {
        var unit = hasil.Unit;
        var v = h.Verdict;
        var u = h.Index;
        line.Append(Field(unit.Id[u])).Append(',')
            .Append(Field(unit.Nama[u])).Append(',')
            .Append(unit.Induk[u] >= 0 ? Field(unit.Id[unit.Induk[u]]) : string.Empty).Append(',')
            .Append(Field(v.PredikatOrganisasi.ToLabel())).Append(',')
            .Append(Field(Teks.Status(v.Status, bahasa))).Append(',')
            .Append(v.Jumlah.Total.ToString(CultureInfo.InvariantCulture));
        foreach (var p in Teks.Urutan)
        {
            line.Append(',').Append(v.Jumlah[p].ToString(CultureInfo.InvariantCulture));
        }

        line.Append(',').Append(h.DigabungKe >= 0 ? Field(unit.Id[h.DigabungKe]) : string.Empty)
            .Append(',').Append(h.UsulanJumlah.ToString(CultureInfo.InvariantCulture))
            .Append(',');
        for (var f = 0; f < v.Findings.Length; f++)
        {
            line.Append(f > 0 ? " " : string.Empty).Append(v.Findings[f].Code);
        }

        line.Append(Environment.NewLine);
    }

    private static void Line(StringBuilder line, HasilPemeriksaan hasil, UsulanPegawai u, Bahasa bahasa)
    {
        var p = u.Perubahan;
        var i = u.Pegawai;
        line.Append(hasil.Pegawai.Baris[i]).Append(',')
            .Append(p.Nip.ToString()).Append(',');
        AppendField(line, hasil.Pegawai.Nama[i]).Append(',');
        AppendField(line, hasil.Unit.Id[hasil.Pegawai.Unit[i]]).Append(',');
        AppendField(line, hasil.Unit.Id[u.Unit]).Append(',');
        AppendField(line, hasil.Unit.PredikatOrganisasi[u.Unit].ToLabel()).Append(',');
        AppendField(line, p.Dari.ToLabel()).Append(',');
        AppendField(line, p.Menjadi.ToLabel()).Append(',');
        if (p.Skor is { } skor)
        {
            line.Append(skor.ToString(CultureInfo.InvariantCulture));
        }

        line.Append(',');
        AppendField(line, p.GetAlasan(bahasa.Language)).Append(Environment.NewLine);
    }

    /// <summary>Writes the input problems as CSV: file, row, column, reason.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="masalah">The problems.</param>
    /// <param name="bahasa">The language.</param>
    public static void WriteMasalah(TextWriter writer, IEnumerable<Masukan.MasalahMasukan> masalah, Bahasa bahasa)
    {
        writer.WriteLine(bahasa.T("berkas,baris,kolom,alasan", "file,row,column,reason"));
        foreach (var m in masalah)
        {
            writer.WriteLine(Field(m.Berkas) + "," + (m.Baris > 0 ? m.Baris.ToString(CultureInfo.InvariantCulture) : string.Empty) + "," + Field(m.Kolom ?? string.Empty) + "," + Field(m.Alasan));
        }
    }

    /// <summary>A CSV field, quoted when it holds a separator, a quote or a line break; a leading =, +, - or @ is prefixed with an apostrophe so that a spreadsheet never runs it as a formula.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The field.</returns>
    public static string Field(string value)
    {
        return NeedsGuard(value) || NeedsQuotes(value) ? AppendField(new StringBuilder(value.Length + 8), value).ToString() : value;
    }

    /// <summary>Appends a value as <see cref="Field(string)"/> writes it, without making the field as a string first.</summary>
    /// <param name="builder">Where to append.</param>
    /// <param name="value">The value.</param>
    /// <returns>The builder.</returns>
    public static StringBuilder AppendField(StringBuilder builder, string value)
    {
        var guard = NeedsGuard(value) ? "'" : string.Empty;
        if (!NeedsQuotes(value))
        {
            return builder.Append(guard).Append(value);
        }

        builder.Append('"').Append(guard);
        var start = 0;
        for (var q = value.IndexOf('"', StringComparison.Ordinal); q >= 0; q = value.IndexOf('"', start))
        {
            builder.Append(value, start, q + 1 - start).Append('"');
            start = q + 1;
        }

        return builder.Append(value, start, value.Length - start).Append('"');
    }

    private static bool NeedsGuard(string value) => value.Length > 0 && value[0] is '=' or '+' or '-' or '@';

    private static bool NeedsQuotes(string value) => value.AsSpan().IndexOfAny(",;\"\r\n") >= 0;
}
