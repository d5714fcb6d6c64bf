using System.Collections.Immutable;

namespace AsnKinerja.Predicates;

/// <summary>
/// The outcome of a bulk run (<see cref="IDistribusiRules.Evaluate"/>): the rules and policies it used, and per unit, the counts of its own employees, the counts it is judged
/// on (heads and pooled small units included), where a small unit was pooled, and its verdict; full, explained verdicts on
/// demand.
/// </summary>
/// <remarks>Immutable and thread-safe. Its size grows with the number of units, not of employees.</remarks>
public sealed class BulkResult
{
    private Membership? _membership;
    private readonly IDistribusiRules _rules;
    private readonly BulkInput _input;
    private readonly int[] _counted;
    private readonly int[] _judged;
    private readonly int[]? _pooledInto;
    private readonly byte[] _status;

    internal BulkResult(BulkRun run, BulkInput input, int[] counted, int[] judged, int[]? pooledInto, byte[] status, Summary summary)
    {
        var rules = run.Rules;
        var kuadran = run.Kuadran;
        _rules = rules;
        _input = input;
        KuadranRuleSet = kuadran.RuleSet.Id;
        Pemetaan = kuadran.Pemetaan;

        // The head policy and the leader-rule mapping are applied only where the input records heads.
        Policies = input.KepalaUnit.IsEmpty
            ? rules.Options.CheckPolicies
            : rules.Options.Policies.ToImmutableArray().Add(kuadran.Pemetaan.AsAppliedPolicy());
        _counted = counted;
        _judged = judged;
        _pooledInto = pooledInto;
        _status = status;
        var perStatus = summary.PerStatus;
        UnitPerStatus = Enumerable.Range(1, 5).Where(s => perStatus[s] > 0).ToImmutableDictionary(s => (StatusDistribusi)s, s => perStatus[s]);
        JumlahTotal = JumlahPredikat.FromSpan(summary.Total);
    }

    /// <summary>The rule set of the distribution rules that judged the units.</summary>
    public RuleSetId RuleSet => _rules.RuleSet.Id;

    /// <summary>The distribution options the rules were configured with.</summary>
    public DistribusiOptions Options => _rules.Options;

    /// <summary>The rule set of the quadrant rules that computed the employees' predicates.</summary>
    public RuleSetId KuadranRuleSet { get; }

    /// <summary>The leader-rule mapping of the quadrant rules (applied to the heads the input records).</summary>
    public PemetaanRatingPimpinan Pemetaan { get; }

    /// <summary>The number of units.</summary>
    public int JumlahUnit => _status.Length;

    /// <summary>The predicates of every employee.</summary>
    public JumlahPredikat JumlahTotal { get; }

    /// <summary>The number of units with each verdict.</summary>
    public ImmutableDictionary<StatusDistribusi, int> UnitPerStatus { get; }

    /// <summary>
    /// The policies applied: those of the one-unit check and, when the input records heads, where heads count
    /// (<see cref="DistribusiOptions.KepalaUnit"/>) and the leader-rule mapping.
    /// </summary>
    public ImmutableArray<AppliedPolicy> Policies { get; }

    /// <summary>The counts of the employees counted in a unit (after the head policy, before pooling).</summary>
    /// <param name="unit">The unit index.</param>
    /// <returns>The counts.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The index is out of range.</exception>
    public JumlahPredikat GetJumlahDihitung(int unit) => JumlahPredikat.FromSpan(new ReadOnlySpan<int>(_counted, Index(unit) * 5, 5));

    /// <summary>The counts a unit is judged on: its own, plus the small units pooled into it; for a pooled unit, its own.</summary>
    /// <param name="unit">The unit index.</param>
    /// <returns>The counts.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The index is out of range.</exception>
    public JumlahPredikat GetJumlahDinilai(int unit) => JumlahPredikat.FromSpan(new ReadOnlySpan<int>(_judged, Index(unit) * 5, 5));

    /// <summary>The verdict of a unit.</summary>
    /// <param name="unit">The unit index.</param>
    /// <returns>The verdict.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The index is out of range.</exception>
    public StatusDistribusi GetStatus(int unit) => (StatusDistribusi)_status[Index(unit)];

    /// <summary>The unit a small unit was pooled into, or -1.</summary>
    /// <param name="unit">The unit index.</param>
    /// <returns>The parent index or -1.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The index is out of range.</exception>
    public int GetDigabungKe(int unit)
    {
        var u = Index(unit);
        return _pooledInto is null ? -1 : _pooledInto[u];
    }

    /// <summary>The full, explained verdict of a unit, built with the one-unit check of the same rules on the counts the unit is judged on.</summary>
    /// <param name="unit">The unit index.</param>
    /// <param name="unitId">The unit's identifier, for the findings; null for its identifier in an input built from records (<see cref="BulkInput.UnitIds"/>), else its index.</param>
    /// <param name="indukId">The parent's identifier, for a pooled unit's finding; null for the parent's identifier or index likewise.</param>
    /// <returns>The verdict.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The index is out of range.</exception>
    /// <exception cref="ArgumentException"><paramref name="unitId"/> or <paramref name="indukId"/> is empty, white space or not well-formed UTF-16.</exception>
    public PemeriksaanDistribusiResult GetVerdict(int unit, string? unitId = null, string? indukId = null)
    {
        var u = Index(unit);
        var id = unitId ?? Name(u);
        var org = _input.PredikatOrganisasi.Span[u];
        if (_pooledInto is not null && _pooledInto[u] >= 0)
        {
            return PemeriksaDistribusi.Pooled(_rules, id, indukId ?? Name(_pooledInto[u]), org, GetJumlahDinilai(u));
        }

        return PemeriksaDistribusi.Check(_rules, id, org, GetJumlahDinilai(u), adaInduk: _input.IndukUnit.Span[u] >= 0);
    }

    /// <summary>The full, explained verdict of a unit named by its identifier (an input built from records).</summary>
    /// <param name="unitId">The unit's identifier.</param>
    /// <returns>The verdict.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unitId"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The input was built from columns (<see cref="BulkInput.HasRecords"/> is false).</exception>
    /// <exception cref="KeyNotFoundException">No unit has that identifier.</exception>
    public PemeriksaanDistribusiResult GetVerdict(string unitId) => GetVerdict(_input.GetUnitIndex(unitId));

    /// <summary>
    /// The unit whose own distribution counts an employee: the unit they belong to, or for a head under
    /// <see cref="PenghitunganKepalaUnit.UnitInduk"/> the parent unit (a head of a root unit counts in it).
    /// </summary>
    /// <param name="pegawai">The employee row.</param>
    /// <returns>The unit index.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The row is out of range.</exception>
    public int GetUnitDihitung(int pegawai) => Members.CountedIn[Preconditions.CheckRange(pegawai, 0, _input.JumlahPegawai - 1)];

    /// <summary>The unit whose verdict judges an employee: <see cref="GetUnitDihitung"/>, or the unit a small unit was pooled into (step by step up the tree).</summary>
    /// <param name="pegawai">The employee row.</param>
    /// <returns>The unit index.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The row is out of range.</exception>
    public int GetUnitDinilai(int pegawai) => Members.JudgedBy[Members.CountedIn[Preconditions.CheckRange(pegawai, 0, _input.JumlahPegawai - 1)]];

    /// <summary>The employees counted in a unit's own distribution (<see cref="GetJumlahDihitung"/> counts them), in row order.</summary>
    /// <param name="unit">The unit index.</param>
    /// <returns>The employee rows.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The index is out of range.</exception>
    public ImmutableArray<int> GetPegawaiDihitung(int unit) => Members.Counted.Get(Index(unit));

    /// <summary>The employees a unit is judged on (<see cref="GetJumlahDinilai"/> counts them): its own, and those of the small units pooled into it, in row order.</summary>
    /// <param name="unit">The unit index.</param>
    /// <returns>The employee rows.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The index is out of range.</exception>
    public ImmutableArray<int> GetPegawaiDinilai(int unit) => Members.GetJudged(Index(unit));

    /// <summary>The employees counted in a unit's own distribution, by NIP (an input built from records).</summary>
    /// <param name="unitId">The unit's identifier.</param>
    /// <returns>The NIPs, in row order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unitId"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The input was built from columns.</exception>
    /// <exception cref="KeyNotFoundException">No unit has that identifier.</exception>
    public ImmutableArray<Nip> GetPegawaiDihitung(string unitId) => ToNip(GetPegawaiDihitung(_input.GetUnitIndex(unitId)));

    /// <summary>The employees a unit's verdict judges, by NIP (an input built from records).</summary>
    /// <param name="unitId">The unit's identifier.</param>
    /// <returns>The NIPs, in row order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unitId"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The input was built from columns.</exception>
    /// <exception cref="KeyNotFoundException">No unit has that identifier.</exception>
    public ImmutableArray<Nip> GetPegawaiDinilai(string unitId) => ToNip(GetPegawaiDinilai(_input.GetUnitIndex(unitId)));

    private Membership Members => LazyInitializer.EnsureInitialized(ref _membership, () => new Membership(_input, _rules.Options, _pooledInto))!;

    private string Name(int unit) => _input.HasRecords ? _input.UnitIds[unit] : unit.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private ImmutableArray<Nip> ToNip(ImmutableArray<int> rows)
    {
        var nips = _input.NipPegawai;
        var builder = ImmutableArray.CreateBuilder<Nip>(rows.Length);
        foreach (var r in rows)
        {
            builder.Add(nips[r]);
        }

        return builder.MoveToImmutable();
    }

    private int Index(int unit) => Preconditions.CheckRange(unit, 0, _status.Length - 1);

    /// <summary>Who is counted and judged where, worked out once on first use: O(employees + units).</summary>
    private sealed class Membership
    {
        internal Membership(BulkInput input, DistribusiOptions opsi, int[]? pooledInto)
        {
            var units = input.JumlahUnit;
            CountedIn = input.UnitPegawai.ToArray();
            var heads = input.KepalaUnit.Span;
            var parent = input.IndukUnit.Span;
            if (opsi.KepalaUnit == PenghitunganKepalaUnit.UnitInduk)
            {
                for (var u = 0; u < heads.Length; u++)
                {
                    if (heads[u] >= 0 && parent[u] >= 0)
                    {
                        CountedIn[heads[u]] = parent[u];
                    }
                }
            }

            // The unit that judges each unit: itself, or where its pooling chain ends (a parent may be pooled in turn).
            JudgedBy = new int[units];
            for (var u = 0; u < units; u++)
            {
                JudgedBy[u] = -1;
            }

            var path = new List<int>();
            for (var u = 0; u < units; u++)
            {
                path.Clear();
                var x = u;
                while (JudgedBy[x] < 0 && pooledInto is not null && pooledInto[x] >= 0)
                {
                    path.Add(x);
                    x = pooledInto[x];
                }

                var end = JudgedBy[x] >= 0 ? JudgedBy[x] : x;
                JudgedBy[x] = end;
                foreach (var p in path)
                {
                    JudgedBy[p] = end;
                }
            }

            Counted = new Groups(units, CountedIn.Length, i => CountedIn[i]);
            // Without pooling (no pooledInto array) no unit has pooled children.
            PooledChildren = new Groups(units, units, v => pooledInto is not null && pooledInto[v] >= 0 ? pooledInto[v] : -1);
        }

        internal int[] CountedIn { get; }

        internal int[] JudgedBy { get; }

        internal Groups Counted { get; }

        /// <summary>For each unit, the small units pooled straight into it.</summary>
        internal Groups PooledChildren { get; }

        /// <summary>The rows counted in a unit or in any unit pooled into it, step by step (no recursion), in row order.</summary>
        internal ImmutableArray<int> GetJudged(int unit)
        {
            var rows = new List<int>();
            var stack = new Stack<int>();
            stack.Push(unit);
            while (stack.Count > 0)
            {
                var x = stack.Pop();
                rows.AddRange(Counted.Get(x));
                foreach (var child in PooledChildren.Get(x))
                {
                    stack.Push(child);
                }
            }

            rows.Sort();
            return rows.ToImmutableArray();
        }
    }

    /// <summary>Items 0..n-1 grouped by a unit, -1 for none (compressed: the items of unit u are Rows[Start[u]..Start[u + 1]], in item order).</summary>
    private sealed class Groups
    {
        private readonly int[] _start;
        private readonly int[] _rows;

        internal Groups(int units, int items, Func<int, int> unitOf)
        {
            _start = new int[units + 1];
            for (var i = 0; i < items; i++)
            {
                if (unitOf(i) is var u and >= 0)
                {
                    _start[u + 1]++;
                }
            }

            for (var u = 0; u < units; u++)
            {
                _start[u + 1] += _start[u];
            }

            var fill = (int[])_start.Clone();
            _rows = new int[_start[units]];
            for (var i = 0; i < items; i++)
            {
                if (unitOf(i) is var u and >= 0)
                {
                    _rows[fill[u]++] = i;
                }
            }
        }

        internal ImmutableArray<int> Get(int unit) => ImmutableArray.Create(_rows, _start[unit], _start[unit + 1] - _start[unit]);
    }
}
