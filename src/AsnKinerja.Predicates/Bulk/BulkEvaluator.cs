using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace AsnKinerja.Predicates;

/// <summary>
/// The bulk engine behind <see cref="IDistribusiRules.Evaluate"/>: computes every employee's predicate (quadrant,
/// leader rule, decided predicates), the counts per unit (heads counted per policy, small units pooled per policy), and
/// every unit's distribution verdict — in one pass over the employees, with no allocation per employee. Its verdicts
/// agree exactly with the one-unit check (<see cref="IDistribusiRules.Check"/>) of the same rules.
/// </summary>
/// <remarks>
/// <para>Memory grows with the number of units (and, in parallel mode over input not sorted by unit, with the number
/// of partitions), never with the number of employees; the per-employee predicates go to a span the caller provides,
/// or nowhere. The result is deterministic and does not depend on <see cref="BulkOptions.DerajatParalel"/> or on the
/// order of the employees. Stateless and thread-safe.</para>
/// <para>The phases: the employee pass (each employee's class counted in its unit: runs of one unit summed in
/// registers when the input is grouped by unit, one increment per employee otherwise — the engine samples the unit
/// column to choose), the head pass (the leader rule, and where the head counts), and the verdicts (bottom-up over the
/// tree only when small units are pooled). With <see cref="BulkOptions.DerajatParalel"/> above 1 every phase but
/// pooling is split across threads once the data is large enough.</para>
/// </remarks>
internal static class BulkEvaluator
{
    // Below these sizes a partition costs more to start than it saves.
    private const int MinEmployeesPerPartition = 1 << 17;
    private const int MinUnitsPerPartition = 1 << 14;

    /// <summary>Evaluates a whole dataset with the given rules (see <see cref="IDistribusiRules.Evaluate"/>).</summary>
    internal static BulkResult Evaluate(IDistribusiRules rules, BulkInput input, IKuadranRules kuadran, Memory<PredikatKinerja> predikatPegawai, BulkOptions options)
    {
        Preconditions.CheckNotNull(input);
        Preconditions.CheckNotNull(kuadran);
        Preconditions.CheckArgument(predikatPegawai.IsEmpty || predikatPegawai.Length == input.JumlahPegawai, nameof(predikatPegawai), "The output must be empty or have one element per employee.");
        var run = new BulkRun(rules, kuadran, options);
        var output = ByteMemory<PredikatKinerja, byte>.View(predikatPegawai);
        var counts = Counts.Uncleared(checked(input.JumlahUnit * 5));
        var settled = CountEmployees(input, output, run, counts);
        ApplyHeads(input, output, run, counts, settled);
        return Judge(input, run, counts);
    }

    /// <summary>
    /// Phase 1: every employee's class, counted in the employee's own unit (<paramref name="counts"/> need not be
    /// cleared). On the run path the pass also settles the heads whose unit's run it closes; it returns their flags
    /// (one per unit), or null when it settled none.
    /// </summary>
    internal static byte[]? CountEmployees(BulkInput input, Memory<byte> output, BulkRun run, int[] counts)
    {
        var employees = input.JumlahPegawai;
        var units = input.JumlahUnit;
        var runs = EmployeePass.PreferRuns(input.UnitPegawai.Span, 0, employees);
        var settled = runs && !input.KepalaUnit.IsEmpty ? new byte[units] : null;
        var kernel = EmployeePass.Supported[0];
        var partitions = Partitions(run.DerajatParalel, employees, MinEmployeesPerPartition);
        if (partitions == 1)
        {
            Array.Clear(counts, 0, counts.Length);
            EmployeePass.Count(new EmployeeColumns(input, output.Span, run.ClassTable), 0, employees, counts, runs, kernel, new HeadPass(input, run, output.Span, settled, Span<byte>.Empty));
            return settled;
        }

        var bounds = new int[partitions + 1];
        for (var k = 1; k <= partitions; k++)
        {
            bounds[k] = (int)((long)employees * k / partitions);
        }

        var parallel = new ParallelOptions { MaxDegreeOfParallelism = partitions };
        if (input.IsSortedByUnit)
        {
            // Every unit is one run: start each partition where a run starts, and no unit is counted by two partitions,
            // so all of them count straight into the result (each clears its own units first). A head who counts in a
            // unit of another partition is only marked, and added to that unit afterwards.
            var unit = input.UnitPegawai.Span;
            for (var k = 1; k < partitions; k++)
            {
                var s = Math.Max(bounds[k], bounds[k - 1]);
                while (s > 0 && s < employees && unit[s] == unit[s - 1])
                {
                    s++;
                }

                bounds[k] = s;
            }

            var moved = settled is null ? null : new byte[units];
            Parallel.For(0, partitions, parallel, k =>
            {
                var unitPegawai = input.UnitPegawai.Span;
                var firstUnit = k == 0 ? 0 : bounds[k] >= employees ? units : unitPegawai[bounds[k]];
                var endUnit = k == partitions - 1 || bounds[k + 1] >= employees ? units : unitPegawai[bounds[k + 1]];
                Array.Clear(counts, firstUnit * 5, (endUnit - firstUnit) * 5);
                EmployeePass.Count(new EmployeeColumns(input, output.Span, run.ClassTable), bounds[k], bounds[k + 1], counts, runs, kernel, new HeadPass(input, run, output.Span, settled, moved, firstUnit, endUnit));
            });
            if (moved is not null)
            {
                HeadPass.AddMoved(input, counts, moved);
            }

            return settled;
        }

        // A unit may appear anywhere: the first partition counts into the result, the others into count arrays the
        // BulkOptions instance keeps between runs; they are added in afterwards, in parallel by unit range. Each
        // partition moves the heads it settles within its own array.
        var scratch = run.Options.TakeScratch(partitions - 1, counts.Length);
        Parallel.For(0, partitions, parallel, k =>
        {
            var into = k == 0 ? counts : scratch[k - 1];
            Array.Clear(into, 0, counts.Length);
            EmployeePass.Count(new EmployeeColumns(input, output.Span, run.ClassTable), bounds[k], bounds[k + 1], into.AsSpan(0, counts.Length), runs, kernel, new HeadPass(input, run, output.Span, settled, Span<byte>.Empty));
        });

        Parallel.For(0, partitions, parallel, k =>
        {
            var from = (int)((long)counts.Length * k / partitions);
            var to = (int)((long)counts.Length * (k + 1) / partitions);
            for (var p = 0; p < partitions - 1; p++)
            {
                Sum.AddTo(counts.AsSpan(from, to - from), scratch[p].AsSpan(from, to - from));
            }
        });
        run.Options.ReturnScratch(scratch);
        return settled;
    }

    /// <summary>Phase 2: the leader rule for every head the employee pass did not settle (see <see cref="HeadPass"/>).</summary>
    internal static void ApplyHeads(BulkInput input, Memory<byte> output, BulkRun run, int[] counts, byte[]? settled)
    {
        if (input.KepalaUnit.IsEmpty)
        {
            return;
        }

        var units = input.JumlahUnit;
        var partitions = Partitions(run.DerajatParalel, units, MinUnitsPerPartition);
        if (partitions == 1)
        {
            new HeadPass(input, run, output.Span, settled, Span<byte>.Empty).Run(counts, 0, units);
            return;
        }

        // Each partition settles the heads of its units; a head who counts in a unit of another partition is only
        // marked, and one thread adds the marked heads afterwards.
        var moved = new byte[units];
        Parallel.For(0, partitions, new ParallelOptions { MaxDegreeOfParallelism = partitions }, k =>
        {
            var from = (int)((long)units * k / partitions);
            var to = (int)((long)units * (k + 1) / partitions);
            new HeadPass(input, run, output.Span, settled, moved, from, to).Run(counts, from, to);
        });
        HeadPass.AddMoved(input, counts, moved);
    }

    /// <summary>Phase 3: every unit's verdict (small units pooled bottom-up first when the policy says so), and the result.</summary>
    internal static BulkResult Judge(BulkInput input, BulkRun run, int[] counts)
    {
        var opsi = run.Opsi;
        var compiled = run.Compiled;
        var units = input.JumlahUnit;
        var status = new byte[units];
        if (opsi.UnitKecil == KebijakanUnitKecil.GabungKeInduk)
        {
            var judged = (int[])counts.Clone();
            var pooledInto = JudgePooled(input, opsi, compiled, judged, status);
            return new BulkResult(run, input, counts, judged, pooledInto, status, Summary.Of(counts, status));
        }

        // Without pooling a unit is judged on exactly what is counted in it: one array serves both, in any order.
        var partitions = Partitions(run.DerajatParalel, units, MinUnitsPerPartition);
        if (partitions == 1)
        {
            JudgeRange(input, compiled, counts, status, 0, units);
            return new BulkResult(run, input, counts, counts, null, status, Summary.Of(counts, status));
        }

        var parts = new Summary[partitions];
        Parallel.For(0, partitions, new ParallelOptions { MaxDegreeOfParallelism = partitions }, k =>
        {
            var from = (int)((long)units * k / partitions);
            var to = (int)((long)units * (k + 1) / partitions);
            JudgeRange(input, compiled, counts, status, from, to);
            parts[k] = Summary.Of(counts.AsSpan(from * 5, (to - from) * 5), status.AsSpan(from, to - from));
        });

        var summary = parts[0];
        for (var k = 1; k < partitions; k++)
        {
            summary.Add(parts[k]);
        }

        return new BulkResult(run, input, counts, counts, null, status, summary);
    }

    private static int Partitions(int degree, int items, int minPerPartition) => Math.Max(1, Math.Min(degree, items / minPerPartition));

    private static void JudgeRange(BulkInput input, PolaTerkompilasi compiled, int[] counts, byte[] status, int from, int to) =>
        compiled.Judge(input.OrganisasiBytes, counts, status, from, to);

    /// <summary>Pools small units into their parents, deepest units first so children are settled before their parents, and judges the rest.</summary>
    private static int[] JudgePooled(BulkInput input, DistribusiOptions opsi, PolaTerkompilasi compiled, int[] judged, byte[] status)
    {
        var units = input.JumlahUnit;
        var pooledInto = new int[units];
        var parents = input.IndukUnit.Span;
        var orgs = input.OrganisasiBytes;
        foreach (var u in BottomUp(input))
        {
            pooledInto[u] = -1;
            var offset = u * 5;
            var n = judged[offset] + judged[offset + 1] + judged[offset + 2] + judged[offset + 3] + judged[offset + 4];
            if (n > 0 && n < opsi.AmbangUnitKecil && parents[u] >= 0)
            {
                var p = parents[u] * 5;
                for (var k = 0; k < 5; k++)
                {
                    judged[p + k] += judged[offset + k];
                }

                pooledInto[u] = parents[u];
                status[u] = (byte)StatusDistribusi.Digabung;
                continue;
            }

            status[u] = (byte)compiled.Status(orgs[u], new ReadOnlySpan<int>(judged, offset, 5));
        }

        return pooledInto;
    }

    /// <summary>The units deepest first (a counting sort by depth), so children are settled before their parents.</summary>
    private static int[] BottomUp(BulkInput input)
    {
        var depth = input.Depth;
        var start = new int[input.MaxDepth + 2];
        foreach (var d in depth)
        {
            start[input.MaxDepth - d + 1]++;
        }

        for (var k = 1; k < start.Length; k++)
        {
            start[k] += start[k - 1];
        }

        var order = new int[depth.Length];
        for (var u = 0; u < depth.Length; u++)
        {
            order[start[input.MaxDepth - depth[u]]++] = u;
        }

        return order;
    }
}

/// <summary>Count arrays: five counts per unit.</summary>
internal static class Counts
{
    /// <summary>
    /// An array whose contents the caller sets before reading it: where the runtime allows, it is not zeroed on
    /// allocation, so the employee pass clears it (in parallel mode, each partition its own part).
    /// </summary>
    internal static int[] Uncleared(int length) =>
#if NET8_0_OR_GREATER
        GC.AllocateUninitializedArray<int>(length);
#else
        new int[length];
#endif
}

/// <summary>Totals a result reports: every employee's predicate and the number of units per verdict.</summary>
internal sealed class Summary
{
    private Summary()
    {
    }

    internal int[] Total { get; } = new int[5];

    internal int[] PerStatus { get; } = new int[6];

    /// <summary>The totals of some units: their counts (five per unit) and their verdicts.</summary>
    internal static Summary Of(ReadOnlySpan<int> counts, ReadOnlySpan<byte> status)
    {
        var summary = new Summary();
        Sum.ByClass(counts, summary.Total);
        for (var s = 1; s < summary.PerStatus.Length; s++)
        {
            summary.PerStatus[s] = Sum.Occurrences(status, (byte)s);
        }

        return summary;
    }

    internal void Add(Summary other)
    {
        for (var k = 0; k < Total.Length; k++)
        {
            Total[k] += other.Total[k];
        }

        for (var s = 0; s < PerStatus.Length; s++)
        {
            PerStatus[s] += other.PerStatus[s];
        }
    }
}

/// <summary>Vectorised sums over count arrays. No overflow: every sum is a number of employees or units.</summary>
internal static class Sum
{
    /// <summary>Adds <paramref name="source"/> to <paramref name="target"/>, element by element (equal lengths).</summary>
    internal static void AddTo(Span<int> target, ReadOnlySpan<int> source)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var targetVectors = MemoryMarshal.Cast<int, Vector<int>>(target);
            var sourceVectors = MemoryMarshal.Cast<int, Vector<int>>(source);
            for (var v = 0; v < targetVectors.Length; v++)
            {
                targetVectors[v] += sourceVectors[v];
            }

            i = targetVectors.Length * Vector<int>.Count;
        }

        for (; i < target.Length; i++)
        {
            target[i] += source[i];
        }
    }

    /// <summary>Adds the counts of each class (element <c>u * 5 + k</c> counts for class k) into <paramref name="total"/>.</summary>
    internal static void ByClass(ReadOnlySpan<int> counts, int[] total)
    {
        // Five vectors cover a whole number of units (5 × width elements), so lane j of vector v always holds class
        // (v × width + j) mod 5: sum whole chunks in vectors, then fold the lanes.
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var width = Vector<int>.Count;
            var chunk = 5 * width;
            var vectors = MemoryMarshal.Cast<int, Vector<int>>(counts.Slice(0, counts.Length / chunk * chunk));
            Vector<int> a0 = default, a1 = default, a2 = default, a3 = default, a4 = default;
            for (var v = 0; v < vectors.Length; v += 5)
            {
                a0 += vectors[v];
                a1 += vectors[v + 1];
                a2 += vectors[v + 2];
                a3 += vectors[v + 3];
                a4 += vectors[v + 4];
            }

            for (var j = 0; j < width; j++)
            {
                total[j % 5] += a0[j];
                total[(width + j) % 5] += a1[j];
                total[((2 * width) + j) % 5] += a2[j];
                total[((3 * width) + j) % 5] += a3[j];
                total[((4 * width) + j) % 5] += a4[j];
            }

            i = vectors.Length * width;
        }

        for (; i < counts.Length; i++)
        {
            total[i % 5] += counts[i];
        }
    }

    /// <summary>How many bytes of <paramref name="values"/> equal <paramref name="value"/>.</summary>
    internal static int Occurrences(ReadOnlySpan<byte> values, byte value)
    {
        var count = 0;
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            // Each lane counts its matches in a byte (a match is −1, subtracted), emptied before it could pass 255.
            var vectors = MemoryMarshal.Cast<byte, Vector<byte>>(values);
            var match = new Vector<byte>(value);
            for (var v = 0; v < vectors.Length;)
            {
                var lanes = Vector<byte>.Zero;
                for (var end = Math.Min(vectors.Length, v + 255); v < end; v++)
                {
                    lanes -= Vector.Equals(vectors[v], match);
                }

                Vector.Widen(lanes, out var low, out var high);
                count += Vector.Dot(low + high, Vector<ushort>.One);
            }

            i = vectors.Length * Vector<byte>.Count;
        }

        for (; i < values.Length; i++)
        {
            count += values[i] == value ? 1 : 0;
        }

        return count;
    }
}
