namespace AsnKinerja.Predicates;

/// <summary>
/// How a bulk run (<see cref="IDistribusiRules.Evaluate"/>) is carried out. The rules and policies are those of the
/// <see cref="IDistribusiRules"/> and <see cref="IKuadranRules"/> the run is given; nothing here changes an answer.
/// </summary>
/// <remarks>Immutable and thread-safe. <see cref="Default"/> runs on one core.</remarks>
public sealed class BulkOptions
{
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
}
