using BenchmarkDotNet.Attributes;

namespace AsnKinerja.Benchmarks;

/// <summary>
/// Parsing the predicate labels found in e-Kinerja exports: the library's parser against the naive version
/// (string replacements and a switch) an integrator writes today.
/// </summary>
[MemoryDiagnoser]
public class LabelParsingBenchmarks
{
    private static readonly string[] Labels =
    {
        "Sangat Baik", "BAIK", "Butuh Perbaikan", "Cukup", "Kurang/Misconduct", "kurang", "Sangat Kurang", "Misconduct",
    };

    [Benchmark(Baseline = true)]
    public int Naive()
    {
        var sum = 0;
        foreach (var label in Labels)
        {
            var key = label.ToUpperInvariant().Replace(" ", string.Empty, StringComparison.Ordinal).Replace("/", string.Empty, StringComparison.Ordinal);
            sum += key switch
            {
                "SANGATKURANG" => 1,
                "KURANGMISCONDUCT" or "KURANG" or "MISCONDUCT" => 2,
                "BUTUHPERBAIKAN" or "CUKUP" => 3,
                "BAIK" => 4,
                "SANGATBAIK" => 5,
                _ => throw new FormatException(label),
            };
        }

        return sum;
    }

    [Benchmark]
    public int Library()
    {
        var sum = 0;
        foreach (var label in Labels)
        {
            sum += (int)AsnLabels.ParsePredikatKinerja(label);
        }

        return sum;
    }
}
