using System.Globalization;
using System.Text;
using AsnKinerja.Predicates;
using NodaTime;

namespace AsnKinerja.Documents.Internal;

/// <summary>Shared pieces of the renderings: escaping, Indonesian dates and labels, the A4 page, the distribution chart.</summary>
internal static class Render
{
    private static readonly string[] Bulan =
    {
        "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember",
    };

    // Worst to best: the x-axis of the official distribution curve.
    internal static readonly PredikatKinerja[] Predikat =
    {
        PredikatKinerja.SangatKurang, PredikatKinerja.KurangMisconduct, PredikatKinerja.ButuhPerbaikan, PredikatKinerja.Baik, PredikatKinerja.SangatBaik,
    };

    // Inline, self-contained, printable on A4: nothing is loaded from elsewhere.
    private const string Css =
        "@page{size:A4;margin:15mm 15mm 18mm 15mm}" +
        "*{box-sizing:border-box}" +
        "body{font-family:'Times New Roman',Times,serif;font-size:11pt;color:#000;background:#fff;margin:0}" +
        "main{max-width:180mm;margin:0 auto;padding:8mm 0}" +
        "h1{font-size:13pt;text-align:center;text-transform:uppercase;margin:0 0 2mm}" +
        "h2{font-size:11pt;text-transform:uppercase;margin:5mm 0 2mm;page-break-after:avoid}" +
        "p.subjudul{text-align:center;margin:0 0 4mm}" +
        "table{border-collapse:collapse;width:100%;margin:0 0 3mm;page-break-inside:auto}" +
        "tr{page-break-inside:avoid}" +
        "th,td{border:1px solid #000;padding:1mm 1.5mm;vertical-align:top;text-align:left}" +
        "th{background:#e8e8e8;font-weight:bold}" +
        "td.angka,th.angka{text-align:right}" +
        "table.identitas td:first-child{width:32%}" +
        "ul{margin:0;padding-left:5mm}" +
        ".rating{font-weight:bold}" +
        "svg{display:block;margin:0 auto 3mm;max-width:100%}" +
        ".tanda-tangan{display:flex;justify-content:space-between;margin-top:8mm;page-break-inside:avoid}" +
        ".tanda-tangan div{width:45%;text-align:center}" +
        ".tanda-tangan .ruang{height:20mm}" +
        ".keterangan{font-size:9pt}" +
        "@media print{main{padding:0}}";

    internal static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var b = new StringBuilder(text!.Length);
        foreach (var c in text)
        {
            b.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                '\n' => "<br>",
                '\r' => string.Empty,
                _ => c.ToString(),
            });
        }

        return b.ToString();
    }

    /// <summary>A Markdown table cell: no pipe, no line break, no leading markup.</summary>
    internal static string Cell(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "-";
        }

        var b = new StringBuilder(text!.Length);
        foreach (var c in text)
        {
            b.Append(c switch
            {
                '\\' or '|' or '*' or '_' or '`' or '[' or ']' or '<' or '>' => "\\" + c,
                '\n' => "<br>",
                '\r' => string.Empty,
                _ => c.ToString(),
            });
        }

        return b.ToString();
    }

    internal static string Tanggal(LocalDate date) =>
        string.Format(CultureInfo.InvariantCulture, "{0} {1} {2}", date.Day, Bulan[date.Month - 1], date.Year);

    internal static string Persen(decimal value) => Math.Round(value, 1, MidpointRounding.AwayFromZero).ToString("0.0", CultureInfo.InvariantCulture).Replace('.', ',') + "%";

    internal static string Perspektif(PerspektifIki? p) => p switch
    {
        PerspektifIki.PenerimaLayanan => "Penerima Layanan",
        PerspektifIki.ProsesBisnis => "Proses Bisnis",
        PerspektifIki.PenguatanInternal => "Penguatan Internal",
        PerspektifIki.Anggaran => "Anggaran",
        _ => "-",
    };

    internal static string Status(StatusDistribusi status) => status switch
    {
        StatusDistribusi.Memenuhi => "Memenuhi pola distribusi",
        StatusDistribusi.TidakMemenuhi => "Tidak memenuhi pola distribusi",
        StatusDistribusi.TidakMungkin => "Pola distribusi tidak mungkin dipenuhi untuk jumlah pegawai ini",
        StatusDistribusi.Kosong => "Unit tanpa pegawai",
        _ => "Digabung ke unit induk (unit kecil)",
    };

    internal static string Nama(Pejabat p) => p.Nama ?? p.NamaJabatan ?? p.Nip?.ToString() ?? "-";

    internal static string Nomor(Pejabat p) => p.Status == StatusPenilai.Asn ? "NIP. " + p.Nip : p.Nrp is { } nrp ? "NRP. " + nrp : string.Empty;

    internal static void Open(StringBuilder html, string judul, string jenis)
    {
        html.Append("<!DOCTYPE html>\n<html lang=\"id\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
            .Append(Escape(judul)).Append("</title>\n<style>").Append(Css).Append("</style>\n</head>\n<body>\n<main data-dokumen=\"").Append(jenis).Append("\">\n");
    }

    internal static void Close(StringBuilder html) => html.Append("</main>\n</body>\n</html>\n");

    internal static void Row(StringBuilder html, string label, string? value) =>
        html.Append("<tr><td>").Append(Escape(label)).Append("</td><td>").Append(Escape(value ?? "-")).Append("</td></tr>\n");

    internal static void HtmlSignature(StringBuilder html, TandaTangan tandaTangan, params (string Peran, Pejabat Pejabat)[] signers)
    {
        html.Append("<section id=\"tanda-tangan\" class=\"tanda-tangan\">\n");
        for (var i = 0; i < signers.Length; i++)
        {
            var (peran, pejabat) = signers[i];
            html.Append("<div class=\"penanda-tangan\" data-peran=\"").Append(Escape(peran)).Append("\">");
            html.Append("<p>").Append(i == signers.Length - 1 ? Escape(tandaTangan.Tempat) + ", " + Tanggal(tandaTangan.Tanggal) : "&nbsp;").Append("</p>");
            html.Append("<p>").Append(Escape(peran)).Append(",</p><div class=\"ruang\"></div>");
            html.Append("<p><strong><u>").Append(Escape(Nama(pejabat))).Append("</u></strong><br>").Append(Escape(Nomor(pejabat))).Append("</p></div>\n");
        }

        html.Append("</section>\n");
    }

    internal static void MarkdownSignature(StringBuilder md, TandaTangan tandaTangan, params (string Peran, Pejabat Pejabat)[] signers)
    {
        md.Append('\n').Append(tandaTangan.Tempat).Append(", ").Append(Tanggal(tandaTangan.Tanggal)).Append("\n\n");
        md.Append("| ").Append(string.Join(" | ", signers.Select(s => Cell(s.Peran)))).Append(" |\n");
        md.Append('|').Append(string.Concat(signers.Select(_ => "---|"))).Append('\n');
        md.Append("| ").Append(string.Join(" | ", signers.Select(_ => "<br><br><br>"))).Append(" |\n");
        md.Append("| ").Append(string.Join(" | ", signers.Select(s => "**" + Cell(Nama(s.Pejabat)) + "**<br>" + Cell(Nomor(s.Pejabat))))).Append(" |\n");
    }

    /// <summary>The distribution as a table: each predicate's count, share and allowed range.</summary>
    internal static void MarkdownDistributionTable(StringBuilder md, PemeriksaanDistribusiResult distribusi)
    {
        md.Append("| Predikat | Jumlah | Persentase | Rentang yang diizinkan |\n|---|---:|---:|---|\n");
        foreach (var p in Enumerable.Reverse(Predikat))
        {
            md.Append("| ").Append(p.ToLabel()).Append(" | ").Append(distribusi.Jumlah[p].ToString(CultureInfo.InvariantCulture)).Append(" | ")
                .Append(Persen(distribusi.Jumlah.Persentase(p))).Append(" | ").Append(distribusi.Kuota.IsFeasible ? Range(distribusi.Kuota[p]) : "-").Append(" |\n");
        }

        md.Append("| **Jumlah** | **").Append(distribusi.Jumlah.Total.ToString(CultureInfo.InvariantCulture)).Append("** | 100% | |\n");
    }

    internal static void HtmlDistributionTable(StringBuilder html, PemeriksaanDistribusiResult distribusi)
    {
        html.Append("<table class=\"distribusi\"><thead><tr><th>Predikat</th><th class=\"angka\">Jumlah</th><th class=\"angka\">Persentase</th><th>Rentang yang diizinkan</th></tr></thead><tbody>\n");
        foreach (var p in Enumerable.Reverse(Predikat))
        {
            html.Append("<tr data-predikat=\"").Append(Escape(p.ToLabel())).Append("\"><td>").Append(Escape(p.ToLabel())).Append("</td><td class=\"angka\">")
                .Append(distribusi.Jumlah[p].ToString(CultureInfo.InvariantCulture)).Append("</td><td class=\"angka\">").Append(Persen(distribusi.Jumlah.Persentase(p)))
                .Append("</td><td>").Append(distribusi.Kuota.IsFeasible ? Escape(Range(distribusi.Kuota[p])) : "-").Append("</td></tr>\n");
        }

        html.Append("<tr><th>Jumlah</th><th class=\"angka\">").Append(distribusi.Jumlah.Total.ToString(CultureInfo.InvariantCulture)).Append("</th><th class=\"angka\">100%</th><th></th></tr></tbody></table>\n");
    }

    internal static string Range(RentangKuota r) => r.Min == r.Max ? r.Min.ToString(CultureInfo.InvariantCulture) + " orang" : string.Format(CultureInfo.InvariantCulture, "{0}–{1} orang", r.Min, r.Max);

    /// <summary>
    /// The distribution as an inline SVG chart: for each predicate, worst to best, the allowed headcount range of the
    /// pattern as a pale band and the actual count as a bar, each group carrying its figures as data attributes.
    /// </summary>
    internal static void Chart(StringBuilder html, PemeriksaanDistribusiResult distribusi)
    {
        const int width = 600, height = 240, left = 40, bottom = 40, top = 20, groupWidth = 104;
        var feasible = distribusi.Kuota.IsFeasible;
        var max = Math.Max(1, distribusi.Jumlah.Total);
        double Y(int count) => height - bottom - ((height - bottom - top) * (double)count / max);
        string F(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);

        html.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"grafik-distribusi\" width=\"").Append(width).Append("\" height=\"").Append(height)
            .Append("\" viewBox=\"0 0 ").Append(width).Append(' ').Append(height).Append("\" role=\"img\" aria-labelledby=\"judul-grafik\">\n");
        html.Append("<title id=\"judul-grafik\">Distribusi predikat kinerja pegawai: jumlah nyata dan rentang pola distribusi ")
            .Append(Escape(distribusi.PredikatOrganisasi.ToLabel())).Append("</title>\n");
        html.Append("<line x1=\"").Append(left).Append("\" y1=\"").Append(height - bottom).Append("\" x2=\"").Append(width - 10).Append("\" y2=\"").Append(height - bottom).Append("\" stroke=\"#000\"/>\n");
        html.Append("<line x1=\"").Append(left).Append("\" y1=\"").Append(top).Append("\" x2=\"").Append(left).Append("\" y2=\"").Append(height - bottom).Append("\" stroke=\"#000\"/>\n");
        html.Append("<text x=\"").Append(left - 5).Append("\" y=\"").Append(F(Y(max)) ).Append("\" font-size=\"10\" text-anchor=\"end\">").Append(max).Append("</text>\n");
        html.Append("<text x=\"").Append(left - 5).Append("\" y=\"").Append(height - bottom).Append("\" font-size=\"10\" text-anchor=\"end\">0</text>\n");
        for (var i = 0; i < Predikat.Length; i++)
        {
            var p = Predikat[i];
            var x = left + 10 + (i * groupWidth);
            var count = distribusi.Jumlah[p];
            html.Append("<g class=\"predikat\" data-predikat=\"").Append(Escape(p.ToLabel())).Append("\" data-jumlah=\"").Append(count);
            if (feasible)
            {
                var r = distribusi.Kuota[p];
                html.Append("\" data-min=\"").Append(r.Min).Append("\" data-max=\"").Append(r.Max).Append("\">\n");
                html.Append("<rect class=\"rentang\" x=\"").Append(x).Append("\" y=\"").Append(F(Y(r.Max))).Append("\" width=\"84\" height=\"").Append(F(Math.Max(1, Y(r.Min) - Y(r.Max))))
                    .Append("\" fill=\"#cfe3f5\" stroke=\"#5b8db8\" stroke-dasharray=\"4 2\"/>\n");
            }
            else
            {
                html.Append("\">\n");
            }

            var inside = !feasible || distribusi.Kuota[p].Contains(count);
            html.Append("<rect class=\"jumlah\" x=\"").Append(x + 27).Append("\" y=\"").Append(F(Y(count))).Append("\" width=\"30\" height=\"").Append(F(Y(0) - Y(count)))
                .Append("\" fill=\"").Append(inside ? "#2f6b3a" : "#b3261e").Append("\"/>\n");
            html.Append("<text x=\"").Append(x + 42).Append("\" y=\"").Append(F(Y(count) - 3)).Append("\" font-size=\"11\" text-anchor=\"middle\">").Append(count).Append("</text>\n");
            html.Append("<text x=\"").Append(x + 42).Append("\" y=\"").Append(height - bottom + 15).Append("\" font-size=\"10\" text-anchor=\"middle\">").Append(Escape(p.ToLabel())).Append("</text>\n");
            html.Append("</g>\n");
        }

        html.Append("<text x=\"").Append(left).Append("\" y=\"").Append(height - 5).Append("\" font-size=\"9\">Batang: jumlah pegawai; kotak: rentang jumlah yang diizinkan pola distribusi")
            .Append(feasible ? string.Empty : " (pola tidak mungkin dipenuhi: tanpa rentang)").Append(".</text>\n</svg>\n");
    }
}
