namespace AsnKinerja.Predicates;

/// <summary>
/// The hard constraints of every pattern as flat arrays, and a cache of feasibility per unit size, so the bulk engine
/// judges a unit with a few integer operations and no allocation. It gives the same verdict as <see cref="PemeriksaDistribusi"/>.
/// </summary>
internal sealed class PolaTerkompilasi
{
    private readonly OpsiDistribusi _opsi;
    private readonly JenisBatasan[][] _kind = new JenisBatasan[5][];
    private readonly int[][] _mask = new int[5][];
    private readonly int[][] _persen = new int[5][];
    private readonly sbyte[][] _feasible = new sbyte[5][]; // per pattern, per size: 0 unknown, 1 feasible, -1 not

    internal PolaTerkompilasi(OpsiDistribusi opsi)
    {
        _opsi = opsi;
        for (var o = 0; o < 5; o++)
        {
            var hard = PolaDistribusi.All[o].Batasan.Where(b => b.IsHard).ToArray();
            _kind[o] = hard.Select(b => b.Jenis).ToArray();
            _mask[o] = hard.Select(b => b.Mask).ToArray();
            _persen[o] = hard.Select(b => b.Persen).ToArray();
            _feasible[o] = new sbyte[64];
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
        if (!IsFeasible(o, n))
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

    private bool IsFeasible(int o, int n)
    {
        var cache = _feasible[o];
        if (n >= cache.Length)
        {
            Array.Resize(ref cache, Math.Max(n + 1, cache.Length * 2));
            _feasible[o] = cache;
        }

        if (cache[n] == 0)
        {
            cache[n] = ModelKuota.Build(PolaDistribusi.All[o], n, _opsi).IsFeasible ? (sbyte)1 : (sbyte)-1;
        }

        return cache[n] > 0;
    }
}
