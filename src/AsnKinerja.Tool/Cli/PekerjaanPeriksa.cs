using System.Text;
using AsnKinerja.Tool.Keluaran;
using AsnKinerja.Tool.Masukan;
using AsnKinerja.Tool.Pemeriksaan;
using Spectre.Console;

namespace AsnKinerja.Tool.Cli;

/// <summary>The <c>periksa</c> command's work: read both files (or the sample), check, print, write the report.</summary>
internal sealed class PekerjaanPeriksa
{
    private const long BesarUntukKemajuan = 8L << 20;
    private readonly IAnsiConsole _console;
    private readonly Bahasa _bahasa;

    /// <summary>Creates the job.</summary>
    /// <param name="console">Where to print.</param>
    /// <param name="bahasa">The language.</param>
    public PekerjaanPeriksa(IAnsiConsole console, Bahasa bahasa)
    {
        _console = console;
        _bahasa = bahasa;
    }

    /// <summary>The employee file, or null for the sample.</summary>
    public string? BerkasPegawai { get; init; }

    /// <summary>The unit file, or null for the sample.</summary>
    public string? BerkasUnit { get; init; }

    /// <summary>The employee sheet, or null for the first.</summary>
    public string? SheetPegawai { get; init; }

    /// <summary>The unit sheet, or null for the first.</summary>
    public string? SheetUnit { get; init; }

    /// <summary>The employee column mappings.</summary>
    public IReadOnlyList<string> KolomPegawai { get; init; } = Array.Empty<string>();

    /// <summary>The unit column mappings.</summary>
    public IReadOnlyList<string> KolomUnit { get; init; } = Array.Empty<string>();

    /// <summary>The report folder.</summary>
    public string Keluaran { get; init; } = "laporan-asn-kinerja";

    /// <summary>The most units and problems printed.</summary>
    public int MaksUnit { get; init; } = 100;

    /// <summary>The most units the HTML report details.</summary>
    public int MaksUnitLaporan { get; init; } = 1000;

    /// <summary>The decision date.</summary>
    public NodaTime.LocalDate Tanggal { get; init; }

    /// <summary>The period.</summary>
    public PeriodeKinerja Periode { get; init; } = null!;

    /// <summary>The employee file's name as messages show it.</summary>
    public string NamaPegawai => BerkasPegawai ?? "contoh/pegawai.csv";

    /// <summary>The unit file's name as messages show it.</summary>
    public string NamaUnit => BerkasUnit ?? "contoh/unit.csv";

    /// <summary>Reads both files (or the sample); on any problem prints them all, writes masalah-masukan.csv and returns false.</summary>
    /// <param name="unit">The units.</param>
    /// <param name="pegawai">The employees.</param>
    /// <returns>Whether both files are valid.</returns>
    public bool TryBaca(out DataUnit unit, out DataPegawai pegawai)
    {
        var b = _bahasa;
        unit = null!;
        pegawai = null!;
        var masalah = new DaftarMasalah();
        var petaUnit = PemetaanKolom.Create(DataUnit.Kolom, KolomUnit, "--kolom-unit", b, masalah);
        var petaPegawai = PemetaanKolom.Create(DataPegawai.Kolom, KolomPegawai, "--kolom-pegawai", b, masalah);
        var namaPegawai = NamaPegawai;
        if (masalah.Any)
        {
            Tolak(masalah);
            return false;
        }

        DataUnit? u;
        using (var sumber = Open(BerkasUnit, SheetUnit, "unit.csv"))
        {
            u = DataUnit.Read(sumber, petaUnit, b, masalah);
        }

        DataPegawai? p = null;
        using (var sumber = Open(BerkasPegawai, SheetPegawai, "pegawai.csv"))
        {
            // With a bad unit file the employee file is still read for its own problems, so that one run reports them all.
            var besar = BerkasPegawai is not null && new FileInfo(BerkasPegawai).Length >= BesarUntukKemajuan;
            if (besar && _console.Profile.Capabilities.Interactive)
            {
                _console.Progress().AutoClear(true).Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                    .Start(ctx =>
                    {
                        var task = ctx.AddTask(b.T("Membaca ", "Reading ") + namaPegawai, maxValue: 1.0);
                        p = DataPegawai.Read(sumber, petaPegawai, u, b, masalah, f => task.Value = f);
                    });
            }
            else
            {
                p = DataPegawai.Read(sumber, petaPegawai, u, b, masalah);
            }
        }

        if (masalah.Any || u is null || p is null)
        {
            Tolak(masalah);
            return false;
        }

        unit = u;
        pegawai = p;
        return true;
    }

    /// <summary>Runs the job.</summary>
    /// <param name="registry">The rule sets.</param>
    /// <returns>The exit code.</returns>
    public int Run(RuleSetRegistry registry)
    {
        var b = _bahasa;
        if (!TryBaca(out var unit, out var pegawai))
        {
            return KodeKeluar.MasukanTidakValid;
        }

        var namaPegawai = NamaPegawai;
        var namaUnit = NamaUnit;
        var hasil = HasilPemeriksaan.Run(unit, pegawai, registry, Periode, Tanggal, null);
        TampilanKonsol.Kepala(_console, hasil, namaPegawai, namaUnit, b);
        TampilanKonsol.Unit(_console, hasil, b, MaksUnit);
        TampilanKonsol.Ringkasan(_console, hasil, b);

        Directory.CreateDirectory(Keluaran);
        var html = Path.Combine(Keluaran, "laporan.html");
        var csv = Path.Combine(Keluaran, "usulan-perubahan.csv");
        var csvUnit = Path.Combine(Keluaran, "hasil-unit.csv");
        using (var w = new StreamWriter(html, false, new UTF8Encoding(false), 1 << 16))
        {
            LaporanHtml.Write(w, hasil, namaPegawai, namaUnit, Aplikasi.Versi, b, MaksUnitLaporan);
        }

        using (var w = new StreamWriter(csv, false, new UTF8Encoding(true), 1 << 16))
        {
            UsulanCsv.Write(w, hasil, b);
        }

        using (var w = new StreamWriter(csvUnit, false, new UTF8Encoding(true), 1 << 16))
        {
            UsulanCsv.WriteUnit(w, hasil, b);
        }

        _console.WriteLine();
        _console.WriteLine(b.T("Laporan: ", "Report: ") + html);
        _console.WriteLine(b.T("Usulan perubahan: ", "Proposed changes: ") + csv);
        _console.WriteLine(b.T("Hasil per unit: ", "Result per unit: ") + csvUnit);
        var gagal = hasil.JumlahPelanggaran;
        if (gagal > 0)
        {
            _console.MarkupLine("[red]" + Markup.Escape(b.T(
                "Kode keluar 1: " + Teks.Angka(gagal, b) + " unit tidak memenuhi pola distribusinya.",
                "Exit code 1: " + Teks.Angka(gagal, b) + " units do not meet their distribution pattern.")) + "[/]");
            return KodeKeluar.Pelanggaran;
        }

        _console.MarkupLine("[green]" + Markup.Escape(b.T("Kode keluar 0: setiap unit memenuhi pola distribusinya.", "Exit code 0: every unit meets its distribution pattern.")) + "[/]");
        return KodeKeluar.Lulus;
    }

    private SumberTabel Open(string? path, string? sheet, string contoh) => path is null
        ? SumberTabel.OpenCsv("contoh/" + contoh, Contoh.Open(contoh), _bahasa)
        : SumberTabel.Open(path, sheet, _bahasa);

    private void Tolak(DaftarMasalah masalah)
    {
        string? daftar = null;
        try
        {
            Directory.CreateDirectory(Keluaran);
            daftar = Path.Combine(Keluaran, "masalah-masukan.csv");
            using var w = new StreamWriter(daftar, false, new UTF8Encoding(true));
            UsulanCsv.WriteMasalah(w, masalah.Items, _bahasa);
        }
        catch (IOException)
        {
            daftar = null;
        }

        TampilanKonsol.Masalah(_console, masalah.Items, _bahasa, MaksUnit, daftar);
    }
}

/// <summary>The built-in sample dinas, embedded in the tool.</summary>
internal static class Contoh
{
    /// <summary>Opens a sample file.</summary>
    /// <param name="name"><c>pegawai.csv</c> or <c>unit.csv</c>.</param>
    /// <returns>The content.</returns>
    public static Stream Open(string name) =>
        typeof(Contoh).Assembly.GetManifestResourceStream("Contoh." + name) ?? throw new InvalidOperationException("The sample " + name + " is not embedded in the tool.");
}
