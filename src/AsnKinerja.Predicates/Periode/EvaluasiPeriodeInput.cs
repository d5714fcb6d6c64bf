using System.Collections.Immutable;

namespace AsnKinerja.Predicates;

/// <summary>
/// The records of an agency's evaluation period, as an HR system holds them: the period, the organisation tree, who was
/// placed where and when (and who heads which unit), the special statuses, each unit's organisation predicate and each
/// employee's ratings. The input of <see cref="EvaluasiPeriode.Evaluate(EvaluasiPeriodeInput, IKuadranRules, IDistribusiRules, EvaluasiPeriodeOptions?)"/>.
/// </summary>
/// <remarks>
/// The records are taken as given: problems in them (an unknown unit, a missing rating, two heads) are findings of the
/// evaluation, not exceptions here. Only null collections or elements are programmer errors. The result never depends on
/// the order of the records. Immutable and thread-safe.
/// </remarks>
public sealed class EvaluasiPeriodeInput
{
    /// <summary>Creates the input from a placement history (moves within the period are several entries).</summary>
    /// <param name="periode">The evaluated period (a year, a half-year, a quarter, ...).</param>
    /// <param name="unit">The units of the organisation tree.</param>
    /// <param name="penempatan">The placements (entries outside the period are ignored).</param>
    /// <param name="predikatOrganisasi">Each unit's organisation predicate for the period, by unit identifier.</param>
    /// <param name="penilaian">Each evaluated employee's ratings.</param>
    /// <param name="status">The special statuses (study leave, unpaid leave, ...); null for none.</param>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="status"/> is null.</exception>
    /// <exception cref="ArgumentException">A collection contains null.</exception>
    public EvaluasiPeriodeInput(
        PeriodeKinerja periode,
        IEnumerable<UnitKerja> unit,
        IEnumerable<RiwayatPenempatan> penempatan,
        IReadOnlyDictionary<string, PredikatKinerjaOrganisasi> predikatOrganisasi,
        IEnumerable<PenilaianPegawai> penilaian,
        IEnumerable<StatusPegawai>? status = null)
    {
        Periode = Preconditions.CheckNotNull(periode);
        Unit = NoNulls(unit, nameof(unit));
        Penempatan = NoNulls(penempatan, nameof(penempatan));
        Preconditions.CheckNotNull(predikatOrganisasi);
        Preconditions.CheckArgument(predikatOrganisasi.Keys.All(k => k is not null), nameof(predikatOrganisasi), "Unit identifiers must not be null.");
        PredikatOrganisasi = predikatOrganisasi.ToImmutableSortedDictionary(StringComparer.Ordinal);
        Penilaian = NoNulls(penilaian, nameof(penilaian));
        Status = status is null ? ImmutableArray<StatusPegawai>.Empty : NoNulls(status, nameof(status));
    }

    /// <summary>Creates the input from flat placements that hold for the whole period (no moves).</summary>
    /// <param name="periode">The evaluated period.</param>
    /// <param name="unit">The units of the organisation tree.</param>
    /// <param name="penempatan">The placements, each for the whole period.</param>
    /// <param name="predikatOrganisasi">Each unit's organisation predicate for the period, by unit identifier.</param>
    /// <param name="penilaian">Each evaluated employee's ratings.</param>
    /// <param name="status">The special statuses; null for none.</param>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="status"/> is null.</exception>
    /// <exception cref="ArgumentException">A collection contains null.</exception>
    public EvaluasiPeriodeInput(
        PeriodeKinerja periode,
        IEnumerable<UnitKerja> unit,
        IEnumerable<PenempatanPegawai> penempatan,
        IReadOnlyDictionary<string, PredikatKinerjaOrganisasi> predikatOrganisasi,
        IEnumerable<PenilaianPegawai> penilaian,
        IEnumerable<StatusPegawai>? status = null)
        : this(
            periode,
            unit,
            NoNulls(penempatan, nameof(penempatan)).Select(p => new RiwayatPenempatan(p.Nip, p.UnitId, Preconditions.CheckNotNull(periode).Awal, periode.Akhir, p.IsKepala)),
            predikatOrganisasi,
            penilaian,
            status)
    {
    }

    /// <summary>The evaluated period.</summary>
    public PeriodeKinerja Periode { get; }

    /// <summary>The units of the organisation tree, as given.</summary>
    public ImmutableArray<UnitKerja> Unit { get; }

    /// <summary>The placement history, as given.</summary>
    public ImmutableArray<RiwayatPenempatan> Penempatan { get; }

    /// <summary>Each unit's organisation predicate, by unit identifier (ordinal order).</summary>
    public ImmutableSortedDictionary<string, PredikatKinerjaOrganisasi> PredikatOrganisasi { get; }

    /// <summary>The employees' ratings, as given.</summary>
    public ImmutableArray<PenilaianPegawai> Penilaian { get; }

    /// <summary>The special statuses, as given.</summary>
    public ImmutableArray<StatusPegawai> Status { get; }

    private static ImmutableArray<T> NoNulls<T>(IEnumerable<T> items, string name)
        where T : class
    {
        var array = Preconditions.CheckNotNull(items, name).ToImmutableArray();
        Preconditions.CheckArgument(!array.Contains(null!), name, "The collection must not contain null.");
        return array;
    }
}
