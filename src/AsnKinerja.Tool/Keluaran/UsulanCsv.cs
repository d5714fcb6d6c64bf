using System.Globalization;
using AsnKinerja.Tool.Pemeriksaan;

namespace AsnKinerja.Tool.Keluaran;

/// <summary>
/// The proposed changes as CSV (UTF-8 with a byte-order mark, so that Excel opens it as UTF-8): one row per employee whose
/// predicate calibration would change, with the file row it came from and the library's reason.
/// </summary>
internal static class UsulanCsv
{
    /// <summary>Writes the CSV.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="hasil">The check.</param>
    /// <param name="bahasa">The language of the reasons.</param>
    public static void Write(TextWriter writer, HasilPemeriksaan hasil, Bahasa bahasa)
    {
        writer.WriteLine("baris,nip,nama,unit,unit_dinilai,predikat_organisasi,predikat_terhitung,predikat_usulan,skor,alasan");
        foreach (var u in hasil.Usulan)
        {
            var p = u.Perubahan;
            var i = u.Pegawai;
            writer.WriteLine(string.Join(",", new[]
            {
                hasil.Pegawai.Baris[i].ToString(CultureInfo.InvariantCulture),
                p.Nip.ToString(),
                Field(hasil.Pegawai.Nama[i]),
                Field(hasil.Unit.Id[hasil.Pegawai.Unit[i]]),
                Field(hasil.Unit.Id[u.Unit]),
                Field(hasil.HasilUnit[u.Unit].Verdict.PredikatOrganisasi.ToLabel()),
                Field(p.Dari.ToLabel()),
                Field(p.Menjadi.ToLabel()),
                p.Skor?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
                Field(p.Alasan.GetDescription(bahasa.Language)),
            }));
        }
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
