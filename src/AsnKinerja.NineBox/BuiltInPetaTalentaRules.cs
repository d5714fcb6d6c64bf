using System.Collections.Immutable;

namespace AsnKinerja.NineBox;

/// <summary>
/// The built-in talent-map rules: PermenPANRB 3/2020, and its amendment PermenPANRB 20/2025 when
/// <see cref="BacaPredikatDitetapkan"/> is set. The rule bodies are in <see cref="PetaTalentaRules"/>.
/// </summary>
internal sealed class BuiltInPetaTalentaRules : IPetaTalentaRules
{
    internal BuiltInPetaTalentaRules(RuleSet ruleSet, RegulationReference matriks, bool bacaPredikatDitetapkan, PetaTalentaOptions options)
    {
        RuleSet = ruleSet;
        Matriks = matriks;
        BacaPredikatDitetapkan = bacaPredikatDitetapkan;
        Options = options;
        Policies = bacaPredikatDitetapkan
            ? options.Policies.Add(options.PredikatBelumDitetapkanPolicy).Add(options.SumberPotensialPolicy)
            : options.Policies;
    }

    public RuleSet RuleSet { get; }

    public RuleDomain Domain => RuleDomain.PetaTalenta;

    public ImmutableArray<AppliedPolicy> Policies { get; }

    public PetaTalentaOptions Options { get; }

    /// <summary>The source an explanation of a box cites.</summary>
    internal RegulationReference Matriks { get; }

    /// <summary>Whether the performance axis reads the predicate set after the distribution and potential from an assessment centre (PermenPANRB 20/2025).</summary>
    internal bool BacaPredikatDitetapkan { get; }

    public PenempatanTalentaResult Evaluate(DataTalentaPegawai pegawai, int tahun) => PetaTalentaRules.Evaluate(this, pegawai, tahun);

    public PetaTalentaUnit EvaluateUnit(IEnumerable<DataTalentaPegawai> pegawai, int tahun) => PetaTalentaRules.EvaluateUnit(this, pegawai, tahun);

    public Explanation Explain(KotakTalenta kotak) => PetaTalentaRules.Explain(this, kotak);

    public IPetaTalentaRules WithOptions(PetaTalentaOptions options) =>
        ReferenceEquals(Preconditions.CheckNotNull(options), Options) ? this : new BuiltInPetaTalentaRules(RuleSet, Matriks, BacaPredikatDitetapkan, options);

    public override string ToString() => RuleSet.ShortName + " (" + RuleSet.Id.Value + "): peta talenta";
}
