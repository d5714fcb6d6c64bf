using System.Globalization;
using System.Text;
using AsnKinerja.Documents;
using AsnKinerja.Predicates;
using AsnKinerja.Siasn;
using AsnKinerja.Tool.Keluaran;
using AsnKinerja.Tool.Pemeriksaan;
using Spectre.Console;

namespace AsnKinerja.Tool.Cli;

/// <summary>One employee for whom nothing could be written, with the reasons (the library's findings or the tool's).</summary>
/// <param name="Baris">The employee's file row.</param>
/// <param name="Nip">The NIP.</param>
/// <param name="Nama">The name.</param>
/// <param name="Kode">The finding code, or <c>-</c> for the tool's own reason.</param>
/// <param name="Pesan">The reason.</param>
internal sealed record Tertahan(int Baris, Nip Nip, string Nama, string Kode, string Pesan);

/// <summary>
/// The <c>siasn</c> and <c>dokumen</c> commands: the files are read and checked as <c>periksa</c> does, then every
/// employee's SIASN payload or evaluation document, and every unit's <em>Format Penetapan</em>, is built by the library
/// and written. An employee whose payload the library refuses is listed with its findings; nothing is left out silently.
/// </summary>
internal sealed class PekerjaanEkspor
{
    private readonly IAnsiConsole _console;
    private readonly Bahasa _bahasa;
    private readonly PekerjaanPeriksa _baca;

    /// <summary>Creates the job.</summary>
    /// <param name="console">Where to print.</param>
    /// <param name="bahasa">The language.</param>
    /// <param name="baca">The reading of the files (the same options as <c>periksa</c>).</param>
    public PekerjaanEkspor(IAnsiConsole console, Bahasa bahasa, PekerjaanPeriksa baca)
    {
        _console = console;
        _bahasa = bahasa;
        _baca = baca;
    }

    /// <summary>The PPK's name from the command line, or null.</summary>
    public string? PpkNama { get; init; }

    /// <summary>The PPK's position from the command line, or null.</summary>
    public string? PpkJabatan { get; init; }

    /// <summary>The PPK's organisation from the command line, or null for the top unit's name.</summary>
    public string? PpkUnit { get; init; }

    /// <summary>The place written beside the signatures of the documents.</summary>
    public string Tempat { get; init; } = string.Empty;

    /// <summary>Writes the SIASN payloads of every employee.</summary>
    /// <param name="registry">The rule sets.</param>
    /// <param name="jenis"><c>skp22</c> or <c>kinerjaperiodik</c>.</param>
    /// <returns>The exit code: 0 every payload written, 1 some employees held back, 2 invalid input.</returns>
    public int Siasn(RuleSetRegistry registry, string jenis)
    {
        if (!TryPeriksa(registry, out var hasil, out var pihak, false))
        {
            return KodeKeluar.MasukanTidakValid;
        }

        var b = _bahasa;
        var p = hasil.Pegawai;
        var payload = new List<string>(p.Count);
        var tertahan = new List<Tertahan>();
        for (var i = 0; i < p.Count; i++)
        {
            var penilai = pihak.Penilai(i);
            if (penilai is null)
            {
                tertahan.Add(TanpaPenilai(p, i));
                continue;
            }

            var akhir = pihak.PredikatAkhir(i, pihak.PejabatBerwenang(p.Unit[i]) ?? penilai, AlasanDitetapkan());
            var pnsId = p.PnsId?[i];
            if (jenis == "skp22")
            {
                Tambah(SiasnPayloads.Skp22(p.Nip[i], hasil.Periode, penilai, akhir, pnsId), SiasnJson.Write, i);
            }
            else if (p.Jabatan is not { } jabatan || jabatan[i].IsUnset)
            {
                tertahan.Add(new Tertahan(p.Baris[i], p.Nip[i], p.Nama[i], "-", b.T(
                    "kolom jenis_jabatan kosong; kinerjaperiodik memerlukan jenis atau jenjang jabatan (mis. Pelaksana, Ahli Muda).",
                    "the jenis_jabatan column is empty; kinerjaperiodik needs the kind or level of the position (e.g. Pelaksana, Ahli Muda).")));
            }
            else
            {
                Tambah(SiasnPayloads.KinerjaPeriodik(p.Nip[i], jabatan[i], hasil.Periode, penilai, akhir, pnsId), SiasnJson.Write, i);
            }
        }

        Directory.CreateDirectory(_baca.Keluaran);
        var berkas = Path.Combine(_baca.Keluaran, "siasn-" + jenis + ".json");
        using (var w = new StreamWriter(berkas, false, new UTF8Encoding(false)))
        {
            w.Write("[\n");
            w.Write(string.Join(",\n", payload));
            w.Write(payload.Count > 0 ? "\n]\n" : "]\n");
        }

        _console.WriteLine(b.T("Muatan SIASN ", "SIASN payloads ") + jenis + " · " + Teks.Periode(hasil.Periode, b) + " · " + _baca.NamaPegawai);
        _console.WriteLine(b.T("Ditulis: ", "Written: ") + Teks.Angka(payload.Count, b) + b.T(" pegawai → ", " employees → ") + berkas);
        return Selesai(tertahan, "siasn-" + jenis + "-tertahan.csv");

        void Tambah<T>(Result<T> result, Func<T, bool, string> write, int i)
            where T : class
        {
            if (result.IsSuccess)
            {
                payload.Add(write(result.Value, true));
            }
            else
            {
                foreach (var f in result.Findings.Where(f => f.Severity == FindingSeverity.Error).DefaultIfEmpty(result.Findings.FirstOrDefault()))
                {
                    if (f is not null)
                    {
                        tertahan.Add(new Tertahan(p.Baris[i], p.Nip[i], p.Nama[i], f.Code, f.GetMessage(b.Language)));
                    }
                }
            }
        }
    }

    /// <summary>Writes the evaluation document of every employee and the <em>Format Penetapan</em> of every unit.</summary>
    /// <param name="registry">The rule sets.</param>
    /// <returns>The exit code: 0 every document written, 1 some held back, 2 invalid input.</returns>
    public int Dokumen(RuleSetRegistry registry)
    {
        if (!TryPeriksa(registry, out var hasil, out var pihak, true))
        {
            return KodeKeluar.MasukanTidakValid;
        }

        var b = _bahasa;
        var p = hasil.Pegawai;
        var unit = hasil.Unit;
        var ttd = new TandaTangan(Tempat, hasil.Tanggal);
        var folderPegawai = Path.Combine(_baca.Keluaran, "dokumen", "evaluasi-kinerja");
        var folderUnit = Path.Combine(_baca.Keluaran, "dokumen", "format-penetapan");
        Directory.CreateDirectory(folderPegawai);
        Directory.CreateDirectory(folderUnit);
        var tertahan = new List<Tertahan>();
        var akhir = new PredikatAkhir?[p.Count];
        var jumlahPegawai = 0;
        var verdicts = new PemeriksaanDistribusiResult?[unit.Count];
        for (var i = 0; i < p.Count; i++)
        {
            var penilai = pihak.Penilai(i);
            var dinilai = hasil.Bulk.GetUnitDinilai(i);
            var berwenang = pihak.PejabatBerwenang(p.Unit[i]);
            if (penilai is null || berwenang is null)
            {
                tertahan.Add(TanpaPenilai(p, i));
                continue;
            }

            akhir[i] = pihak.PredikatAkhir(i, berwenang, AlasanDitetapkan());
            if (p.Jabatan is not { } jabatan || jabatan[i].IsUnset)
            {
                tertahan.Add(new Tertahan(p.Baris[i], p.Nip[i], p.Nama[i], "-", b.T(
                    "kolom jenis_jabatan kosong; dokumen evaluasi memerlukan jenis atau jenjang jabatan (mis. Pelaksana, Ahli Muda).",
                    "the jenis_jabatan column is empty; the evaluation document needs the kind or level of the position (e.g. Pelaksana, Ahli Muda).")));
                continue;
            }

            if (dinilai < 0)
            {
                tertahan.Add(new Tertahan(p.Baris[i], p.Nip[i], p.Nama[i], "-", b.T(
                    "pegawai ini tidak dinilai dalam pola distribusi unit mana pun.", "this employee is judged in no unit's distribution pattern.")));
                continue;
            }

            // The files hold no SKP: the document carries the SKP's frame (employee, position, unit, period, evaluator, the seven
            // BerAKHLAK values) and leaves the results section empty rather than inventing RHK.
            var skp = new SkpBuilder("SKP-" + p.Nip[i] + "-" + hasil.Periode.Tahun.ToString(CultureInfo.InvariantCulture), p.Nip[i], jabatan[i], unit.Id[p.Unit[i]], hasil.Periode)
                .WithPejabatPenilai(new PejabatPenilaiKinerja(penilai))
                .AddSemuaNilaiBerakhlak()
                .Build();
            var dokumen = DokumenEvaluasiKinerjaPegawai.Create(
                skp, pihak.Orang(i), penilai, akhir[i]!, verdicts[dinilai] ??= hasil.HasilUnit[dinilai].Verdict, ttd, instansi: Instansi(unit, p.Unit[i]));
            File.WriteAllText(Path.Combine(folderPegawai, p.Nip[i] + ".html"), dokumen.ToHtml(), new UTF8Encoding(false));
            jumlahPegawai++;
        }

        var jumlahUnit = 0;
        for (var u = 0; u < unit.Count; u++)
        {
            var berwenang = pihak.PejabatBerwenang(u);
            var dinilai = hasil.Bulk.GetPegawaiDinilai(u);
            if (berwenang is null || dinilai.Any(i => akhir[i] is null))
            {
                continue;
            }

            var baris = dinilai.Select(i => new PredikatPegawai(pihak.Orang(i), hasil.Predikat[i]));
            var penetapan = FormatPenetapanPredikatKinerja.Create(
                new UnitKerja(unit.Id[u], unit.Nama[u].Length > 0 ? unit.Nama[u] : unit.Id[u], unit.Induk[u] >= 0 ? unit.Id[unit.Induk[u]] : null),
                hasil.Periode, hasil.HasilUnit[u].Verdict, berwenang, ttd, baris, Instansi(unit, u));
            File.WriteAllText(Path.Combine(folderUnit, unit.Id[u] + ".html"), penetapan.ToHtml(), new UTF8Encoding(false));
            jumlahUnit++;
        }

        _console.WriteLine(b.T("Dokumen resmi · ", "Official documents · ") + Teks.Periode(hasil.Periode, b) + " · " + _baca.NamaPegawai);
        _console.WriteLine(b.T("Dokumen evaluasi kinerja pegawai: ", "Employee performance evaluation documents: ") + Teks.Angka(jumlahPegawai, b) + " → " + folderPegawai);
        _console.WriteLine(b.T("Format penetapan predikat per unit: ", "Predicate-setting forms per unit: ") + Teks.Angka(jumlahUnit, b) + b.T(" dari ", " of ") + Teks.Angka(unit.Count, b) + " → " + folderUnit);
        return Selesai(tertahan, "dokumen-tertahan.csv");
    }

    private Tertahan TanpaPenilai(Masukan.DataPegawai p, int i) => new(p.Baris[i], p.Nip[i], p.Nama[i], "-", _bahasa.T(
        "tidak ada pejabat penilai di berkas: pegawai ini kepala unit teratas; sebutkan PPK dengan --ppk-nama dan --ppk-jabatan.",
        "no evaluator in the file: this employee heads the top unit; name the PPK with --ppk-nama and --ppk-jabatan."));

    private static string Instansi(Masukan.DataUnit unit, int u)
    {
        while (unit.Induk[u] >= 0)
        {
            u = unit.Induk[u];
        }

        return unit.Nama[u].Length > 0 ? unit.Nama[u] : unit.Id[u];
    }

    private string AlasanDitetapkan() => "Ditetapkan dalam berkas pegawai (kolom predikat_ditetapkan): " + _baca.NamaPegawai;

    private bool TryPeriksa(RuleSetRegistry registry, out HasilPemeriksaan hasil, out PihakPenilaian pihak, bool dokumen)
    {
        hasil = null!;
        pihak = null!;
        if (!_baca.TryBaca(out var unit, out var pegawai))
        {
            return false;
        }

        hasil = HasilPemeriksaan.Run(unit, pegawai, registry, _baca.Periode, _baca.Tanggal, null);
        var ppk = PihakPenilaian.PpkDari(PpkNama, PpkJabatan, string.IsNullOrWhiteSpace(PpkUnit) ? Instansi(unit, 0) : PpkUnit.Trim());
        pihak = new PihakPenilaian(hasil, ppk);
        if (hasil.JumlahPelanggaran > 0)
        {
            _console.MarkupLine("[yellow]" + Markup.Escape(_bahasa.T(
                "Catatan: " + Teks.Angka(hasil.JumlahPelanggaran, _bahasa) + " unit tidak memenuhi pola distribusinya (lihat asn-kinerja periksa); "
                    + (dokumen ? "dokumen memuat status itu." : "muatan ditulis dari predikat akhir di berkas."),
                "Note: " + Teks.Angka(hasil.JumlahPelanggaran, _bahasa) + " units do not meet their distribution pattern (see asn-kinerja periksa); "
                    + (dokumen ? "the documents state it." : "the payloads are written from the final predicates in the file."))) + "[/]");
        }

        return true;
    }

    private int Selesai(List<Tertahan> tertahan, string namaBerkas)
    {
        var b = _bahasa;
        if (tertahan.Count == 0)
        {
            _console.MarkupLine("[green]" + Markup.Escape(b.T("Kode keluar 0: semua pegawai tertulis.", "Exit code 0: every employee was written.")) + "[/]");
            return KodeKeluar.Lulus;
        }

        var berkas = Path.Combine(_baca.Keluaran, namaBerkas);
        using (var w = new StreamWriter(berkas, false, new UTF8Encoding(true)))
        {
            w.WriteLine(b.T("baris,nip,nama,kode,alasan", "row,nip,name,code,reason"));
            foreach (var t in tertahan)
            {
                w.WriteLine(string.Join(",", t.Baris.ToString(CultureInfo.InvariantCulture), t.Nip.ToString(), UsulanCsv.Field(t.Nama), t.Kode, UsulanCsv.Field(t.Pesan)));
            }
        }

        var table = new Table().RoundedBorder().Title(b.T("Pegawai yang tertahan", "Employees held back"));
        table.AddColumn(new TableColumn(b.T("Baris", "Row")).RightAligned());
        table.AddColumn("NIP");
        table.AddColumn(b.T("Nama", "Name"));
        table.AddColumn(b.T("Kode", "Code"));
        table.AddColumn(b.T("Alasan", "Reason"));
        foreach (var t in tertahan.Take(_baca.MaksUnit))
        {
            table.AddRow(Markup.Escape(t.Baris.ToString(CultureInfo.InvariantCulture)), Markup.Escape(t.Nip.ToString()), Markup.Escape(t.Nama), Markup.Escape(t.Kode), Markup.Escape(t.Pesan));
        }

        _console.Write(table);
        _console.WriteLine(b.T("Daftar lengkap: ", "Full list: ") + berkas);
        _console.MarkupLine("[red]" + Markup.Escape(b.T(
            "Kode keluar 1: " + Teks.Angka(tertahan.Select(t => t.Nip).Distinct().Count(), b) + " pegawai tertahan.",
            "Exit code 1: " + Teks.Angka(tertahan.Select(t => t.Nip).Distinct().Count(), b) + " employees held back.")) + "[/]");
        return KodeKeluar.Pelanggaran;
    }
}
