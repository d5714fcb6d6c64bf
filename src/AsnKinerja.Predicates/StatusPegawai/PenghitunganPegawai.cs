using System.Collections.Immutable;
using System.Globalization;
using NodaTime;

namespace AsnKinerja.Predicates;

/// <summary>
/// How one employee is treated in a period under <see cref="KebijakanStatusPegawai"/>: evaluated or not, counted in a
/// unit's distribution or not, in which unit, and why.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class PenghitunganPegawai
{
    private readonly Func<PenghitunganPegawai, Explanation> _explain;
    private Explanation? _explanation;

    internal PenghitunganPegawai(
        Nip nip, string unitId, bool isKepala, PerlakuanStatusPegawai perlakuan, StatusPegawai? statusPenentu, ImmutableArray<StatusPegawai> status,
        ImmutableArray<RiwayatPenempatan> penempatan, int hariPenempatan, bool isMutasi, Func<PenghitunganPegawai, Explanation> explain)
    {
        IsMutasi = isMutasi;
        Nip = nip;
        UnitId = unitId;
        IsKepala = isKepala;
        Perlakuan = perlakuan;
        StatusPenentu = statusPenentu;
        Status = status;
        Penempatan = penempatan;
        HariPenempatan = hariPenempatan;
        _explain = explain;
    }

    /// <summary>The employee.</summary>
    public Nip Nip { get; }

    /// <summary>The unit the employee counts in (or would count in, when left out): chosen by <see cref="KebijakanStatusPegawai.Mutasi"/> after a move.</summary>
    public string UnitId { get; }

    /// <summary>Whether the employee heads that unit (so the distribution's head policy may count them in the parent unit).</summary>
    public bool IsKepala { get; }

    /// <summary>The treatment: evaluated and counted, evaluated only, or not evaluated.</summary>
    public PerlakuanStatusPegawai Perlakuan { get; }

    /// <summary>Whether the employee is evaluated for the period.</summary>
    public bool IsDinilai => Perlakuan != PerlakuanStatusPegawai.TidakDinilai;

    /// <summary>Whether the employee is counted in the distribution of <see cref="UnitId"/>.</summary>
    public bool IsDihitung => Perlakuan == PerlakuanStatusPegawai.DinilaiDanDihitung;

    /// <summary>The status that decided the treatment, or null when no status applied.</summary>
    public StatusPegawai? StatusPenentu { get; }

    /// <summary>Every status that overlaps the days the employee is placed in the period, in date order.</summary>
    public ImmutableArray<StatusPegawai> Status { get; }

    /// <summary>The placements that overlap the period, in date order.</summary>
    public ImmutableArray<RiwayatPenempatan> Penempatan { get; }

    /// <summary>The days of the period on which the employee is placed.</summary>
    public int HariPenempatan { get; }

    /// <summary>Whether the employee was in more than one unit within the period (a move; overlapping placements count by the one that holds each day).</summary>
    public bool IsMutasi { get; }

    /// <summary>Why: the statuses and placements read, and the policies that decided (worked out on first use).</summary>
    public Explanation Explanation => LazyInitializer.EnsureInitialized(ref _explanation, () => _explain(this))!;

    /// <summary>The employee, the unit and the treatment.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => Nip + "@" + UnitId + ": " + Perlakuan;
}

/// <summary>
/// The outcome of <see cref="KebijakanStatusPegawai.Apply"/> for a period: how every employee placed in it is treated,
/// the findings about the records, and the policies used. The entry point for a pipeline that builds each unit's
/// distribution: <see cref="PenempatanDihitung"/> gives the counted employees as flat placements.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class PenghitunganPegawaiResult
{
    private static readonly RegulationReference PlainSource = new(RegulationNames.PermenPanRb6Tahun2022, "Penilaian kinerja pegawai dalam unit kerja", Confidence.High);

    private readonly Dictionary<Nip, PenghitunganPegawai> _byNip;

    private PenghitunganPegawaiResult(PeriodeKinerja periode, KebijakanStatusPegawai kebijakan, ImmutableArray<PenghitunganPegawai> pegawai, ImmutableArray<Finding> findings)
    {
        Periode = periode;
        Kebijakan = kebijakan;
        Pegawai = pegawai;
        Findings = findings;
        _byNip = pegawai.ToDictionary(p => p.Nip);
    }

    /// <summary>The period.</summary>
    public PeriodeKinerja Periode { get; }

    /// <summary>The policy applied.</summary>
    public KebijakanStatusPegawai Kebijakan { get; }

    /// <summary>One entry per employee placed in the period, in NIP order.</summary>
    public ImmutableArray<PenghitunganPegawai> Pegawai { get; }

    /// <summary>Findings about the records (PRD007, PRD008).</summary>
    public ImmutableArray<Finding> Findings { get; }

    /// <summary>The policies of <see cref="Kebijakan"/>, with whether each is the documented default.</summary>
    public ImmutableArray<AppliedPolicy> Policies => Kebijakan.Policies;

    /// <summary>The employees counted in a distribution, as flat placements (unit and head flag), in NIP order: feed them to <see cref="StrukturOrganisasi.Create"/>.</summary>
    public ImmutableArray<PenempatanPegawai> PenempatanDihitung => Pegawai.Where(p => p.IsDihitung).Select(p => new PenempatanPegawai(p.Nip, p.UnitId, p.IsKepala)).ToImmutableArray();

    /// <summary>The treatment of an employee, or null when the employee is not placed in the period.</summary>
    /// <param name="nip">The employee.</param>
    /// <returns>The entry or null.</returns>
    public PenghitunganPegawai? Get(Nip nip) => _byNip.TryGetValue(nip, out var p) ? p : null;

    /// <summary>The employees counted in a unit's distribution (by their own placement; the head policy of the distribution applies afterwards).</summary>
    /// <param name="unitId">The unit.</param>
    /// <returns>The entries, in NIP order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unitId"/> is null.</exception>
    public IEnumerable<PenghitunganPegawai> GetDihitung(string unitId)
    {
        Preconditions.CheckNotNull(unitId);
        return Pegawai.Where(p => p.IsDihitung && string.Equals(p.UnitId, unitId, StringComparison.Ordinal));
    }

    internal static PenghitunganPegawaiResult Build(KebijakanStatusPegawai kebijakan, PeriodeKinerja periode, IEnumerable<RiwayatPenempatan> penempatan, IEnumerable<StatusPegawai> status)
    {
        Preconditions.CheckNotNull(periode);
        var placements = Preconditions.CheckNotNull(penempatan).ToList();
        var statuses = Preconditions.CheckNotNull(status).ToList();
        Preconditions.CheckArgument(!placements.Contains(null!), nameof(penempatan), "Placements must not contain null.");
        Preconditions.CheckArgument(!statuses.Contains(null!), nameof(status), "Statuses must not contain null.");

        // One sort by NIP (then date) instead of a group per employee: an agency's records are mostly one placement and no status.
        var inPeriod = placements.Where(p => p.OverlapDays(periode) > 0).ToArray();
        Array.Sort(inPeriod, PlacementOrder.Instance);
        var statusInPeriod = statuses.Where(s => s.OverlapDays(periode) > 0).ToArray();
        Array.Sort(statusInPeriod, StatusOrder.Instance);
        var findings = ImmutableArray.CreateBuilder<Finding>();
        var entries = ImmutableArray.CreateBuilder<PenghitunganPegawai>();
        var orphans = new List<Nip>();
        var si = 0;
        for (var start = 0; start < inPeriod.Length;)
        {
            var nip = inPeriod[start].Nip;
            var end = start + 1;
            while (end < inPeriod.Length && inPeriod[end].Nip == nip)
            {
                end++;
            }

            while (si < statusInPeriod.Length && statusInPeriod[si].Nip < nip)
            {
                orphans.Add(statusInPeriod[si++].Nip);
            }

            var firstStatus = si;
            while (si < statusInPeriod.Length && statusInPeriod[si].Nip == nip)
            {
                si++;
            }

            entries.Add(end - start == 1 && si == firstStatus
                ? Single(kebijakan, periode, inPeriod[start])
                : Treat(kebijakan, periode, nip, new ArraySegment<RiwayatPenempatan>(inPeriod, start, end - start).ToList(), new ArraySegment<StatusPegawai>(statusInPeriod, firstStatus, si - firstStatus).ToList(), findings));
            start = end;
        }

        while (si < statusInPeriod.Length)
        {
            orphans.Add(statusInPeriod[si++].Nip);
        }

        foreach (var nip in orphans.Distinct())
        {
            findings.Add(PredicateFindings.StatusTanpaPenempatan.Create(nip.ToString(), FindingValue.Of("nip", nip.ToString()), FindingValue.Of("periode", periode.ToString())));
        }

        return new PenghitunganPegawaiResult(periode, kebijakan, entries.ToImmutable(), findings.ToImmutable());
    }

    /// <summary>The common case: one placement in the period and no status, so the employee is evaluated and counted there.</summary>
    private static PenghitunganPegawai Single(KebijakanStatusPegawai kebijakan, PeriodeKinerja periode, RiwayatPenempatan placement)
    {
        var from = placement.Awal > periode.Awal ? placement.Awal : periode.Awal;
        var to = placement.Akhir is { } a && a < periode.Akhir ? a : periode.Akhir;
        var days = Days(from, to);
        return new PenghitunganPegawai(
            placement.Nip, placement.UnitId, placement.IsKepala, PerlakuanStatusPegawai.DinilaiDanDihitung, null, ImmutableArray<StatusPegawai>.Empty,
            ImmutableArray.Create(placement), days, false, p => Explain(kebijakan, p.Nip, p.UnitId, days, false, p.Perlakuan, null, new List<(StatusPegawai, int, bool)>()));
    }

    private static PenghitunganPegawai Treat(
        KebijakanStatusPegawai kebijakan, PeriodeKinerja periode, Nip nip, List<RiwayatPenempatan> placements, List<StatusPegawai> statuses, ImmutableArray<Finding>.Builder findings)
    {
        var segments = Segments(periode, placements, out var overlap);
        if (overlap)
        {
            findings.Add(PredicateFindings.PenempatanTumpangTindih.Create(nip.ToString(), FindingValue.Of("nip", nip.ToString()), FindingValue.Of("unit", string.Join(", ", placements.Select(p => p.UnitId).Distinct(StringComparer.Ordinal)))));
        }

        var placedDays = segments.Sum(s => Days(s.From, s.To));
        var moved = segments.Select(s => s.Placement.UnitId).Distinct(StringComparer.Ordinal).Skip(1).Any();
        var chosen = Choose(kebijakan.Mutasi, segments);

        var perlakuan = PerlakuanStatusPegawai.DinilaiDanDihitung;
        StatusPegawai? penentu = null;
        var notes = new List<(StatusPegawai Status, int Covered, bool Applies)>();
        foreach (var s in statuses)
        {
            var covered = segments.Sum(seg => s.OverlapDays(PeriodeKinerja.Rentang(seg.From, seg.To)));
            if (covered == 0)
            {
                continue;
            }

            var applies = kebijakan.Cakupan switch
            {
                CakupanStatusPegawai.SeluruhPeriode => covered == placedDays,
                CakupanStatusPegawai.LebihDariSetengahPeriode => covered * 2L > placedDays,
                _ => true,
            };
            notes.Add((s, covered, applies));
            var treatment = kebijakan.GetPerlakuan(s.Jenis);
            if (applies && treatment > perlakuan)
            {
                perlakuan = treatment;
                penentu = s;
            }
        }

        var overlapping = statuses.Where(s => notes.Any(n => ReferenceEquals(n.Status, s))).ToImmutableArray();
        return new PenghitunganPegawai(
            nip, chosen.UnitId, chosen.IsKepala, perlakuan, penentu, overlapping, placements.ToImmutableArray(), placedDays, moved,
            p => Explain(kebijakan, nip, p.UnitId, placedDays, moved, perlakuan, penentu, notes));
    }

    /// <summary>Cuts the placements into disjoint pieces inside the period; on a day two placements share, the one starting later holds.</summary>
    private static List<(RiwayatPenempatan Placement, LocalDate From, LocalDate To)> Segments(PeriodeKinerja periode, List<RiwayatPenempatan> placements, out bool overlap)
    {
        var clipped = placements.Select(p => (Placement: p, From: p.Awal > periode.Awal ? p.Awal : periode.Awal, To: p.Akhir is { } a && a < periode.Akhir ? a : periode.Akhir)).ToList();
        var bounds = clipped.SelectMany(c => new[] { c.From, c.To.PlusDays(1) }).Distinct().OrderBy(d => d).ToList();
        var segments = new List<(RiwayatPenempatan Placement, LocalDate From, LocalDate To)>();
        overlap = false;
        for (var i = 0; i + 1 < bounds.Count; i++)
        {
            var from = bounds[i];
            var to = bounds[i + 1].PlusDays(-1);
            var covering = clipped.Where(c => c.From <= from && c.To >= to).ToList();
            if (covering.Count == 0)
            {
                continue;
            }

            overlap |= covering.Count > 1;
            var holder = covering[covering.Count - 1].Placement; // placements are in start order: the last starts latest
            if (segments.Count > 0 && ReferenceEquals(segments[segments.Count - 1].Placement, holder) && segments[segments.Count - 1].To.PlusDays(1) == from)
            {
                segments[segments.Count - 1] = (holder, segments[segments.Count - 1].From, to);
            }
            else
            {
                segments.Add((holder, from, to));
            }
        }

        return segments;
    }

    private static RiwayatPenempatan Choose(UnitPenghitunganMutasi mutasi, List<(RiwayatPenempatan Placement, LocalDate From, LocalDate To)> segments)
    {
        if (mutasi == UnitPenghitunganMutasi.UnitAkhirPeriode)
        {
            return segments[segments.Count - 1].Placement;
        }

        // The unit with the most days; a tie goes to the unit whose last piece ends latest. Its last piece decides the head flag.
        return segments
            .GroupBy(s => s.Placement.UnitId, StringComparer.Ordinal)
            .Select(g => (Days: g.Sum(s => Days(s.From, s.To)), Last: g.Last()))
            .OrderByDescending(g => g.Days).ThenByDescending(g => g.Last.To)
            .First().Last.Placement;
    }

    private static Explanation Explain(
        KebijakanStatusPegawai kebijakan, Nip nip, string unit, int placedDays, bool moved, PerlakuanStatusPegawai perlakuan, StatusPegawai? penentu,
        List<(StatusPegawai Status, int Covered, bool Applies)> notes)
    {
        var policies = new List<AppliedPolicy>();
        if (moved)
        {
            policies.Add(kebijakan.PolicyMutasi);
        }

        if (notes.Count > 0)
        {
            policies.Add(kebijakan.PolicyPerlakuan);
            policies.Add(kebijakan.PolicyCakupan);
        }

        // The status described is the one that decided, else the one covering the most days.
        var described = penentu is not null ? notes.First(n => ReferenceEquals(n.Status, penentu)) : notes.OrderByDescending(n => n.Covered).FirstOrDefault();
        var values = new List<FindingValue>
        {
            FindingValue.Of("perlakuan", perlakuan switch
            {
                PerlakuanStatusPegawai.DinilaiDanDihitung => "dinilaiDanDihitung",
                PerlakuanStatusPegawai.DinilaiTidakDihitung => "dinilaiTidakDihitung",
                _ => "tidakDinilai",
            }),
            FindingValue.Of("mutasi", moved ? "pindah" : "tetap"),
            FindingValue.Of("kebijakanMutasi", kebijakan.Mutasi.ToString()),
            FindingValue.Of("status", described.Status is null ? "tanpaStatus" : described.Applies ? "berlaku" : "tidakBerlaku"),
        };
        if (described.Status is { } s)
        {
            values.Add(FindingValue.Of("jenisStatus", s.Jenis.ToString()));
            values.Add(FindingValue.Of("rentang", s.Awal.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "–" + (s.Akhir?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "…")));
            values.Add(FindingValue.Of("hariStatus", described.Covered));
            values.Add(FindingValue.Of("perlakuanStatus", kebijakan.GetPerlakuan(s.Jenis).ToString()));
            values.Add(FindingValue.Of("cakupan", kebijakan.Cakupan.ToString()));
        }

        var rule = "PenghitunganPegawai." + (penentu is null ? "Aktif" : "Status[" + penentu.Jenis + "]") + (moved ? "+Mutasi" : string.Empty);
        var inputs = new List<FindingValue> { FindingValue.Of("nip", nip.ToString()), FindingValue.Of("unit", unit), FindingValue.Of("hariPenempatan", placedDays) };
        inputs.AddRange(notes.Select(n => FindingValue.Of("status." + n.Status.Jenis, n.Covered)));
        return PredicateExplanations.PenghitunganPegawai.Create(RuleSetId.PermenPanRb6Tahun2022, rule, inputs, values, policies, policies.Count > 0 ? null : PlainSource);
    }

    private static int Days(LocalDate from, LocalDate to) => Period.DaysBetween(from, to) + 1;

    /// <summary>Placements by NIP, then as a history reads: start, end (open last), unit, head flag.</summary>
    private sealed class PlacementOrder : IComparer<RiwayatPenempatan>
    {
        internal static readonly PlacementOrder Instance = new();

        public int Compare(RiwayatPenempatan? x, RiwayatPenempatan? y)
        {
            var c = x!.Nip.CompareTo(y!.Nip);
            c = c != 0 ? c : x.Awal.CompareTo(y.Awal);
            c = c != 0 ? c : (x.Akhir ?? LocalDate.MaxIsoValue).CompareTo(y.Akhir ?? LocalDate.MaxIsoValue);
            c = c != 0 ? c : string.CompareOrdinal(x.UnitId, y.UnitId);
            return c != 0 ? c : x.IsKepala.CompareTo(y.IsKepala);
        }
    }

    /// <summary>Statuses by NIP, then start, kind and end.</summary>
    private sealed class StatusOrder : IComparer<StatusPegawai>
    {
        internal static readonly StatusOrder Instance = new();

        public int Compare(StatusPegawai? x, StatusPegawai? y)
        {
            var c = x!.Nip.CompareTo(y!.Nip);
            c = c != 0 ? c : x.Awal.CompareTo(y.Awal);
            c = c != 0 ? c : x.Jenis.CompareTo(y.Jenis);
            return c != 0 ? c : (x.Akhir ?? LocalDate.MaxIsoValue).CompareTo(y.Akhir ?? LocalDate.MaxIsoValue);
        }
    }
}
