using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace AsnKinerja.Benchmarks;

/// <summary>
/// Entry point. <c>--brief</c> runs every benchmark once, in process, on small inputs: CI uses it to prove the
/// benchmarks still run. Without it, the arguments go to BenchmarkDotNet (e.g. <c>--filter *Bulk*</c>) for a full run.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var brief = args.Contains("--brief");
        BenchmarkMode.Brief = brief;
        var rest = args.Where(a => a != "--brief").ToArray();
        // Full runs: one launch, a few warm-ups and enough iterations for a stable Ratio; the national-scale
        // baseline takes seconds per operation, so BenchmarkDotNet's open-ended defaults would take hours.
        // The generated benchmark project rebuilds every package without the compiler server: on a busy 2-core machine
        // that takes longer than BenchmarkDotNet's default two minutes.
        IConfig config = DefaultConfig.Instance
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(10))
            .WithBuildTimeout(TimeSpan.FromMinutes(10));
        if (brief)
        {
            config = ManualConfig.CreateMinimumViable()
                .AddDiagnoser(MemoryDiagnoser.Default)
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
