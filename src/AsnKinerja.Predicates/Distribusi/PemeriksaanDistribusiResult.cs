using System.Collections.Immutable;
using System.Globalization;

namespace AsnKinerja.Predicates;

/// <summary>The verdict of a unit's distribution check.</summary>
public enum StatusDistribusi
{
    /// <summary>Every hard constraint is met.</summary>
    Memenuhi = 1,

    /// <summary>At least one hard constraint is not met.</summary>
    TidakMemenuhi = 2,

    /// <summary>No distribution of this unit size can meet the pattern under the chosen policies.</summary>
    TidakMungkin = 3,

    /// <summary>The unit has no employees.</summary>
    Kosong = 4,

    /// <summary>The unit is small and was pooled into its parent; its employees are judged there.</summary>
    Digabung = 5,
}

/// <summary>The outcome of one constraint for one unit: count, percentage, allowed headcount range, pass or fail.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class BatasanResult
{
    /// <summary>The verdict's part of a constraint's explanation: rule set, unit, pattern, unit size and options.</summary>
    internal sealed record ExplainContext(RuleSetId RuleSet, string UnitId, PolaDistribusi Pola, int Total, DistribusiOptions Options);

    private Explanation? _explanation;

    internal BatasanResult(BatasanDistribusi batasan, int jumlah, decimal persentase, RentangKuota rentang, bool terpenuhi, FindingSeverity? severity, ExplainContext context)
    {
        Batasan = batasan;
        Jumlah = jumlah;
        Persentase = persentase;
        Rentang = rentang;
        Terpenuhi = terpenuhi;
        Severity = severity;
        Context = context;
    }

    /// <summary>What the explanation is made from besides the constraint's own figures (one per verdict, shared by its constraints).</summary>
    internal ExplainContext Context { get; }

    /// <summary>The constraint.</summary>
    public BatasanDistribusi Batasan { get; }

    /// <summary>How many employees of the unit are in the constraint's group.</summary>
    public int Jumlah { get; }

    /// <summary>The group's share of the unit, in percent (exact).</summary>
    public decimal Persentase { get; }

    /// <summary>The headcount range this constraint allows the group, under the rounding policy.</summary>
    public RentangKuota Rentang { get; }

    /// <summary>Whether the constraint is met.</summary>
    public bool Terpenuhi { get; }

    /// <summary>The severity of the finding when not met; null when met.</summary>
    public FindingSeverity? Severity { get; }

    /// <summary>How the outcome was reached (made on first use: a national check of tens of thousands of units makes none it is not asked for).</summary>
    public Explanation Explanation => LazyInitializer.EnsureInitialized(ref _explanation, () => PemeriksaDistribusi.ExplainConstraint(this))!;

    /// <summary>The constraint, count and outcome.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "{0}: {1} ({2:0.##}%), rentang {3}: {4}", Batasan.Name, Jumlah, Persentase, Rentang, Terpenuhi ? "terpenuhi" : "tidak terpenuhi");
}

/// <summary>
/// The verdict of one unit's distribution check against its organisation predicate's pattern: every constraint with its
/// count, percentage, allowed range and outcome; the allowed ranges of every predicate; the fewest changes that would
/// meet the pattern; the findings; the rule set and options that produced it; and the policies applied
/// (<see cref="IDistribusiRules.Check"/>).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class PemeriksaanDistribusiResult
{
    internal PemeriksaanDistribusiResult(
        RuleSetId ruleSet,
        DistribusiOptions options,
        string unitId,
        PolaDistribusi pola,
        JumlahPredikat jumlah,
        StatusDistribusi status,
        ImmutableArray<BatasanResult> batasan,
        KuotaResult kuota,
        int? perubahanMinimum,
        bool isUnitKecil,
        ImmutableArray<Finding> findings,
        ImmutableArray<AppliedPolicy> policies,
        Explanation explanation)
    {
        RuleSet = ruleSet;
        Options = options;
        UnitId = unitId;
        Pola = pola;
        Jumlah = jumlah;
        Status = status;
        Batasan = batasan;
        Kuota = kuota;
        PerubahanMinimum = perubahanMinimum;
        IsUnitKecil = isUnitKecil;
        Findings = findings;
        Policies = policies;
        Explanation = explanation;
    }

    /// <summary>The rule set of the distribution rules that judged the unit.</summary>
    public RuleSetId RuleSet { get; }

    /// <summary>The distribution options the rules were configured with.</summary>
    public DistribusiOptions Options { get; }

    /// <summary>The unit.</summary>
    public string UnitId { get; }

    /// <summary>The pattern checked against.</summary>
    public PolaDistribusi Pola { get; }

    /// <summary>The unit's organisation predicate.</summary>
    public PredikatKinerjaOrganisasi PredikatOrganisasi => Pola.PredikatOrganisasi;

    /// <summary>The counts checked (for a pooled parent, its own employees plus the pooled ones).</summary>
    public JumlahPredikat Jumlah { get; }

    /// <summary>The verdict.</summary>
    public StatusDistribusi Status { get; }

    /// <summary>Whether the unit meets every hard constraint (an empty unit trivially does).</summary>
    public bool IsMemenuhi => Status is StatusDistribusi.Memenuhi or StatusDistribusi.Kosong or StatusDistribusi.Digabung;

    /// <summary>Every constraint's outcome, in the pattern's order (the dominant group first).</summary>
    public ImmutableArray<BatasanResult> Batasan { get; }

    /// <summary>The allowed range of every predicate for this unit size.</summary>
    public KuotaResult Kuota { get; }

    /// <summary>
    /// The fewest employees whose predicate would have to change for the unit to meet the pattern (0 when it does);
    /// null when the pattern cannot be met or the unit was not judged alone.
    /// </summary>
    public int? PerubahanMinimum { get; }

    /// <summary>The distance from the pattern: <see cref="PerubahanMinimum"/> as a share of the unit (0 to 1); null when undefined.</summary>
    public decimal? JarakKePola => PerubahanMinimum is { } m && Jumlah.Total > 0 ? (decimal)m / Jumlah.Total : null;

    /// <summary>Whether the unit is below the small-unit threshold.</summary>
    public bool IsUnitKecil { get; }

    /// <summary>The findings, in the pattern's order.</summary>
    public ImmutableArray<Finding> Findings { get; }

    /// <summary>
    /// The policies applied: every one of <see cref="Options"/> but <see cref="DistribusiOptions.KepalaUnit"/> (counts do
    /// not say who heads the unit; <see cref="BulkResult.Policies"/> reports it where the bulk engine counted heads).
    /// </summary>
    public ImmutableArray<AppliedPolicy> Policies { get; }

    /// <summary>How the verdict was reached.</summary>
    public Explanation Explanation { get; }

    /// <summary>The unit, verdict and counts.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => UnitId + " (" + PredikatOrganisasi.ToLabel() + "): " + Status + " [" + Jumlah + "]";
}
