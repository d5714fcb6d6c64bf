using System.Threading.Tasks;

namespace AsnKinerja.Predicates;

/// <summary>
/// The bulk engine behind <see cref="IDistribusiRules.Evaluate"/>: computes every employee's predicate (quadrant,
/// leader rule, decided predicates), the counts per unit (heads counted per policy, small units pooled per policy), and
/// every unit's distribution verdict — in one pass over the employees, with no allocation per employee. Its verdicts
/// agree exactly with the one-unit check (<see cref="IDistribusiRules.Check"/>) of the same rules.
/// </summary>
/// <remarks>
/// Memory grows with the number of units (and of partitions in parallel mode), never with the number of employees;
/// the per-employee predicates go to a span the caller provides, or nowhere. The result is deterministic and does not
/// depend on <see cref="BulkOptions.DerajatParalel"/>. Stateless and thread-safe.
/// </remarks>
internal static class BulkEvaluator
{
    internal static BulkResult Evaluate(IDistribusiRules rules, BulkInput input, IKuadranRules kuadran, Memory<PredikatKinerja> predikatPegawai, BulkOptions options)
    {
        Preconditions.CheckNotNull(input);
        Preconditions.CheckNotNull(kuadran);
        Preconditions.CheckArgument(predikatPegawai.IsEmpty || predikatPegawai.Length == input.JumlahPegawai, nameof(predikatPegawai), "The output must be empty or have one element per employee.");
        var units = input.JumlahUnit;
        var table = Table(kuadran);
        var pemetaan = kuadran.Pemetaan;

        // 1. One pass over the employees: predicate and count in the employee's own unit.
        var counted = new int[units * 5];
        var partitions = Math.Min(options.DerajatParalel, Math.Max(1, input.JumlahPegawai / 65536));
        if (partitions <= 1)
        {
            CountRange(input, table, predikatPegawai, 0, input.JumlahPegawai, counted);
        }
        else
        {
            var partial = new int[partitions][];
            var size = (input.JumlahPegawai + partitions - 1) / partitions;
            Parallel.For(0, partitions, new ParallelOptions { MaxDegreeOfParallelism = partitions }, k =>
            {
                var local = new int[units * 5];
                CountRange(input, table, predikatPegawai, k * size, Math.Min(input.JumlahPegawai, (k + 1) * size), local);
                partial[k] = local;
            });

            foreach (var local in partial)
            {
                for (var j = 0; j < counted.Length; j++)
                {
                    counted[j] += local[j];
                }
            }
        }

        // 2. Heads: the leader rule replaces their results rating, and the policy decides where they count.
        var heads = input.KepalaUnit.Span;
        if (!heads.IsEmpty)
        {
            var unitOf = input.UnitPegawai.Span;
            var hasil = input.RatingHasilKerja.Span;
            var perilaku = input.RatingPerilakuKerja.Span;
            var decided = input.PredikatDitetapkan.Span;
            var parent = input.IndukUnit.Span;
            var org = input.PredikatOrganisasi.Span;
            var output = predikatPegawai.Span;
            var inParent = rules.Options.KepalaUnit == PenghitunganKepalaUnit.UnitInduk;
            for (var u = 0; u < units; u++)
            {
                var e = heads[u];
                if (e < 0)
                {
                    continue;
                }

                var before = decided.IsEmpty || decided[e] == 0 ? table[((int)hasil[e] * 4) + (int)perilaku[e]] : (int)decided[e];
                var after = decided.IsEmpty || decided[e] == 0 ? table[((int)pemetaan.Map(org[u]) * 4) + (int)perilaku[e]] : (int)decided[e];
                var target = inParent && parent[u] >= 0 ? parent[u] : unitOf[e];
                counted[(unitOf[e] * 5) + before - 1]--;
                counted[(target * 5) + after - 1]++;
                if (!output.IsEmpty)
                {
                    output[e] = (PredikatKinerja)after;
                }
            }
        }

        // 3. Bottom-up over the units: pool small units into their parents, then judge every unit.
        var opsi = rules.Options;
        var pool = opsi.UnitKecil == KebijakanUnitKecil.GabungKeInduk;

        // Without pooling a unit is judged on exactly what is counted in it, so the two share one array.
        var judged = pool ? (int[])counted.Clone() : counted;
        var pooledInto = new int[units];
        var status = new StatusDistribusi[units];
        var parents = input.IndukUnit.Span;
        var orgs = input.PredikatOrganisasi.Span;
        var compiled = new PolaTerkompilasi(rules.Pola, opsi);
        foreach (var u in BottomUp(input))
        {
            pooledInto[u] = -1;
            var offset = u * 5;
            var n = judged[offset] + judged[offset + 1] + judged[offset + 2] + judged[offset + 3] + judged[offset + 4];
            if (pool && n > 0 && n < opsi.AmbangUnitKecil && parents[u] >= 0)
            {
                var p = parents[u] * 5;
                for (var k = 0; k < 5; k++)
                {
                    judged[p + k] += judged[offset + k];
                }

                pooledInto[u] = parents[u];
                status[u] = StatusDistribusi.Digabung;
                continue;
            }

            status[u] = compiled.Status((int)orgs[u], new ReadOnlySpan<int>(judged, offset, 5));
        }

        return new BulkResult(rules, kuadran, input, counted, judged, pooledInto, status);
    }

    /// <summary>The quadrant as a 16-entry table indexed by <c>hasil * 4 + perilaku</c> (raw enum values 1..3).</summary>
    private static int[] Table(IKuadranRules kuadran)
    {
        var table = new int[16];
        foreach (var cell in kuadran.Cells)
        {
            table[((int)cell.RatingHasilKerja * 4) + (int)cell.RatingPerilakuKerja] = (int)cell.Predikat;
        }

        return table;
    }

    private static void CountRange(BulkInput input, int[] table, Memory<PredikatKinerja> predikatPegawai, int start, int end, int[] counts)
    {
        var unitOf = input.UnitPegawai.Span;
        var hasil = input.RatingHasilKerja.Span;
        var perilaku = input.RatingPerilakuKerja.Span;
        var decided = input.PredikatDitetapkan.Span;
        var output = predikatPegawai.Span;
        if (decided.IsEmpty && output.IsEmpty)
        {
            // The hot path: no decisions, no per-employee output.
            for (var i = start; i < end; i++)
            {
                counts[(unitOf[i] * 5) + table[((int)hasil[i] * 4) + (int)perilaku[i]] - 1]++;
            }

            return;
        }

        for (var i = start; i < end; i++)
        {
            var p = table[((int)hasil[i] * 4) + (int)perilaku[i]];
            if (!decided.IsEmpty && decided[i] != 0)
            {
                p = (int)decided[i];
            }

            counts[(unitOf[i] * 5) + p - 1]++;
            if (!output.IsEmpty)
            {
                output[i] = (PredikatKinerja)p;
            }
        }
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
