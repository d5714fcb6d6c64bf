using System.Collections.Immutable;
using System.Text;
using AsnKinerja.BehaviourRubric;
using AsnKinerja.Documents.Internal;
using AsnKinerja.Predicates;

namespace AsnKinerja.Documents;

/// <summary>One row of the results part of the evaluation document: an IKI of an RHK with its target, realisation and feedback.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class BarisHasilKerja
{
    internal BarisHasilKerja(RencanaHasilKerja rhk, IndikatorKinerjaIndividu iki, RealisasiIki? realisasi)
    {
        Rhk = rhk;
        Iki = iki;
        Realisasi = realisasi?.Realisasi;
        UmpanBalik = realisasi?.UmpanBalik;
    }

    /// <summary>The result (RHK).</summary>
    public RencanaHasilKerja Rhk { get; }

    /// <summary>The indicator (IKI), with its target and, for a JPT, its perspective.</summary>
    public IndikatorKinerjaIndividu Iki { get; }

    /// <summary>The realisation, or null when none was given.</summary>
    public string? Realisasi { get; }

    /// <summary>The continuous feedback, or null.</summary>
    public string? UmpanBalik { get; }
}

/// <summary>One row of the behaviour part of the evaluation document: a BerAKHLAK value with its guides, the leader's specific expectation and the feedback.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class BarisPerilakuKerja
{
    internal BarisPerilakuKerja(NilaiDasarBerakhlak nilai, string? ekspektasiKhusus, ImmutableArray<UmpanBalik> umpanBalik)
    {
        Nilai = nilai;
        EkspektasiKhusus = ekspektasiKhusus;
        UmpanBalik = umpanBalik;
    }

    /// <summary>The core value with its behaviour guides, from the catalogue.</summary>
    public NilaiDasarBerakhlak Nilai { get; }

    /// <summary>The leader's specific expectation (<em>ekspektasi khusus pimpinan</em>), or null.</summary>
    public string? EkspektasiKhusus { get; }

    /// <summary>The feedback on this value, by date.</summary>
    public ImmutableArray<UmpanBalik> UmpanBalik { get; }
}

/// <summary>
/// The <em>Dokumen Evaluasi Kinerja Pegawai</em> of one employee and period (PermenPANRB 6/2022, Lampiran [M]): the
/// employee and the evaluator, the organisation's performance and the distribution pattern (the unit's counts against
/// the pattern's allowed ranges), each result with its indicators, targets, realisation and feedback, the results
/// rating, each BerAKHLAK value with its specific expectation and feedback, the behaviour rating, the employee's
/// predicate and the signatures. The data, with Markdown and self-contained HTML renderings in Indonesian.
/// </summary>
/// <remarks>
/// Build with <see cref="Create"/>, render with <see cref="ToHtml"/> (A4, inline CSS and SVG, nothing loaded from
/// elsewhere) or <see cref="ToMarkdown"/>. No I/O: the caller writes the text where it wants. Immutable and thread-safe.
/// </remarks>
public sealed class DokumenEvaluasiKinerjaPegawai
{
    private DokumenEvaluasiKinerjaPegawai(
        string? instansi, Skp skp, Pejabat pegawai, Pejabat penilai, PredikatAkhir predikat, PemeriksaanDistribusiResult distribusi,
        ImmutableArray<BarisHasilKerja> hasilKerja, ImmutableArray<BarisPerilakuKerja> perilakuKerja, TandaTangan tandaTangan)
    {
        Instansi = instansi;
        Skp = skp;
        Pegawai = pegawai;
        Penilai = penilai;
        Predikat = predikat;
        Distribusi = distribusi;
        HasilKerja = hasilKerja;
        PerilakuKerja = perilakuKerja;
        TandaTangan = tandaTangan;
    }

    /// <summary>The agency's name printed in the header, or null.</summary>
    public string? Instansi { get; }

    /// <summary>The SKP evaluated.</summary>
    public Skp Skp { get; }

    /// <summary>The period: the SKP's.</summary>
    public PeriodeKinerja Periode => Skp.Periode;

    /// <summary>The evaluated employee as printed: name, NIP, rank, position and unit.</summary>
    public Pejabat Pegawai { get; }

    /// <summary>The evaluator (the PPK) as printed.</summary>
    public Pejabat Penilai { get; }

    /// <summary>The unit's organisation predicate (<em>capaian kinerja organisasi</em>).</summary>
    public PredikatKinerjaOrganisasi PredikatOrganisasi => Distribusi.PredikatOrganisasi;

    /// <summary>The unit's distribution verdict: its counts against the pattern of the organisation predicate.</summary>
    public PemeriksaanDistribusiResult Distribusi { get; }

    /// <summary>The results, one row per IKI, in SKP order.</summary>
    public ImmutableArray<BarisHasilKerja> HasilKerja { get; }

    /// <summary>The results rating.</summary>
    public Ekspektasi RatingHasilKerja => Predikat.Keputusan.Terhitung.RatingHasilKerja;

    /// <summary>The behaviour, one row per BerAKHLAK value, in catalogue order.</summary>
    public ImmutableArray<BarisPerilakuKerja> PerilakuKerja { get; }

    /// <summary>The behaviour rating.</summary>
    public Ekspektasi RatingPerilakuKerja => Predikat.Keputusan.Terhitung.RatingPerilakuKerja;

    /// <summary>The employee's predicate: the final one, with the computed one and how it was reached.</summary>
    public PredikatAkhir Predikat { get; }

    /// <summary>Where and when it is signed.</summary>
    public TandaTangan TandaTangan { get; }

    /// <summary>Builds the document.</summary>
    /// <param name="skp">The SKP evaluated: its results, behaviour values with the specific expectations, and period.</param>
    /// <param name="pegawai">The evaluated employee as printed (an ASN record with the SKP's NIP).</param>
    /// <param name="penilai">The evaluator as printed (the PPK).</param>
    /// <param name="predikat">The employee's final predicate, with the ratings.</param>
    /// <param name="distribusi">The verdict of the employee's unit (its organisation predicate, counts and allowed ranges).</param>
    /// <param name="tandaTangan">Where and when it is signed.</param>
    /// <param name="realisasi">The realisation and feedback per IKI, or null; an IKI without one prints "-".</param>
    /// <param name="umpanBalik">The feedback on the BerAKHLAK values, or null.</param>
    /// <param name="instansi">The agency's name, or null.</param>
    /// <param name="katalog">The BerAKHLAK catalogue; null for <see cref="KatalogBerakhlak.SeMenPanRb20Tahun2021"/>.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null, or a list holds null.</exception>
    /// <exception cref="ArgumentException">The employee, the SKP and the predicate name different NIPs, or a realisation names an IKI the SKP does not have, or two name the same IKI.</exception>
    public static DokumenEvaluasiKinerjaPegawai Create(
        Skp skp, Pejabat pegawai, Pejabat penilai, PredikatAkhir predikat, PemeriksaanDistribusiResult distribusi, TandaTangan tandaTangan,
        IEnumerable<RealisasiIki>? realisasi = null, IEnumerable<UmpanBalik>? umpanBalik = null, string? instansi = null, KatalogBerakhlak? katalog = null)
    {
        Preconditions.CheckNotNull(skp);
        Preconditions.CheckNotNull(pegawai);
        Preconditions.CheckNotNull(penilai);
        Preconditions.CheckNotNull(predikat);
        Preconditions.CheckNotNull(distribusi);
        Preconditions.CheckNotNull(tandaTangan);
        Preconditions.CheckArgument(pegawai.Nip == skp.Pegawai, nameof(pegawai), "The employee record is of another NIP than the SKP's.");
        Preconditions.CheckArgument(predikat.Pegawai == skp.Pegawai, nameof(predikat), "The predicate is of another NIP than the SKP's.");
        katalog ??= KatalogBerakhlak.SeMenPanRb20Tahun2021;

        var byIki = new Dictionary<string, RealisasiIki>(StringComparer.Ordinal);
        foreach (var r in realisasi ?? Enumerable.Empty<RealisasiIki>())
        {
            Preconditions.CheckNotNull(r, nameof(realisasi));
            Preconditions.CheckArgument(!byIki.ContainsKey(r.IkiId), nameof(realisasi), "Two realisations name the IKI " + Preconditions.Quote(r.IkiId) + ".");
            byIki.Add(r.IkiId, r);
        }

        var ikiIds = new HashSet<string>(skp.HasilKerja.SelectMany(h => h.Indikator).Select(i => i.Id), StringComparer.Ordinal);
        var unknown = byIki.Keys.FirstOrDefault(k => !ikiIds.Contains(k));
        Preconditions.CheckArgument(unknown is null, nameof(realisasi), "The realisation names an IKI the SKP does not have: " + Preconditions.Quote(unknown) + ".");

        var hasil = skp.HasilKerja.SelectMany(rhk => rhk.Indikator.Select(iki => new BarisHasilKerja(rhk, iki, byIki.TryGetValue(iki.Id, out var r) ? r : null))).ToImmutableArray();
        var feedback = (umpanBalik ?? Enumerable.Empty<UmpanBalik>()).Select(u => Preconditions.CheckNotNull(u, nameof(umpanBalik))).ToList();
        var perilaku = katalog.Nilai.Select(n => new BarisPerilakuKerja(
            n, skp.PerilakuKerja.FirstOrDefault(p => p.Nilai == n.Nilai)?.EkspektasiKhusus,
            feedback.Where(u => u.Nilai == n.Nilai).OrderBy(u => u.Tanggal).ThenBy(u => u.Id, StringComparer.Ordinal).ToImmutableArray())).ToImmutableArray();
        return new DokumenEvaluasiKinerjaPegawai(instansi, skp, pegawai, penilai, predikat, distribusi, hasil, perilaku, tandaTangan);
    }

    /// <summary>The document as self-contained HTML (inline CSS and SVG, A4 print layout, Indonesian labels).</summary>
    /// <returns>The HTML text.</returns>
    public string ToHtml()
    {
        var html = new StringBuilder();
        Render.Open(html, "Dokumen Evaluasi Kinerja Pegawai " + Render.Nama(Pegawai), "evaluasi-kinerja-pegawai");
        html.Append("<h1>Dokumen Evaluasi Kinerja Pegawai</h1>\n<p class=\"subjudul\">").Append(Render.Escape(Instansi is null ? string.Empty : Instansi + " — "))
            .Append("Periode: ").Append(Render.Escape(Periode.ToString())).Append(" (").Append(Render.Tanggal(Periode.Awal)).Append(" s.d. ").Append(Render.Tanggal(Periode.Akhir)).Append(")</p>\n");

        html.Append("<section id=\"identitas\">\n<table class=\"identitas\"><thead><tr><th colspan=\"2\">Pegawai yang Dinilai</th></tr></thead><tbody>\n");
        Person(html, Pegawai);
        html.Append("</tbody></table>\n<table class=\"identitas\"><thead><tr><th colspan=\"2\">Pejabat Penilai Kinerja</th></tr></thead><tbody>\n");
        Person(html, Penilai);
        html.Append("</tbody></table>\n</section>\n");

        html.Append("<section id=\"kinerja-organisasi\">\n<h2>Capaian Kinerja Organisasi</h2>\n<p>Predikat kinerja organisasi: <span class=\"rating\">")
            .Append(Render.Escape(PredikatOrganisasi.ToLabel())).Append("</span> (unit ").Append(Render.Escape(Distribusi.UnitId)).Append(")</p>\n</section>\n");

        html.Append("<section id=\"pola-distribusi\">\n<h2>Pola Distribusi</h2>\n");
        Render.Chart(html, Distribusi);
        Render.HtmlDistributionTable(html, Distribusi);
        html.Append("<p class=\"keterangan\">").Append(Render.Escape(Render.Status(Distribusi.Status))).Append(" (").Append(Render.Escape(Distribusi.RuleSet.ToString())).Append(").</p>\n</section>\n");

        html.Append("<section id=\"hasil-kerja\">\n<h2>Hasil Kerja</h2>\n<table class=\"hasil-kerja\"><thead><tr><th>No</th><th>Rencana Hasil Kerja</th><th>Indikator Kinerja Individu</th><th>Target</th>");
        var jpt = Skp.Jabatan.IsJpt;
        if (jpt)
        {
            html.Append("<th>Perspektif</th>");
        }

        html.Append("<th>Realisasi</th><th>Umpan Balik Berkelanjutan</th></tr></thead><tbody>\n");
        var nomor = 0;
        foreach (var group in HasilKerja.GroupBy(b => b.Rhk))
        {
            nomor++;
            var first = true;
            var rows = group.Count();
            foreach (var b in group)
            {
                html.Append("<tr class=\"iki\" data-iki=\"").Append(Render.Escape(b.Iki.Id)).Append("\">");
                if (first)
                {
                    html.Append("<td rowspan=\"").Append(rows).Append("\">").Append(nomor).Append("</td><td rowspan=\"").Append(rows).Append("\">")
                        .Append(Render.Escape(b.Rhk.Uraian)).Append("<br><em>").Append(b.Rhk.Jenis == JenisRhk.Utama ? "Utama" : "Tambahan").Append("</em></td>");
                    first = false;
                }

                html.Append("<td>").Append(Render.Escape(b.Iki.Uraian)).Append("</td><td>").Append(Render.Escape(b.Iki.Target.ToString())).Append("</td>");
                if (jpt)
                {
                    html.Append("<td>").Append(Render.Escape(Render.Perspektif(b.Iki.Perspektif))).Append("</td>");
                }

                html.Append("<td>").Append(Render.Escape(b.Realisasi ?? "-")).Append("</td><td>").Append(Render.Escape(b.UmpanBalik ?? "-")).Append("</td></tr>\n");
            }
        }

        html.Append("</tbody></table>\n<p>Rating hasil kerja: <span class=\"rating\" id=\"rating-hasil-kerja\">").Append(Render.Escape(RatingHasilKerja.ToLabel())).Append("</span></p>\n</section>\n");

        html.Append("<section id=\"perilaku-kerja\">\n<h2>Perilaku Kerja</h2>\n<table class=\"perilaku-kerja\"><thead><tr><th>No</th><th>Nilai dan Panduan Perilaku</th><th>Ekspektasi Khusus Pimpinan</th><th>Umpan Balik Berkelanjutan</th></tr></thead><tbody>\n");
        nomor = 0;
        foreach (var b in PerilakuKerja)
        {
            nomor++;
            html.Append("<tr class=\"nilai\" data-nilai=\"").Append(b.Nilai.Kode).Append("\"><td>").Append(nomor).Append("</td><td><strong>").Append(Render.Escape(b.Nilai.Nama.Indonesian)).Append("</strong><ul>");
            foreach (var g in b.Nilai.Panduan)
            {
                html.Append("<li>").Append(Render.Escape(g.Teks.Indonesian)).Append("</li>");
            }

            html.Append("</ul></td><td>").Append(Render.Escape(b.EkspektasiKhusus ?? "-")).Append("</td><td>");
            if (b.UmpanBalik.IsEmpty)
            {
                html.Append('-');
            }
            else
            {
                html.Append("<ul>");
                foreach (var u in b.UmpanBalik)
                {
                    html.Append("<li>").Append(Render.Tanggal(u.Tanggal)).Append(": ").Append(Render.Escape(u.Uraian)).Append("</li>");
                }

                html.Append("</ul>");
            }

            html.Append("</td></tr>\n");
        }

        html.Append("</tbody></table>\n<p>Rating perilaku kerja: <span class=\"rating\" id=\"rating-perilaku-kerja\">").Append(Render.Escape(RatingPerilakuKerja.ToLabel())).Append("</span></p>\n</section>\n");

        html.Append("<section id=\"predikat\">\n<h2>Predikat Kinerja Pegawai</h2>\n<p><span class=\"rating\" id=\"predikat-kinerja\">").Append(Render.Escape(Predikat.Predikat.ToLabel())).Append("</span>");
        if (Predikat.Predikat != Predikat.Keputusan.Terhitung.Predikat)
        {
            html.Append(" (hasil kuadran: ").Append(Render.Escape(Predikat.Keputusan.Terhitung.Predikat.ToLabel())).Append(')');
        }

        html.Append("</p>\n<p class=\"keterangan\">").Append(Render.Escape(Predikat.Explain().Description)).Append("</p>\n</section>\n");
        Render.HtmlSignature(html, TandaTangan, ("Pegawai yang Dinilai", Pegawai), ("Pejabat Penilai Kinerja", Penilai));
        Render.Close(html);
        return html.ToString();
    }

    /// <summary>The document as Markdown (tables, Indonesian labels).</summary>
    /// <returns>The Markdown text.</returns>
    public string ToMarkdown()
    {
        var md = new StringBuilder();
        md.Append("# DOKUMEN EVALUASI KINERJA PEGAWAI\n\n");
        if (Instansi is not null)
        {
            md.Append("**").Append(Render.Cell(Instansi)).Append("**\n\n");
        }

        md.Append("Periode: ").Append(Periode).Append(" (").Append(Render.Tanggal(Periode.Awal)).Append(" s.d. ").Append(Render.Tanggal(Periode.Akhir)).Append(")\n\n");
        md.Append("| | Pegawai yang Dinilai | Pejabat Penilai Kinerja |\n|---|---|---|\n");
        md.Append("| Nama | ").Append(Render.Cell(Pegawai.Nama)).Append(" | ").Append(Render.Cell(Penilai.Nama)).Append(" |\n");
        md.Append("| NIP | ").Append(Render.Cell(Pegawai.NomorInduk)).Append(" | ").Append(Render.Cell(Penilai.NomorInduk)).Append(" |\n");
        md.Append("| Pangkat/Gol. Ruang | ").Append(Render.Cell(Pegawai.Golongan)).Append(" | ").Append(Render.Cell(Penilai.Golongan)).Append(" |\n");
        md.Append("| Jabatan | ").Append(Render.Cell(Pegawai.NamaJabatan)).Append(" | ").Append(Render.Cell(Penilai.NamaJabatan)).Append(" |\n");
        md.Append("| Unit Kerja | ").Append(Render.Cell(Pegawai.UnitKerja)).Append(" | ").Append(Render.Cell(Penilai.UnitKerja)).Append(" |\n\n");
        md.Append("## Capaian Kinerja Organisasi\n\nPredikat kinerja organisasi: **").Append(PredikatOrganisasi.ToLabel()).Append("** (unit ").Append(Render.Cell(Distribusi.UnitId)).Append(")\n\n");
        md.Append("## Pola Distribusi\n\n");
        Render.MarkdownDistributionTable(md, Distribusi);
        md.Append('\n').Append(Render.Status(Distribusi.Status)).Append(" (").Append(Distribusi.RuleSet).Append(").\n\n");
        md.Append("## Hasil Kerja\n\n| No | Rencana Hasil Kerja | Indikator Kinerja Individu | Target |").Append(Skp.Jabatan.IsJpt ? " Perspektif |" : string.Empty)
            .Append(" Realisasi | Umpan Balik Berkelanjutan |\n|---|---|---|---|").Append(Skp.Jabatan.IsJpt ? "---|" : string.Empty).Append("---|---|\n");
        var nomor = 0;
        foreach (var group in HasilKerja.GroupBy(b => b.Rhk))
        {
            nomor++;
            foreach (var b in group)
            {
                md.Append("| ").Append(nomor).Append(" | ").Append(Render.Cell(b.Rhk.Uraian)).Append(" | ").Append(Render.Cell(b.Iki.Uraian)).Append(" | ").Append(Render.Cell(b.Iki.Target.ToString())).Append(" | ");
                if (Skp.Jabatan.IsJpt)
                {
                    md.Append(Render.Perspektif(b.Iki.Perspektif)).Append(" | ");
                }

                md.Append(Render.Cell(b.Realisasi)).Append(" | ").Append(Render.Cell(b.UmpanBalik)).Append(" |\n");
            }
        }

        md.Append("\nRating hasil kerja: **").Append(RatingHasilKerja.ToLabel()).Append("**\n\n");
        md.Append("## Perilaku Kerja\n\n| No | Nilai | Ekspektasi Khusus Pimpinan | Umpan Balik Berkelanjutan |\n|---|---|---|---|\n");
        nomor = 0;
        foreach (var b in PerilakuKerja)
        {
            nomor++;
            md.Append("| ").Append(nomor).Append(" | **").Append(Render.Cell(b.Nilai.Nama.Indonesian)).Append("**<br>").Append(string.Join("<br>", b.Nilai.Panduan.Select(g => "- " + Render.Cell(g.Teks.Indonesian))))
                .Append(" | ").Append(Render.Cell(b.EkspektasiKhusus)).Append(" | ")
                .Append(b.UmpanBalik.IsEmpty ? "-" : string.Join("<br>", b.UmpanBalik.Select(u => Render.Tanggal(u.Tanggal) + ": " + Render.Cell(u.Uraian)))).Append(" |\n");
        }

        md.Append("\nRating perilaku kerja: **").Append(RatingPerilakuKerja.ToLabel()).Append("**\n\n");
        md.Append("## Predikat Kinerja Pegawai\n\n**").Append(Predikat.Predikat.ToLabel()).Append("**");
        if (Predikat.Predikat != Predikat.Keputusan.Terhitung.Predikat)
        {
            md.Append(" (hasil kuadran: ").Append(Predikat.Keputusan.Terhitung.Predikat.ToLabel()).Append(')');
        }

        md.Append("\n\n").Append(Predikat.Explain().Description).Append('\n');
        Render.MarkdownSignature(md, TandaTangan, ("Pegawai yang Dinilai", Pegawai), ("Pejabat Penilai Kinerja", Penilai));
        return md.ToString();
    }

    private static void Person(StringBuilder html, Pejabat p)
    {
        Render.Row(html, "Nama", p.Nama);
        Render.Row(html, p.Status == StatusPenilai.Asn ? "NIP" : "NIP/NRP", p.NomorInduk);
        Render.Row(html, "Pangkat/Gol. Ruang", p.Golongan);
        Render.Row(html, "Jabatan", p.NamaJabatan);
        Render.Row(html, "Unit Kerja", p.UnitKerja);
    }
}
