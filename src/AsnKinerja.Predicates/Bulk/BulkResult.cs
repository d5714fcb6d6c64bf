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
            ? rules.Options.UnitPolicies
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
    /// <param name="unitId">The unit's identifier, for the findings; null for its index.</param>
    /// <param name="indukId">The parent's identifier, for a pooled unit's finding; null for its index.</param>
    /// <returns>The verdict.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The index is out of range.</exception>
    public PemeriksaanDistribusiResult GetVerdict(int unit, string? unitId = null, string? indukId = null)
    {
        var u = Index(unit);
        var id = unitId ?? u.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var org = _input.PredikatOrganisasi.Span[u];
        if (_pooledInto is not null && _pooledInto[u] >= 0)
        {
            return PemeriksaDistribusi.Pooled(_rules, id, indukId ?? _pooledInto[u].ToString(System.Globalization.CultureInfo.InvariantCulture), org, GetJumlahDinilai(u));
        }

        return PemeriksaDistribusi.Check(_rules, id, org, GetJumlahDinilai(u), adaInduk: _input.IndukUnit.Span[u] >= 0);
    }

    private int Index(int unit) => Preconditions.CheckRange(unit, 0, _status.Length - 1);
}
