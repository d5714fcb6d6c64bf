namespace AsnKinerja.Predicates;

/// <summary>The rules and policies a <see cref="BulkEvaluator"/> run uses.</summary>
/// <remarks>
/// Immutable and thread-safe. <see cref="Default"/> uses the documented defaults and runs on one core. An instance keeps
/// what it has worked out about the patterns (the headcount bounds per unit size) and, in parallel mode, the count
/// arrays of its extra partitions for input not sorted by unit (one per partition beyond the first, five counts per
/// unit), so reuse one instance across runs; neither changes an answer.
/// </remarks>
public sealed class BulkOptions
{
    private PolaTerkompilasi? _compiled;
    private int[][]? _scratch;

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
        Pola = PolaDistribusi.All;
        ClassTable = BuildClassTable(Kuadran);
        LeaderTable = BuildLeaderTable(Kuadran, Pemetaan);
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

    /// <summary>The distribution patterns the units are judged against, one per organisation predicate.</summary>
    internal IReadOnlyList<PolaDistribusi> Pola { get; }

    /// <summary>The patterns compiled for the bulk engine, built on first use.</summary>
    internal PolaTerkompilasi Compiled
    {
        get
        {
            var compiled = Volatile.Read(ref _compiled);
            if (compiled is null)
            {
                // Two threads may both compile; either result is equal, and one is kept.
                compiled = new PolaTerkompilasi(Pola, Distribusi);
                compiled = Interlocked.CompareExchange(ref _compiled, compiled, null) ?? compiled;
            }

            return compiled;
        }
    }

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

    /// <summary>
    /// The quadrant as 16 classes (predicate − 1) indexed by <c>hasil * 4 + perilaku</c>, the ratings' values 1..3. The
    /// entries no valid pair reaches hold 0, so any index 0..15 gives a class 0..4.
    /// </summary>
    internal byte[] ClassTable { get; }

    /// <summary>
    /// The leader rule folded into the quadrant: the class of a unit head, indexed by <c>organisation * 4 + perilaku</c>
    /// (values 1..5 and 1..3); 32 entries, unreached ones 0.
    /// </summary>
    internal byte[] LeaderTable { get; }

    private static byte[] BuildClassTable(KuadranKinerja kuadran)
    {
        var table = new byte[16];
        foreach (var cell in kuadran.Cells)
        {
            table[((int)cell.RatingHasilKerja * 4) + (int)cell.RatingPerilakuKerja] = (byte)((int)cell.Predikat - 1);
        }

        return table;
    }

    private static byte[] BuildLeaderTable(KuadranKinerja kuadran, PemetaanRatingPimpinan pemetaan)
    {
        var table = new byte[32];
        for (var org = PredikatKinerjaOrganisasi.SangatKurang; org <= PredikatKinerjaOrganisasi.Istimewa; org++)
        {
            for (var perilaku = Ekspektasi.DiBawah; perilaku <= Ekspektasi.DiAtas; perilaku++)
            {
                table[((int)org * 4) + (int)perilaku] = (byte)((int)kuadran.GetPredikat(pemetaan.Map(org), perilaku) - 1);
            }
        }

        return table;
    }
}
