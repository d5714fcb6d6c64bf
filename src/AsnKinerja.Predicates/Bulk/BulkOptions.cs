namespace AsnKinerja.Predicates;

/// <summary>The rules and policies a <see cref="BulkEvaluator"/> run uses.</summary>
/// <remarks>Immutable and thread-safe. <see cref="Default"/> uses the documented defaults and runs on one core.</remarks>
public sealed class BulkOptions
{
    /// <summary>Creates options.</summary>
    /// <param name="kuadran">The quadrant; null for <see cref="KuadranKinerja.PermenPanRb6Tahun2022"/>.</param>
    /// <param name="pemetaan">The leader-rule mapping; null for <see cref="PemetaanRatingPimpinan.Default"/>.</param>
    /// <param name="distribusi">The distribution policies; null for <see cref="DistribusiOptions.Default"/>.</param>
    /// <param name="derajatParalel">How many partitions run in parallel, 1 to 64; 1 runs on the calling thread. The answer never depends on it.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="derajatParalel"/> is out of range.</exception>
    public BulkOptions(KuadranKinerja? kuadran = null, PemetaanRatingPimpinan? pemetaan = null, DistribusiOptions? distribusi = null, int derajatParalel = 1)
    {
        Kuadran = kuadran ?? KuadranKinerja.PermenPanRb6Tahun2022;
        Pemetaan = pemetaan ?? PemetaanRatingPimpinan.Default;
        Distribusi = distribusi ?? DistribusiOptions.Default;
        DerajatParalel = Preconditions.CheckRange(derajatParalel, 1, 64);
    }

    /// <summary>The documented defaults, sequential.</summary>
    public static BulkOptions Default { get; } = new();

    /// <summary>The quadrant.</summary>
    public KuadranKinerja Kuadran { get; }

    /// <summary>The leader-rule mapping.</summary>
    public PemetaanRatingPimpinan Pemetaan { get; }

    /// <summary>The distribution policies.</summary>
    public DistribusiOptions Distribusi { get; }

    /// <summary>How many partitions run in parallel.</summary>
    public int DerajatParalel { get; }
}
