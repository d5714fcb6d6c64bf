using AsnKinerja.Predicates;

namespace AsnKinerja.Extensions.DependencyInjection;

/// <summary>The registry <see cref="AsnKinerjaServiceCollectionExtensions.AddAsnKinerja"/> hands out, composed from the options.</summary>
internal static class AsnKinerjaRuleSets
{
    /// <summary>Every built-in rules object, from the packages' <c>All</c> lists.</summary>
    internal static IEnumerable<IRules> BuiltIn() =>
        Enumerable.Empty<IRules>()
            .Concat(KuadranRules.All)
            .Concat(DistribusiRules.All)
            .Concat(AngkaKreditRules.All);

    /// <summary>The built-in rules with the caller's added or replacing them, not yet configured.</summary>
    /// <exception cref="ArgumentException">The caller's rules repeat a domain and ID, or make a date lookup ambiguous.</exception>
    internal static RuleSetRegistry Compose(AsnKinerjaOptions options) => RuleSetRegistry.Create(BuiltIn()).With(options.RuleSets);

    /// <summary>The composed registry, every rules object configured with the agency's policies.</summary>
    internal static RuleSetRegistry Create(AsnKinerjaOptions options)
    {
        var distribusi = new DistribusiOptions(options.Pembulatan, options.SebagianBesar, options.UnitKecil, options.AmbangUnitKecil, options.KepalaUnit, options.Penegakan);
        var pemetaan = options.PemetaanRatingPimpinan is { } mapping ? new PemetaanRatingPimpinan(options.NamaPemetaanRatingPimpinan, mapping) : PemetaanRatingPimpinan.Default;
        var angkaKredit = new AngkaKreditOptions(options.KoefisienPemula, options.PenghitunganBulan);
        return RuleSetRegistry.Create(Compose(options).Rules.Select(r => r switch
        {
            IDistribusiRules d => d.WithOptions(distribusi),
            IKuadranRules k => k.WithPemetaan(pemetaan),
            IAngkaKreditRules a => a.WithOptions(angkaKredit),
            _ => r,
        }));
    }
}
