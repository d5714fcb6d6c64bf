using System.Collections.Immutable;
using System.Globalization;

namespace AsnKinerja.Predicates;

/// <summary>The headcount calculator behind <see cref="IDistribusiRules.CalculateKuota"/>.</summary>
internal static class KalkulatorKuota
{
    internal static KuotaResult Calculate(IDistribusiRules rules, PredikatKinerjaOrganisasi predikatOrganisasi, int jumlahPegawai)
    {
        var pola = rules.GetPola(predikatOrganisasi);
        Preconditions.CheckNonNegative(jumlahPegawai);
        var model = ModelKuota.Build(pola, jumlahPegawai, rules.Options);
        return new KuotaResult(rules.RuleSet.Id, pola, jumlahPegawai, rules.Options, model, "-");
    }
}

/// <summary>
/// The allowed headcount range of each predicate for one unit size and pattern, or why there is none
/// (<see cref="IDistribusiRules.CalculateKuota"/>).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class KuotaResult
{
    private readonly ImmutableArray<RentangKuota> _ranges;

    internal KuotaResult(RuleSetId ruleSet, PolaDistribusi pola, int jumlahPegawai, DistribusiOptions opsi, ModelKuota model, string unitId, FindingSeverity? severity = null, bool unitKecil = false)
    {
        RuleSet = ruleSet;
        Options = opsi;
        Pola = pola;
        JumlahPegawai = jumlahPegawai;
        Policies = opsi.SelectPolicies(sebagianBesar: false, unitKecil: unitKecil, kepalaUnit: false);
        IsFeasible = model.IsFeasible;
        _ranges = model.IsFeasible ? model.Ranges().ToImmutableArray() : ImmutableArray<RentangKuota>.Empty;
        Findings = model.IsFeasible
            ? ImmutableArray<Finding>.Empty
            : ImmutableArray.Create(DistribusiFindings.PolaTidakMungkin.Create(
                severity ?? Severity(opsi),
                unitId,
                new[]
                {
                    FindingValue.Of("unit", unitId),
                    FindingValue.Of("predikatOrganisasi", pola.PredikatOrganisasi.ToLabel()),
                    FindingValue.Of("total", jumlahPegawai),
                    FindingValue.Of("alasan", model.Reason!.Value.Code),
                }
                .Concat(model.Reason!.Value.Values)
                .Concat(new[] { FindingValue.Of("pembulatan", opsi.Pembulatan.ToString()) })
                .ToArray()));
        AlasanTidakMungkin = model.Reason?.Code;
        Model = model;
    }

    /// <summary>The bounds the ranges came from, kept so that a calibration of the same unit need not build them again.</summary>
    internal ModelKuota Model { get; }

    /// <summary>The rule set of the distribution rules that computed the ranges.</summary>
    public RuleSetId RuleSet { get; }

    /// <summary>The distribution options the rules were configured with.</summary>
    public DistribusiOptions Options { get; }

    /// <summary>The pattern.</summary>
    public PolaDistribusi Pola { get; }

    /// <summary>The unit size.</summary>
    public int JumlahPegawai { get; }

    /// <summary>Whether some distribution of this size meets every hard constraint.</summary>
    public bool IsFeasible { get; }

    /// <summary>
    /// Why the pattern cannot be met, as a stable code: <c>Bertentangan</c> (constraints on one group contradict each other),
    /// <c>BatasBawah</c> (the floors need more employees than the unit has) or <c>BatasAtas</c> (the caps hold fewer);
    /// null when it can be met. The DST006 finding in <see cref="Findings"/> says it in words, with the figures.
    /// </summary>
    public string? AlasanTidakMungkin { get; }

    /// <summary>The DST006 finding when the pattern cannot be met; empty otherwise.</summary>
    public ImmutableArray<Finding> Findings { get; }

    /// <summary>
    /// The policies applied: rounding and enforcement (the severity of DST006), and the small-unit policy when the ranges
    /// belong to the check of a small unit judged as advice. Not what "most" means (the dominant group does not narrow the
    /// ranges) and not where heads count (counts do not say who heads a unit).
    /// </summary>
    public ImmutableArray<AppliedPolicy> Policies { get; }

    /// <summary>The allowed headcount range of a predicate over every distribution that meets the pattern.</summary>
    /// <param name="predikat">The predicate.</param>
    /// <returns>The range.</returns>
    /// <exception cref="InvalidOperationException">The pattern cannot be met (<see cref="IsFeasible"/> is false).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="predikat"/> is undefined.</exception>
    public RentangKuota this[PredikatKinerja predikat]
    {
        get
        {
            Preconditions.CheckState(IsFeasible, "The pattern cannot be met for this unit size: there is no allowed range. Read Findings.");
            return _ranges[(int)Preconditions.CheckDefined(predikat) - 1];
        }
    }

    /// <summary>The ranges as a one-line table, e.g. <c>SB 0–7, B 0–10, …</c>, or the reason.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => IsFeasible
        ? string.Join(", ", Enumerable.Range(1, 5).Reverse().Select(p => BatasanDistribusi.Short((PredikatKinerja)p) + " " + _ranges[p - 1]))
        : "tidak mungkin: " + Findings[0].Message;

    internal static FindingSeverity Severity(DistribusiOptions opsi) => opsi.Penegakan == TingkatPenegakan.Tegakkan ? FindingSeverity.Error : FindingSeverity.Warning;
}
