using System.Collections.Immutable;
using System.Globalization;

namespace AsnKinerja.Predicates;

/// <summary>
/// The one-unit check behind <see cref="IDistribusiRules.Check"/>: for every constraint the count, the percentage, the
/// allowed headcount range, pass or fail with a severity, and the explanation; every verdict reports the policies it used.
/// </summary>
/// <remarks>Stateless and thread-safe. The verdict depends only on the counts, never on the order of employees.</remarks>
internal static class PemeriksaDistribusi
{
    /// <summary>The verdict of a small unit whose employees are counted in its parent's distribution.</summary>
    internal static PemeriksaanDistribusiResult Pooled(IDistribusiRules rules, string unitId, string indukId, PredikatKinerjaOrganisasi predikatOrganisasi, JumlahPredikat jumlah)
    {
        var opsi = rules.Options;
        var pola = rules.GetPola(predikatOrganisasi);
        var kuota = new KuotaResult(rules.RuleSet.Id, pola, jumlah.Total, opsi, ModelKuota.Build(pola, jumlah.Total, opsi), unitId);
        var finding = DistribusiFindings.UnitKecilDigabung.Create(unitId, FindingValue.Of("unit", unitId), FindingValue.Of("total", jumlah.Total), FindingValue.Of("ambang", opsi.AmbangUnitKecil), FindingValue.Of("induk", indukId));
        var explanation = DistribusiExplanations.Digabung.Create(
            rules.RuleSet.Id,
            "UnitKecil.GabungKeInduk",
            Inputs(unitId, pola, jumlah),
            new[] { FindingValue.Of("induk", indukId) },
            opsi.CheckPolicies);
        return new PemeriksaanDistribusiResult(rules.RuleSet.Id, opsi, unitId, pola, jumlah, StatusDistribusi.Digabung, ImmutableArray<BatasanResult>.Empty, kuota, null, true, ImmutableArray.Create(finding), opsi.CheckPolicies, explanation);
    }

    // model: the bounds of this pattern, size and options when the caller has them already; null to build them.
    internal static PemeriksaanDistribusiResult Check(IDistribusiRules rules, string unitId, PredikatKinerjaOrganisasi predikatOrganisasi, JumlahPredikat jumlah, bool adaInduk, ModelKuota? model = null)
    {
        Preconditions.CheckIdentifier(unitId);
        var pola = rules.GetPola(predikatOrganisasi);
        var opsi = rules.Options;
        var ruleSet = rules.RuleSet.Id;
        var n = jumlah.Total;
        model ??= ModelKuota.Build(pola, n, opsi);
        var isSmall = n < opsi.AmbangUnitKecil;
        var advisoryOnly = isSmall && opsi.UnitKecil != KebijakanUnitKecil.Ketat;
        var kuota = new KuotaResult(ruleSet, pola, n, opsi, model, unitId, advisoryOnly ? FindingSeverity.Info : null, unitKecil: advisoryOnly);
        var policies = opsi.CheckPolicies;
        var findings = ImmutableArray.CreateBuilder<Finding>();

        if (n == 0)
        {
            findings.Add(DistribusiFindings.UnitKosong.Create(unitId, FindingValue.Of("unit", unitId)));
            var empty = DistribusiExplanations.UnitKosong.Create(ruleSet, "PolaDistribusi[" + predikatOrganisasi + "]", Inputs(unitId, pola, jumlah), Array.Empty<FindingValue>(), policies);
            return new PemeriksaanDistribusiResult(ruleSet, opsi, unitId, pola, jumlah, StatusDistribusi.Kosong, ImmutableArray<BatasanResult>.Empty, kuota, 0, true, findings.ToImmutable(), policies, empty);
        }

        if (SmallUnitNote(unitId, n, opsi, adaInduk) is { } note)
        {
            findings.Add(note);
        }

        if (!model.IsFeasible)
        {
            findings.Add(kuota.Findings[0]);
        }

        var results = ImmutableArray.CreateBuilder<BatasanResult>(pola.Batasan.Length);
        BatasanResult.ExplainContext? context = null;
        var anyHardFailed = false;
        foreach (var b in pola.Batasan)
        {
            var count = b.Count(jumlah);
            var pct = count * 100m / n;
            var range = Range(b, n, jumlah, opsi);
            var met = range.Contains(count);
            FindingSeverity? severity = null;
            if (!met)
            {
                severity = advisoryOnly
                    ? FindingSeverity.Info
                    : b.IsHard
                        ? KuotaResult.Severity(opsi)
                        : opsi.Penegakan == TingkatPenegakan.Tegakkan ? FindingSeverity.Warning : FindingSeverity.Info;
                anyHardFailed |= b.IsHard;
                findings.Add(Violation(unitId, pola, b, count, n, pct, range, severity.Value, opsi));
            }

            context ??= new BatasanResult.ExplainContext(ruleSet, unitId, pola, n, opsi);
            results.Add(new BatasanResult(b, count, pct, range, met, severity, context));
        }

        var status = !model.IsFeasible ? StatusDistribusi.TidakMungkin : anyHardFailed ? StatusDistribusi.TidakMemenuhi : StatusDistribusi.Memenuhi;
        Span<int> counts = stackalloc int[] { jumlah[PredikatKinerja.SangatKurang], jumlah[PredikatKinerja.KurangMisconduct], jumlah[PredikatKinerja.ButuhPerbaikan], jumlah[PredikatKinerja.Baik], jumlah[PredikatKinerja.SangatBaik] };
        int? changes = model.IsFeasible ? model.MinimumChanges(counts) : null;
        var values = new List<FindingValue> { FindingValue.Of("total", n), FindingValue.Of("status", status.ToString()) };
        if (changes is { } c)
        {
            values.Add(FindingValue.Of("perubahanMinimum", c));
        }

        var explanation = DistribusiExplanations.Unit.Create(
            ruleSet,
            "PolaDistribusi[" + predikatOrganisasi + "]",
            Inputs(unitId, pola, jumlah),
            values,
            policies,
            pola.Batasan[1 % pola.Batasan.Length].Source);
        return new PemeriksaanDistribusiResult(ruleSet, opsi, unitId, pola, jumlah, status, results.MoveToImmutable(), kuota, changes, isSmall, findings.ToImmutable(), policies, explanation);
    }

    /// <summary>
    /// The note that a non-empty unit below the small-unit threshold is judged as advice only: DST007, or DST010 when
    /// the policy pools into a parent that is not known here. Null when the unit is not small or the policy is strict.
    /// </summary>
    internal static Finding? SmallUnitNote(string unitId, int n, DistribusiOptions opsi, bool adaInduk)
    {
        if (n == 0 || n >= opsi.AmbangUnitKecil || opsi.UnitKecil == KebijakanUnitKecil.Ketat)
        {
            return null;
        }

        return opsi.UnitKecil == KebijakanUnitKecil.GabungKeInduk && !adaInduk
            ? DistribusiFindings.UnitKecilTanpaInduk.Create(unitId, FindingValue.Of("unit", unitId), FindingValue.Of("total", n))
            : DistribusiFindings.UnitKecilSaran.Create(unitId, FindingValue.Of("unit", unitId), FindingValue.Of("total", n), FindingValue.Of("ambang", opsi.AmbangUnitKecil));
    }

    /// <summary>The headcount range a constraint allows the group, under the rounding and "most" policies.</summary>
    internal static RentangKuota Range(BatasanDistribusi b, int n, JumlahPredikat jumlah, DistribusiOptions opsi)
    {
        switch (b.Jenis)
        {
            case JenisBatasan.Maksimum:
                return new RentangKuota(0, Math.Min(n, opsi.Cap(b.Persen, n)));
            case JenisBatasan.Minimum:
                var floor = opsi.Floor(b.Persen, n);
                return floor <= n ? new RentangKuota(floor, n) : new RentangKuota(floor, floor);
            case JenisBatasan.WajibAda:
                return n >= 1 ? new RentangKuota(1, n) : new RentangKuota(1, 1);
            case JenisBatasan.Dilarang:
                return new RentangKuota(0, 0);
            default:
                if (opsi.SebagianBesar == MaknaSebagianBesar.LebihDariSetengah)
                {
                    return new RentangKuota(Math.Min(n, (n / 2) + 1), n);
                }

                var largestOther = 0;
                for (var p = PredikatKinerja.SangatKurang; p <= PredikatKinerja.SangatBaik; p++)
                {
                    if ((b.Mask & (1 << (int)p)) == 0)
                    {
                        largestOther = Math.Max(largestOther, jumlah[p]);
                    }
                }

                return new RentangKuota(Math.Max(1, largestOther), Math.Max(1, n));
        }
    }

    private static Finding Violation(string unitId, PolaDistribusi pola, BatasanDistribusi b, int count, int n, decimal pct, RentangKuota range, FindingSeverity severity, DistribusiOptions opsi)
    {
        var common = new[]
        {
            FindingValue.Of("unit", unitId),
            FindingValue.Of("predikatOrganisasi", pola.PredikatOrganisasi.ToLabel()),
            FindingValue.Of("kelompok", b.KelompokLabel),
            FindingValue.Of("jumlah", count),
            FindingValue.Of("total", n),
            FindingValue.Of("persen", Math.Round(pct, 2, MidpointRounding.AwayFromZero)),
            FindingValue.Of("batasan", b.Name),
        };
        return b.Jenis switch
        {
            JenisBatasan.Maksimum => DistribusiFindings.MelebihiMaksimum.Create(severity, unitId, common.Concat(new[] { FindingValue.Of("batasPersen", b.Persen), FindingValue.Of("maks", range.Max) }).ToArray()),
            JenisBatasan.Minimum => DistribusiFindings.KurangDariMinimum.Create(severity, unitId, common.Concat(new[] { FindingValue.Of("batasPersen", b.Persen), FindingValue.Of("min", range.Min) }).ToArray()),
            JenisBatasan.WajibAda => DistribusiFindings.KelompokWajibTidakAda.Create(severity, unitId, common),
            JenisBatasan.Dilarang => DistribusiFindings.PredikatDilarang.Create(severity, unitId, common),
            _ => DistribusiFindings.BukanKelompokDominan.Create(severity, unitId, common.Concat(new[] { FindingValue.Of("makna", opsi.SebagianBesar.ToString()) }).ToArray()),
        };
    }

    /// <summary>A constraint's explanation, from its figures and the context its verdict shares among its constraints.</summary>
    internal static Explanation ExplainConstraint(BatasanResult r) =>
        ExplainConstraint(r.Context.RuleSet, r.Context.UnitId, r.Context.Pola, r.Batasan, r.Jumlah, r.Context.Total, r.Persentase, r.Rentang, r.Terpenuhi, r.Context.Options);

    private static Explanation ExplainConstraint(RuleSetId ruleSet, string unitId, PolaDistribusi pola, BatasanDistribusi b, int count, int n, decimal pct, RentangKuota range, bool met, DistribusiOptions opsi) =>
        DistribusiExplanations.Batasan.Create(
            ruleSet,
            "PolaDistribusi[" + pola.PredikatOrganisasi + "]." + b.Name,
            new[] { FindingValue.Of("unit", unitId), FindingValue.Of("kelompok", b.KelompokLabel), FindingValue.Of("jumlah", count), FindingValue.Of("total", n) },
            new[]
            {
                FindingValue.OfText("uraianBatasan", b.Uraian),
                FindingValue.Of("persen", pct.ToString("0.##", CultureInfo.InvariantCulture)),
                FindingValue.Of("rentang", range.ToString()),
                FindingValue.Of("terpenuhi", met ? "ya" : "tidak"),
            },
            opsi.CheckPolicies,
            b.Source);

    private static FindingValue[] Inputs(string unitId, PolaDistribusi pola, JumlahPredikat jumlah) => new[]
    {
        FindingValue.Of("unit", unitId),
        FindingValue.Of("predikatOrganisasi", pola.PredikatOrganisasi.ToLabel()),
        FindingValue.Of("SB", jumlah[PredikatKinerja.SangatBaik]),
        FindingValue.Of("B", jumlah[PredikatKinerja.Baik]),
        FindingValue.Of("BP", jumlah[PredikatKinerja.ButuhPerbaikan]),
        FindingValue.Of("K", jumlah[PredikatKinerja.KurangMisconduct]),
        FindingValue.Of("SK", jumlah[PredikatKinerja.SangatKurang]),
    };
}
