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

        // Each reason is the library's explanation rendered for one employee: blocks of rows are made on every core, a round
        // of blocks at a time, and written in order.
        var usulan = hasil.Usulan;
        var blocks = new string[64];
        for (var start = 0; start < usulan.Length; start += blocks.Length * Potongan)
        {
            var count = Math.Min(blocks.Length, (usulan.Length - start + Potongan - 1) / Potongan);
            var first = start;
            Parallel.For(0, count, () => new StringBuilder(), (k, _, sb) =>
            {
                sb.Clear();
                var end = Math.Min(usulan.Length, first + ((k + 1) * Potongan));
                for (var i = first + (k * Potongan); i < end; i++)
                {
                    Line(sb, hasil, usulan[i], bahasa);
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

    /// <summary>Writes one row per unit, in the tree's order: what the report details for some units, for all of them.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="hasil">The check.</param>
    /// <param name="bahasa">The language of the status.</param>
    public static void WriteUnit(TextWriter writer, HasilPemeriksaan hasil, Bahasa bahasa)
    {
        writer.WriteLine("unit,nama,induk,predikat_organisasi,status,dinilai,sangat_baik,baik,butuh_perbaikan,kurang,sangat_kurang,digabung_ke,usulan,temuan");
        var unit = hasil.Unit;
        var line = new StringBuilder();
        foreach (var h in hasil.HasilUnit)
        {
            var v = h.Verdict;
            var u = h.Index;
            line.Clear()
                .Append(Field(unit.Id[u])).Append(',')
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
                .Append(',').Append(string.Join(' ', v.Findings.Select(f => f.Code)));
            writer.WriteLine(line);
        }
    }

    private static void Line(StringBuilder line, HasilPemeriksaan hasil, UsulanPegawai u, Bahasa bahasa)
    {
        var p = u.Perubahan;
        var i = u.Pegawai;
        line.Append(hasil.Pegawai.Baris[i].ToString(CultureInfo.InvariantCulture)).Append(',')
            .Append(p.Nip.ToString()).Append(',')
            .Append(Field(hasil.Pegawai.Nama[i])).Append(',')
            .Append(Field(hasil.Unit.Id[hasil.Pegawai.Unit[i]])).Append(',')
            .Append(Field(hasil.Unit.Id[u.Unit])).Append(',')
            .Append(Field(hasil.HasilUnit[u.Unit].Verdict.PredikatOrganisasi.ToLabel())).Append(',')
            .Append(Field(p.Dari.ToLabel())).Append(',')
            .Append(Field(p.Menjadi.ToLabel())).Append(',')
            .Append(p.Skor?.ToString(CultureInfo.InvariantCulture) ?? string.Empty).Append(',')
            .Append(Field(p.Alasan.GetDescription(bahasa.Language)))
            .Append(Environment.NewLine);
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
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",;\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
