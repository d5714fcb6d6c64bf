using System.Collections.Immutable;
using System.Globalization;
using NodaTime;

namespace AsnKinerja.Predicates;

/// <summary>
/// An agency's evaluation period (<see cref="EvaluasiPeriode.Evaluate(EvaluasiPeriodeInput, IKuadranRules, IDistribusiRules, EvaluasiPeriodeOptions?)"/>):
/// every employee (<see cref="Pegawai"/>) with the computed and the final predicate and their explanations, every unit
/// (<see cref="Unit"/>) with who is counted and judged in it, its verdicts and its calibration proposal, statistics
/// per unit and for the agency, the rules, policies and decisions that produced it, and the findings about the records.
/// </summary>
/// <remarks>
/// <para>
/// Before any decision every employee stands at the computed predicate (the PPK accepts it) and the final verdicts are
/// the computed ones. <see cref="Tetapkan"/> records the PPKs' decisions and the objections against the computed
/// predicates and checks every unit again on the final predicates; the same input, rules, policies and decisions give
/// the same result, so a period read back from the wire format replays to the same answer.
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class EvaluasiPeriodeResult
{
    private readonly PerhitunganPeriode _core;
    private Dictionary<Nip, EvaluasiPegawai>? _byNip;
    private readonly Dictionary<string, EvaluasiUnit> _byUnit;

    private EvaluasiPeriodeResult(
        PerhitunganPeriode core, KeputusanPeriode keputusan, ImmutableArray<EvaluasiPegawai> pegawai, ImmutableArray<EvaluasiUnit> unit, BulkResult bulkAkhir,
        ImmutableArray<Finding> findings, ImmutableArray<AppliedPolicy> policies)
    {
        _core = core;
        Keputusan = keputusan;
        Pegawai = pegawai;
        Unit = unit;
        BulkAkhir = bulkAkhir;
        Findings = findings;
        Policies = policies;
        _byUnit = unit.ToDictionary(u => u.UnitId, StringComparer.Ordinal);
        Statistik = StatistikDistribusi.From(unit.Select(u => u.Verdict));
        StatistikAkhir = keputusan.IsEmpty ? Statistik : StatistikDistribusi.From(unit.Select(u => u.VerdictAkhir));
    }

    /// <summary>The records evaluated.</summary>
    public EvaluasiPeriodeInput Input => _core.Input;

    /// <summary>The evaluated period.</summary>
    public PeriodeKinerja Periode => _core.Input.Periode;

    /// <summary>The quadrant and leader rules (their rule set and leader-rule mapping).</summary>
    public IKuadranRules Kuadran => _core.Kuadran;

    /// <summary>The distribution rules (their rule set and options).</summary>
    public IDistribusiRules Distribusi => _core.Distribusi;

    /// <summary>The special-status, objection and run policies.</summary>
    public EvaluasiPeriodeOptions Options => _core.Options;

    /// <summary>The decision date the rules were looked up for in a registry; null when the rules were given directly.</summary>
    public LocalDate? TanggalPenetapan => _core.TanggalPenetapan;

    /// <summary>How the special-status policy treated every employee placed in the period.</summary>
    public PenghitunganPegawaiResult Penghitungan => _core.Penghitungan;

    /// <summary>The organisation tree with every employee placed in the period.</summary>
    public StrukturOrganisasi Struktur => _core.Struktur;

    /// <summary>Every employee placed in the period (evaluated or not), in NIP order.</summary>
    public ImmutableArray<EvaluasiPegawai> Pegawai { get; }

    /// <summary>Every unit, in the tree's pre-order (each unit before its sub-units).</summary>
    public ImmutableArray<EvaluasiUnit> Unit { get; }

    /// <summary>The decisions recorded (empty before <see cref="Tetapkan"/>).</summary>
    public KeputusanPeriode Keputusan { get; }

    /// <summary>The bulk engine's run on the computed predicates: its counts and verdicts are the units' <see cref="EvaluasiUnit.Verdict"/>.</summary>
    public BulkResult Bulk => _core.Bulk;

    /// <summary>The bulk engine's run on the final predicates (the same run while nothing is decided).</summary>
    public BulkResult BulkAkhir { get; }

    /// <summary>The statistics of every unit's verdict on the computed predicates (the agency as a whole).</summary>
    public StatistikDistribusi Statistik { get; }

    /// <summary>The statistics on the final predicates.</summary>
    public StatistikDistribusi StatistikAkhir { get; }

    /// <summary>
    /// The findings: about the records (tree, placements, statuses, ratings, organisation predicates) and, once decided,
    /// about the objections (PRD004–PRD006 from <see cref="KeberatanRules"/>, PRD016 for one not yet decided).
    /// </summary>
    public ImmutableArray<Finding> Findings { get; }

    /// <summary>
    /// Every policy the period used: the distribution policies the bulk engine applied (where heads count and the
    /// leader-rule mapping when the tree records heads), the special-status policies that decided someone's treatment,
    /// who calibration moves, and how objection days are counted when there are objections.
    /// </summary>
    public ImmutableArray<AppliedPolicy> Policies { get; }

    /// <summary>An employee, or null when not placed in the period.</summary>
    /// <param name="nip">The employee.</param>
    /// <returns>The employee's evaluation or null.</returns>
    public EvaluasiPegawai? Get(Nip nip) => ByNip.TryGetValue(nip, out var p) ? p : null;

    /// <summary>A unit by its identifier.</summary>
    /// <param name="unitId">The identifier.</param>
    /// <returns>The unit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unitId"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No such unit.</exception>
    public EvaluasiUnit GetUnit(string unitId) =>
        FindUnit(Preconditions.CheckNotNull(unitId)) ?? throw new KeyNotFoundException(string.Format(CultureInfo.InvariantCulture, "No unit with ID '{0}'.", unitId));

    /// <summary>The employees of a unit and its sub-units, in NIP order.</summary>
    /// <param name="unitId">The unit's identifier.</param>
    /// <returns>The employees placed there.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unitId"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No such unit.</exception>
    public IEnumerable<EvaluasiPegawai> GetPegawai(string unitId) =>
        Subtree(unitId).SelectMany(u => u.Pegawai).OrderBy(n => n).Select(n => ByNip[n]);

    /// <summary>The statistics of a unit and its sub-units on the computed predicates.</summary>
    /// <param name="unitId">The unit's identifier.</param>
    /// <returns>The statistics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unitId"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No such unit.</exception>
    public StatistikDistribusi GetStatistik(string unitId) => StatistikDistribusi.From(Subtree(unitId).Select(u => u.Verdict));

    /// <summary>The statistics of a unit and its sub-units on the final predicates.</summary>
    /// <param name="unitId">The unit's identifier.</param>
    /// <returns>The statistics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unitId"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No such unit.</exception>
    public StatistikDistribusi GetStatistikAkhir(string unitId) => StatistikDistribusi.From(Subtree(unitId).Select(u => u.VerdictAkhir));

    /// <summary>A builder for the period's decisions, starting from those already recorded (<see cref="Keputusan"/>).</summary>
    /// <returns>The builder; pass its <see cref="KeputusanPeriode.Builder.Build"/> to <see cref="Tetapkan"/>.</returns>
    public KeputusanPeriode.Builder CreateKeputusan() => new(this);

    /// <summary>
    /// Records the decisions of the period against the computed predicates and checks every unit again on the final
    /// predicates: each employee's PPK decision (<see cref="KeputusanPredikat"/>: the computed predicate accepted, or
    /// another with who, when and why), any objection bound to it and decided (<see cref="PredikatAkhir"/>), and the
    /// bulk engine run again with the final predicates as decided ones. The decisions replace those recorded before.
    /// </summary>
    /// <param name="keputusan">The decisions.</param>
    /// <returns>The decided period. Objections are applied as recorded (the superior's decision is final in law); whether each was in time and decided by the right official is reported in <see cref="Findings"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="keputusan"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// A decision or objection names an employee not evaluated in the period; a decision sets the computed predicate; or
    /// a decision marked as calibration does not carry out the period's proposal for that employee.
    /// </exception>
    public EvaluasiPeriodeResult Tetapkan(KeputusanPeriode keputusan) => Decide(_core, Preconditions.CheckNotNull(keputusan));

    /// <summary>The period, the rules and the verdicts.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "{0}: {1} pegawai, {2} unit ({3}, {4}); {5}", Periode, Pegawai.Length, Unit.Length, Kuadran.RuleSet.Id, Distribusi.RuleSet.Id, Keputusan);

    private Dictionary<Nip, EvaluasiPegawai> ByNip => LazyInitializer.EnsureInitialized(ref _byNip, () => Pegawai.ToDictionary(p => p.Nip))!;

    internal EvaluasiUnit? FindUnit(string unitId) => _byUnit.TryGetValue(unitId, out var u) ? u : null;

    internal static EvaluasiPeriodeResult Decide(PerhitunganPeriode core, KeputusanPeriode keputusan)
    {
        var penetapan = keputusan.Penetapan.ToDictionary(p => p.Nip);
        var keberatan = keputusan.Keberatan.ToDictionary(k => k.Nip);
        foreach (var nip in penetapan.Keys.Concat(keberatan.Keys))
        {
            Preconditions.CheckArgument(core.Terhitung.ContainsKey(nip), nameof(keputusan), string.Format(CultureInfo.InvariantCulture, "Employee {0} is not evaluated in the period: no decision or objection can be recorded.", nip));
        }

        var findings = core.Findings.ToBuilder();
        var accepted = new Dictionary<PredikatTerhitung, KeputusanPredikat>();
        var decided = keputusan.IsEmpty ? null : new PredikatKinerja[core.RowNip.Length];
        var pegawai = ImmutableArray.CreateBuilder<EvaluasiPegawai>(core.Penghitungan.Pegawai.Length);
        foreach (var p in core.Penghitungan.Pegawai)
        {
            var nip = p.Nip;
            PenilaianPegawai? rated = null;
            PredikatTerhitung? terhitung = null;
            PredikatAkhir? akhir = null;
            Keberatan? objection = null;
            if (p.IsDinilai)
            {
                rated = core.Ratings[nip];
                terhitung = core.Terhitung[nip];
                var decision = Decision(core, nip, terhitung, penetapan, accepted);
                KeputusanKeberatan? ruling = null;
                if (keberatan.TryGetValue(nip, out var k))
                {
                    objection = new Keberatan(nip, decision, k.TanggalDiterima, k.TanggalDiajukan, k.Alasan);
                    if (k.Putusan is { } putusan)
                    {
                        ruling = putusan.PredikatAkhir == decision.Ditetapkan
                            ? KeputusanKeberatan.Kuatkan(objection, putusan.DiputuskanOleh, putusan.Tanggal, putusan.Alasan)
                            : KeputusanKeberatan.Ubah(objection, putusan.PredikatAkhir, putusan.DiputuskanOleh, putusan.Tanggal, putusan.Alasan);
                    }
                    else
                    {
                        findings.Add(PredicateFindings.KeberatanBelumDiputus.Create(
                            nip.ToString(), FindingValue.Of("pegawai", nip.ToString()), FindingValue.Of("diajukan", k.TanggalDiajukan.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), FindingValue.Of("predikat", decision.Ditetapkan.ToLabel())));
                    }

                    findings.AddRange(KeberatanRules.Validate(objection, ruling, rated.AtasanPejabatPenilai, core.Options.Keberatan).Findings);
                }

                akhir = PredikatAkhir.Of(nip, decision, ruling);
            }

            string? dihitung = null, dinilai = null;
            if (core.RowOf.TryGetValue(nip, out var row))
            {
                dihitung = core.UnitIds[core.Bulk.GetUnitDihitung(row)];
                dinilai = core.UnitIds[core.Bulk.GetUnitDinilai(row)];
                if (decided is not null)
                {
                    decided[row] = akhir!.Predikat;
                }
            }

            pegawai.Add(new EvaluasiPegawai(
                core.Input.Periode, p, core.Heads.Contains(nip), rated, terhitung, dihitung, dinilai,
                core.Changes.TryGetValue(nip, out var change) ? change : null, objection, akhir, core));
        }

        // The final predicates as decided ones: the bulk engine counts and judges them exactly as the computed ones.
        var bulkAkhir = core.Bulk;
        var verdictsAkhir = core.Verdicts;
        if (decided is not null)
        {
            bulkAkhir = core.Distribusi.Evaluate(core.BulkInput(decided), core.Kuadran, core.Options.Bulk);
            verdictsAkhir = Enumerable.Range(0, core.UnitIds.Length).Select(u => bulkAkhir.GetVerdict(u)).ToArray();
        }

        var units = ImmutableArray.CreateBuilder<EvaluasiUnit>(core.UnitIds.Length);
        for (var u = 0; u < core.UnitIds.Length; u++)
        {
            var id = core.UnitIds[u];
            var pooled = core.Bulk.GetDigabungKe(u);
            units.Add(new EvaluasiUnit(
                core.Struktur.GetUnit(id),
                core.Struktur.GetDepth(id),
                core.Org[u],
                core.Struktur.GetKepala(id),
                core.Placed[u],
                core.Counted[u],
                core.Judged[u],
                pooled >= 0 ? core.UnitIds[pooled] : null,
                core.Verdicts[u],
                core.Kalibrasi[u],
                verdictsAkhir[u]));
        }

        return new EvaluasiPeriodeResult(core, keputusan, pegawai.MoveToImmutable(), units.MoveToImmutable(), bulkAkhir, findings.ToImmutable(), UsedPolicies(core, keputusan, bulkAkhir));
    }

    /// <summary>The PPK's decision for an employee: the one recorded, or the computed predicate accepted.</summary>
    private static KeputusanPredikat Decision(PerhitunganPeriode core, Nip nip, PredikatTerhitung terhitung, Dictionary<Nip, PenetapanPredikat> penetapan, Dictionary<PredikatTerhitung, KeputusanPredikat> accepted)
    {
        if (penetapan.TryGetValue(nip, out var p))
        {
            Preconditions.CheckArgument(
                p.Ditetapkan != terhitung.Predikat,
                "keputusan",
                string.Format(CultureInfo.InvariantCulture, "The decision for {0} sets the computed predicate {1}: without a decision it stands.", nip, terhitung.Predikat.ToLabel()));
            Preconditions.CheckArgument(
                !p.IsKalibrasi || (core.Changes.TryGetValue(nip, out var change) && change.Menjadi == p.Ditetapkan),
                "keputusan",
                string.Format(CultureInfo.InvariantCulture, "The decision for {0} is marked as an accepted calibration proposal, but the period proposes no change to {1} for that employee.", nip, p.Ditetapkan.ToLabel()));
            return KeputusanPredikat.Ubah(terhitung, p.Ditetapkan, p.DitetapkanOleh, p.Tanggal, p.Alasan);
        }

        // Accepting a computed predicate says nothing of the employee: equal predicates share one decision.
        if (!accepted.TryGetValue(terhitung, out var shared))
        {
            shared = KeputusanPredikat.Terima(terhitung);
            accepted[terhitung] = shared;
        }

        return shared;
    }

    private static ImmutableArray<AppliedPolicy> UsedPolicies(PerhitunganPeriode core, KeputusanPeriode keputusan, BulkResult bulk)
    {
        // Read from the facts, not from each employee's explanation (which is worked out only when asked for).
        var used = new List<AppliedPolicy>(bulk.Policies);
        if (core.Heads.Count > 0)
        {
            used.Add(core.Kuadran.Pemetaan.AsAppliedPolicy());
        }

        var kebijakan = core.Options.KebijakanStatus;
        if (core.Penghitungan.Pegawai.Any(p => !p.Status.IsEmpty))
        {
            used.Add(kebijakan.PolicyPerlakuan);
            used.Add(kebijakan.PolicyCakupan);
        }

        if (core.Penghitungan.Pegawai.Any(p => p.IsMutasi))
        {
            used.Add(kebijakan.PolicyMutasi);
        }

        used.AddRange(core.Kalibrasi.Where(k => k is not null).SelectMany(k => k!.Policies));
        if (!keputusan.Keberatan.IsEmpty)
        {
            used.AddRange(core.Options.Keberatan.Policies);
        }

        return used.Distinct().ToImmutableArray();
    }

    private IEnumerable<EvaluasiUnit> Subtree(string unitId)
    {
        var unit = GetUnit(unitId);
        return new[] { unit }.Concat(Struktur.GetDescendants(unitId).Select(d => _byUnit[d.Id]));
    }
}
