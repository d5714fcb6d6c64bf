using System.Collections.Immutable;
using NodaTime;

namespace AsnKinerja.BehaviourRubric;

/// <summary>The behaviour rules of SE MenPANRB 20/2021; the rule bodies are in <see cref="PerilakuKerjaRules"/> and <see cref="RatingPerilakuKerja"/>.</summary>
internal sealed class PerilakuKerjaRulesSeMenPanRb20Tahun2021 : IPerilakuKerjaRules
{
    internal PerilakuKerjaRulesSeMenPanRb20Tahun2021(PerilakuKerjaOptions options)
    {
        Options = options;
    }

    public RuleSet RuleSet => RuleSet.SeMenPanRb20Tahun2021;

    public RuleDomain Domain => RuleDomain.PerilakuKerja;

    public ImmutableArray<AppliedPolicy> Policies => Options.Policies;

    public KatalogBerakhlak Katalog => KatalogBerakhlak.SeMenPanRb20Tahun2021;

    public PerilakuKerjaOptions Options { get; }

    public ValidationResult Validate(CatatanPerilakuKerja catatan, LocalDate? tanggalPemeriksaan) =>
        PerilakuKerjaRules.Validate(Preconditions.CheckNotNull(catatan), tanggalPemeriksaan);

    public SaranRatingPerilaku Suggest(PenilaianNilaiBerakhlak penilaian) =>
        RatingPerilakuKerja.Suggest(Preconditions.CheckNotNull(penilaian), Options.KebijakanSaran, RuleSet.Id);

    public Explanation Explain(PenilaianPerilakuKerja keputusan) => RatingPerilakuKerja.Explain(Preconditions.CheckNotNull(keputusan), RuleSet.Id);

    public IPerilakuKerjaRules WithOptions(PerilakuKerjaOptions options) =>
        ReferenceEquals(Preconditions.CheckNotNull(options), Options) ? this : new PerilakuKerjaRulesSeMenPanRb20Tahun2021(options);

    public override string ToString() => RuleSet.ShortName + " (" + RuleSet.Id.Value + "): perilaku kerja";
}
