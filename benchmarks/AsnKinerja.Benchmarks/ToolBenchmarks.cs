using System.Globalization;
using System.Text;
using AsnKinerja.Tool;
using AsnKinerja.Tool.Cli;
using AsnKinerja.Tool.Masukan;
using BenchmarkDotNet.Attributes;
using NodaTime;
using Spectre.Console;

namespace AsnKinerja.Benchmarks;

/// <summary>
/// <c>asn-kinerja periksa</c> on a national employee file: a generated CSV (semicolons, a BOM, labels spelt as people type
/// them) of millions of rows over thousands of units. Three measurements in one run: the naive reader an integrator writes
/// today (<c>ReadLine</c>, <c>Split</c>, the library's label and NIP parsers per cell) as the baseline, the tool's reader
/// (Sep, spans, each distinct label spelling parsed once), and the whole command (both files read, every unit checked,
/// calibration proposed, the console view, the HTML report and the CSV written).
/// The files are generated in the setup into the temp folder and deleted afterwards; they are never committed.
/// </summary>
[BenchmarkCategory("Tool")]
[MemoryDiagnoser]
public class ToolBenchmarks
{
    private string _folder = string.Empty;
    private string _pegawai = string.Empty;
    private string _unit = string.Empty;

    /// <summary>
    /// The employee rows: 5,000,000 (a national file) in a full run, 20,000 in the brief CI run; ASNKINERJA_TOOL_ROWS
    /// overrides it, to try <c>benchmarks/tool.sh</c> on a small file.
    /// </summary>
    public static IEnumerable<int> RowCounts =>
        int.TryParse(Environment.GetEnvironmentVariable("ASNKINERJA_TOOL_ROWS"), NumberStyles.None, CultureInfo.InvariantCulture, out var rows) ? new[] { rows }
        : BenchmarkMode.Brief ? new[] { 20_000 } : new[] { 5_000_000 };

    [ParamsSource(nameof(RowCounts))]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), "asn-kinerja-bench-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        Directory.CreateDirectory(_folder);
        _pegawai = Path.Combine(_folder, "pegawai.csv");
        _unit = Path.Combine(_folder, "unit.csv");
        NationalFile.Write(_pegawai, _unit, Rows);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, true);

    /// <summary>What an integrator writes today: a line at a time, split, every cell through the library's parsers.</summary>
    [Benchmark(Baseline = true)]
    public int NaiveReader()
    {
        var units = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(_unit).Skip(1))
        {
            units[line.Split(';')[0]] = units.Count;
        }

        var count = 0;
        var seen = new HashSet<Nip>();
        var nips = new List<Nip>();
        var unit = new List<int>();
        var hasil = new List<Ekspektasi>();
        var perilaku = new List<Ekspektasi>();
        foreach (var line in File.ReadLines(_pegawai).Skip(1))
        {
            var cells = line.Split(';');
            var nip = Nip.Parse(cells[0]);
            if (!seen.Add(nip) || !units.TryGetValue(cells[2], out var u))
            {
                throw new InvalidDataException(line);
            }

            nips.Add(nip);
            unit.Add(u);
            hasil.Add(AsnLabels.ParseEkspektasi(cells[4]));
            perilaku.Add(AsnLabels.ParseEkspektasi(cells[5]));
            count++;
        }

        return count;
    }

    /// <summary>The tool's reader: both files into the columns the bulk engine takes, every cell checked.</summary>
    [Benchmark]
    public int Reader()
    {
        var masalah = new DaftarMasalah();
        using var su = SumberTabel.Open(_unit, null, Bahasa.Indonesia);
        var unit = DataUnit.Read(su, PemetaanKolom.Create(DataUnit.Kolom, Array.Empty<string>(), "--kolom-unit", Bahasa.Indonesia, masalah), Bahasa.Indonesia, masalah)!;
        using var sp = SumberTabel.Open(_pegawai, null, Bahasa.Indonesia);
        var pegawai = DataPegawai.Read(sp, PemetaanKolom.Create(DataPegawai.Kolom, Array.Empty<string>(), "--kolom-pegawai", Bahasa.Indonesia, masalah), unit, Bahasa.Indonesia, masalah);
        return pegawai?.Count ?? throw new InvalidDataException(string.Join("; ", masalah.Items.Take(3)));
    }

    /// <summary>The whole command, as the officer runs it, with the console output thrown away.</summary>
    [Benchmark]
    public int WholeCommand()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Ansi = AnsiSupport.No, Interactive = InteractionSupport.No, Out = new AnsiConsoleOutput(TextWriter.Null) });
        var code = Aplikasi.Run(new[] { "periksa", _pegawai, _unit, "--tanggal", "2026-01-31", "--keluaran", Path.Combine(_folder, "laporan") }, console, () => new LocalDate(2026, 1, 31));
        return code is 0 or 1 ? code : throw new InvalidOperationException("asn-kinerja periksa exited with " + code.ToString(CultureInfo.InvariantCulture));
    }
}

/// <summary>
/// The generated national file the tool benchmarks and the tool's phase profile read: a unit file (a tree of
/// <c>rows / 100</c> units, twenty children each, organisation predicates of every kind) and an employee file (CSV with
/// semicolons and a BOM, distinct valid NIPs, labels spelt as people type them, at most one head per unit, a score).
/// The same seed gives the same files.
/// </summary>
internal static class NationalFile
{
    private static readonly string[] Ratings = { "Sesuai Ekspektasi", "sesuai", "Di Atas Ekspektasi", "diatas", "Di Bawah Ekspektasi", "SESUAI EKSPEKTASI" };

    public static void Write(string pegawai, string unit, int rows)
    {
        var units = Math.Max(10, rows / 100);
        using (var w = new StreamWriter(unit, false, new UTF8Encoding(true), 1 << 16))
        {
            w.Write("unit;induk;predikat_organisasi;nama\n");
            w.Write("u0;;Baik;Instansi\n");
            for (var u = 1; u < units; u++)
            {
                var org = (u % 7) switch { 0 => "Istimewa", 1 => "Butuh Perbaikan", 2 => "Kurang", _ => "Baik" };
                w.Write(string.Create(CultureInfo.InvariantCulture, $"u{u};u{(u - 1) / 20};{org};Unit {u}\n"));
            }
        }

        var random = new Random(2023);
        using (var w = new StreamWriter(pegawai, false, new UTF8Encoding(true), 1 << 20))
        {
            w.Write("nip;nama;unit;kepala_unit;rating_hasil_kerja;rating_perilaku_kerja;skor\n");
            var headed = new bool[units];
            for (var i = 0; i < rows; i++)
            {
                var u = random.Next(units);
                var kepala = !headed[u] && random.Next(50) == 0;
                headed[u] |= kepala;

                // A valid NIP, distinct per row: the row number spread over the birth date and the sequence number.
                var q = i / 999;
                var nip = string.Create(CultureInfo.InvariantCulture, $"{1960 + (q / 336)}{1 + (q / 28 % 12):00}{1 + (q % 28):00}2015{1 + (i % 12):00}{1 + (i % 2)}{1 + (i % 999):000}");
                w.Write(string.Create(CultureInfo.InvariantCulture,
                    $"{nip};Pegawai {i};u{u};{(kepala ? "ya" : "tidak")};{Ratings[random.Next(Ratings.Length)]};{Ratings[random.Next(4)]};{random.Next(600, 1000) / 10m}\n"));
            }
        }
    }
}
