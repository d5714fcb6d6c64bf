using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
#if NET8_0_OR_GREATER
using System.Runtime.Intrinsics;
#endif

namespace AsnKinerja.Predicates;

/// <summary>
/// The hard constraints of a set of patterns as flat arrays, so the bulk engine judges a unit with a few integer
/// operations and no allocation. It gives the same verdict as <see cref="PemeriksaDistribusi"/> (which uses
/// <see cref="ModelKuota"/>); the feasibility test here is the same block reasoning, done on the stack.
/// </summary>
/// <remarks>
/// Built from the patterns of the rules object it serves (<see cref="IDistribusiRules.Pola"/>, one per organisation
/// predicate), never from a global list, so a caller's own rule set flows through the bulk engine unchanged. For unit sizes under <see cref="CacheSize"/> the feasibility and
/// the headcount bounds of every constraint are worked out once per size and kept (a fixed-size table, so allocation
/// does not grow with the data); larger units are judged directly. Thread-safe: concurrent callers may fill the same
/// entry, always with the same values, and an entry is published only after its bounds are written.
/// </remarks>
internal sealed class PolaTerkompilasi
{
    /// <summary>Unit sizes below this are judged from the table.</summary>
    internal const int CacheSize = 1024;

    private readonly DistribusiOptions _opsi;

    // Per organisation predicate (index 0..4), the hard constraints in the pattern's order.
    private readonly JenisBatasan[][] _kind = new JenisBatasan[5][];
    private readonly int[][] _classes = new int[5][]; // member mask over classes 0..4 (bit c = predicate c + 1)
    private readonly int[][] _persen = new int[5][];

    // Every pattern's constraints padded to one width (at least 4, so the vector path sees one shape); a padding
    // constraint has no members and allows [0, 0], so it always holds.
    private readonly int _width;

    // Flat tables, organisation predicate o = 0..4 outermost. _weights[(o * 5 + j) * width + k] is -1 when class j
    // counts in constraint k, else 0. For each size n < CacheSize: _state[o * CacheSize + n] is 0 (not yet known),
    // 1 (feasible) or -1 (infeasible); _bounds from (o * CacheSize + n) * 2 * width holds the lowest allowed group count
    // of each constraint, then the width of each allowed range (hi - lo).
    private readonly int[] _weights;
    private readonly sbyte[] _state = new sbyte[5 * CacheSize];
    private readonly int[] _bounds;

    /// <summary>Compiles patterns.</summary>
    /// <param name="patterns">One pattern per organisation predicate, in any order.</param>
    /// <param name="opsi">The rounding policy (and the rest, reported by the caller).</param>
    /// <exception cref="ArgumentException">An organisation predicate has no pattern, or more than one.</exception>
    internal PolaTerkompilasi(IEnumerable<PolaDistribusi> patterns, DistribusiOptions opsi)
    {
        Preconditions.CheckNotNull(patterns);
        _opsi = Preconditions.CheckNotNull(opsi);
        foreach (var pola in patterns)
        {
            var o = (int)Preconditions.CheckDefined(pola.PredikatOrganisasi) - 1;
            Preconditions.CheckArgument(_kind[o] is null, nameof(patterns), string.Format(CultureInfo.InvariantCulture, "More than one pattern for {0}.", pola.PredikatOrganisasi));
            var hard = pola.Batasan.Where(b => b.IsHard).ToArray();
            _kind[o] = hard.Select(b => b.Jenis).ToArray();
            _classes[o] = hard.Select(b => b.Mask >> 1).ToArray();
            _persen[o] = hard.Select(b => b.Persen).ToArray();
        }

        var missing = Enumerable.Range(0, 5).Where(o => _kind[o] is null).Select(o => ((PredikatKinerjaOrganisasi)(o + 1)).ToString()).ToArray();
        Preconditions.CheckArgument(missing.Length == 0, nameof(patterns), "No pattern for " + string.Join(", ", missing) + ".");
        _width = Math.Max(4, _kind.Max(k => k.Length));
        _weights = new int[5 * 5 * _width];
        _bounds = new int[5 * CacheSize * 2 * _width];
        for (var o = 0; o < 5; o++)
        {
            for (var k = 0; k < _classes[o].Length; k++)
            {
                for (var j = 0; j < 5; j++)
                {
                    _weights[(((o * 5) + j) * _width) + k] = (_classes[o][k] & (1 << j)) != 0 ? -1 : 0;
                }
            }
        }
    }

    /// <summary>
    /// Judges units <paramref name="from"/> to <paramref name="to"/> (exclusive): five counts per unit (classes 0..4 =
    /// SK..SB), the organisation predicate per unit (1..5), the verdict per unit out.
    /// </summary>
    /// <exception cref="ArgumentException">A span is too short for the range.</exception>
    internal void Judge(ReadOnlySpan<byte> org, ReadOnlySpan<int> counts, Span<byte> status, int from, int to)
    {
        Preconditions.CheckArgument(from >= 0 && to <= org.Length && to <= status.Length && (long)to * 5 <= counts.Length, nameof(counts), "The spans must cover the range.");
        ref var count = ref MemoryMarshal.GetReference(counts);
        ref var orgs = ref MemoryMarshal.GetReference(org);
        ref var verdicts = ref MemoryMarshal.GetReference(status);
        ref var state = ref MemoryMarshal.GetReference(_state.AsSpan());
        ref var bounds = ref MemoryMarshal.GetReference(_bounds.AsSpan());
        ref var weights = ref MemoryMarshal.GetReference(_weights.AsSpan());
        var width = _width;

        // Unchecked, and no bounds checks, because every index is in range by construction: u < to, within the spans
        // (checked above); o is clamped to 0..4; n < CacheSize before the tables are read. Five counts of one unit sum to
        // at most the number of employees, so nothing overflows.
        unchecked
        {
            for (var u = from; u < to; u++)
            {
                ref var c = ref Unsafe.Add(ref count, u * 5);
                int c0 = c, c1 = Unsafe.Add(ref c, 1), c2 = Unsafe.Add(ref c, 2), c3 = Unsafe.Add(ref c, 3), c4 = Unsafe.Add(ref c, 4);
                var n = c0 + c1 + c2 + c3 + c4;
                var o = (int)Math.Min((uint)(Unsafe.Add(ref orgs, u) - 1), 4u);
                StatusDistribusi verdict;
                if (n == 0)
                {
                    verdict = StatusDistribusi.Kosong;
                }
                else if ((uint)n >= CacheSize)
                {
                    verdict = StatusLarge(o, n, c0, c1, c2, c3, c4);
                }
                else
                {
                    var entry = (o * CacheSize) + n;
                    var known = Volatile.Read(ref Unsafe.Add(ref state, entry));
                    if (known == 0)
                    {
                        known = Fill(o, n);
                    }

                    verdict = known < 0
                        ? StatusDistribusi.TidakMungkin
                        : Check(ref Unsafe.Add(ref weights, o * 5 * width), ref Unsafe.Add(ref bounds, entry * 2 * width), width, c0, c1, c2, c3, c4);
                }

                Unsafe.Add(ref verdicts, u) = (byte)verdict;
            }
        }
    }

    /// <summary>The verdict of the five counts at <paramref name="counts"/> (classes 0..4 = SK..SB) under the pattern of organisation predicate <paramref name="org"/> (1..5).</summary>
    /// <exception cref="ArgumentException">The counts add up to more than <see cref="int.MaxValue"/> (a unit of the bulk engine never does: its counts add up to at most the number of employees).</exception>
    internal StatusDistribusi Status(int org, ReadOnlySpan<int> counts)
    {
        var total = (long)counts[0] + counts[1] + counts[2] + counts[3] + counts[4];
        Preconditions.CheckArgument(total <= int.MaxValue, nameof(counts), string.Format(CultureInfo.InvariantCulture, "A unit holds at most {0:N0} employees (int.MaxValue); these counts add up to {1:N0}.", int.MaxValue, total));
        return Status(Preconditions.CheckRange(org, 1, 5) - 1, counts[0], counts[1], counts[2], counts[3], counts[4]);
    }

    /// <summary>The verdict of five counts under the pattern of organisation index <paramref name="o"/> (0..4).</summary>
    private StatusDistribusi Status(int o, int c0, int c1, int c2, int c3, int c4)
    {
        var n = unchecked(c0 + c1 + c2 + c3 + c4);
        if (n == 0)
        {
            return StatusDistribusi.Kosong;
        }

        if ((uint)n >= CacheSize)
        {
            return StatusLarge(o, n, c0, c1, c2, c3, c4);
        }

        var entry = (o * CacheSize) + n;
        var known = Volatile.Read(ref _state[entry]);
        if (known == 0)
        {
            known = Fill(o, n);
        }

        return known < 0
            ? StatusDistribusi.TidakMungkin
            : Check(ref _weights[o * 5 * _width], ref _bounds[entry * 2 * _width], _width, c0, c1, c2, c3, c4);
    }

    /// <summary>Met or not met: every constraint's group count within its bounds (<paramref name="w"/> and <paramref name="bounds"/> point at the entry's tables).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static StatusDistribusi Check(ref int w, ref int bounds, int width, int c0, int c1, int c2, int c3, int c4)
    {
        unchecked
        {
#if NET8_0_OR_GREATER
            if (width == 4 && Vector128.IsHardwareAccelerated)
            {
                // The four constraint sums at once: each class's count, masked by the constraints it belongs to.
                var sums = (Vector128.Create(c0) & Vector128.LoadUnsafe(ref w))
                    + (Vector128.Create(c1) & Vector128.LoadUnsafe(ref w, 4))
                    + (Vector128.Create(c2) & Vector128.LoadUnsafe(ref w, 8))
                    + (Vector128.Create(c3) & Vector128.LoadUnsafe(ref w, 12))
                    + (Vector128.Create(c4) & Vector128.LoadUnsafe(ref w, 16));

                // (uint)(sum - lo) > (uint)(hi - lo) is "outside [lo, hi]" on one comparison.
                // Met or not without a branch (the outcome varies from unit to unit, so a branch would often be
                // mispredicted): TidakMemenuhi is Memenuhi + 1.
                var outside = Vector128.GreaterThan((sums - Vector128.LoadUnsafe(ref bounds)).AsUInt32(), Vector128.LoadUnsafe(ref bounds, 4).AsUInt32());
                return (StatusDistribusi)((int)StatusDistribusi.Memenuhi + (int)Math.Min(outside.ExtractMostSignificantBits(), 1u));
            }
#endif

            var met = true;
            for (var k = 0; k < width; k++)
            {
                var sum = (c0 & Unsafe.Add(ref w, k)) + (c1 & Unsafe.Add(ref w, width + k)) + (c2 & Unsafe.Add(ref w, (2 * width) + k)) + (c3 & Unsafe.Add(ref w, (3 * width) + k)) + (c4 & Unsafe.Add(ref w, (4 * width) + k));
                met &= (uint)(sum - Unsafe.Add(ref bounds, k)) <= (uint)Unsafe.Add(ref bounds, width + k);
            }

            return (StatusDistribusi)((int)StatusDistribusi.Memenuhi + (met ? 0 : 1));
        }
    }

    private static int Sum(int mask, int c0, int c1, int c2, int c3, int c4) =>
        ((mask & 1) != 0 ? c0 : 0) + ((mask & 2) != 0 ? c1 : 0) + ((mask & 4) != 0 ? c2 : 0) + ((mask & 8) != 0 ? c3 : 0) + ((mask & 16) != 0 ? c4 : 0);

    private StatusDistribusi StatusLarge(int o, int n, int c0, int c1, int c2, int c3, int c4)
    {
        if (!IsFeasible(o, n))
        {
            return StatusDistribusi.TidakMungkin;
        }

        var classes = _classes[o];
        for (var k = 0; k < classes.Length; k++)
        {
            var (lo, hi) = Bounds(o, k, n);
            var c = Sum(classes[k], c0, c1, c2, c3, c4);
            if (c < lo || c > hi)
            {
                return StatusDistribusi.TidakMemenuhi;
            }
        }

        return StatusDistribusi.Memenuhi;
    }

    private sbyte Fill(int o, int n)
    {
        var at = ((o * CacheSize) + n) * 2 * _width;
        for (var k = 0; k < _classes[o].Length; k++)
        {
            var (lo, hi) = Bounds(o, k, n);

            // A range that allows nothing (a floor above the unit size) makes the size infeasible, so the check never
            // reads it; it is stored as a range no count meets all the same.
            _bounds[at + k] = lo <= hi ? lo : n + 1;
            _bounds[at + _width + k] = lo <= hi ? hi - lo : 0;
        }

        var known = IsFeasible(o, n) ? (sbyte)1 : (sbyte)-1;
        Volatile.Write(ref _state[(o * CacheSize) + n], known);
        return known;
    }

    /// <summary>The headcounts a constraint allows its group in a unit of <paramref name="n"/> (n ≥ 1), as the one-unit check counts "met".</summary>
    private (int Lo, int Hi) Bounds(int o, int k, int n) => _kind[o][k] switch
    {
        JenisBatasan.Maksimum => (0, _opsi.Cap(_persen[o][k], n)),
        JenisBatasan.Minimum => (_opsi.Floor(_persen[o][k], n), n),
        JenisBatasan.WajibAda => (1, n),
        _ => (0, 0),
    };

    /// <summary>
    /// Whether some distribution of <paramref name="n"/> employees meets every hard constraint: per-predicate bounds, then
    /// groups of several predicates as blocks whose achievable sums are intervals (groups never overlap).
    /// </summary>
    /// <remarks>
    /// The sums of bounds are kept in <see cref="long"/>: five upper bounds of up to <paramref name="n"/> each pass
    /// <see cref="int.MaxValue"/> once a unit has more than 429,496,729 employees, which an <see cref="int"/> count allows.
    /// </remarks>
    private bool IsFeasible(int o, int n)
    {
        Span<int> lo = stackalloc int[5];
        Span<int> hi = stackalloc int[5];
        var kinds = _kind[o];
        Span<int> groupMask = stackalloc int[kinds.Length];
        Span<int> groupLo = stackalloc int[kinds.Length];
        Span<int> groupHi = stackalloc int[kinds.Length];
        var groups = 0;
        for (var p = 0; p < 5; p++)
        {
            hi[p] = n;
        }

        for (var k = 0; k < kinds.Length; k++)
        {
            var m = _classes[o][k];
            var (l, h) = Bounds(o, k, n);
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

        long sumLo = 0, sumHi = 0;
        var grouped = 0;
        for (var g = 0; g < groups; g++)
        {
            long memberLo = 0, memberHi = 0;
            for (var p = 0; p < 5; p++)
            {
                if ((groupMask[g] & (1 << p)) != 0)
                {
                    if (lo[p] > hi[p])
                    {
                        return false;
                    }

                    memberLo += lo[p];
                    memberHi += hi[p];
                    grouped |= 1 << p;
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
            if ((grouped & (1 << p)) == 0)
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
        while ((singleBitMask & (1 << p)) == 0)
        {
            p++;
        }

        return p;
    }
}
