using System.Collections.Immutable;
using System.Globalization;
using NodaTime;

namespace AsnKinerja.Cascading;

/// <summary>
/// The cascading rules of each regulation as rules objects (<see cref="ICascadingRules"/>):
/// <see cref="PermenPanRb6Tahun2022"/> checks the alignment of results (<em>penyelarasan</em>) and returns findings
/// (never throws): the intervened RHK exists, belongs to the employee's superior (PPK or work-team leader) for an
/// overlapping period, sits in an approved SKP and is an organisation result; no cycles; every organisation RHK of a
/// leader is delivered by someone; every main RHK serves something; direct-cascade targets add up; JPT IKI cover the
/// four perspectives; and, with an organisation tree, the PPK is the employee's structural superior.
/// </summary>
/// <remarks>
/// Configure an instance with <see cref="ICascadingRules.WithOptions"/>; compose a registry from <see cref="All"/>.
/// Stateless and thread-safe; linear in the number of RHK (the structural check resolves each unit of the tree once,
/// the leader check handles each leader once with sorted periods). Direct-cascade targets add up exactly, also beyond
/// <see cref="decimal.MaxValue"/>, so no input makes a check throw <see cref="OverflowException"/>. The findings come
/// sorted by code, then subject (ordinal), then values, so the result does not depend on the order of the input.
/// </remarks>
public static class CascadingRules
{
    private static readonly AspekIki?[] AspekOrder = { null, AspekIki.Kuantitas, AspekIki.Kualitas, AspekIki.Waktu, AspekIki.Biaya };

    private static readonly Comparer<(string Satuan, int Aspek)> KeyComparer = Comparer<(string Satuan, int Aspek)>.Create((a, b) =>
    {
        var c = string.CompareOrdinal(a.Satuan, b.Satuan);
        return c != 0 ? c : a.Aspek.CompareTo(b.Aspek);
    });

    /// <summary>The cascading rules of PermenPANRB 6/2022 with the documented default policies (<see cref="CascadingOptions.Default"/>).</summary>
    public static ICascadingRules PermenPanRb6Tahun2022 { get; } = new CascadingRulesPermenPanRb6Tahun2022(CascadingOptions.Default);

    /// <summary>Every built-in cascading rules object, with its default policies, oldest rule set first.</summary>
    public static ImmutableArray<ICascadingRules> All { get; } = ImmutableArray.Create(PermenPanRb6Tahun2022);

    private static RuleSetId RuleSet => RuleSetId.PermenPanRb6Tahun2022;

    /// <summary>The checks of PermenPANRB 6/2022 (the body of <see cref="PermenPanRb6Tahun2022"/>).</summary>
    internal static ValidationResult Validate(CascadingGraph graph, CascadingOptions? options = null)
    {
        Preconditions.CheckNotNull(graph);
        options ??= CascadingOptions.Default;
        var findings = new List<Finding>();
        var nodes = graph.Nodes;
        var skps = graph.Skps;
        var approvalReported = new HashSet<(int, int)>();
        var isLeader = LeaderFlags(graph);

        for (var i = 0; i < nodes.Length; i++)
        {
            var node = nodes[i];
            var rhk = node.Rhk;
            var skp = node.Skp;
            if (rhk.RhkAtasanId is { } upId)
            {
                var p = graph.ParentOf(i);
                if (p < 0)
                {
                    findings.Add(CascadingFindings.RhkAtasanTidakDitemukan.Create(rhk.Id, V("rhk", rhk.Id), V("skp", skp.Id), V("rhkAtasan", upId)));
                }
                else
                {
                    CheckIntervention(graph, i, p, approvalReported, findings);
                }
            }
            else if (rhk.Jenis == JenisRhk.Utama && rhk.SumberKinerjaOrganisasi is null && rhk.PenugasanDari is null)
            {
                findings.Add(CascadingFindings.RhkUtamaTidakMelayani.Create(rhk.Id, V("rhk", rhk.Id), V("skp", skp.Id)));
            }

            if (rhk.Klasifikasi == KlasifikasiRhk.Organisasi && isLeader[graph.SkpOf(i)] && graph.ChildCount(i) == 0)
            {
                findings.Add(CascadingFindings.RhkOrganisasiTanpaPelaksana.Create(rhk.Id, V("rhk", rhk.Id), V("pimpinan", skp.Pegawai.ToString())));
            }

            CheckDirectCascade(graph, i, options, findings);
        }

        foreach (var cycle in graph.Cycles)
        {
            var text = string.Join(" -> ", cycle.Select(n => n.Id)) + " -> " + cycle[0].Id;
            findings.Add(CascadingFindings.Siklus.Create(cycle[0].Id, V("siklus", text), FindingValue.Of("jumlah", cycle.Length)));
        }

        foreach (var skp in skps)
        {
            CheckPerspektif(skp, options, findings);
        }

        if (graph.Struktur is { } struktur)
        {
            var atasan = new AtasanStruktural(struktur);
            foreach (var skp in skps)
            {
                CheckStruktur(struktur, atasan, skp, findings);
            }
        }

        foreach (var d in graph.DuplicateRhkIds)
        {
            findings.Add(CascadingFindings.RhkIdGanda.Create(d.Key, V("rhk", d.Key), V("skp", string.Join(", ", d.Value))));
        }

        findings.Sort(CompareFindings);
        return new ValidationResult(findings);
    }

    /// <summary>The explanation of a finding under PermenPANRB 6/2022 (the body of <see cref="ICascadingRules.Explain"/>).</summary>
    internal static Explanation Explain(Finding finding, CascadingOptions? options = null)
    {
        Preconditions.CheckNotNull(finding);
        Preconditions.CheckArgument(CascadingFindings.All.Contains(finding.Definition), nameof(finding), "The finding is not a cascading finding.");
        options ??= CascadingOptions.Default;
        var policies = finding.Code switch
        {
            "CAS009" => options.Policies.Where(p => p.Name == "PenjumlahanTarget"),
            "CAS010" => options.Policies.Where(p => p.Name == "PerspektifJpt"),
            _ => Enumerable.Empty<AppliedPolicy>(),
        };
        return CascadingExplanations.For(finding.Definition).Create(RuleSet, finding.Code, finding.Values, Array.Empty<FindingValue>(), policies, finding.Source);
    }

    /// <summary>
    /// Whether a direct-cascade sum meets a superior target under a policy (the body of <see cref="ICascadingRules.IsPenjumlahanSesuai"/>).
    /// Defined for every pair of decimals: the tolerance is compared exactly when <c>|jumlah - target|</c> or
    /// <c>|target| × tolerance</c> would not fit a <see cref="decimal"/>, so nothing overflows.
    /// </summary>
    internal static bool IsPenjumlahanSesuai(decimal target, decimal jumlah, CascadingOptions? options = null)
    {
        options ??= CascadingOptions.Default;
        return ExactSum.IsSesuai(ExactSum.Of(target), ExactSum.Of(jumlah), options.PenjumlahanTarget, options.ToleransiPersen);
    }

    private static void CheckIntervention(CascadingGraph graph, int i, int p, HashSet<(int, int)> approvalReported, List<Finding> findings)
    {
        var rhk = graph.Nodes[i].Rhk;
        var skp = graph.Nodes[i].Skp;
        var up = graph.Nodes[p];
        var skpAtasan = up.Skp;
        if (skpAtasan.Pegawai == skp.Pegawai || !graph.IsAtasan(skp, skpAtasan.Pegawai))
        {
            findings.Add(CascadingFindings.RhkAtasanBukanMilikAtasan.Create(
                rhk.Id, V("rhk", rhk.Id), V("rhkAtasan", up.Id), V("pemilik", skpAtasan.Pegawai.ToString()), V("pegawai", skp.Pegawai.ToString()), V("ppk", skp.PejabatPenilai.Nip?.ToString() ?? skp.PejabatPenilai.Pejabat.ToString())));
        }

        if (!skpAtasan.Periode.Overlaps(skp.Periode))
        {
            findings.Add(CascadingFindings.PeriodeTidakBeririsan.Create(
                rhk.Id, V("rhk", rhk.Id), V("periode", skp.Periode.ToString()), V("rhkAtasan", up.Id), V("skpAtasan", skpAtasan.Id), V("periodeAtasan", skpAtasan.Periode.ToString())));
        }

        if (skpAtasan.Status is not (StatusSkp.Disetujui or StatusSkp.Ditutup) && approvalReported.Add((graph.SkpOf(i), graph.SkpOf(p))))
        {
            findings.Add(CascadingFindings.SkpAtasanBelumDisetujui.Create(skp.Id, V("skp", skp.Id), V("skpAtasan", skpAtasan.Id), V("status", skpAtasan.Status.ToString())));
        }

        if (up.Rhk.Klasifikasi != KlasifikasiRhk.Organisasi)
        {
            findings.Add(CascadingFindings.RhkAtasanBukanOrganisasi.Create(rhk.Id, V("rhk", rhk.Id), V("rhkAtasan", up.Id)));
        }
    }

    /// <summary>
    /// A leader's SKP: some SKP names its employee as PPK, or a team they lead has a member with an SKP, for an
    /// overlapping period. Each leader is handled once, with the periods of everyone below them sorted by start, so an
    /// employee with many SKPs costs O((SKPs + subordinates' SKPs) log) rather than their product.
    /// </summary>
    private static bool[] LeaderFlags(CascadingGraph graph)
    {
        var skps = graph.Skps;
        var flags = new bool[skps.Length];
        var done = new HashSet<Nip>();
        var below = new List<PeriodeKinerja>();
        var members = new HashSet<Nip>();
        for (var s = 0; s < skps.Length; s++)
        {
            var leader = skps[s].Pegawai;
            if (!done.Add(leader))
            {
                continue;
            }

            below.Clear();
            members.Clear();
            foreach (var t in graph.SkpsByPpk(leader))
            {
                if (skps[t].Pegawai != leader)
                {
                    below.Add(skps[t].Periode);
                }
            }

            foreach (var team in graph.TeamsLedBy(leader))
            {
                foreach (var member in graph.TimKerja[team].Anggota)
                {
                    if (member != leader && members.Add(member))
                    {
                        foreach (var t in graph.SkpsOf(member))
                        {
                            below.Add(skps[t].Periode);
                        }
                    }
                }
            }

            if (below.Count == 0)
            {
                continue;
            }

            var periods = new PeriodIndex(below);
            foreach (var own in graph.SkpsOf(leader))
            {
                flags[own] = periods.Overlaps(skps[own].Periode);
            }
        }

        return flags;
    }

    private static void CheckDirectCascade(CascadingGraph graph, int p, CascadingOptions options, List<Finding> findings)
    {
        var children = graph.ChildrenOf(p);
        var direct = 0;
        foreach (var c in children)
        {
            if (graph.Nodes[c].Rhk.MetodeCascading == MetodeCascading.Langsung)
            {
                direct++;
            }
        }

        if (direct == 0)
        {
            return;
        }

        // Targets add up exactly (ExactSum): a sum beyond decimal.MaxValue is still compared and reported, never thrown.
        var superior = graph.Nodes[p].Rhk;
        var targets = new SortedDictionary<(string Satuan, int Aspek), ExactSum>(KeyComparer);
        foreach (var iki in superior.Indikator)
        {
            if (Key(iki) is { } key)
            {
                targets[key] = (targets.TryGetValue(key, out var t) ? t : default).Plus(iki.Target.Nilai!.Value);
            }
        }

        foreach (var target in targets)
        {
            var sum = default(ExactSum);
            var from = new List<string>();
            foreach (var c in children)
            {
                var child = graph.Nodes[c].Rhk;
                if (child.MetodeCascading != MetodeCascading.Langsung)
                {
                    continue;
                }

                var matched = false;
                foreach (var iki in child.Indikator)
                {
                    if (Key(iki) is { } key && key == target.Key)
                    {
                        sum = sum.Plus(iki.Target.Nilai!.Value);
                        matched = true;
                    }
                }

                if (matched)
                {
                    from.Add(child.Id);
                }
            }

            if (from.Count == 0 || ExactSum.IsSesuai(target.Value, sum, options.PenjumlahanTarget, options.ToleransiPersen))
            {
                continue;
            }

            var aspek = AspekOrder[target.Key.Aspek];
            findings.Add(CascadingFindings.TargetCascadingLangsungTidakSesuai.Create(
                superior.Id,
                V("rhk", superior.Id),
                V("target", target.Value.ToString()),
                V("satuan", SatuanOf(superior, target.Key)),
                V("aspek", aspek is null ? "-" : aspek.Value.ToString()),
                V("jumlah", sum.ToString()),
                V("bawahan", string.Join(", ", from)),
                V("kebijakan", "PenjumlahanTarget=" + options.PenjumlahanTargetChoice)));
        }
    }

    /// <summary>
    /// The key a quantitative IKI is summed under: its unit (trimmed, ASCII letters without case) and aspect. Rates and
    /// qualities do not add up, so percentages and the aspects <c>kualitas</c> and <c>waktu</c> have no key.
    /// </summary>
    private static (string Satuan, int Aspek)? Key(IndikatorKinerjaIndividu iki)
    {
        if (!iki.Target.IsKuantitatif || string.IsNullOrWhiteSpace(iki.Target.Satuan) || iki.Aspek is AspekIki.Kualitas or AspekIki.Waktu)
        {
            return null;
        }

        var satuan = AsciiText.ToUpper(iki.Target.Satuan!.Trim());
        if (satuan is "%" or "PERSEN" or "PERSENTASE")
        {
            return null;
        }

        return (satuan, iki.Aspek is { } a ? (int)a : 0);
    }

    private static string SatuanOf(RencanaHasilKerja rhk, (string Satuan, int Aspek) key)
    {
        foreach (var iki in rhk.Indikator)
        {
            if (Key(iki) is { } k && k == key)
            {
                return iki.Target.Satuan!.Trim();
            }
        }

        return key.Satuan;
    }

    private static void CheckPerspektif(Skp skp, CascadingOptions options, List<Finding> findings)
    {
        if (!skp.Jabatan.IsJpt)
        {
            return;
        }

        var covered = new bool[5];
        foreach (var rhk in skp.HasilKerja)
        {
            foreach (var iki in rhk.Indikator)
            {
                if (iki.Perspektif is { } p)
                {
                    covered[(int)p] = true;
                }
            }
        }

        var missing = new List<string>();
        for (var p = PerspektifIki.PenerimaLayanan; p <= PerspektifIki.Anggaran; p++)
        {
            if (!covered[(int)p])
            {
                missing.Add(p.ToString());
            }
        }

        if (missing.Count > 0)
        {
            var severity = options.PerspektifJpt == KebijakanPerspektifJpt.Wajib ? FindingSeverity.Error : FindingSeverity.Warning;
            findings.Add(CascadingFindings.PerspektifJptTidakLengkap.Create(
                severity, skp.Id, V("skp", skp.Id), V("perspektif", string.Join(", ", missing)), V("kebijakan", "PerspektifJpt=" + options.PerspektifJpt)));
        }
    }

    private static void CheckStruktur(StrukturOrganisasi struktur, AtasanStruktural atasanStruktural, Skp skp, List<Finding> findings)
    {
        if (!struktur.Contains(skp.UnitId))
        {
            findings.Add(CascadingFindings.UnitTidakDikenal.Create(skp.Id, V("unit", skp.UnitId), V("skp", skp.Id)));
            return;
        }

        if (skp.PejabatPenilai.Kewenangan != KewenanganPenilai.Definitif)
        {
            return; // Plt, Plh and delegation appoint someone other than the structural head on purpose.
        }

        if (skp.PejabatPenilai.Status == StatusPenilai.NonAsn)
        {
            return; // A regent or minister stands above the ASN tree, which cannot hold them: nothing to compare with.
        }

        if (atasanStruktural.Of(skp.UnitId, skp.Pegawai) is { } expected && expected != skp.PejabatPenilai.Nip)
        {
            findings.Add(CascadingFindings.PpkBukanAtasanStruktural.Create(
                skp.Id, V("skp", skp.Id), V("ppk", skp.PejabatPenilai.Nip?.ToString() ?? skp.PejabatPenilai.Pejabat.ToString()), V("pegawai", skp.Pegawai.ToString()), V("atasan", expected.ToString())));
        }
    }

    private static int CompareFindings(Finding a, Finding b)
    {
        var c = string.CompareOrdinal(a.Code, b.Code);
        if (c != 0)
        {
            return c;
        }

        c = string.CompareOrdinal(a.Subject, b.Subject);
        if (c != 0)
        {
            return c;
        }

        var n = Math.Min(a.Values.Length, b.Values.Length);
        for (var k = 0; k < n; k++)
        {
            c = string.CompareOrdinal(a.Values[k].Key, b.Values[k].Key);
            if (c == 0)
            {
                c = string.CompareOrdinal(a.Values[k].Value, b.Values[k].Value);
            }

            if (c != 0)
            {
                return c;
            }
        }

        c = a.Values.Length.CompareTo(b.Values.Length);
        return c != 0 ? c : a.Severity.CompareTo(b.Severity);
    }

    private static FindingValue V(string key, string value) => FindingValue.Of(key, value);

    /// <summary>
    /// The nearest structural head above an employee (the head of their unit, unless they are that head; else up the
    /// tree), in time linear in the units resolved: each unit's answer is computed once, from the top down, as the
    /// nearest head at or above it and the nearest head at or above it who is not that head.
    /// </summary>
    private sealed class AtasanStruktural
    {
        private readonly StrukturOrganisasi _struktur;
        private readonly Dictionary<string, (Nip? Nearest, Nip? NextOther)> _resolved = new(StringComparer.Ordinal);
        private readonly List<string> _path = new();

        internal AtasanStruktural(StrukturOrganisasi struktur) => _struktur = struktur;

        internal Nip? Of(string unitId, Nip pegawai)
        {
            var (nearest, nextOther) = Resolve(unitId);
            return nearest == pegawai ? nextOther : nearest;
        }

        private (Nip? Nearest, Nip? NextOther) Resolve(string unitId)
        {
            if (_resolved.TryGetValue(unitId, out var known))
            {
                return known;
            }

            // Up to the first resolved ancestor (or past the root), then down again filling in each unit.
            _path.Clear();
            (Nip? Nearest, Nip? NextOther) above = (null, null);
            for (var id = unitId; ;)
            {
                _path.Add(id);
                var parent = _struktur.GetParent(id);
                if (parent is null || _resolved.TryGetValue(parent.Id, out above))
                {
                    break;
                }

                id = parent.Id;
            }

            for (var k = _path.Count - 1; k >= 0; k--)
            {
                if (_struktur.GetKepala(_path[k]) is { } head)
                {
                    above = (head, above.Nearest == head ? above.NextOther : above.Nearest);
                }

                _resolved[_path[k]] = above;
            }

            return above;
        }
    }

    /// <summary>Periods sorted by start with the running latest end, to ask in O(log n) whether any overlaps a period.</summary>
    private sealed class PeriodIndex
    {
        private readonly LocalDate[] _starts;
        private readonly LocalDate[] _latestEnd; // the latest end among periods [0 .. i]

        internal PeriodIndex(List<PeriodeKinerja> periods)
        {
            var sorted = periods.OrderBy(p => p.Awal).ToArray();
            _starts = new LocalDate[sorted.Length];
            _latestEnd = new LocalDate[sorted.Length];
            for (var i = 0; i < sorted.Length; i++)
            {
                _starts[i] = sorted[i].Awal;
                _latestEnd[i] = i == 0 || sorted[i].Akhir > _latestEnd[i - 1] ? sorted[i].Akhir : _latestEnd[i - 1];
            }
        }

        /// <summary>Whether some period shares a day with <paramref name="periode"/> (as <see cref="PeriodeKinerja.Overlaps"/>).</summary>
        internal bool Overlaps(PeriodeKinerja periode)
        {
            // The periods starting on or before the end of the given one; one of them overlaps iff the latest end reaches its start.
            int lo = 0, hi = _starts.Length;
            while (lo < hi)
            {
                var mid = lo + ((hi - lo) / 2);
                if (_starts[mid] <= periode.Akhir)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            return lo > 0 && _latestEnd[lo - 1] >= periode.Awal;
        }
    }
}
