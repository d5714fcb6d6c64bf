using System.Collections.Immutable;
using System.Globalization;
using System.Net;
using System.Text;
using AsnKinerja.Predicates;
using AsnKinerja.Tool.Pemeriksaan;

namespace AsnKinerja.Tool.Keluaran;

/// <summary>
/// The report an officer opens and forwards: one self-contained HTML file (styles and charts inline, no script, no
/// external resource), with the run's facts, the agency's totals, and per unit a chart of its predicates against the
/// headcount range its pattern allows, the findings and the calibration proposal. A file of more units than the report
/// details (a national file has tens of thousands) gets the units that fail their pattern in detail, up to the limit, and
/// says how many it leaves to <c>hasil-unit.csv</c> (every unit) and <c>usulan-perubahan.csv</c> (every change), so that
/// the report stays one a browser opens and an officer forwards.
/// </summary>
internal static class LaporanHtml
{
    /// <summary>Writes the report.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="hasil">The check.</param>
    /// <param name="berkasPegawai">The employee file as named.</param>
    /// <param name="berkasUnit">The unit file as named.</param>
    /// <param name="versi">The tool's version.</param>
    /// <param name="bahasa">The language.</param>
    /// <param name="maksRinci">The most units detailed: every unit when there are no more than this, else the first this many that fail.</param>
    public static void Write(TextWriter writer, HasilPemeriksaan hasil, string berkasPegawai, string berkasUnit, string versi, Bahasa bahasa, int maksRinci)
    {
        string E(string s) => WebUtility.HtmlEncode(s);
        var w = writer;
        var title = bahasa.T("Pemeriksaan pola distribusi predikat kinerja", "Performance predicate distribution check");
        var root = hasil.Unit.Nama.Length > 0 ? hasil.Unit.Nama[0] : string.Empty;
        w.WriteLine("<!DOCTYPE html>");
        w.WriteLine("<html lang=\"" + (bahasa.IsEnglish ? "en" : "id") + "\"><head><meta charset=\"utf-8\">");
        w.WriteLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        w.WriteLine("<title>" + E(title + " — " + root) + "</title>");
        w.WriteLine("<style>" + Css + "</style></head><body>");
        w.WriteLine("<header><h1>" + E(title) + "</h1><p class=\"root\">" + E(root) + "</p></header>");

        w.WriteLine("<section class=\"facts\"><table>");
        void Fact(string k, string v) => w.WriteLine("<tr><th>" + E(k) + "</th><td>" + E(v) + "</td></tr>");
        Fact(bahasa.T("Berkas pegawai", "Employee file"), berkasPegawai + " · " + hasil.Pegawai.Format + " · " + Teks.Angka(hasil.Pegawai.Count, bahasa) + bahasa.T(" pegawai", " employees"));
        Fact(bahasa.T("Berkas unit", "Unit file"), berkasUnit + " · " + hasil.Unit.Format + " · " + Teks.Angka(hasil.Unit.Count, bahasa) + " unit");
        Fact(bahasa.T("Periode", "Period"), Teks.Periode(hasil.Periode, bahasa));
        Fact(bahasa.T("Tanggal penetapan", "Decision date"), Teks.Tanggal(hasil.Tanggal));
        Fact(bahasa.T("Aturan kuadran", "Quadrant rules"), Teks.Aturan(hasil.Kuadran.RuleSet) + " — " + hasil.Kuadran.RuleSet.Title);
        Fact(bahasa.T("Aturan distribusi", "Distribution rules"), Teks.Aturan(hasil.Distribusi.RuleSet) + " — " + hasil.Distribusi.RuleSet.Title);
        Fact(bahasa.T("Kebijakan", "Policies"), string.Join(", ", hasil.Policies));
        Fact(bahasa.T("Dibuat oleh", "Made by"), "asn-kinerja " + versi);
        w.WriteLine("</table></section>");

        // The agency as a whole.
        var total = hasil.Bulk.JumlahTotal;
        w.WriteLine("<section class=\"summary\"><h2>" + E(bahasa.T("Ringkasan", "Summary")) + "</h2><div class=\"cards\">");
        foreach (var s in Enum.GetValues<StatusDistribusi>())
        {
            var n = hasil.Bulk.UnitPerStatus.TryGetValue(s, out var c) ? c : 0;
            w.WriteLine("<div class=\"card " + Kelas(s) + "\"><span class=\"n\">" + E(Teks.Angka(n, bahasa)) + "</span><span>" + E(Teks.Status(s, bahasa)) + "</span></div>");
        }

        w.WriteLine("<div class=\"card\"><span class=\"n\">" + E(Teks.Angka(hasil.Usulan.Length, bahasa)) + "</span><span>" + E(bahasa.T("usulan perubahan", "proposed changes")) + "</span></div>");
        w.WriteLine("</div>");
        w.WriteLine(Chart(total, null, bahasa, bahasa.T("Predikat seluruh pegawai", "Predicates of every employee")));
        w.WriteLine("</section>");

        w.WriteLine("<section><h2>" + E(bahasa.T("Unit", "Units")) + "</h2>");
        var semua = hasil.HasilUnit.Length <= maksRinci;
        var rinci = semua ? hasil.HasilUnit : hasil.HasilUnit.Where(h => h.IsPelanggaran).Take(maksRinci).ToImmutableArray();
        if (!semua)
        {
            var gagal = hasil.JumlahPelanggaran;
            w.WriteLine("<p class=\"note\">" + E(bahasa.T(
                "Berkas ini berisi " + Teks.Angka(hasil.HasilUnit.Length, bahasa) + " unit, lebih dari " + Teks.Angka(maksRinci, bahasa)
                    + " yang dirinci laporan ini (--maks-unit-laporan); yang dirinci di bawah adalah " + Teks.Angka(rinci.Length, bahasa) + " dari " + Teks.Angka(gagal, bahasa)
                    + " unit yang tidak memenuhi polanya, menurut urutan pohon unit. Setiap unit, dengan jumlah, status dan temuannya, ada di hasil-unit.csv; setiap usulan perubahan ada di usulan-perubahan.csv.",
                "This file holds " + Teks.Angka(hasil.HasilUnit.Length, bahasa) + " units, more than the " + Teks.Angka(maksRinci, bahasa)
                    + " this report details (--maks-unit-laporan); detailed below are " + Teks.Angka(rinci.Length, bahasa) + " of the " + Teks.Angka(gagal, bahasa)
                    + " units that do not meet their pattern, in the unit tree's order. Every unit, with its counts, status and findings, is in hasil-unit.csv; every proposed change is in usulan-perubahan.csv.")) + "</p>");
        }

        foreach (var h in rinci)
        {
            var v = h.Verdict;
            var u = h.Index;
            w.WriteLine("<article class=\"unit " + Kelas(v.Status) + "\" id=\"unit-" + E(hasil.Unit.Id[u]) + "\">");
            w.WriteLine("<h3><span class=\"badge " + Kelas(v.Status) + "\">" + E(Teks.Status(v.Status, bahasa)) + "</span> " + E(hasil.Unit.Nama[u]) + " <code>" + E(hasil.Unit.Id[u]) + "</code></h3>");
            var induk = hasil.Unit.Induk[u];
            w.WriteLine("<p class=\"meta\">" + E(bahasa.T("Predikat organisasi: ", "Organisation predicate: ") + v.PredikatOrganisasi.ToLabel()
                + " · " + bahasa.T("dinilai: ", "judged: ") + Teks.Angka(v.Jumlah.Total, bahasa) + bahasa.T(" pegawai", " employees")
                + (induk >= 0 ? " · " + bahasa.T("induk: ", "parent: ") + hasil.Unit.Id[induk] : string.Empty)
                + (h.DigabungKe >= 0 ? " · " + bahasa.T("digabung ke ", "pooled into ") + hasil.Unit.Id[h.DigabungKe] : string.Empty)) + "</p>");
            w.WriteLine("<div class=\"row\">");
            w.WriteLine(Chart(v.Jumlah, v.Kuota.IsFeasible ? v.Kuota : null, bahasa, v.Pola.ToString()));
            w.WriteLine("<div class=\"text\">");
            if (v.Findings.Length > 0)
            {
                w.WriteLine("<ul class=\"findings\">");
                foreach (var f in v.Findings)
                {
                    w.WriteLine("<li><code>" + E(f.Code) + "</code> " + E(f.GetMessage(bahasa.Language)) + " <span class=\"src\">" + E(f.Source.ToString()) + "</span></li>");
                }

                w.WriteLine("</ul>");
            }

            w.WriteLine("<p class=\"explain\">" + E(v.Explanation.GetDescription(bahasa.Language)) + "</p>");
            if (h.Kalibrasi is { } k)
            {
                w.WriteLine("<p><strong>" + E(TampilanKonsol.RingkasUsulan(k, bahasa)) + "</strong></p>");
                if (k.Perubahan.Length > 0)
                {
                    w.WriteLine("<table class=\"changes\"><tr><th>NIP</th><th>" + E(bahasa.T("Nama", "Name")) + "</th><th>" + E(bahasa.T("Dari", "From")) + "</th><th>" + E(bahasa.T("Menjadi", "To")) + "</th><th>" + E(bahasa.T("Skor", "Score")) + "</th></tr>");
                    foreach (var usulan in hasil.UsulanUnit(h))
                    {
                        var p = usulan.Perubahan;
                        w.WriteLine("<tr><td>" + E(p.Nip.ToString()) + "</td><td>" + E(hasil.Pegawai.Nama[usulan.Pegawai]) + "</td><td>" + E(p.Dari.ToLabel()) + "</td><td>" + E(p.Menjadi.ToLabel()) + "</td><td>"
                            + E(p.Skor?.ToString(CultureInfo.InvariantCulture) ?? "-") + "</td></tr>");
                    }

                    w.WriteLine("</table>");
                }
            }

            w.WriteLine("</div></div></article>");
        }

        w.WriteLine("</section>");
        w.WriteLine("<footer>" + E(bahasa.T(
            "Semua keputusan dihitung oleh pustaka AsnKinerja menurut aturan yang disebut di atas; pola distribusi adalah pertimbangan bagi PPK (SE MenPANRB 3/2023), bukan kuota mekanis.",
            "Every decision is computed by the AsnKinerja library under the rules named above; the distribution pattern is guidance for the PPK (SE MenPANRB 3/2023), not a mechanical quota.")) + "</footer>");
        w.WriteLine("</body></html>");
    }

    /// <summary>
    /// An inline SVG bar chart: one bar per predicate (best first), and, where the pattern can be met, the allowed headcount
    /// range drawn behind each bar; a bar outside its range is red.
    /// </summary>
    private static string Chart(JumlahPredikat jumlah, KuotaResult? kuota, Bahasa bahasa, string caption)
    {
        const int W = 420, H = 190, Left = 34, Bottom = 150, Top = 14, BarW = 52, Gap = 24;
        var scale = Math.Max(1, jumlah.Total);
        double Y(int n) => Bottom - ((double)(Bottom - Top) * n / scale);
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<figure class=\"chart\"><svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {W} {H}\" width=\"{W}\" height=\"{H}\" role=\"img\">");
        sb.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{Bottom}\" x2=\"{W - 6}\" y2=\"{Bottom}\" stroke=\"#666\"/>");
        sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 6}\" y=\"{Top + 4}\" class=\"axis\" text-anchor=\"end\">{scale}</text><text x=\"{Left - 6}\" y=\"{Bottom}\" class=\"axis\" text-anchor=\"end\">0</text>");
        for (var i = 0; i < Teks.Urutan.Length; i++)
        {
            var p = Teks.Urutan[i];
            var x = Left + Gap / 2 + (i * (BarW + Gap));
            var n = jumlah[p];
            var inside = true;
            if (kuota is not null)
            {
                var r = kuota[p];
                inside = r.Contains(n);
                var y1 = Y(Math.Min(r.Max, scale));
                var y0 = Y(r.Min);
                sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x - 6}\" y=\"{y1:0.#}\" width=\"{BarW + 12}\" height=\"{Math.Max(2, y0 - y1):0.#}\" class=\"range\"><title>{Teks.Singkat(p)} {r.Min}–{r.Max}</title></rect>");
            }

            var y = Y(n);
            sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x}\" y=\"{y:0.#}\" width=\"{BarW}\" height=\"{Math.Max(0, Bottom - y):0.#}\" class=\"{(inside ? "bar" : "bar out")}\"/>");
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + (BarW / 2)}\" y=\"{Math.Max(Top + 8, y - 4):0.#}\" text-anchor=\"middle\" class=\"value\">{n}</text>");
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + (BarW / 2)}\" y=\"{Bottom + 16}\" text-anchor=\"middle\" class=\"label\">{Teks.Singkat(p)}</text>");
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + (BarW / 2)}\" y=\"{Bottom + 30}\" text-anchor=\"middle\" class=\"axis\">{WebUtility.HtmlEncode(Teks.Persen(n, jumlah.Total, bahasa))}</text>");
        }

        sb.Append("</svg><figcaption>").Append(WebUtility.HtmlEncode(caption));
        if (kuota is not null)
        {
            sb.Append(WebUtility.HtmlEncode(bahasa.T(" · pita hijau: rentang jumlah yang dibolehkan pola", " · green band: the headcount range the pattern allows")));
        }

        return sb.Append("</figcaption></figure>").ToString();
    }

    private static string Kelas(StatusDistribusi status) => status switch
    {
        StatusDistribusi.Memenuhi => "ok",
        StatusDistribusi.TidakMemenuhi => "fail",
        StatusDistribusi.TidakMungkin => "impossible",
        _ => "neutral",
    };

    private const string Css = """
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;margin:0 auto;max-width:1100px;padding:24px;color:#1d2330;background:#fff}
        header{border-bottom:4px solid #1f5fa8;margin-bottom:16px}h1{font-size:1.6em;margin:0 0 4px;color:#1f5fa8}.root{margin:0 0 12px;font-size:1.1em}
        h2{color:#1f5fa8;border-bottom:1px solid #d0d7e2;padding-bottom:4px}h3{margin:0 0 6px;font-size:1.1em}
        .facts th{text-align:left;padding:2px 16px 2px 0;vertical-align:top;white-space:nowrap}.facts td{padding:2px 0}
        .cards{display:flex;flex-wrap:wrap;gap:10px;margin-bottom:12px}.card{border:1px solid #d0d7e2;border-radius:8px;padding:8px 14px;min-width:110px;display:flex;flex-direction:column;background:#f7f9fc}
        .card .n{font-size:1.6em;font-weight:700}.card.ok{border-color:#2e8540;background:#eef8f0}.card.fail{border-color:#c62828;background:#fdeeee}.card.impossible{border-color:#b26a00;background:#fff6e5}
        .unit{border:1px solid #d0d7e2;border-left:6px solid #9aa5b4;border-radius:6px;padding:12px 14px;margin:12px 0;page-break-inside:avoid}
        .unit.ok{border-left-color:#2e8540}.unit.fail{border-left-color:#c62828}.unit.impossible{border-left-color:#b26a00}
        .badge{font-size:.8em;border-radius:10px;padding:2px 8px;color:#fff;background:#9aa5b4;vertical-align:middle}.badge.ok{background:#2e8540}.badge.fail{background:#c62828}.badge.impossible{background:#b26a00}
        .meta{color:#4a5568;margin:0 0 8px}.row{display:flex;flex-wrap:wrap;gap:16px}.text{flex:1;min-width:300px}
        .chart{margin:0}.chart figcaption{font-size:.8em;color:#4a5568;max-width:420px}
        .bar{fill:#1f5fa8}.bar.out{fill:#c62828}.range{fill:#2e8540;opacity:.18}.value{font-size:12px;font-weight:700;fill:#1d2330}.label{font-size:12px;fill:#1d2330}.axis{font-size:10px;fill:#666}
        .findings{padding-left:18px;margin:0 0 8px}.findings li{margin-bottom:4px}.src{color:#6b7280;font-size:.85em}.explain{font-size:.85em;color:#4a5568}
        .changes{border-collapse:collapse;font-size:.9em}.changes th,.changes td{border:1px solid #d0d7e2;padding:3px 8px;text-align:left}
        .note{background:#f7f9fc;border:1px solid #d0d7e2;border-radius:6px;padding:8px 12px}
        code{background:#eef1f6;padding:0 4px;border-radius:3px}footer{margin-top:24px;font-size:.85em;color:#4a5568;border-top:1px solid #d0d7e2;padding-top:8px}
        """;
}
