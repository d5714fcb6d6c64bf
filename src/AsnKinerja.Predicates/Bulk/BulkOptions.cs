namespace AsnKinerja.Predicates;

/// <summary>
/// How a bulk run (<see cref="IDistribusiRules.Evaluate"/>) is carried out. The rules and policies are those of the
/// <see cref="IDistribusiRules"/> and <see cref="IKuadranRules"/> the run is given; nothing here changes an answer.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. <see cref="Default"/> runs on one core. In parallel mode an instance keeps the count
/// arrays of its extra partitions for input not sorted by unit (one per partition beyond the first, five counts per
/// unit) between runs, so reuse one instance across runs; that never changes an answer.
/// </remarks>
public sealed class BulkOptions
{
    private int[][]? _scratch;

    /// <summary>Creates options.</summary>
    /// <param name="derajatParalel">How many partitions run in parallel, 1 to 64; 1 runs on the calling thread. The answer never depends on it.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="derajatParalel"/> is out of range.</exception>
    public BulkOptions(int derajatParalel = 1)
    {
        DerajatParalel = Preconditions.CheckRange(derajatParalel, 1, 64);
    }

    /// <summary>Sequential.</summary>
    public static BulkOptions Default { get; } = new();

    /// <summary>How many partitions run in parallel.</summary>
    public int DerajatParalel { get; }

    /// <summary>
    /// Count arrays for <paramref name="count"/> extra partitions, each at least <paramref name="length"/> long, not
    /// cleared; taken from this instance if it holds them (a concurrent run gets fresh ones).
    /// </summary>
    internal int[][] TakeScratch(int count, int length)
    {
        var scratch = Interlocked.Exchange(ref _scratch, null);
        if (scratch is null || scratch.Length < count)
        {
            scratch = new int[count][];
        }

        for (var k = 0; k < count; k++)
        {
            if (scratch[k] is null || scratch[k].Length < length)
            {
                scratch[k] = Counts.Uncleared(length);
            }
        }

        return scratch;
    }

    /// <summary>Gives scratch arrays back for the next run.</summary>
    internal void ReturnScratch(int[][] scratch) => Interlocked.CompareExchange(ref _scratch, scratch, null);
}
