using System.Collections.Immutable;
using System.Globalization;

namespace AsnKinerja.Cascading;

/// <summary>
/// The alignment checks of cascading (<em>penyelarasan</em>, PermenPANRB 6/2022), returned as findings (never thrown):
/// the intervened RHK exists, belongs to the employee's superior (PPK or work-team leader) for an overlapping period,
/// sits in an approved SKP and is an organisation result; no cycles; every organisation RHK of a leader is delivered
/// by someone; every main RHK serves something; direct-cascade targets add up; JPT IKI cover the four perspectives;
/// and, with an organisation tree, the PPK is the employee's structural superior.
/// </summary>
/// <remarks>
/// Stateless and thread-safe; linear in the number of RHK. The findings come sorted by code, then subject (ordinal),
/// then values, so the result does not depend on the order of the input. The rule set is
/// <see cref="RuleSetId.PermenPanRb6Tahun2022"/>.
/// </remarks>
public static class CascadingRules
{
    private static readonly AspekIki?[] AspekOrder = { null, AspekIki.Kuantitas, AspekIki.Kualitas, AspekIki.Waktu, AspekIki.Biaya };

    private static readonly Comparer<(string Satuan, int Aspek)> KeyComparer = Comparer<(string Satuan, int Aspek)>.Create((a, b) =>
    {
        var c = string.CompareOrdinal(a.Satuan, b.Satuan);
        return c != 0 ? c : a.Aspek.CompareTo(b.Aspek);
    });

    /// <summary>The rule set these rules belong to.</summary>
    public static RuleSetId RuleSet => RuleSetId.PermenPanRb6Tahun2022;

    /// <summary>Checks a cascading graph.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="options">The policies; null for <see cref="CascadingOptions.Default"/>.</param>
    /// <returns>The findings, sorted by code, subject and values.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    public static ValidationResult Validate(CascadingGraph graph, CascadingOptions? options = null)
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
            foreach (var skp in skps)
            {
                CheckStruktur(struktur, skp, findings);
            }
        }

        foreach (var d in graph.DuplicateRhkIds)
        {
            findings.Add(CascadingFindings.RhkIdGanda.Create(d.Key, V("rhk", d.Key), V("skp", string.Join(", ", d.Value))));
        }

        findings.Sort(CompareFindings);
        return new ValidationResult(findings);
    }

    /// <summary>
    /// Explains a finding of these rules: the rule (its code), what it says with the finding's values, the source,
    /// the inputs, and the policies that shaped it (<c>CAS009</c>: <c>PenjumlahanTarget</c>; <c>CAS010</c>: <c>PerspektifJpt</c>).
    /// </summary>
    /// <param name="finding">A finding returned by <see cref="Validate"/>.</param>
    /// <param name="options">The options the check ran with; null for <see cref="CascadingOptions.Default"/>.</param>
    /// <returns>The explanation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="finding"/> is null.</exception>
    /// <exception cref="ArgumentException">The finding is not one of <see cref="CascadingFindings.All"/>.</exception>
    public static Explanation Explain(Finding finding, CascadingOptions? options = null)
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

    /// <summary>Whether a direct-cascade sum meets a superior target under a policy.</summary>
    /// <param name="target">The superior's target.</param>
    /// <param name="jumlah">The sum of the subordinates' targets.</param>
    /// <param name="options">The policies; null for the defaults.</param>
    /// <returns>True when the sum is acceptable.</returns>
    public static bool IsPenjumlahanSesuai(decimal target, decimal jumlah, CascadingOptions? options = null)
    {
        options ??= CascadingOptions.Default;
        return options.PenjumlahanTarget switch
        {
            KebijakanPenjumlahanTarget.Tepat => jumlah == target,
            KebijakanPenjumlahanTarget.PalingSedikit => jumlah >= target,
            _ => Math.Abs(jumlah - target) <= Math.Abs(target) * options.ToleransiPersen / 100m,
        };
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
                rhk.Id, V("rhk", rhk.Id), V("rhkAtasan", up.Id), V("pemilik", skpAtasan.Pegawai.ToString()), V("pegawai", skp.Pegawai.ToString()), V("ppk", skp.PejabatPenilai.Nip.ToString())));
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

    /// <summary>A leader's SKP: some SKP names its employee as PPK, or a team they lead has a member with an SKP, for an overlapping period.</summary>
    private static bool[] LeaderFlags(CascadingGraph graph)
    {
        var skps = graph.Skps;
        var flags = new bool[skps.Length];
        for (var s = 0; s < skps.Length; s++)
        {
            var own = skps[s];
            foreach (var t in graph.SkpsByPpk(own.Pegawai))
            {
                if (skps[t].Pegawai != own.Pegawai && skps[t].Periode.Overlaps(own.Periode))
                {
                    flags[s] = true;
                    break;
                }
            }

            if (flags[s])
            {
                continue;
            }

            foreach (var team in graph.TeamsLedBy(own.Pegawai))
            {
                foreach (var member in graph.TimKerja[team].Anggota)
                {
                    if (member == own.Pegawai)
                    {
                        continue;
                    }

                    foreach (var t in graph.SkpsOf(member))
                    {
                        if (skps[t].Periode.Overlaps(own.Periode))
                        {
                            flags[s] = true;
                            break;
                        }
                    }

                    if (flags[s])
                    {
                        break;
                    }
                }

                if (flags[s])
                {
                    break;
                }
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

        var superior = graph.Nodes[p].Rhk;
        var targets = new SortedDictionary<(string Satuan, int Aspek), decimal>(KeyComparer);
        foreach (var iki in superior.Indikator)
        {
            if (Key(iki) is { } key)
            {
                targets[key] = (targets.TryGetValue(key, out var t) ? t : 0m) + iki.Target.Nilai!.Value;
            }
        }

        foreach (var target in targets)
        {
            var sum = 0m;
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
                        sum += iki.Target.Nilai!.Value;
                        matched = true;
                    }
                }

                if (matched)
                {
                    from.Add(child.Id);
                }
            }

            if (from.Count == 0 || IsPenjumlahanSesuai(target.Value, sum, options))
            {
                continue;
            }

            var aspek = AspekOrder[target.Key.Aspek];
            findings.Add(CascadingFindings.TargetCascadingLangsungTidakSesuai.Create(
                superior.Id,
                V("rhk", superior.Id),
                FindingValue.Of("target", target.Value),
                V("satuan", SatuanOf(superior, target.Key)),
                V("aspek", aspek is null ? "-" : aspek.Value.ToString()),
                FindingValue.Of("jumlah", sum),
                V("bawahan", string.Join(", ", from)),
                V("kebijakan", "PenjumlahanTarget=" + options.PenjumlahanTargetChoice)));
        }
    }

    /// <summary>
    /// The key a quantitative IKI is summed under: its unit (trimmed, case-insensitive) and aspect. Rates and
    /// qualities do not add up, so percentages and the aspects <c>kualitas</c> and <c>waktu</c> have no key.
    /// </summary>
    private static (string Satuan, int Aspek)? Key(IndikatorKinerjaIndividu iki)
    {
        if (!iki.Target.IsKuantitatif || string.IsNullOrWhiteSpace(iki.Target.Satuan) || iki.Aspek is AspekIki.Kualitas or AspekIki.Waktu)
        {
            return null;
        }

        var satuan = iki.Target.Satuan!.Trim().ToUpperInvariant();
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

    private static void CheckStruktur(StrukturOrganisasi struktur, Skp skp, List<Finding> findings)
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

        // The nearest head above the employee: the head of their unit, unless they are that head; else up the tree.
        Nip? atasan = null;
        for (var unit = struktur.GetUnit(skp.UnitId); unit is not null; unit = struktur.GetParent(unit.Id))
        {
            if (struktur.GetKepala(unit.Id) is { } head && head != skp.Pegawai)
            {
                atasan = head;
                break;
            }
        }

        if (atasan is { } expected && expected != skp.PejabatPenilai.Nip)
        {
            findings.Add(CascadingFindings.PpkBukanAtasanStruktural.Create(
                skp.Id, V("skp", skp.Id), V("ppk", skp.PejabatPenilai.Nip.ToString()), V("pegawai", skp.Pegawai.ToString()), V("atasan", expected.ToString())));
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
}
