using System.Diagnostics;
using System.Globalization;
using System.Text;
using AsnKinerja.Predicates;
using AsnKinerja.Tool;
using AsnKinerja.Tool.Cli;
using AsnKinerja.Tool.Keluaran;
using AsnKinerja.Tool.Masukan;
using AsnKinerja.Tool.Pemeriksaan;
using NodaTime;
using Spectre.Console;

namespace AsnKinerja.Benchmarks;

/// <summary>
/// The phase profile of <c>asn-kinerja periksa</c> on the generated national file (<c>--profile-tool [rows [runs]]</c>):
/// each phase of the command timed on its own, as the command runs them, with the memory it allocated and the size of
/// what it wrote, so that the part of the command that is not reading the file can be seen. Medians of the runs after one
/// warm-up, with the load average beside them; the figures to quote are BenchmarkDotNet's (<c>benchmarks/tool.sh</c>).
/// </summary>
internal static class ToolProfile
{
    public static void Run(int rows, int runs)
    {
        var folder = Path.Combine(Path.GetTempPath(), "asn-kinerja-profile-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        Directory.CreateDirectory(folder);
        try
        {
            var pegawaiPath = Path.Combine(folder, "pegawai.csv");
            var unitPath = Path.Combine(folder, "unit.csv");
            NationalFile.Write(pegawaiPath, unitPath, rows);
            Console.WriteLine($"Tool phase profile, {rows:N0} rows ({new FileInfo(pegawaiPath).Length / 1e6:N0} MB), {Math.Max(10, rows / 100):N0} units; {runs} runs after one warm-up; load average before: {Load()}");
            Console.WriteLine();
            var registry = Aplikasi.Registry;
            var periode = PeriodeKinerja.Tahunan(2025);
            var tanggal = new LocalDate(2026, 1, 31);
            var b = Bahasa.Indonesia;
            var times = new Dictionary<string, List<(double Seconds, long Bytes, long Size, string Gc)>>();
            void Time(string name, Func<long> action)
            {
                var before = GC.GetTotalAllocatedBytes(true);
                int g0 = GC.CollectionCount(0), g1 = GC.CollectionCount(1), g2 = GC.CollectionCount(2);
                var watch = Stopwatch.StartNew();
                var size = action();
                watch.Stop();
                var bytes = GC.GetTotalAllocatedBytes(true) - before;
                var gc = $"{GC.CollectionCount(0) - g0} / {GC.CollectionCount(1) - g1} / {GC.CollectionCount(2) - g2}";
                if (!times.TryGetValue(name, out var list))
                {
                    times[name] = list = new List<(double, long, long, string)>();
                }

                list.Add((watch.Elapsed.TotalSeconds, bytes, size, gc));
            }

            DataUnit unit = null!;
            DataPegawai pegawai = null!;
            HasilPemeriksaan hasil = null!;
            for (var run = 0; run <= runs; run++)
            {
                // Each run starts as the command does: nothing of the run before it still alive.
                unit = null!;
                pegawai = null!;
                hasil = null!;
                GC.Collect();
                GC.WaitForPendingFinalizers();
                GC.Collect();
                Time("read unit file", () => { unit = ReadUnit(unitPath, b); return 0; });
                Time("read employee file", () => { pegawai = ReadPegawai(pegawaiPath, unit, b); return 0; });
                Time("check (bulk engine, verdicts, calibration)", () => { hasil = HasilPemeriksaan.Run(unit, pegawai, registry, periode, tanggal, null); return 0; });
                Time("console view", () =>
                {
                    var console = AnsiConsole.Create(new AnsiConsoleSettings { Ansi = AnsiSupport.No, Interactive = InteractionSupport.No, Out = new AnsiConsoleOutput(TextWriter.Null) });
                    TampilanKonsol.Kepala(console, hasil, pegawaiPath, unitPath, b);
                    TampilanKonsol.Unit(console, hasil, b, 100);
                    TampilanKonsol.Ringkasan(console, hasil, b);
                    return 0;
                });
                Time("HTML report", () =>
                {
                    var path = Path.Combine(folder, "laporan.html");
                    using (var w = new StreamWriter(path, false, new UTF8Encoding(false)))
                    {
                        LaporanHtml.Write(w, hasil, pegawaiPath, unitPath, "profile", b, 1000);
                    }

                    return new FileInfo(path).Length;
                });
                Time("CSV of proposed changes", () =>
                {
                    var path = Path.Combine(folder, "usulan-perubahan.csv");
                    using (var w = new StreamWriter(path, false, new UTF8Encoding(true)))
                    {
                        UsulanCsv.Write(w, hasil, b);
                    }

                    return new FileInfo(path).Length;
                });
                Time("CSV of the units", () =>
                {
                    var path = Path.Combine(folder, "hasil-unit.csv");
                    using (var w = new StreamWriter(path, false, new UTF8Encoding(true)))
                    {
                        UsulanCsv.WriteUnit(w, hasil, b);
                    }

                    return new FileInfo(path).Length;
                });
                if (run == 0)
                {
                    // The first run is the one an officer gets (code compiled as it first runs); the rest are steady.
                    Console.WriteLine($"{hasil.Unit.Count:N0} units, {hasil.JumlahPelanggaran:N0} failing, {hasil.Usulan.Length:N0} proposed changes");
                    Console.WriteLine();
                    Console.WriteLine("First run: " + string.Join(", ", times.Select(t => $"{t.Key} {t.Value[0].Seconds:N3} s")));
                    Console.WriteLine();
                    foreach (var list in times.Values)
                    {
                        list.Clear();
                    }
                }
            }

            unit = null!;
            pegawai = null!;
            hasil = null!;
            GC.Collect();
            Time("whole command", () =>
            {
                var console = AnsiConsole.Create(new AnsiConsoleSettings { Ansi = AnsiSupport.No, Interactive = InteractionSupport.No, Out = new AnsiConsoleOutput(TextWriter.Null) });
                var code = Aplikasi.Run(new[] { "periksa", pegawaiPath, unitPath, "--tanggal", "2026-01-31", "--keluaran", Path.Combine(folder, "laporan") }, console, () => tanggal);
                return code is 0 or 1 ? 0 : throw new InvalidOperationException("asn-kinerja periksa exited with " + code.ToString(CultureInfo.InvariantCulture));
            });

            Console.WriteLine("| Phase | Median | Allocated | Written | GCs (gen 0 / 1 / 2) |");
            Console.WriteLine("|---|---:|---:|---:|---:|");
            foreach (var (name, list) in times)
            {
                var sorted = list.OrderBy(t => t.Seconds).ToList();
                var median = sorted[sorted.Count / 2];
                var written = median.Size > 0 ? $"{median.Size / 1e6:N1} MB" : "";
                Console.WriteLine($"| {name} | {median.Seconds:N3} s | {median.Bytes / 1e6:N0} MB | {written} | {median.Gc} |");
            }

            Console.WriteLine();
            Console.WriteLine($"Load average after: {Load()}");
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    private static DataUnit ReadUnit(string path, Bahasa b)
    {
        var masalah = new DaftarMasalah();
        using var sumber = SumberTabel.Open(path, null, b);
        return DataUnit.Read(sumber, PemetaanKolom.Create(DataUnit.Kolom, Array.Empty<string>(), "--kolom-unit", b, masalah), b, masalah)
            ?? throw new InvalidDataException(string.Join("; ", masalah.Items.Take(3)));
    }

    private static DataPegawai ReadPegawai(string path, DataUnit unit, Bahasa b)
    {
        var masalah = new DaftarMasalah();
        using var sumber = SumberTabel.Open(path, null, b);
        return DataPegawai.Read(sumber, PemetaanKolom.Create(DataPegawai.Kolom, Array.Empty<string>(), "--kolom-pegawai", b, masalah), unit, b, masalah)
            ?? throw new InvalidDataException(string.Join("; ", masalah.Items.Take(3)));
    }

    private static string Load() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "unknown";
}
