using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace AsnKinerja.Benchmarks;

/// <summary>
/// Entry point. Without options the arguments go to BenchmarkDotNet (e.g. <c>--filter *Bulk*</c>) for a full run.
/// <c>--brief</c> runs every benchmark once, in process, on small inputs: CI uses it to prove the benchmarks still run.
/// <c>--dry</c> runs every selected benchmark once at its full size, out of process (BenchmarkDotNet's Dry job), to
/// prove a full run would work without taking its time.
/// <c>--profile</c> times the bulk engine's phases, <c>--profile-tool</c> those of <c>asn-kinerja periksa</c> on a national file (<c>--national-file DIR</c> writes that file), <c>--describe</c> prints what the synthetic country looks like and
/// <c>--dump DIR</c> writes its columns for <c>benchmarks/numpy/bincount.py</c> (see <c>benchmarks/results/README.md</c>).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] is "--profile" or "--profile-tool" or "--national-file" or "--describe" or "--dump")
        {
            return Tools.Run(args);
        }

        var brief = args.Contains("--brief");
        var dry = args.Contains("--dry");
        BenchmarkMode.Brief = brief;
        var rest = args.Where(a => a is not "--brief" and not "--dry").ToArray();

        // Full runs: one launch, a few warm-ups and 21 measured iterations, read as medians; the national-scale
        // baseline takes seconds per operation, so BenchmarkDotNet's open-ended defaults would take hours.
        // The generated benchmark project rebuilds every package without the compiler server: on a busy 2-core machine
        // that takes longer than BenchmarkDotNet's default two minutes.
        IConfig config = DefaultConfig.Instance
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumn(StatisticColumn.Median, new PerEmployeeColumn())
            .AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(21))
            .WithBuildTimeout(TimeSpan.FromMinutes(10));
        if (dry)
        {
            config = DefaultConfig.Instance
                .AddDiagnoser(MemoryDiagnoser.Default)
                .AddColumn(StatisticColumn.Median, new PerEmployeeColumn())
                .AddJob(Job.Dry)
                .WithBuildTimeout(TimeSpan.FromMinutes(10));
        }

        if (brief)
        {
            config = ManualConfig.CreateMinimumViable()
                .AddDiagnoser(MemoryDiagnoser.Default)
                .AddColumn(new PerEmployeeColumn())
                .AddJob(Job.Dry.WithToolchain(InProcessEmitToolchain.Instance))
                .WithOptions(ConfigOptions.DisableLogFile);
            if (rest.Length == 0)
            {
                rest = new[] { "--filter", "*" };
            }
        }

        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(rest, config);
        var failed = summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success));
        return failed ? 1 : 0;
    }
}

/// <summary>Whether the run is the brief CI run, so parameter sources can pick small inputs.</summary>
public static class BenchmarkMode
{
    public static bool Brief { get; set; }
}
