using System.Collections.Immutable;

namespace AsnKinerja.Predicates;

/// <summary>
/// The outcome of a <see cref="BulkEvaluator"/> run: per unit, the counts of its own employees, the counts it is judged
/// on (heads and pooled small units included), where a small unit was pooled, and its verdict; full, explained verdicts on
/// demand.
/// </summary>
/// <remarks>Immutable and thread-safe. Its size grows with the number of units, not of employees.</remarks>
public sealed class BulkResult
{
    private readonly BulkInput _input;
    private readonly DistribusiOptions _opsi;
    private readonly int[] _counted;
    private readonly int[] _judged;
    private readonly int[]? _pooledInto;
    private readonly byte[] _status;

    internal BulkResult(BulkInput input, DistribusiOptions opsi, int[] counted, int[] judged, int[]? pooledInto, byte[] status, Summary summary)
    {
        _input = input;
        _opsi = opsi;
        _counted = counted;
        _judged = judged;
        _pooledInto = pooledInto;
        _status = status;
        var perStatus = summary.PerStatus;
        UnitPerStatus = Enumerable.Range(1, 5).Where(s => perStatus[s] > 0).ToImmutableDictionary(s => (StatusDistribusi)s, s => perStatus[s]);
        JumlahTotal = JumlahPredikat.FromSpan(summary.Total);
    }

    /// <summary>The number of units.</summary>
    public int JumlahUnit => _status.Length;

    /// <summary>The predicates of every employee.</summary>
    public JumlahPredikat JumlahTotal { get; }

    /// <summary>The number of units with each verdict.</summary>
    public ImmutableDictionary<StatusDistribusi, int> UnitPerStatus { get; }

    /// <summary>The policies used.</summary>
    public ImmutableArray<AppliedPolicy> Policies => _opsi.Policies.ToImmutableArray();

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

    /// <summary>The full, explained verdict of a unit, built with the one-unit API on the counts the unit is judged on.</summary>
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
            return PemeriksaDistribusi.Pooled(id, indukId ?? _pooledInto[u].ToString(System.Globalization.CultureInfo.InvariantCulture), org, GetJumlahDinilai(u), _opsi);
        }

        return PemeriksaDistribusi.Check(id, org, GetJumlahDinilai(u), _opsi, adaInduk: _input.IndukUnit.Span[u] >= 0);
    }

    private int Index(int unit) => Preconditions.CheckRange(unit, 0, _status.Length - 1);
}
