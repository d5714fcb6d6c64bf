namespace AsnKinerja.Predicates;

/// <summary>
/// The hard constraints of every pattern as flat arrays, so the bulk engine judges a unit with a few integer operations
/// and no allocation. It gives the same verdict as <see cref="PemeriksaDistribusi"/> (which uses <see cref="ModelKuota"/>)
/// for the same patterns (the rules object's, so a caller's own rule set runs here unchanged);
/// the feasibility test here is the same block reasoning, done on the stack.
/// </summary>
internal sealed class PolaTerkompilasi
{
    private readonly DistribusiOptions _opsi;
    private readonly JenisBatasan[][] _kind = new JenisBatasan[5][];
    private readonly int[][] _mask = new int[5][];
    private readonly int[][] _persen = new int[5][];

    // Feasibility of the common unit sizes, worked out once per run: a fixed size, so allocation does not grow with the data.
    private readonly sbyte[] _feasibleSmall = new sbyte[5 * FeasibleCacheSize];

    private const int FeasibleCacheSize = 1024;

    internal PolaTerkompilasi(System.Collections.Immutable.ImmutableArray<PolaDistribusi> pola, DistribusiOptions opsi)
    {
        _opsi = opsi;
        for (var o = 0; o < 5; o++)
        {
            var hard = pola[o].Batasan.Where(b => b.IsHard).ToArray();
            _kind[o] = hard.Select(b => b.Jenis).ToArray();
            _mask[o] = hard.Select(b => b.Mask).ToArray();
            _persen[o] = hard.Select(b => b.Persen).ToArray();
        }
    }

    /// <summary>The verdict of counts (index 0..4 = SK..SB) under the pattern of organisation predicate <paramref name="org"/> (1..5).</summary>
    internal StatusDistribusi Status(int org, ReadOnlySpan<int> counts)
    {
        var n = counts[0] + counts[1] + counts[2] + counts[3] + counts[4];
        if (n == 0)
        {
            return StatusDistribusi.Kosong;
        }

        var o = org - 1;
        if (!IsFeasibleCached(o, n))
        {
            return StatusDistribusi.TidakMungkin;
        }

        var kinds = _kind[o];
        var masks = _mask[o];
        var persen = _persen[o];
        for (var k = 0; k < kinds.Length; k++)
        {
            var m = masks[k];
            var c = 0;
            for (var p = 0; p < 5; p++)
            {
                if ((m & (2 << p)) != 0)
                {
                    c += counts[p];
                }
            }

            var ok = kinds[k] switch
            {
                JenisBatasan.Maksimum => c <= _opsi.Cap(persen[k], n),
                JenisBatasan.Minimum => c >= _opsi.Floor(persen[k], n),
                JenisBatasan.WajibAda => c >= 1,
                _ => c == 0,
            };
            if (!ok)
            {
                return StatusDistribusi.TidakMemenuhi;
            }
        }

        return StatusDistribusi.Memenuhi;
    }

    private bool IsFeasibleCached(int o, int n)
    {
        if (n >= FeasibleCacheSize)
        {
            return IsFeasible(o, n);
        }

        ref var known = ref _feasibleSmall[(o * FeasibleCacheSize) + n];
        if (known == 0)
        {
            known = IsFeasible(o, n) ? (sbyte)1 : (sbyte)-1;
        }

        return known > 0;
    }

    /// <summary>
    /// Whether some distribution of <paramref name="n"/> employees meets every hard constraint: per-predicate bounds, then
    /// groups of several predicates as blocks whose achievable sums are intervals (groups never overlap).
    /// </summary>
    private bool IsFeasible(int o, int n)
    {
        Span<int> lo = stackalloc int[5];
        Span<int> hi = stackalloc int[5];
        Span<int> groupMask = stackalloc int[8];
        Span<int> groupLo = stackalloc int[8];
        Span<int> groupHi = stackalloc int[8];
        var groups = 0;
        for (var p = 0; p < 5; p++)
        {
            hi[p] = n;
        }

        var kinds = _kind[o];
        for (var k = 0; k < kinds.Length; k++)
        {
            var m = _mask[o][k];
            if (kinds[k] == JenisBatasan.WajibAda && n == 0)
            {
                continue;
            }

            var (l, h) = kinds[k] switch
            {
                JenisBatasan.Maksimum => (0, _opsi.Cap(_persen[o][k], n)),
                JenisBatasan.Minimum => (_opsi.Floor(_persen[o][k], n), n),
                JenisBatasan.WajibAda => (1, n),
                _ => (0, 0),
            };

            if ((m & (m - 1)) == 0)
            {
                var p = Bit(m);
                lo[p] = Math.Max(lo[p], l);
                hi[p] = Math.Min(hi[p], h);
                continue;
            }

            var g = 0;
            while (g < groups && groupMask[g] != m)
            {
                g++;
            }

            if (g == groups)
            {
                groupMask[g] = m;
                groupLo[g] = 0;
                groupHi[g] = n;
                groups++;
            }

            groupLo[g] = Math.Max(groupLo[g], l);
            groupHi[g] = Math.Min(groupHi[g], h);
        }

        int sumLo = 0, sumHi = 0, grouped = 0;
        for (var g = 0; g < groups; g++)
        {
            int memberLo = 0, memberHi = 0;
            for (var p = 0; p < 5; p++)
            {
                if ((groupMask[g] & (2 << p)) != 0)
                {
                    if (lo[p] > hi[p])
                    {
                        return false;
                    }

                    memberLo += lo[p];
                    memberHi += hi[p];
                    grouped |= 2 << p;
                }
            }

            var blockLo = Math.Max(groupLo[g], memberLo);
            var blockHi = Math.Min(groupHi[g], memberHi);
            if (blockLo > blockHi)
            {
                return false;
            }

            sumLo += blockLo;
            sumHi += blockHi;
        }

        for (var p = 0; p < 5; p++)
        {
            if ((grouped & (2 << p)) == 0)
            {
                if (lo[p] > hi[p])
                {
                    return false;
                }

                sumLo += lo[p];
                sumHi += hi[p];
            }
        }

        return sumLo <= n && n <= sumHi;
    }

    private static int Bit(int singleBitMask)
    {
        var p = 0;
        while ((singleBitMask & (2 << p)) == 0)
        {
            p++;
        }

        return p;
    }
}
