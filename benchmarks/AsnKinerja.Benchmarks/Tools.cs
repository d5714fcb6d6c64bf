using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using AsnKinerja.Predicates;

namespace AsnKinerja.Benchmarks;

/// <summary>
/// The bulk engine's companion tools, outside BenchmarkDotNet: the phase profile (<c>--profile [employees]</c>), the
/// description of the synthetic country (<c>--describe [employees]</c>) and the column dump for the numpy comparison
/// (<c>--dump DIR [employees]</c>). Timings here are medians of 21 runs (or the number given after the employees)
/// after 3 warm-ups, with the machine's load average printed beside them; the figures to quote are BenchmarkDotNet's.
/// </summary>
internal static class Tools
{
    private static int Runs = 21;

    public static int Run(string[] args)
    {
        var numbers = args.Skip(args[0] is "--dump" or "--national-file" ? 2 : 1).Select(a => int.Parse(a, NumberStyles.AllowThousands, CultureInfo.InvariantCulture)).ToArray();
        var employees = numbers.FirstOrDefault(5_000_000);
        Runs = Math.Max(1, numbers.Skip(1).FirstOrDefault(21));
        switch (args[0])
        {
            case "--describe":
                foreach (var layout in new[] { Layout.Sorted, Layout.Shuffled })
                {
                    Console.WriteLine(SyntheticCountry.Generate(employees, employees / 100, Seed(employees), layout).Describe());
                }

                return 0;
            case "--dump" when args.Length >= 2:
                Dump(args[1], employees);
                return 0;
            case "--profile":
                Profile(employees);
                return 0;
            case "--national-file" when args.Length >= 2:
                // The generated national file on disk, to try the tool by hand: asn-kinerja periksa DIR/pegawai.csv DIR/unit.csv
                Directory.CreateDirectory(args[1]);
                NationalFile.Write(Path.Combine(args[1], "pegawai.csv"), Path.Combine(args[1], "unit.csv"), employees);
                return 0;
            case "--profile-tool":
                ToolProfile.Run(employees, Math.Max(1, numbers.Skip(1).FirstOrDefault(3)));
                return 0;
            default:
                Console.Error.WriteLine("usage: --profile [employees [runs]] | --profile-tool [rows [runs]] | --national-file DIR [rows] | --describe [employees] | --dump DIR [employees]");
                return 2;
        }
    }

    /// <summary>The seed the benchmark classes use for a size, so the tools describe the same country.</summary>
    private static int Seed(int employees) => employees >= 50_000_000 ? 2024 : 2023;

    private static void Profile(int employees)
    {
        Console.WriteLine($"Phase profile, {employees:N0} employees, {employees / 100:N0} units; load average before: {Load()}");
        Console.WriteLine();
        Console.WriteLine("| Layout | Cores | Validate | Employee pass | Heads | Verdicts and result | Evaluate (sum) | Validate + Evaluate | Reference loop |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var layout in new[] { Layout.Sorted, Layout.Shuffled })
        {
            var country = SyntheticCountry.Generate(employees, employees / 100, Seed(employees), layout);
            foreach (var cores in new[] { 1, Environment.ProcessorCount }.Distinct())
            {
                // Each run is one whole evaluation, phase after phase as Evaluate runs them, so every phase starts with
                // the caches the previous one left; the medians are per phase.
                var options = new BulkRun(BulkBenchmark.Rules, BulkBenchmark.Kuadran, new BulkOptions(derajatParalel: cores));
                var times = new double[4][];
                for (var k = 0; k < times.Length; k++)
                {
                    times[k] = new double[Runs];
                }

                for (var r = -3; r < Runs; r++)
                {
                    var clock = Stopwatch.StartNew();
                    var input = country.ToInput();
                    var validated = clock.Elapsed.TotalMilliseconds;
                    var counts = GC.AllocateUninitializedArray<int>(input.JumlahUnit * 5);
                    var settled = BulkEvaluator.CountEmployees(input, Memory<byte>.Empty, options, counts);
                    var counted = clock.Elapsed.TotalMilliseconds;
                    BulkEvaluator.ApplyHeads(input, Memory<byte>.Empty, options, counts, settled);
                    var headed = clock.Elapsed.TotalMilliseconds;
                    _ = BulkEvaluator.Judge(input, options, counts);
                    var judged = clock.Elapsed.TotalMilliseconds;
                    if (r >= 0)
                    {
                        times[0][r] = validated;
                        times[1][r] = counted - validated;
                        times[2][r] = headed - counted;
                        times[3][r] = judged - headed;
                    }
                }

                var medians = times.Select(t => t.Order().ElementAt(Runs / 2)).ToArray();
                var reference = cores == 1 ? Ns(Median(() => _ = ReferenceLoop.Run(country, layout == Layout.Sorted))) : "";
                Console.WriteLine($"| {layout} | {cores} | {Ns(medians[0])} | {Ns(medians[1])} | {Ns(medians[2])} | {Ns(medians[3])} | {Ns(medians[1] + medians[2] + medians[3])} | {Ns(medians.Sum())} | {reference} |");
            }
        }

        string Ns(double ms) => (ms * 1e6 / employees).ToString("0.000", CultureInfo.InvariantCulture);
        Console.WriteLine();
        Console.WriteLine($"ns per employee, medians of {Runs} whole evaluations (validation, then each phase in Evaluate's order).");
        Console.WriteLine($"Load average after: {Load()}");
    }

    /// <summary>The median, in milliseconds, of <see cref="Runs"/> runs after 3 warm-ups.</summary>
    private static double Median(Action action)
    {
        for (var k = 0; k < 3; k++)
        {
            action();
        }

        var times = new double[Runs];
        for (var k = 0; k < Runs; k++)
        {
            var clock = Stopwatch.StartNew();
            action();
            times[k] = clock.Elapsed.TotalMilliseconds;
        }

        Array.Sort(times);
        return times[Runs / 2];
    }

    private static string Load() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "unknown";

    /// <summary>The columns of both layouts as raw little-endian files, with what the counts must come to.</summary>
    private static void Dump(string directory, int employees)
    {
        foreach (var layout in new[] { Layout.Sorted, Layout.Shuffled })
        {
            var country = SyntheticCountry.Generate(employees, employees / 100, Seed(employees), layout);
            var path = Path.Combine(directory, layout.ToString().ToLowerInvariant());
            Directory.CreateDirectory(path);
            File.WriteAllBytes(Path.Combine(path, "unit.int32"), MemoryMarshal.AsBytes(country.Unit.AsSpan()).ToArray());
            File.WriteAllBytes(Path.Combine(path, "hasil.uint8"), MemoryMarshal.AsBytes(country.Hasil.AsSpan()).ToArray());
            File.WriteAllBytes(Path.Combine(path, "perilaku.uint8"), MemoryMarshal.AsBytes(country.Perilaku.AsSpan()).ToArray());

            // The engine's employee pass on the same columns, so the script can check its own counts.
            // (No heads: the columns alone, as numpy sees them.)
            var counts = new int[country.Units * 5];
            BulkEvaluator.CountEmployees(new BulkInput(country.Unit, country.Hasil, country.Perilaku, country.Parent, country.Org), Memory<byte>.Empty, new BulkRun(BulkBenchmark.Rules, BulkBenchmark.Kuadran, BulkOptions.Default), counts);
            var totals = new long[5];
            long checksum = 0;
            for (var j = 0; j < counts.Length; j++)
            {
                totals[j % 5] += counts[j];
                checksum += (long)counts[j] * ((j % 1009) + 1);
            }

            var table = new int[16];
            foreach (var cell in BulkBenchmark.Kuadran.Cells)
            {
                table[((int)cell.RatingHasilKerja * 4) + (int)cell.RatingPerilakuKerja] = (int)cell.Predikat - 1;
            }

            var meta = new StringBuilder()
                .Append("{\"employees\": ").Append(country.Employees.ToString(CultureInfo.InvariantCulture))
                .Append(", \"units\": ").Append(country.Units.ToString(CultureInfo.InvariantCulture))
                .Append(", \"layout\": \"").Append(layout.ToString().ToLowerInvariant()).Append('"')
                .Append(", \"table\": [").Append(string.Join(", ", table)).Append(']')
                .Append(", \"totals\": [").Append(string.Join(", ", totals)).Append(']')
                .Append(", \"checksum\": ").Append(checksum.ToString(CultureInfo.InvariantCulture))
                .Append('}');
            File.WriteAllText(Path.Combine(path, "meta.json"), meta.ToString());
            Console.WriteLine($"{path}: {country.Employees:N0} employees, {country.Units:N0} units");
        }
    }
}
