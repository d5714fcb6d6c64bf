using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using AsnKinerja.Cascading;
using AsnKinerja.Predicates;
using AsnKinerja.Testing.Quickstart;
using NodaTime;

namespace AsnKinerja.Documents.Tests;

/// <summary>The documents of the quickstart's dinas, checked by parsing the HTML (structure, not pixels).</summary>
public sealed class DocumentsTests
{
    private static readonly QuickstartDinas Dinas = QuickstartDinas.Load();
    private static readonly TandaTangan Ttd = new("Contoh", new LocalDate(2025, 2, 15));
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void FormatPenetapan_EveryUnitOfTheQuickstartDinas_ComesOutWithItsDistribution()
    {
        foreach (var unit in Dinas.Struktur.Units)
        {
            var verdict = Dinas.Verdict(unit.Id);
            var pegawai = Dinas.Dihitung(unit.Id).Select(n => new PredikatPegawai(Dinas.Orang(n), Dinas.Predikat[n].Predikat)).ToList();
            var penetapan = FormatPenetapanPredikatKinerja.Create(unit, Dinas.Periode, verdict, Dinas.Orang(Dinas.Ppk(Dinas.Struktur.GetKepala(unit.Id)!.Value)), Ttd, pegawai, "Pemerintah Kabupaten Contoh");

            var doc = Parse(penetapan.ToHtml());

            Assert.Equal("penetapan-predikat-kinerja", doc.QuerySelector("main")!.GetAttribute("data-dokumen"));
            var groups = doc.QuerySelectorAll("svg g.predikat");
            Assert.Equal(new[] { "Sangat Kurang", "Kurang/Misconduct", "Butuh Perbaikan", "Baik", "Sangat Baik" }, groups.Select(g => g.GetAttribute("data-predikat")));
            foreach (var g in groups)
            {
                var predikat = AsnLabels.ParsePredikatKinerja(g.GetAttribute("data-predikat")!);
                Assert.Equal(verdict.Jumlah[predikat].ToString(System.Globalization.CultureInfo.InvariantCulture), g.GetAttribute("data-jumlah"));
                Assert.Equal(verdict.Kuota[predikat].Min.ToString(System.Globalization.CultureInfo.InvariantCulture), g.GetAttribute("data-min"));
                Assert.Equal(verdict.Kuota[predikat].Max.ToString(System.Globalization.CultureInfo.InvariantCulture), g.GetAttribute("data-max"));
                Assert.NotNull(g.QuerySelector("rect.jumlah"));
                Assert.NotNull(g.QuerySelector("rect.rentang"));
            }

            Assert.Equal(pegawai.Count, doc.QuerySelectorAll("table.pegawai tbody tr").Length);
            Assert.Equal(verdict.Status.ToString(), doc.QuerySelector("#status-distribusi")!.GetAttribute("data-status"));
            Assert.Equal(verdict.Batasan.Length, doc.QuerySelectorAll("ul.batasan li").Length);
            Assert.Contains("Pejabat yang Berwenang", doc.QuerySelector("#tanda-tangan")!.TextContent, StringComparison.Ordinal);
            SelfContainedA4(doc);

            var md = penetapan.ToMarkdown();
            Assert.StartsWith("# FORMAT PENETAPAN PREDIKAT KINERJA PEGAWAI", md, StringComparison.Ordinal);
            Assert.Contains("| Predikat kinerja organisasi | " + verdict.PredikatOrganisasi.ToLabel() + " |", md, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void FormatPenetapan_EmployeesThatDoNotAddUpToTheVerdict_Throws()
    {
        var unit = Dinas.Struktur.GetUnit("aptika");
        var pegawai = Dinas.Dihitung("aptika").Skip(1).Select(n => new PredikatPegawai(Dinas.Orang(n), Dinas.Predikat[n].Predikat));

        Assert.Throws<ArgumentException>(() => FormatPenetapanPredikatKinerja.Create(unit, Dinas.Periode, Dinas.Verdict("aptika"), Dinas.Orang(QuickstartDinas.Sekda), Ttd, pegawai));
    }

    [Fact]
    public void DokumenEvaluasi_AFunctionalOfficialOfTheDinas_HasEverySectionWithItsRows()
    {
        var skp = Dinas.Sample.Skp.Single(s => s.Id == "SKP-2024-S1");
        var realisasi = new[]
        {
            new RealisasiIki("S1.1", "8 aplikasi", "Integrasi melampaui target; dokumentasi rapi."),
            new RealisasiIki("S1.2", "11 bulan"),
        };

        var dokumen = DokumenEvaluasiKinerjaPegawai.Create(
            skp, Dinas.Orang(skp.Pegawai), Dinas.Orang(Dinas.Ppk(skp.Pegawai)), Dinas.Predikat[skp.Pegawai], Dinas.Verdict("aptika"), Ttd, realisasi, Dinas.Sample.UmpanBalik, "Dinas Komunikasi dan Informatika Kabupaten Contoh");
        var doc = Parse(dokumen.ToHtml());

        Assert.Equal("evaluasi-kinerja-pegawai", doc.QuerySelector("main")!.GetAttribute("data-dokumen"));
        Assert.Equal(
            new[] { "identitas", "kinerja-organisasi", "pola-distribusi", "hasil-kerja", "perilaku-kerja", "predikat", "tanda-tangan" },
            doc.QuerySelectorAll("main > section").Select(s => s.Id));
        var iki = doc.QuerySelectorAll("table.hasil-kerja tbody tr.iki");
        Assert.Equal(new[] { "S1.1", "S1.2" }, iki.Select(r => r.GetAttribute("data-iki")));
        Assert.Contains("8 aplikasi", iki[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Integrasi melampaui target", iki[0].TextContent, StringComparison.Ordinal);
        var nilai = doc.QuerySelectorAll("table.perilaku-kerja tbody tr.nilai");
        Assert.Equal(7, nilai.Length);
        var kolaboratif = nilai.Single(r => r.GetAttribute("data-nilai") == "KL");
        Assert.Contains("Aktif berbagi kode dan dokumentasi integrasi dengan tim lain", kolaboratif.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, kolaboratif.QuerySelectorAll("td:last-child li").Length);
        Assert.Equal(3, kolaboratif.QuerySelectorAll("td:nth-child(2) li").Length);
        Assert.Equal(dokumen.RatingHasilKerja.ToLabel(), doc.QuerySelector("#rating-hasil-kerja")!.TextContent);
        Assert.Equal(dokumen.RatingPerilakuKerja.ToLabel(), doc.QuerySelector("#rating-perilaku-kerja")!.TextContent);
        Assert.Equal(Dinas.Predikat[skp.Pegawai].Predikat.ToLabel(), doc.QuerySelector("#predikat-kinerja")!.TextContent);
        Assert.Equal(5, doc.QuerySelectorAll("#pola-distribusi svg g.predikat").Length);
        Assert.Equal(new[] { "Pegawai yang Dinilai", "Pejabat Penilai Kinerja" }, doc.QuerySelectorAll(".penanda-tangan").Select(d => d.GetAttribute("data-peran")));
        SelfContainedA4(doc);

        var md = dokumen.ToMarkdown();
        Assert.Contains("## Hasil Kerja", md, StringComparison.Ordinal);
        Assert.Contains("| 1 | Aplikasi layanan yang diintegrasikan ke portal | Jumlah aplikasi yang diintegrasikan | 7 aplikasi | 8 aplikasi |", md, StringComparison.Ordinal);
    }

    [Fact]
    public void DokumenEvaluasi_TextWithMarkup_IsEscapedEverywhere()
    {
        var skp = Dinas.Sample.Skp.Single(s => s.Id == "SKP-2024-S1");
        var dokumen = DokumenEvaluasiKinerjaPegawai.Create(
            skp, Dinas.Orang(skp.Pegawai), Pejabat.Asn(Dinas.Ppk(skp.Pegawai), nama: "<script>alert(1)</script> | *x*", namaJabatan: "Kepala", golongan: "IV/a", unitKerja: "A & B"),
            Dinas.Predikat[skp.Pegawai], Dinas.Verdict("aptika"), Ttd, new[] { new RealisasiIki("S1.1", "<b>8</b> | 9") });

        var doc = Parse(dokumen.ToHtml());

        Assert.Empty(doc.QuerySelectorAll("script"));
        Assert.Empty(doc.QuerySelectorAll("td b"));
        Assert.Contains("<script>alert(1)</script>", doc.QuerySelector("#identitas")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("\\<b\\>8\\</b\\> \\| 9", dokumen.ToMarkdown(), StringComparison.Ordinal);
    }

    [Fact]
    public void DokumenEvaluasi_RealisationOfAnUnknownIki_Throws()
    {
        var skp = Dinas.Sample.Skp.Single(s => s.Id == "SKP-2024-S1");

        Assert.Throws<ArgumentException>(() => DokumenEvaluasiKinerjaPegawai.Create(
            skp, Dinas.Orang(skp.Pegawai), Dinas.Orang(Dinas.Ppk(skp.Pegawai)), Dinas.Predikat[skp.Pegawai], Dinas.Verdict("aptika"), Ttd, new[] { new RealisasiIki("X9", "1") }));
    }

    [Theory]
    [InlineData(1, new[] { "198005172004021009" })]
    [InlineData(2, new[] { "198005172004021009", "198806182012072001", "199210222016032005" })]
    public void Mpph_HeadOfTheDinas_HasTheLeadersIkiAcrossTheTopAndEmployeesDownTheSide(int tingkat, string[] rows)
    {
        var graph = CascadingGraph.Create(Dinas.Sample.Skp, struktur: Dinas.Struktur);
        var kepala = Dinas.Struktur.GetKepala("dinas")!.Value;

        var mpph = MatriksPembagianPeranHasil.Create(graph, kepala, tingkat, orang: Dinas.Sample.Pegawai.Select(p => Dinas.Orang(p.Nip)));
        var doc = Parse(mpph.ToHtml());

        Assert.Equal(2, doc.QuerySelectorAll("table.mpph thead tr").Length);
        Assert.Equal(new[] { "K1", "K2" }, doc.QuerySelectorAll("thead th.rhk").Select(t => t.GetAttribute("data-rhk")));
        Assert.Equal(new[] { "K1.1", "K1.2", "K2.1", "K2.2" }, doc.QuerySelectorAll("thead th.iki").Select(t => t.GetAttribute("data-iki")));
        Assert.Equal(new[] { "2", "2" }, doc.QuerySelectorAll("thead th.rhk").Select(t => t.GetAttribute("colspan")));
        var body = doc.QuerySelectorAll("table.mpph tbody tr");
        Assert.Equal(rows, body.Select(r => r.GetAttribute("data-nip")));
        Assert.Contains("Aplikasi layanan publik terintegrasi dalam satu portal", body[0].Children[2].TextContent, StringComparison.Ordinal);
        Assert.Equal("-", body[0].Children[3].TextContent);
        if (tingkat == 2)
        {
            Assert.All(body.Skip(1), r => Assert.Equal("198005172004021009", r.GetAttribute("data-melalui")));
            Assert.Contains("Aplikasi layanan yang diintegrasikan ke portal", body[1].Children[2].TextContent, StringComparison.Ordinal);
        }

        SelfContainedA4(doc);
        Assert.Contains("IKI: Indeks SPBE kabupaten; Jumlah aplikasi layanan terintegrasi", mpph.ToMarkdown(), StringComparison.Ordinal);
    }

    private static IDocument Parse(string html) => Parser.ParseDocument(html);

    private static void SelfContainedA4(IDocument doc)
    {
        Assert.Equal("id", doc.DocumentElement.GetAttribute("lang"));
        Assert.Empty(doc.QuerySelectorAll("link, script, img, iframe, object"));
        Assert.All(doc.QuerySelectorAll("[src], [href]"), e => Assert.Fail("external reference: " + e.OuterHtml));
        var css = string.Concat(doc.QuerySelectorAll("style").Select(s => s.TextContent));
        Assert.Contains("@page{size:A4", css, StringComparison.Ordinal);
        Assert.DoesNotContain("url(", css, StringComparison.Ordinal);
        Assert.DoesNotContain("@import", css, StringComparison.Ordinal);
    }
}
