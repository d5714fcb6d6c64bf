using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace AsnKinerja.Tool.Tests;

public sealed class PeriksaTests : IDisposable
{
    private readonly Alat _alat = new();

    public void Dispose() => _alat.Dispose();

    [Fact]
    public void Periksa_Contoh_PrintsEveryUnitAndExitsWithViolations()
    {
        var (code, output) = _alat.Run("periksa", "--contoh");

        Assert.Equal(1, code);
        foreach (var unit in new[] { "diskominfo", "sekretariat", "bid-aptika", "bid-ikp", "bid-statistik", "upt-radio" })
        {
            Assert.Contains(unit, output, StringComparison.Ordinal);
        }

        Assert.Contains("Ringkasan", output, StringComparison.Ordinal);
        Assert.Contains("Unit              6: 3 memenuhi, 3 tidak memenuhi", output, StringComparison.Ordinal);
        Assert.Contains("Kode keluar 1: 3 unit tidak memenuhi pola distribusinya.", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Periksa_Contoh_WritesASelfContainedReportWithAChartPerUnit()
    {
        _alat.Run("periksa", "--contoh");

        var html = File.ReadAllText(_alat.File("laporan.html"));
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.OrdinalIgnoreCase);
        // One chart for the whole file and one per unit.
        Assert.Equal(1 + 6, Regex.Count(html, "<figure class=\"chart\">"));
        Assert.DoesNotMatch("(src|href)=\"(https?:)?//", html);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Periksa_Contoh_WritesOneCsvRowPerProposedChange()
    {
        _alat.Run("periksa", "--contoh");

        var lines = File.ReadAllLines(_alat.File("usulan-perubahan.csv"));
        Assert.Equal("baris,nip,nama,unit,unit_dinilai,predikat_organisasi,predikat_terhitung,predikat_usulan,skor,alasan", lines[0].TrimStart('\uFEFF'));

        // The summary says 8 changes in 3 units: sekretariat 3, bid-statistik 4, upt-radio 1.
        Assert.Equal(8, lines.Length - 1);
        Assert.Equal(3, lines.Count(l => l.Contains(",sekretariat,sekretariat,", StringComparison.Ordinal)));
        Assert.Equal(4, lines.Count(l => l.Contains(",bid-statistik,bid-statistik,", StringComparison.Ordinal)));
    }

    [Fact]
    public void Periksa_Contoh_WritesOneCsvRowPerUnitWithStatusCountsAndChanges()
    {
        _alat.Run("periksa", "--contoh");

        var lines = File.ReadAllLines(_alat.File("hasil-unit.csv"));
        Assert.Equal("unit,nama,induk,predikat_organisasi,status,dinilai,sangat_baik,baik,butuh_perbaikan,kurang,sangat_kurang,digabung_ke,usulan,temuan", lines[0].TrimStart('\uFEFF'));
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToDictionary(c => c[0]);

        // Every unit of the sample, in the tree's order; the three units with changes (3, 4 and 1) are the three that fail.
        Assert.Equal(new[] { "diskominfo", "sekretariat", "bid-aptika", "bid-ikp", "bid-statistik", "upt-radio" }, lines.Skip(1).Select(l => l.Split(',')[0]));
        Assert.Equal("3", rows["sekretariat"][12]);
        Assert.Equal("4", rows["bid-statistik"][12]);
        Assert.Equal("1", rows["upt-radio"][12]);
        Assert.Equal(3, rows.Values.Count(c => c[4] == "Tidak Memenuhi"));
        Assert.Equal(3, rows.Values.Count(c => c[4] == "Memenuhi"));
        Assert.All(rows.Values.Where(c => c[4] == "Memenuhi"), c => Assert.Equal("0", c[12]));
        Assert.Equal("diskominfo", rows["sekretariat"][2]);
        Assert.Equal(string.Empty, rows["diskominfo"][2]);

        // The counts of each unit add up to the employees it is judged on.
        Assert.All(rows.Values, c => Assert.Equal(int.Parse(c[5], CultureInfo.InvariantCulture), c.Skip(6).Take(5).Sum(n => int.Parse(n, CultureInfo.InvariantCulture))));
        Assert.All(rows.Values.Where(c => c[4] == "Tidak Memenuhi"), c => Assert.Contains("DST", c[13], StringComparison.Ordinal));
    }

    [Fact]
    public void Periksa_MoreUnitsThanTheReportDetails_DetailsTheFailingOnesAndSaysWhereTheRestAre()
    {
        var (code, _) = _alat.Run("periksa", "--contoh", "--maks-unit-laporan", "2");

        Assert.Equal(1, code);
        var html = File.ReadAllText(_alat.File("laporan.html"));
        // The whole file's chart and the first two failing units of the tree; the six units are all in hasil-unit.csv.
        Assert.Equal(1 + 2, Regex.Count(html, "<figure class=\"chart\">"));
        Assert.Contains("id=\"unit-sekretariat\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"unit-bid-statistik\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"unit-upt-radio\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"unit-diskominfo\"", html, StringComparison.Ordinal);
        Assert.Contains("Berkas ini berisi 6 unit, lebih dari 2 yang dirinci laporan ini (--maks-unit-laporan); yang dirinci di bawah adalah 2 dari 3 unit yang tidak memenuhi polanya", html, StringComparison.Ordinal);
        Assert.Contains("hasil-unit.csv", html, StringComparison.Ordinal);
        Assert.Equal(7, File.ReadAllLines(_alat.File("hasil-unit.csv")).Length);
        Assert.Equal(9, File.ReadAllLines(_alat.File("usulan-perubahan.csv")).Length);
    }

    [Fact]
    public void Periksa_LargeFileWithScatteredBadRows_ReportsEachOnItsRowInFileOrder()
    {
        // Tens of thousands of rows are parsed on every core a batch at a time; the problems still come row by row, with
        // their rows, and those that depend on earlier rows (a NIP seen before, a second head) are found across batches.
        var units = _alat.Write("unit.csv", "unit,induk,predikat_organisasi\nu0,,Baik\nu1,u0,Baik\nu2,u0,Istimewa\n");
        var text = new StringBuilder("nip,nama,unit,kepala_unit,rating_hasil_kerja,rating_perilaku_kerja\n");
        string Nip(int i) => string.Create(CultureInfo.InvariantCulture, $"1980{1 + (i / 28 % 12):00}{1 + (i % 28):00}2010{1 + (i / 999 % 12):00}1{1 + (i % 999):000}");
        var nips = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < 40_000; i++)
        {
            var row = i + 2;
            var nip = row == 31_000 ? Nip(0) : Nip(i);
            Assert.True(row == 31_000 || nips.Add(nip));
            var unit = row == 20_000 ? "u9" : "u" + (i % 3).ToString(CultureInfo.InvariantCulture);
            var kepala = row is 100 or 35_000 ? "ya" : "tidak";
            var hasil = row == 9_999 ? "luar biasa" : "Sesuai Ekspektasi";
            text.Append(row == 5_000 ? "12345" : nip).Append(",Pegawai ").Append(i).Append(',').Append(row is 100 or 35_000 ? "u1" : unit).Append(',').Append(kepala).Append(',').Append(hasil).Append(",sesuai\n");
            if (row == 25_000)
            {
                text.Append(",,,,,\n");
            }
        }

        var pegawai = _alat.Write("pegawai.csv", text.ToString());
        var (code, output) = _alat.Run("periksa", pegawai, units);

        Assert.Equal(2, code);
        Assert.Contains("5 masalah", output, StringComparison.Ordinal);
        var rows = File.ReadAllLines(_alat.File("masalah-masukan.csv")).Skip(1).Select(l => l.Split(',')).Select(c => c[1] + ":" + c[2]).ToArray();
        // The blank line after row 25,000 is row 25,001: the rows after it are one further down.
        Assert.Equal(new[] { "5000:nip", "9999:rating_hasil_kerja", "20000:unit", "31001:nip", "35001:kepala_unit" }, rows);
        Assert.Contains("NIP " + Nip(0) + " sudah ada di baris 2;", output, StringComparison.Ordinal);
        Assert.Contains("unit 'u1' sudah punya kepala di baris 100", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Periksa_EveryRowOfALargeFileBad_EachProblemCarriesItsOwnRow()
    {
        // Every row, whichever batch and core parsed it, keeps its own row number: 2 to 20,001, in order, none twice.
        var units = _alat.Write("unit.csv", "unit,induk,predikat_organisasi\nu0,,Baik\n");
        var text = new StringBuilder("nip,nama,unit,kepala_unit,rating_hasil_kerja,rating_perilaku_kerja\n");
        for (var i = 0; i < 20_000; i++)
        {
            text.Append(string.Create(CultureInfo.InvariantCulture, $"1980{1 + (i / 28 % 12):00}{1 + (i % 28):00}2010{1 + (i / 999 % 12):00}1{1 + (i % 999):000},Pegawai {i},u0,tidak,hebat,sesuai\n"));
        }

        var (code, _) = _alat.Run("periksa", _alat.Write("pegawai.csv", text.ToString()), units);

        Assert.Equal(2, code);
        var rows = File.ReadAllLines(_alat.File("masalah-masukan.csv")).Skip(1).Select(l => int.Parse(l.Split(',')[1], CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(Enumerable.Range(2, 20_000), rows);
    }

    [Fact]
    public void Periksa_MessyCsvWithBomAndSemicolons_ReadsEveryRow()
    {
        var (code, output) = _alat.Run("periksa", Alat.Fixture("pegawai-berantakan.csv"), Alat.Fixture("unit-berantakan.csv"));

        Assert.Equal(1, code);
        Assert.Contains("CSV (;) · 18 pegawai", output, StringComparison.Ordinal);
        Assert.Contains("CSV (;) · 4 unit", output, StringComparison.Ordinal);
        Assert.Contains("Sekretariat Daerah; Kabupaten Uji", output, StringComparison.Ordinal);
        Assert.Contains("Pegawai           18: SB 2 (11,1%), B 12 (66,7%), BP 3 (16,7%), K 0 (0,0%), SK 1 (5,6%)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Periksa_BadRows_ReportsEveryOneWithRowAndColumnAndExits2()
    {
        var (code, output) = _alat.Run("periksa", Alat.Fixture("pegawai-baris-rusak.csv"), Alat.Fixture("unit-berantakan.csv"));

        Assert.Equal(2, code);
        Assert.Contains("6 masalah", output, StringComparison.Ordinal);
        var rows = File.ReadAllLines(_alat.File("masalah-masukan.csv")).Skip(1).Select(l => l.Split(',')).Select(c => c[1] + ":" + c[2]).ToArray();
        Assert.Equal(new[] { "8:NIP", "9:NIP", "10:Unit_Kerja", "11:RATING HASIL KERJA", "12:Kepala Unit", "12:Skor" }, rows);
        Assert.Contains("NIP 196804132021122002 sudah ada di baris 3", output, StringComparison.Ordinal);
        Assert.Contains("unit 'bag-keuangan' tidak ada di berkas unit", output, StringComparison.Ordinal);
        Assert.False(File.Exists(_alat.File("laporan.html")));
    }

    [Fact]
    public void Periksa_XlsxNamedSheet_ProposesTheSameChangesAsTheCsv()
    {
        var csv = new Alat();
        try
        {
            var (csvCode, _) = csv.Run("periksa", Alat.Fixture("pegawai-berantakan.csv"), Alat.Fixture("unit-berantakan.csv"));
            var (code, output) = _alat.Run("periksa", Alat.Fixture("pegawai.xlsx"), Alat.Fixture("unit-berantakan.csv"), "--sheet-pegawai", "pegawai");

            Assert.Equal(csvCode, code);
            Assert.Contains("XLSX, sheet 'Pegawai' · 18 pegawai", output, StringComparison.Ordinal);
            // Row, NIP, name, units and predicates agree; the score prints as the file holds it (80,0 in the CSV, the number 80 in Excel).
            static string[] Changes(string path) => File.ReadAllLines(path).Select(l => string.Join(",", l.Split(',').Take(8))).ToArray();
            Assert.Equal(Changes(csv.File("usulan-perubahan.csv")), Changes(_alat.File("usulan-perubahan.csv")));
        }
        finally
        {
            csv.Dispose();
        }
    }

    [Fact]
    public void Periksa_XlsxBadSheet_ReportsTheNumericNipAndTheEmptyUnit()
    {
        var (code, output) = _alat.Run("periksa", Alat.Fixture("pegawai.xlsx"), Alat.Fixture("unit-berantakan.csv"), "--sheet-pegawai", "Rusak");

        Assert.Equal(2, code);
        Assert.Contains("8 masalah", output, StringComparison.Ordinal);
        Assert.Contains("pegawai.xlsx:13: kolom 'Unit_Kerja': kosong", output, StringComparison.Ordinal);
        Assert.Contains("pegawai.xlsx:14: kolom 'NIP': NIP tersimpan sebagai angka di Excel", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Periksa_UnknownSheet_NamesTheSheetsThereAre()
    {
        var (code, output) = _alat.Run("periksa", Alat.Fixture("pegawai.xlsx"), Alat.Fixture("unit-berantakan.csv"), "--sheet-pegawai", "Data");

        Assert.Equal(2, code);
        Assert.Contains("tidak ada sheet 'Data'; sheet yang ada: 'Petunjuk', 'Pegawai', 'Rusak'.", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Periksa_EmptyFile_SaysSoAndExits2()
    {
        var kosong = _alat.Write("kosong.csv", string.Empty);

        var (code, output) = _alat.Run("periksa", kosong, Alat.Fixture("unit-berantakan.csv"));

        Assert.Equal(2, code);
        Assert.Contains("kosong.csv: berkas kosong: tidak ada baris judul kolom.", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Periksa_HeaderOnly_SaysTheFileHoldsNoEmployee()
    {
        var judul = _alat.Write("judul.csv", "nip,nama,unit,kepala_unit,rating_hasil_kerja,rating_perilaku_kerja\n");

        var (code, output) = _alat.Run("periksa", judul, Alat.Fixture("unit-berantakan.csv"));

        Assert.Equal(2, code);
        Assert.Contains("berkas tidak berisi satu pegawai pun", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Periksa_MissingColumn_NamesItAndTheHeadersFoundOnRow1()
    {
        var kurang = _alat.Write("kurang.csv", "nip,nama,unit,kepala_unit,rating_hasil_kerja\n197703252017122001,A,setda,ya,Sesuai\n");

        var (code, output) = _alat.Run("periksa", kurang, Alat.Fixture("unit-berantakan.csv"));

        Assert.Equal(2, code);
        Assert.Contains("kurang.csv:1: kolom wajib 'rating_perilaku_kerja'", output, StringComparison.Ordinal);
        Assert.Contains("--kolom-pegawai rating_perilaku_kerja=JUDUL", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Periksa_OwnHeadersThroughAMapping_AreRead()
    {
        var sendiri = _alat.Write("sendiri.csv", "NIP Baru,Nama,Unit,Kepala,Capaian,Perilaku\n197703252017122001,A,setda,ya,Sesuai,Sesuai\n196804132021122002,B,bag-umum,ya,Sesuai,Sesuai\n");

        var (code, output) = _alat.Run("periksa", sendiri, Alat.Fixture("unit-berantakan.csv"), "--kolom-pegawai", "nip=NIP Baru,rating_hasil_kerja=Capaian", "--kolom-pegawai", "rating_perilaku_kerja=Perilaku");

        Assert.NotEqual(2, code);
        Assert.Contains("2 pegawai", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Periksa_CycleInTheUnitTree_NamesTheUnitsOfTheCycle()
    {
        var unit = _alat.Write("siklus.csv", "unit,induk,predikat_organisasi\nsetda,,Baik\nbag-a,bag-b,Baik\nbag-b,bag-a,Baik\n");

        var (code, output) = _alat.Run("periksa", Alat.Fixture("pegawai-berantakan.csv"), unit);

        Assert.Equal(2, code);
        Assert.Contains("siklus", output, StringComparison.Ordinal);
        Assert.Contains("bag-a", output, StringComparison.Ordinal);
        Assert.Contains("bag-b", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Periksa_UnknownParentUnit_IsReportedOnItsRow()
    {
        var unit = _alat.Write("induk.csv", "unit,induk,predikat_organisasi\nsetda,,Baik\nbag-umum,bag-tidak-ada,Baik\n");

        var (code, output) = _alat.Run("periksa", Alat.Fixture("pegawai-berantakan.csv"), unit);

        Assert.Equal(2, code);
        Assert.Contains("induk.csv:3: kolom 'induk'", output, StringComparison.Ordinal);
        Assert.Contains("bag-tidak-ada", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Periksa_AllUnitsMeetTheirPattern_Exits0()
    {
        var unit = _alat.Write("unit.csv", "unit,induk,predikat_organisasi\nsetda,,Baik\n");
        var pegawai = _alat.Write("pegawai.csv",
            "nip,nama,unit,kepala_unit,rating_hasil_kerja,rating_perilaku_kerja\n"
            + "197703252017122001,A,setda,tidak,Di Atas Ekspektasi,Di Atas Ekspektasi\n"
            + "196804132021122002,B,setda,tidak,Sesuai,Sesuai\n"
            + "198912132011092003,C,setda,tidak,Sesuai,Sesuai\n"
            + "199009182020111004,D,setda,tidak,Sesuai,Sesuai\n"
            + "198802102010021005,E,setda,tidak,Di Bawah Ekspektasi,Sesuai\n");

        var (code, output) = _alat.Run("periksa", pegawai, unit);

        Assert.Equal(0, code);
        Assert.Contains("Kode keluar 0", output, StringComparison.Ordinal);
        Assert.Single(File.ReadAllLines(_alat.File("usulan-perubahan.csv")));
    }

    [Fact]
    public void Periksa_LangEn_SpeaksEnglish()
    {
        var (code, output) = _alat.Run("periksa", "--contoh", "--lang", "en");

        Assert.Equal(1, code);
        Assert.Contains("Exit code 1: 3 units do not meet their distribution pattern.", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Kode keluar", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Periksa_FilesAndContohTogether_IsRefusedWith2()
    {
        var (code, output) = _alat.Run("periksa", "--contoh", Alat.Fixture("pegawai-berantakan.csv"), Alat.Fixture("unit-berantakan.csv"));

        Assert.Equal(2, code);
        Assert.Contains("atau --contoh saja", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Periksa_BadPeriod_NamesTheFormsAccepted()
    {
        var (code, output) = _alat.Run("periksa", "--contoh", "--periode", "2025-X9");

        Assert.Equal(2, code);
        Assert.Contains("--periode '2025-X9' bukan periode", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_Default_IsIndonesianAndNamesEveryCommand()
    {
        var (code, output) = _alat.Run("--help");

        Assert.Equal(0, code);
        Assert.Contains("Pemakaian:", output, StringComparison.Ordinal);
        foreach (var command in new[] { "periksa", "kuota", "siasn", "dokumen" })
        {
            Assert.Contains("  " + command + " ", output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Help_LangEn_IsEnglish()
    {
        var (code, output) = _alat.Run("periksa", "--help", "--lang", "en");

        Assert.Equal(0, code);
        Assert.Contains("Reads the employee file and the unit file", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Pemakaian:", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Kuota_Baik10_AllowsAtMost7B()
    {
        // SE MenPANRB 3/2023, pattern for an organisation predicate of Baik: B at most 70%, so 7 of 10 (strict rounding).
        var (code, output) = _alat.Run("kuota", "Baik", "10", "--tanggal", "2026-01-31");

        Assert.Equal(0, code);
        Assert.Matches(@"│\s+10 │ 0–9 │ 0–7 │", output);
    }

    [Fact]
    public void Kuota_UnknownPredicate_ListsTheLabelsAndExits2()
    {
        var (code, output) = _alat.Run("kuota", "Bagus", "10");

        Assert.Equal(2, code);
        Assert.Contains("'Bagus' bukan label yang dikenal", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Siasn_Skp22WithThePpk_WritesAPayloadForEveryEmployee()
    {
        var (code, output) = _alat.Run("siasn", "skp22", "--contoh", "--ppk-nama", "Ahmad Fauzi", "--ppk-jabatan", "Bupati Contoh", "--ppk-unit", "Pemerintah Kabupaten Contoh");

        Assert.Equal(0, code);
        Assert.Contains("Ditulis: 37 pegawai", output, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(File.ReadAllText(_alat.File("siasn-skp22.json")));
        Assert.Equal(37, json.RootElement.GetArrayLength());
        var top = json.RootElement.EnumerateArray().Single(p => p.GetProperty("statusPenilai").GetString() == "NON ASN");
        Assert.Equal("Ahmad Fauzi", top.GetProperty("penilaiNama").GetString());
        Assert.All(json.RootElement.EnumerateArray(), p => Assert.Equal(2025, p.GetProperty("tahun").GetInt32()));
    }

    [Fact]
    public void Siasn_Skp22WithoutThePpk_HoldsTheTopHeadBackAndExits1()
    {
        var (code, output) = _alat.Run("siasn", "skp22", "--contoh");

        Assert.Equal(1, code);
        Assert.Contains("Ditulis: 36 pegawai", output, StringComparison.Ordinal);
        Assert.Contains("Rina Nugroho", output, StringComparison.Ordinal);
        Assert.Contains("--ppk-nama", output, StringComparison.Ordinal);
        Assert.Equal(2, File.ReadAllLines(_alat.File("siasn-skp22-tertahan.csv")).Length);
    }

    [Fact]
    public void Siasn_KinerjaPeriodikForAQuarter_WritesEveryEmployee()
    {
        var (code, _) = _alat.Run("siasn", "kinerjaperiodik", "--contoh", "--periode", "2025-T4", "--ppk-nama", "Ahmad Fauzi", "--ppk-jabatan", "Bupati Contoh");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(File.ReadAllText(_alat.File("siasn-kinerjaperiodik.json")));
        Assert.Equal(37, json.RootElement.GetArrayLength());
    }

    [Fact]
    public void Siasn_KinerjaPeriodikWithoutPositions_HoldsEveryoneBack()
    {
        var (code, output) = _alat.Run("siasn", "kinerjaperiodik", Alat.Fixture("pegawai-berantakan.csv"), Alat.Fixture("unit-berantakan.csv"), "--periode", "2025-T4", "--ppk-nama", "A");

        Assert.Equal(1, code);
        Assert.Contains("Kode keluar 1: 18 pegawai tertahan.", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Dokumen_ContohWithThePpk_WritesADocumentPerEmployeeAndAFormPerUnit()
    {
        var (code, output) = _alat.Run("dokumen", "--contoh", "--ppk-nama", "Ahmad Fauzi", "--ppk-jabatan", "Bupati Contoh", "--tempat", "Contoh");

        Assert.Equal(0, code);
        Assert.Contains("6 dari 6", output, StringComparison.Ordinal);
        Assert.Equal(37, Directory.GetFiles(Path.Combine(_alat.Folder, "dokumen", "evaluasi-kinerja"), "*.html").Length);
        var forms = Directory.GetFiles(Path.Combine(_alat.Folder, "dokumen", "format-penetapan"), "*.html");
        Assert.Equal(6, forms.Length);
        var sekretariat = File.ReadAllText(forms.Single(f => Path.GetFileName(f) == "sekretariat.html"));
        Assert.Contains("Ahmad Fauzi", sekretariat, StringComparison.Ordinal);
    }
}
