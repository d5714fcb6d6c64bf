using AsnKinerja.BehaviourRubric;
using AsnKinerja.Cascading;
using AsnKinerja.NineBox;
using AsnKinerja.Predicates;

namespace AsnKinerja.Extensions.DependencyInjection;

/// <summary>The registry <see cref="AsnKinerjaServiceCollectionExtensions.AddAsnKinerja"/> hands out, composed from the options.</summary>
internal static class AsnKinerjaRuleSets
{
    /// <summary>Every built-in rules object, from the packages' <c>All</c> lists.</summary>
    internal static IEnumerable<IRules> BuiltIn() =>
        Enumerable.Empty<IRules>()
            .Concat(SkpRules.All)
            .Concat(CascadingRules.All)
            .Concat(KuadranRules.All)
            .Concat(DistribusiRules.All)
            .Concat(AngkaKreditRules.All)
            .Concat(PerilakuKerjaRules.All)
            .Concat(PetaTalentaRules.All);

    /// <summary>The built-in rules with the caller's added or replacing them, not yet configured.</summary>
    /// <exception cref="ArgumentException">The caller's rules repeat a domain and ID, or make a date lookup ambiguous.</exception>
    internal static RuleSetRegistry Compose(AsnKinerjaOptions options) => RuleSetRegistry.Create(BuiltIn()).With(options.RuleSets);

    /// <summary>The composed registry, every rules object configured with the agency's policies.</summary>
    internal static RuleSetRegistry Create(AsnKinerjaOptions options)
    {
        var distribusi = new DistribusiOptions(options.Pembulatan, options.SebagianBesar, options.UnitKecil, options.AmbangUnitKecil, options.KepalaUnit, options.Penegakan);
        var pemetaan = options.PemetaanRatingPimpinan is { } mapping ? new PemetaanRatingPimpinan(options.NamaPemetaanRatingPimpinan, mapping) : PemetaanRatingPimpinan.Default;
        var angkaKredit = new AngkaKreditOptions(options.KoefisienPemula, options.PenghitunganBulan);
        var skp = CreateSkpRuleOptions(options);
        var perilaku = new PerilakuKerjaOptions(options.KebijakanSaranPerilaku);
        var talenta = CreatePetaTalentaOptions(options);
        return RuleSetRegistry.Create(Compose(options).Rules.Select(r => r switch
        {
            IDistribusiRules d => d.WithOptions(distribusi),
            IKuadranRules k => k.WithPemetaan(pemetaan),
            IAngkaKreditRules a => a.WithOptions(angkaKredit),
            ISkpRules s => s.WithOptions(skp),
            IPerilakuKerjaRules b => b.WithOptions(perilaku),
            IPetaTalentaRules t => t.WithOptions(talenta),
            _ => r,
        }));
    }

    /// <summary>The SKP policies of the options.</summary>
    internal static SkpRuleOptions CreateSkpRuleOptions(AsnKinerjaOptions o) => new(o.BatasPenetapanSkp, o.WajibAspekInti);

    /// <summary>The talent-map policies of the options.</summary>
    internal static PetaTalentaOptions CreatePetaTalentaOptions(AsnKinerjaOptions o) =>
        new(o.PemetaanPredikatTalenta, o.PenggabunganKinerja, o.BatasPotensialTinggi, o.BatasPotensialMenengah, o.KebijakanPredikatBelumDitetapkan, o.KebijakanSumberPotensial);
}
