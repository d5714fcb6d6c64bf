using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace AsnKinerja.Predicates;

/// <summary>
/// The leader rule in the bulk engine: a unit head's results rating is replaced by the unit's organisation predicate
/// (through the mapping policy), and the policy decides which unit the head counts in. The employee pass has counted
/// every head like any employee; this moves each head's count from its computed class to its leader-rule class, in
/// its own unit or its parent.
/// </summary>
/// <remarks>
/// <para>Heads are settled in one of two places, each exactly once. When the employees come grouped by unit, the
/// employee pass settles a head as it closes the run of the head's unit, while the head's ratings are still in the
/// cache, and flags the unit (<see cref="Settled"/>). The head pass then settles the heads no run settled (all of
/// them for shuffled input), a block of units at a time: it first only reads the heads' ratings (independent loads the
/// processor overlaps), then moves the counts.</para>
/// <para>Validation guarantees that each head belongs to the unit it heads, so the head's unit is never read again.
/// Unchecked and without bounds checks, and memory-safe by construction: a unit index is below the number of units
/// (the unit columns, the flags and the counts have that many entries); a head's index is used only when it is below
/// the number of employees; table indexes are masked to the tables' sizes; classes are 0..4; a parent is clamped to
/// the last unit. No overflow: a head moves one count, so every count stays between 0 and the number of employees.</para>
/// </remarks>
internal readonly ref struct HeadPass
{
    private const int BlockUnits = 256;
    private const byte NoHead = byte.MaxValue;

    private readonly ReadOnlySpan<int> _heads;
    private readonly ReadOnlySpan<byte> _hasil;
    private readonly ReadOnlySpan<byte> _perilaku;
    private readonly ReadOnlySpan<byte> _decided;
    private readonly ReadOnlySpan<int> _parent;
    private readonly ReadOnlySpan<byte> _org;
    private readonly ReadOnlySpan<byte> _table;
    private readonly ReadOnlySpan<byte> _leader;
    private readonly Span<byte> _output;
    private readonly Span<byte> _moved;
    private readonly int _employees;
    private readonly int _units;
    private readonly uint _lastUnit;
    private readonly bool _inParent;
    private readonly int _ownFrom;
    private readonly int _ownTo;

    /// <summary>The head pass of a run.</summary>
    /// <param name="input">The columns; no heads makes an empty pass.</param>
    /// <param name="run">The tables and the head policy.</param>
    /// <param name="output">Per-employee predicates, or empty.</param>
    /// <param name="settled">One flag per unit (set when the unit's head is settled), or empty when no run settles heads.</param>
    /// <param name="moved">One mark per unit for heads who count in a unit outside <paramref name="ownFrom"/>..<paramref name="ownTo"/> (their class + 1), added to the parents later; empty to add every head at once (one thread only).</param>
    /// <param name="ownFrom">The first unit whose counts this pass alone writes (with <paramref name="moved"/>).</param>
    /// <param name="ownTo">The end of those units (exclusive).</param>
    internal HeadPass(BulkInput input, BulkRun run, Span<byte> output, Span<byte> settled, Span<byte> moved, int ownFrom = 0, int ownTo = 0)
    {
        _ownFrom = ownFrom;
        _ownTo = ownTo;
        _employees = input.JumlahPegawai;
        _units = input.JumlahUnit;
        _lastUnit = unchecked((uint)(_units - 1));
        _heads = input.KepalaUnit.Span;
        _hasil = input.HasilBytes;
        _perilaku = input.PerilakuBytes;
        _decided = input.DecidedBytes;
        _parent = input.IndukUnit.Span;
        _org = input.OrganisasiBytes;
        _table = run.ClassTable;
        _leader = run.LeaderTable;
        _output = output;
        _moved = moved;
        Settled = settled;
        _inParent = run.InParent;
        Preconditions.CheckArgument(
            (output.IsEmpty || output.Length == _employees) && (moved.IsEmpty || moved.Length == input.JumlahUnit) && (settled.IsEmpty || settled.Length == input.JumlahUnit),
            nameof(output),
            "The output must have one element per employee, the marks and flags one per unit.");
    }

    /// <summary>Whether any unit records a head.</summary>
    internal bool HasHeads => !_heads.IsEmpty;

    /// <summary>One flag per unit, set once its head is settled; empty when runs do not settle heads.</summary>
    internal Span<byte> Settled { get; }

    /// <summary>
    /// Called as the run of <paramref name="unit"/> covering employees <paramref name="runStart"/> to
    /// <paramref name="runEnd"/> (exclusive) is counted: settles the unit's head if it lies in the run.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void CloseRun(ref int count, int unit, int runStart, int runEnd)
    {
        unchecked
        {
            var e = Unsafe.Add(ref MemoryMarshal.GetReference(_heads), unit);
            if ((uint)(e - runStart) < (uint)(runEnd - runStart))
            {
                Settle(ref count, unit, e);
                Unsafe.Add(ref MemoryMarshal.GetReference(Settled), unit) = 1;
            }
        }
    }

    /// <summary>Settles the heads of units <paramref name="from"/> to <paramref name="to"/> (exclusive) that no run settled.</summary>
    internal void Run(int[] counts, int from, int to)
    {
        Preconditions.CheckArgument(from >= 0 && to <= _units && counts.Length == (long)_units * 5, nameof(counts), "The counts must cover every unit.");
        if (_employees == 0)
        {
            // No employee, so no head: and the read below uses employee 0 as the stand-in for a missing head.
            return;
        }

        ref var count = ref MemoryMarshal.GetReference(counts.AsSpan());
        ref var heads = ref MemoryMarshal.GetReference(_heads);
        ref var settled = ref MemoryMarshal.GetReference(Settled);
        var anySettled = !Settled.IsEmpty;
        Span<byte> beforeOf = stackalloc byte[BlockUnits];
        Span<byte> afterOf = stackalloc byte[BlockUnits];
        unchecked
        {
            for (var start = from; start < to; start += BlockUnits)
            {
                var end = Math.Min(to, start + BlockUnits);

                // Read: each head's class before and after the leader rule, or NoHead.
                for (var u = start; u < end; u++)
                {
                    var e = Unsafe.Add(ref heads, u);
                    var open = (uint)e < (uint)_employees && !(anySettled && Unsafe.Add(ref settled, u) != 0);
                    Classes(u, open ? e : 0, out var before, out var after);
                    beforeOf[u - start] = open ? (byte)before : NoHead;
                    afterOf[u - start] = (byte)after;
                }

                // Apply.
                for (var u = start; u < end; u++)
                {
                    int before = beforeOf[u - start];
                    if (before != NoHead)
                    {
                        Move(ref count, u, Unsafe.Add(ref heads, u), before, afterOf[u - start]);
                    }
                }
            }
        }
    }

    /// <summary>Adds the heads marked in <paramref name="moved"/> to their parents' counts (one thread: parents lie anywhere).</summary>
    internal static void AddMoved(BulkInput input, int[] counts, ReadOnlySpan<byte> moved)
    {
        var parent = input.IndukUnit.Span;
        for (var u = 0; u < moved.Length; u++)
        {
            if (moved[u] != 0)
            {
                counts[(parent[u] * 5) + moved[u] - 1]++;
            }
        }
    }

    private void Settle(ref int count, int unit, int e)
    {
        Classes(unit, e, out var before, out var after);
        Move(ref count, unit, e, before, after);
    }

    /// <summary>A head's class as counted (the quadrant, or the decided predicate) and under the leader rule; <paramref name="e"/> is a valid employee index.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Classes(int unit, int e, out int before, out int after)
    {
        unchecked
        {
            int p = Unsafe.Add(ref MemoryMarshal.GetReference(_perilaku), e);
            before = Unsafe.Add(ref MemoryMarshal.GetReference(_table), ((Unsafe.Add(ref MemoryMarshal.GetReference(_hasil), e) << 2) | p) & 15);
            after = Unsafe.Add(ref MemoryMarshal.GetReference(_leader), ((Unsafe.Add(ref MemoryMarshal.GetReference(_org), unit) << 2) | p) & 31);
            if (!_decided.IsEmpty && Unsafe.Add(ref MemoryMarshal.GetReference(_decided), e) != 0)
            {
                // A decided predicate stands for the head too: only where the head counts can change.
                before = after = Math.Min(Unsafe.Add(ref MemoryMarshal.GetReference(_decided), e) - 1, 4);
            }
        }
    }

    /// <summary>The head leaves its class in its unit and joins the leader rule's class where it counts.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Move(ref int count, int unit, int e, int before, int after)
    {
        unchecked
        {
            var target = _inParent ? Unsafe.Add(ref MemoryMarshal.GetReference(_parent), unit) : -1;
            target = target < 0 ? unit : (int)Math.Min((uint)target, _lastUnit);
            Unsafe.Add(ref count, (unit * 5) + before)--;
            if (_moved.IsEmpty || (uint)(target - _ownFrom) < (uint)(_ownTo - _ownFrom))
            {
                Unsafe.Add(ref count, (target * 5) + after)++;
            }
            else
            {
                Unsafe.Add(ref MemoryMarshal.GetReference(_moved), unit) = (byte)(after + 1);
            }

            if (!_output.IsEmpty && (uint)e < (uint)_employees)
            {
                Unsafe.Add(ref MemoryMarshal.GetReference(_output), e) = (byte)(after + 1);
            }
        }
    }
}
