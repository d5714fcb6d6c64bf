using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
#if NET8_0_OR_GREATER
using System.Numerics;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
#endif

namespace AsnKinerja.Predicates;

/// <summary>The employee columns of one pass, as spans of bytes (ratings and predicates are one byte each).</summary>
internal readonly ref struct EmployeeColumns
{
    internal EmployeeColumns(BulkInput input, Span<byte> output, byte[] classTable)
        : this(input.UnitPegawai.Span, input.HasilBytes, input.PerilakuBytes, input.DecidedBytes, output, classTable, input.JumlahUnit)
    {
    }

    /// <summary>Columns as they are; <paramref name="table"/> has 16 entries and <paramref name="units"/> is at least 1.</summary>
    internal EmployeeColumns(ReadOnlySpan<int> unit, ReadOnlySpan<byte> hasil, ReadOnlySpan<byte> perilaku, ReadOnlySpan<byte> decided, Span<byte> output, ReadOnlySpan<byte> table, int units)
    {
        Unit = unit;
        Hasil = hasil;
        Perilaku = perilaku;
        Decided = decided;
        Output = output;
        Table = table;
        LastUnit = units - 1;
    }

    internal ReadOnlySpan<int> Unit { get; }

    internal ReadOnlySpan<byte> Hasil { get; }

    internal ReadOnlySpan<byte> Perilaku { get; }

    /// <summary>The decided predicates (0 = none), or empty.</summary>
    internal ReadOnlySpan<byte> Decided { get; }

    /// <summary>Receives each employee's predicate, or empty.</summary>
    internal Span<byte> Output { get; }

    /// <summary>The quadrant: 16 classes indexed by <c>hasil * 4 + perilaku</c>.</summary>
    internal ReadOnlySpan<byte> Table { get; }

    internal int LastUnit { get; }
}

/// <summary>The instruction sets the employee pass is written for.</summary>
internal enum PassKernel
{
    /// <summary>Portable C#, no SIMD (every platform, and the netstandard2.0 build).</summary>
    Scalar = 1,

    /// <summary>256-bit x86 SIMD.</summary>
    Avx2 = 2,

    /// <summary>512-bit x86 SIMD.</summary>
    Avx512 = 3,
}

/// <summary>
/// The employee pass of the bulk engine: each employee's class (predicate − 1) from the quadrant or the decided
/// predicate, written to the output if asked, and counted in the employee's unit (five counts per unit).
/// </summary>
/// <remarks>
/// <para>Two ways to count, the same answer. <b>Runs</b> (exports sorted or grouped by unit): 64 employees at a time,
/// the classes become five bit masks and the unit changes a sixth, and a run of one unit is counted with population
/// counts in registers, touching memory once per run. <b>Scatter</b> (shuffled input): one increment per employee. A
/// run is a few instructions per unit change, so it only pays when runs are long: <see cref="PreferRuns"/> samples
/// the unit column to choose, and a block of 64 with many unit changes is scattered even on the run path.</para>
/// <para>Unchecked and without bounds checks, and memory-safe by construction: the table lookup maps any byte to a
/// table entry, decided classes are clamped to 0..4 and unit indexes to the last unit, so every write lands inside
/// the counts even if the caller changed the columns after validation. No overflow is possible: every employee adds
/// exactly one to one count, so a count or a run never exceeds the number of employees (an <c>int</c>), and
/// <c>unit * 5 + class</c> stays below the length of the counts array, which was allocated.</para>
/// </remarks>
internal static class EmployeePass
{
    /// <summary>Employees per block.</summary>
    private const int Block = 64;

    /// <summary>A block with more unit changes than this is scattered rather than counted as runs.</summary>
    private const int MaxRunsPerBlock = 8;

    /// <summary>Sampled runs shorter than this on average choose the scatter path.</summary>
    private const int MinMeanRun = 8;

    /// <summary>The portable run path's packed fields: bits per class, and the longest run before a flush.</summary>
    private const int FieldBits = 12;
    private const int MaxRun = (1 << FieldBits) - 1;

    /// <summary>The kernels this machine runs, fastest first; the first is the one <see cref="Count(in EmployeeColumns, int, int, Span{int}, bool)"/> uses.</summary>
    internal static IReadOnlyList<PassKernel> Supported { get; } = FindSupported();

    /// <summary>Counts employees <paramref name="start"/> to <paramref name="end"/> (exclusive) into <paramref name="counts"/>, with the fastest kernel.</summary>
    internal static void Count(scoped in EmployeeColumns c, int start, int end, Span<int> counts, bool runs) => Count(c, start, end, counts, runs, Supported[0], default);

    /// <summary>Counts with a given kernel (one of <see cref="Supported"/>); every kernel gives the same answer.</summary>
    internal static void Count(scoped in EmployeeColumns c, int start, int end, Span<int> counts, bool runs, PassKernel kernel) => Count(c, start, end, counts, runs, kernel, default);

    /// <summary>
    /// Counts with a given kernel; where <paramref name="heads"/> has flags to set, a SIMD kernel on the run path also
    /// settles each head whose unit's run it closes (see <see cref="HeadPass"/>).
    /// </summary>
    internal static void Count(scoped in EmployeeColumns c, int start, int end, Span<int> counts, bool runs, PassKernel kernel, scoped in HeadPass heads)
    {
        if (start >= end)
        {
            return;
        }

        switch (kernel)
        {
#if NET8_0_OR_GREATER
            case PassKernel.Avx512:
                Count(new Avx512Kernel(c.Table, c.LastUnit), c, start, end, counts, runs, heads);
                return;
            case PassKernel.Avx2:
                Count(new Avx2Kernel(c.Table, c.LastUnit), c, start, end, counts, runs, heads);
                return;
#endif
            default:
                CountScalar(c, start, end, counts, runs);
                return;
        }
    }

    private static PassKernel[] FindSupported()
    {
        var kernels = new List<PassKernel>();
#if NET8_0_OR_GREATER
        if (Vector512.IsHardwareAccelerated && Avx512BW.IsSupported)
        {
            kernels.Add(PassKernel.Avx512);
        }

        if (Avx2.IsSupported)
        {
            kernels.Add(PassKernel.Avx2);
        }
#endif
        kernels.Add(PassKernel.Scalar);
        return kernels.ToArray();
    }

    /// <summary>
    /// Whether the run path pays for employees <paramref name="start"/> to <paramref name="end"/>: 32 evenly spaced
    /// windows of 64 employees are sampled, and the runs must average at least <see cref="MinMeanRun"/> employees.
    /// Deterministic: the same column always gives the same choice.
    /// </summary>
    internal static bool PreferRuns(ReadOnlySpan<int> unit, int start, int end)
    {
        const int Windows = 32;
        var length = end - start;
        if (length < Windows * Block)
        {
            return true;
        }

        var step = (length - Block) / (Windows - 1);
        var changes = 0;
        for (var w = 0; w < Windows; w++)
        {
            var at = start + (w * step);
            for (var j = at + 1; j < at + Block; j++)
            {
                changes += unit[j] != unit[j - 1] ? 1 : 0;
            }
        }

        return changes * MinMeanRun <= Windows * (Block - 1);
    }

    /// <summary>The class of one employee (the scalar form of a kernel's lookup).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int ClassOf(scoped in EmployeeColumns c, int i)
    {
        int cls = c.Table[((c.Hasil[i] << 2) | c.Perilaku[i]) & 15];
        if (!c.Decided.IsEmpty && c.Decided[i] != 0)
        {
            cls = Math.Min(c.Decided[i] - 1, 4);
        }

        if (!c.Output.IsEmpty)
        {
            c.Output[i] = unchecked((byte)(cls + 1));
        }

        return cls;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Clamp(int unit, int lastUnit) => (int)Math.Min(unchecked((uint)unit), (uint)lastUnit);

    /// <summary>The portable path (no SIMD): runs summed in a packed register, or one increment per employee.</summary>
    private static void CountScalar(scoped in EmployeeColumns c, int start, int end, Span<int> counts, bool runs)
    {
        unchecked
        {
            if (!runs)
            {
                for (var i = start; i < end; i++)
                {
                    var cls = ClassOf(c, i);
                    counts[(Clamp(c.Unit[i], c.LastUnit) * 5) + cls]++;
                }

                return;
            }

            // Five 12-bit fields in one register, one per class; flushed when the unit changes or before a field
            // could overflow.
            var current = c.Unit[start];
            var packed = 0UL;
            var length = 0;
            for (var i = start; i < end; i++)
            {
                var u = c.Unit[i];
                if (u != current || length == MaxRun)
                {
                    Flush(counts, Clamp(current, c.LastUnit), packed);
                    current = u;
                    packed = 0;
                    length = 0;
                }

                packed += 1UL << (ClassOf(c, i) * FieldBits);
                length++;
            }

            Flush(counts, Clamp(current, c.LastUnit), packed);
        }

        static void Flush(Span<int> counts, int unit, ulong packed)
        {
            var at = unit * 5;
            for (var k = 0; k < 5; k++)
            {
                counts[at + k] += (int)((packed >> (k * FieldBits)) & MaxRun);
            }
        }
    }

#if NET8_0_OR_GREATER
    private interface IKernel
    {
        /// <summary>The classes of the 64 employees from <paramref name="i"/> as five masks (bit j: employee i + j), writing the output if asked.</summary>
        void Masks(scoped in EmployeeColumns c, int i, out ulong m0, out ulong m1, out ulong m2, out ulong m3, out ulong m4);

        /// <summary>Bit j set where employee i + j belongs to another unit than employee i + j − 1 (i &gt; 0).</summary>
        ulong Changes(scoped in EmployeeColumns c, int i);

        /// <summary>The count index <c>unit * 5 + class</c> of the 64 employees from <paramref name="i"/>, writing the output if asked.</summary>
        void Offsets(scoped in EmployeeColumns c, int i, ref int offsets);
    }

    private static void Count<TKernel>(TKernel kernel, scoped in EmployeeColumns c, int start, int end, Span<int> counts, bool runs, scoped in HeadPass heads)
        where TKernel : struct, IKernel
    {
        var settle = !heads.Settled.IsEmpty;
        ref var count = ref MemoryMarshal.GetReference(counts);
        Span<int> buffer = stackalloc int[2 * Block];
        ref var offsets = ref MemoryMarshal.GetReference(buffer);
        ref var unit = ref MemoryMarshal.GetReference(c.Unit);
        var i = start;
        unchecked
        {
            if (!runs)
            {
                // Software-pipelined: the offsets of the next block are stored before this block's are read back, so
                // the reads never wait on a store still in flight (a 64-byte store does not forward to 4-byte loads).
                ref var current = ref offsets;
                ref var next = ref Unsafe.Add(ref offsets, Block);
                if (i <= end - Block)
                {
                    kernel.Offsets(c, i, ref current);
                    for (i += Block; i <= end - Block; i += Block)
                    {
                        kernel.Offsets(c, i, ref next);
                        Scatter(ref count, ref current);
                        ref var done = ref current;
                        current = ref next;
                        next = ref done;
                    }

                    Scatter(ref count, ref current);
                }
            }
            else
            {
                // The open run: its unit, where it started and the classes counted so far.
                var current = Clamp(c.Unit[start], c.LastUnit);
                var runStart = start;
                int a0 = 0, a1 = 0, a2 = 0, a3 = 0, a4 = 0;
                for (; i <= end - Block; i += Block)
                {
                    kernel.Masks(c, i, out var m0, out var m1, out var m2, out var m3, out var m4);
                    var changes = i == start ? FirstChanges(c.Unit, i) : kernel.Changes(c, i);
                    if (changes == 0)
                    {
                        a0 += BitOperations.PopCount(m0);
                        a1 += BitOperations.PopCount(m1);
                        a2 += BitOperations.PopCount(m2);
                        a3 += BitOperations.PopCount(m3);
                        a4 += BitOperations.PopCount(m4);
                        continue;
                    }

                    if (BitOperations.PopCount(changes) > MaxRunsPerBlock)
                    {
                        // Too many short runs: close the open one and scatter the block (its heads are left to the
                        // head pass).
                        Add(ref count, current, a0, a1, a2, a3, a4);
                        if (settle)
                        {
                            heads.CloseRun(ref count, current, runStart, i);
                        }

                        a0 = a1 = a2 = a3 = a4 = 0;
                        kernel.Offsets(c, i, ref offsets);
                        Scatter(ref count, ref offsets);
                        current = Clamp(Unsafe.Add(ref unit, i + Block - 1), c.LastUnit);
                        runStart = i + Block;
                        continue;
                    }

                    var counted = 0UL;
                    do
                    {
                        // The open run ends before employee i + j.
                        var j = BitOperations.TrailingZeroCount(changes);
                        var part = ((1UL << j) - 1) & ~counted;
                        Add(ref count, current, a0 + BitOperations.PopCount(m0 & part), a1 + BitOperations.PopCount(m1 & part), a2 + BitOperations.PopCount(m2 & part), a3 + BitOperations.PopCount(m3 & part), a4 + BitOperations.PopCount(m4 & part));
                        if (settle)
                        {
                            heads.CloseRun(ref count, current, runStart, i + j);
                        }

                        runStart = i + j;
                        a0 = a1 = a2 = a3 = a4 = 0;
                        counted |= part;
                        current = Clamp(Unsafe.Add(ref unit, i + j), c.LastUnit);
                        changes &= changes - 1;
                    }
                    while (changes != 0);

                    var rest = ~counted;
                    a0 = BitOperations.PopCount(m0 & rest);
                    a1 = BitOperations.PopCount(m1 & rest);
                    a2 = BitOperations.PopCount(m2 & rest);
                    a3 = BitOperations.PopCount(m3 & rest);
                    a4 = BitOperations.PopCount(m4 & rest);
                }

                Add(ref count, current, a0, a1, a2, a3, a4);
                if (settle)
                {
                    heads.CloseRun(ref count, current, runStart, i);
                }
            }

            for (; i < end; i++)
            {
                var cls = ClassOf(c, i);
                Unsafe.Add(ref count, (Clamp(Unsafe.Add(ref unit, i), c.LastUnit) * 5) + cls)++;
            }
        }
    }

    /// <summary>The unit changes of the first block of a range, where there is no earlier employee to compare with.</summary>
    private static ulong FirstChanges(ReadOnlySpan<int> unit, int i)
    {
        var changes = 0UL;
        for (var j = 1; j < Block; j++)
        {
            if (unit[i + j] != unit[i + j - 1])
            {
                changes |= 1UL << j;
            }
        }

        return changes;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Add(ref int count, int unit, int a0, int a1, int a2, int a3, int a4)
    {
        ref var at = ref Unsafe.Add(ref count, unit * 5);
        at += a0;
        Unsafe.Add(ref at, 1) += a1;
        Unsafe.Add(ref at, 2) += a2;
        Unsafe.Add(ref at, 3) += a3;
        Unsafe.Add(ref at, 4) += a4;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Scatter(ref int count, ref int offsets)
    {
        for (var j = 0; j < Block; j += 8)
        {
            Unsafe.Add(ref count, Unsafe.Add(ref offsets, j))++;
            Unsafe.Add(ref count, Unsafe.Add(ref offsets, j + 1))++;
            Unsafe.Add(ref count, Unsafe.Add(ref offsets, j + 2))++;
            Unsafe.Add(ref count, Unsafe.Add(ref offsets, j + 3))++;
            Unsafe.Add(ref count, Unsafe.Add(ref offsets, j + 4))++;
            Unsafe.Add(ref count, Unsafe.Add(ref offsets, j + 5))++;
            Unsafe.Add(ref count, Unsafe.Add(ref offsets, j + 6))++;
            Unsafe.Add(ref count, Unsafe.Add(ref offsets, j + 7))++;
        }
    }

    /// <summary>64 employees in one 512-bit register per byte column (AVX-512BW).</summary>
    private readonly struct Avx512Kernel : IKernel
    {
        private readonly Vector512<byte> _table;
        private readonly Vector512<uint> _lastUnit;

        internal Avx512Kernel(ReadOnlySpan<byte> table, int lastUnit)
        {
            var lane = Vector128.Create(table);
            _table = Vector512.Create(Vector256.Create(lane, lane), Vector256.Create(lane, lane));
            _lastUnit = Vector512.Create((uint)lastUnit);
        }

        public void Masks(scoped in EmployeeColumns c, int i, out ulong m0, out ulong m1, out ulong m2, out ulong m3, out ulong m4)
        {
            var cls = Classes(c, i);
            m0 = Vector512.Equals(cls, Vector512<byte>.Zero).ExtractMostSignificantBits();
            m1 = Vector512.Equals(cls, Vector512.Create((byte)1)).ExtractMostSignificantBits();
            m2 = Vector512.Equals(cls, Vector512.Create((byte)2)).ExtractMostSignificantBits();
            m3 = Vector512.Equals(cls, Vector512.Create((byte)3)).ExtractMostSignificantBits();
            m4 = Vector512.Equals(cls, Vector512.Create((byte)4)).ExtractMostSignificantBits();
        }

        public ulong Changes(scoped in EmployeeColumns c, int i)
        {
            ref var u = ref Unsafe.Add(ref MemoryMarshal.GetReference(c.Unit), i);
            ref var previous = ref Unsafe.Subtract(ref u, 1);
            var same = Vector512.Equals(Vector512.LoadUnsafe(ref u), Vector512.LoadUnsafe(ref previous)).ExtractMostSignificantBits()
                | (Vector512.Equals(Vector512.LoadUnsafe(ref u, 16), Vector512.LoadUnsafe(ref previous, 16)).ExtractMostSignificantBits() << 16)
                | (Vector512.Equals(Vector512.LoadUnsafe(ref u, 32), Vector512.LoadUnsafe(ref previous, 32)).ExtractMostSignificantBits() << 32)
                | (Vector512.Equals(Vector512.LoadUnsafe(ref u, 48), Vector512.LoadUnsafe(ref previous, 48)).ExtractMostSignificantBits() << 48);
            return ~same;
        }

        public void Offsets(scoped in EmployeeColumns c, int i, ref int offsets)
        {
            var cls = Classes(c, i);
            ref var u = ref Unsafe.Add(ref MemoryMarshal.GetReference(c.Unit), i);
            Offsets16(Vector512.LoadUnsafe(ref u).AsUInt32(), cls.GetLower().GetLower(), ref offsets);
            Offsets16(Vector512.LoadUnsafe(ref u, 16).AsUInt32(), cls.GetLower().GetUpper(), ref Unsafe.Add(ref offsets, 16));
            Offsets16(Vector512.LoadUnsafe(ref u, 32).AsUInt32(), cls.GetUpper().GetLower(), ref Unsafe.Add(ref offsets, 32));
            Offsets16(Vector512.LoadUnsafe(ref u, 48).AsUInt32(), cls.GetUpper().GetUpper(), ref Unsafe.Add(ref offsets, 48));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private Vector512<byte> Classes(scoped in EmployeeColumns c, int i)
        {
            var h = Vector512.LoadUnsafe(ref MemoryMarshal.GetReference(c.Hasil), (nuint)i);
            var p = Vector512.LoadUnsafe(ref MemoryMarshal.GetReference(c.Perilaku), (nuint)i);

            // vpshufb: an index byte with its top bit set gives 0, any other gives the entry of its low 4 bits.
            var cls = Avx512BW.Shuffle(_table, (h << 2) | p);
            if (!c.Decided.IsEmpty)
            {
                var d = Vector512.LoadUnsafe(ref MemoryMarshal.GetReference(c.Decided), (nuint)i);
                cls = Vector512.ConditionalSelect(Vector512.Equals(d, Vector512<byte>.Zero), cls, Vector512.Min(d - Vector512<byte>.One, Vector512.Create((byte)4)));
            }

            if (!c.Output.IsEmpty)
            {
                (cls + Vector512<byte>.One).StoreUnsafe(ref MemoryMarshal.GetReference(c.Output), (nuint)i);
            }

            return cls;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private void Offsets16(Vector512<uint> unit, Vector128<byte> cls, ref int offsets)
        {
            var u = Vector512.Min(unit, _lastUnit);
            ((u << 2) + u + Avx512F.ConvertToVector512UInt32(cls)).AsInt32().StoreUnsafe(ref offsets);
        }
    }

    /// <summary>64 employees in two 256-bit registers per byte column (AVX2).</summary>
    private readonly struct Avx2Kernel : IKernel
    {
        private readonly Vector256<byte> _table;
        private readonly Vector256<uint> _lastUnit;

        internal Avx2Kernel(ReadOnlySpan<byte> table, int lastUnit)
        {
            var lane = Vector128.Create(table);
            _table = Vector256.Create(lane, lane);
            _lastUnit = Vector256.Create((uint)lastUnit);
        }

        public void Masks(scoped in EmployeeColumns c, int i, out ulong m0, out ulong m1, out ulong m2, out ulong m3, out ulong m4)
        {
            var lo = Classes(c, i);
            var hi = Classes(c, i + 32);
            m0 = Mask(lo, hi, 0);
            m1 = Mask(lo, hi, 1);
            m2 = Mask(lo, hi, 2);
            m3 = Mask(lo, hi, 3);
            m4 = Mask(lo, hi, 4);
        }

        public ulong Changes(scoped in EmployeeColumns c, int i)
        {
            ref var u = ref Unsafe.Add(ref MemoryMarshal.GetReference(c.Unit), i);
            ref var previous = ref Unsafe.Subtract(ref u, 1);
            var same = 0UL;
            for (nuint k = 0; k < Block; k += 8)
            {
                same |= (ulong)Vector256.Equals(Vector256.LoadUnsafe(ref u, k), Vector256.LoadUnsafe(ref previous, k)).ExtractMostSignificantBits() << (int)k;
            }

            return ~same;
        }

        public void Offsets(scoped in EmployeeColumns c, int i, ref int offsets)
        {
            ref var u = ref Unsafe.Add(ref MemoryMarshal.GetReference(c.Unit), i);
            for (var half = 0; half < Block; half += 32)
            {
                var cls = Classes(c, i + half);
                var low = cls.GetLower();
                var high = cls.GetUpper();
                Offsets8(Vector256.LoadUnsafe(ref u, (nuint)half).AsUInt32(), low, ref Unsafe.Add(ref offsets, half));
                Offsets8(Vector256.LoadUnsafe(ref u, (nuint)(half + 8)).AsUInt32(), Vector128.Shuffle(low, Vector128.Create((byte)8, 9, 10, 11, 12, 13, 14, 15, 0, 0, 0, 0, 0, 0, 0, 0)), ref Unsafe.Add(ref offsets, half + 8));
                Offsets8(Vector256.LoadUnsafe(ref u, (nuint)(half + 16)).AsUInt32(), high, ref Unsafe.Add(ref offsets, half + 16));
                Offsets8(Vector256.LoadUnsafe(ref u, (nuint)(half + 24)).AsUInt32(), Vector128.Shuffle(high, Vector128.Create((byte)8, 9, 10, 11, 12, 13, 14, 15, 0, 0, 0, 0, 0, 0, 0, 0)), ref Unsafe.Add(ref offsets, half + 24));
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static ulong Mask(Vector256<byte> lo, Vector256<byte> hi, byte cls)
        {
            var k = Vector256.Create(cls);
            return Vector256.Equals(lo, k).ExtractMostSignificantBits() | ((ulong)Vector256.Equals(hi, k).ExtractMostSignificantBits() << 32);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private Vector256<byte> Classes(scoped in EmployeeColumns c, int i)
        {
            var h = Vector256.LoadUnsafe(ref MemoryMarshal.GetReference(c.Hasil), (nuint)i);
            var p = Vector256.LoadUnsafe(ref MemoryMarshal.GetReference(c.Perilaku), (nuint)i);
            var cls = Avx2.Shuffle(_table, (h << 2) | p);
            if (!c.Decided.IsEmpty)
            {
                var d = Vector256.LoadUnsafe(ref MemoryMarshal.GetReference(c.Decided), (nuint)i);
                cls = Vector256.ConditionalSelect(Vector256.Equals(d, Vector256<byte>.Zero), cls, Vector256.Min(d - Vector256<byte>.One, Vector256.Create((byte)4)));
            }

            if (!c.Output.IsEmpty)
            {
                (cls + Vector256<byte>.One).StoreUnsafe(ref MemoryMarshal.GetReference(c.Output), (nuint)i);
            }

            return cls;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private void Offsets8(Vector256<uint> unit, Vector128<byte> cls, ref int offsets)
        {
            var u = Vector256.Min(unit, _lastUnit);
            ((u << 2) + u + Avx2.ConvertToVector256Int32(cls).AsUInt32()).AsInt32().StoreUnsafe(ref offsets);
        }
    }
#endif
}
