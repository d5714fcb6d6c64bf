namespace AsnKinerja.Predicates;

/// <summary>
/// The hard constraints of a pattern for one unit size, as headcount bounds per predicate and per group, and the exact
/// answers built on them: feasibility, the allowed range of each predicate, and the fewest changes that reach the
/// pattern. Index 0..4 is Sangat Kurang..Sangat Baik.
/// </summary>
/// <remarks>
/// Groups of more than one predicate never overlap (checked when patterns are built), so the unit splits into
/// independent blocks (a group, or a predicate in no group) whose achievable sums are whole intervals. Every answer is
/// then exact, with no search. Sums over blocks are kept in <see cref="long"/>: five bounds of up to
/// <see cref="int.MaxValue"/> each do not fit an <see cref="int"/>, so any unit size an <see cref="int"/> holds works.
/// </remarks>
internal sealed class ModelKuota
{
    private readonly int[] _blockOf = new int[5];
    private readonly List<Block> _blocks = new();

    private ModelKuota(int n) => N = n;

    internal int N { get; }

    internal int[] Lo { get; } = new int[5];

    internal int[] Hi { get; } = new int[5];

    internal bool IsFeasible { get; private set; }

    internal long SumLo { get; private set; }

    internal long SumHi { get; private set; }

    /// <summary>Why the pattern cannot be met: the sub-text name for <c>{@alasan}</c> and the values it uses; null when feasible.</summary>
    internal (string Code, FindingValue[] Values)? Reason { get; private set; }

    internal static ModelKuota Build(PolaDistribusi pola, int n, DistribusiOptions opsi)
    {
        var model = new ModelKuota(n);
        for (var p = 0; p < 5; p++)
        {
            model.Lo[p] = 0;
            model.Hi[p] = n;
            model._blockOf[p] = -1;
        }

        var groupLo = new Dictionary<int, int>();
        var groupHi = new Dictionary<int, int>();
        foreach (var b in pola.Batasan)
        {
            if (!b.IsHard || (n == 0 && b.Jenis == JenisBatasan.WajibAda))
            {
                continue;
            }

            var (lo, hi) = b.Jenis switch
            {
                JenisBatasan.Maksimum => (0, opsi.Cap(b.Persen, n)),
                JenisBatasan.Minimum => (opsi.Floor(b.Persen, n), n),
                JenisBatasan.WajibAda => (1, n),
                _ => (0, 0),
            };

            if (b.Kelompok.Length == 1)
            {
                var p = (int)b.Kelompok[0] - 1;
                model.Lo[p] = Math.Max(model.Lo[p], lo);
                model.Hi[p] = Math.Min(model.Hi[p], hi);
            }
            else
            {
                groupLo[b.Mask] = Math.Max(groupLo.TryGetValue(b.Mask, out var gl) ? gl : 0, lo);
                groupHi[b.Mask] = Math.Min(groupHi.TryGetValue(b.Mask, out var gh) ? gh : n, hi);
            }
        }

        foreach (var mask in groupLo.Keys.OrderBy(m => m))
        {
            var members = Enumerable.Range(0, 5).Where(p => (mask & (1 << (p + 1))) != 0).ToArray();
            var block = new Block(members, Math.Max(groupLo[mask], members.Sum(p => (long)model.Lo[p])), Math.Min(groupHi[mask], members.Sum(p => (long)model.Hi[p])));
            foreach (var p in members)
            {
                model._blockOf[p] = model._blocks.Count;
            }

            model._blocks.Add(block);
        }

        for (var p = 0; p < 5; p++)
        {
            if (model._blockOf[p] < 0)
            {
                model._blockOf[p] = model._blocks.Count;
                model._blocks.Add(new Block(new[] { p }, model.Lo[p], model.Hi[p]));
            }
        }

        model.SumLo = model._blocks.Sum(b => b.Lo);
        model.SumHi = model._blocks.Sum(b => Math.Max(b.Lo, b.Hi));
        model.Decide(pola);
        return model;
    }

    /// <summary>The allowed headcount range of each predicate over every distribution that meets the pattern; only when feasible.</summary>
    internal RentangKuota[] Ranges()
    {
        var ranges = new RentangKuota[5];
        for (var p = 0; p < 5; p++)
        {
            var block = _blocks[_blockOf[p]];
            var maxB = Math.Min(block.Hi, N - (SumLo - block.Lo));
            var minB = Math.Max(block.Lo, N - (SumHi - block.Hi));
            var othersLo = block.Members.Where(q => q != p).Sum(q => (long)Lo[q]);
            var othersHi = block.Members.Where(q => q != p).Sum(q => (long)Hi[q]);
            ranges[p] = new RentangKuota((int)Math.Max(Lo[p], minB - othersHi), (int)Math.Min(Hi[p], maxB - othersLo));
        }

        return ranges;
    }

    /// <summary>
    /// A target distribution that meets the pattern with the fewest changed employees (only when feasible). Keeping an
    /// employee means target ≥ count for their predicate; every block's "kept" function is concave with slopes 1 then
    /// 0, so filling the slope-1 capacity first is optimal.
    /// </summary>
    internal int[] Target(ReadOnlySpan<int> counts)
    {
        var c = counts.ToArray();
        var sizes = new long[_blocks.Count];
        var remaining = N - SumLo;
        for (var i = 0; i < _blocks.Count; i++)
        {
            sizes[i] = _blocks[i].Lo;
        }

        // Slope-1 capacity first: the block sum can grow to keep more of its own employees.
        for (var i = 0; i < _blocks.Count && remaining > 0; i++)
        {
            var b = _blocks[i];
            var keepable = b.Members.Sum(p => (long)Lo[p]) + b.Members.Sum(p => (long)Math.Max(0, Math.Min(c[p], Hi[p]) - Lo[p]));
            var grow = Math.Min(remaining, Math.Max(0, Math.Min(keepable, b.Hi) - sizes[i]));
            sizes[i] += grow;
            remaining -= grow;
        }

        for (var i = 0; i < _blocks.Count && remaining > 0; i++)
        {
            var grow = Math.Min(remaining, _blocks[i].Hi - sizes[i]);
            sizes[i] += grow;
            remaining -= grow;
        }

        var target = new int[5];
        for (var i = 0; i < _blocks.Count; i++)
        {
            var b = _blocks[i];
            var r = sizes[i];
            foreach (var p in b.Members)
            {
                target[p] = Lo[p];
                r -= Lo[p];
            }

            foreach (var p in b.Members)
            {
                var grow = (int)Math.Min(r, Math.Max(0, Math.Min(c[p], Hi[p]) - target[p]));
                target[p] += grow;
                r -= grow;
            }

            foreach (var p in b.Members)
            {
                var grow = (int)Math.Min(r, Hi[p] - target[p]);
                target[p] += grow;
                r -= grow;
            }
        }

        return target;
    }

    /// <summary>
    /// A target with the fewest changed employees (as <see cref="Target"/>) whose changed employees also move as few
    /// predicate steps as possible in total; only when feasible. <see cref="Target"/> places employees it cannot keep
    /// in block order (Sangat Kurang first), which could send a surplus Sangat Baik employee down to Sangat Kurang; this
    /// moves places from one predicate to another while the pattern stays met, the number of changes stays the fewest
    /// and the total distance falls, until no single move lowers it.
    /// </summary>
    /// <remarks>
    /// Along one move (k places from q to r) the bounds, the number of changes and the distance are all convex in k, so
    /// the moves that keep every condition form a run 1..k that a binary search finds: each improving move is taken as
    /// far as it goes, in O(log n) steps, instead of one place at a time.
    /// </remarks>
    internal int[] TargetNearest(ReadOnlySpan<int> counts)
    {
        var c = counts.ToArray();
        var t = Target(counts);
        var changes = Changes(c, t);
        var scratch = new int[5];
        var improved = true;
        while (improved)
        {
            improved = false;
            for (var q = 0; q < 5 && !improved; q++)
            {
                for (var r = 0; r < 5 && !improved && t[q] > 0; r++)
                {
                    if (r == q)
                    {
                        continue;
                    }

                    var k = ImprovingRun(c, t, q, r, changes, scratch);
                    if (k > 0)
                    {
                        t[q] -= k;
                        t[r] += k;
                        improved = true;
                    }
                }
            }
        }

        return t;
    }

    /// <summary>The fewest employees whose predicate must change for the unit to meet the pattern; only when feasible.</summary>
    internal int MinimumChanges(ReadOnlySpan<int> counts)
    {
        var target = Target(counts);
        var changes = 0;
        for (var p = 0; p < 5; p++)
        {
            changes += Math.Max(0, counts[p] - target[p]);
        }

        return changes;
    }

    /// <summary>The largest k such that every move of one place from q to r, up to k places, keeps the pattern met and the fewest changes and lowers the distance (0 when the first does not).</summary>
    private int ImprovingRun(int[] c, int[] t, int q, int r, int changes, int[] scratch)
    {
        if (!Improves(c, t, q, r, 1, changes, scratch))
        {
            return 0;
        }

        int good = 1, bad = t[q] + 1;
        while (bad - good > 1)
        {
            var mid = good + ((bad - good) / 2);
            if (Improves(c, t, q, r, mid, changes, scratch))
            {
                good = mid;
            }
            else
            {
                bad = mid;
            }
        }

        return good;
    }

    /// <summary>Whether the k-th place moved from q to r is admissible (pattern met, fewest changes) and lowers the distance.</summary>
    private bool Improves(int[] c, int[] t, int q, int r, int k, int changes, int[] scratch)
    {
        if (k > t[q])
        {
            return false;
        }

        Array.Copy(t, scratch, 5);
        scratch[q] -= k - 1;
        scratch[r] += k - 1;
        var before = Distance(c, scratch);
        scratch[q]--;
        scratch[r]++;
        return Allows(scratch) && Changes(c, scratch) <= changes && Distance(c, scratch) < before;
    }

    internal static int Changes(int[] counts, int[] target)
    {
        var sum = 0;
        for (var p = 0; p < 5; p++)
        {
            sum += Math.Max(0, counts[p] - target[p]);
        }

        return sum;
    }

    /// <summary>The fewest predicate steps that turn the counts into the target (the distance on the ordered predicate line).</summary>
    internal static long Distance(int[] counts, int[] target)
    {
        long sum = 0;
        long prefix = 0;
        for (var p = 0; p < 4; p++)
        {
            prefix += counts[p] - target[p];
            sum += Math.Abs(prefix);
        }

        return sum;
    }

    /// <summary>Whether a distribution meets every bound of the model.</summary>
    internal bool Allows(int[] t)
    {
        for (var p = 0; p < 5; p++)
        {
            if (t[p] < Lo[p] || t[p] > Hi[p])
            {
                return false;
            }
        }

        foreach (var b in _blocks)
        {
            long sum = 0;
            foreach (var p in b.Members)
            {
                sum += t[p];
            }

            if (sum < b.Lo || sum > b.Hi)
            {
                return false;
            }
        }

        return true;
    }

    private void Decide(PolaDistribusi pola)
    {
        foreach (var b in _blocks)
        {
            if (b.Lo > b.Hi || b.Members.Any(p => Lo[p] > Hi[p]))
            {
                IsFeasible = false;
                var names = string.Join("+", b.Members.Select(p => BatasanDistribusi.Short((PredikatKinerja)(p + 1))));
                Reason = ("Bertentangan", new[] { FindingValue.Of("kelompokBertentangan", names), FindingValue.Of("minimal", b.Lo), FindingValue.Of("maksimal", b.Hi) });
                return;
            }
        }

        if (SumLo > N)
        {
            IsFeasible = false;
            var floors = pola.Batasan.Where(b => b.Jenis is JenisBatasan.Minimum or JenisBatasan.WajibAda).ToList();
            var list = new LocalizedText(
                string.Join(", ", floors.Select(b => b.Describe(Language.Indonesian))),
                string.Join(", ", floors.Select(b => b.Describe(Language.English))));
            Reason = ("BatasBawah", new[] { FindingValue.OfText("batasBawah", list), FindingValue.Of("perluMinimal", SumLo) });
            return;
        }

        if (SumHi < N)
        {
            IsFeasible = false;
            Reason = ("BatasAtas", new[] { FindingValue.Of("tampungMaksimal", SumHi) });
            return;
        }

        IsFeasible = true;
    }

    private sealed class Block
    {
        internal Block(int[] members, long lo, long hi)
        {
            Members = members;
            Lo = lo;
            Hi = hi;
        }

        internal int[] Members { get; }

        internal long Lo { get; }

        internal long Hi { get; }
    }
}
