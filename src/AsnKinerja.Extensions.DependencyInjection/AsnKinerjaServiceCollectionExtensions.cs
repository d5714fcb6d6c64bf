using AsnKinerja.BehaviourRubric;
using AsnKinerja.Cascading;
using AsnKinerja.NineBox;
using AsnKinerja.Predicates;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AsnKinerja.Extensions.DependencyInjection;

/// <summary>Registers AsnKinerja in a <see cref="IServiceCollection"/>.</summary>
public static class AsnKinerjaServiceCollectionExtensions
{
    /// <summary>
    /// Registers the AsnKinerja rules and policies as singletons, built once from <see cref="AsnKinerjaOptions"/>: a
    /// <see cref="RuleSetRegistry"/> holding every built-in rule set (<see cref="SkpRules.All"/>,
    /// <see cref="CascadingRules.All"/>, <see cref="KuadranRules.All"/>, <see cref="DistribusiRules.All"/>,
    /// <see cref="AngkaKreditRules.All"/>, <see cref="PerilakuKerjaRules.All"/>, <see cref="PetaTalentaRules.All"/>) and the
    /// caller's own (<see cref="AsnKinerjaOptions.RuleSets"/>), each configured with the agency's policies; the rules of
    /// the current regulations from that registry as <see cref="ISkpRules"/> and <see cref="ICascadingRules"/>
    /// (PermenPANRB 6/2022), <see cref="IKuadranRules"/> (PermenPANRB 6/2022), <see cref="IDistribusiRules"/>
    /// (SE MenPANRB 3/2023), <see cref="IAngkaKreditRules"/> (PermenPANRB 1/2023), <see cref="IPerilakuKerjaRules"/>
    /// (SE MenPANRB 20/2021) and <see cref="IPetaTalentaRules"/> (PermenPANRB 20/2025, talent years from 2025); and
    /// <see cref="SkpRuleOptions"/>, <see cref="PetaTalentaOptions"/>, <see cref="KebijakanSaranPerilaku"/> and
    /// <see cref="KatalogBerakhlak"/> (SE MenPANRB 20/2021).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the agency's policies and rule sets; null keeps every documented default.</param>
    /// <returns>The same <paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    /// <exception cref="OptionsValidationException">
    /// Not thrown by this method: thrown when one of the registered services is first resolved and the options are invalid,
    /// listing every error.
    /// </exception>
    /// <remarks>
    /// Registering twice adds no service twice (TryAdd); each <paramref name="configure"/> delegate is applied in order,
    /// as with <c>Configure&lt;T&gt;</c>. The options are validated when first resolved (resolving any of these services
    /// resolves them): an invalid configuration throws one <see cref="OptionsValidationException"/> listing every error.
    /// Rules for another decision date or performance period come from the registry:
    /// <c>registry.Find&lt;IDistribusiRules&gt;(tanggalKeputusan, periode)</c>; a talent map of a year before 2025, for example,
    /// with <c>registry.Find&lt;IPetaTalentaRules&gt;(tanggalKeputusan, PeriodeKinerja.Tahunan(tahun))</c> (PermenPANRB 3/2020).
    /// </remarks>
    public static IServiceCollection AddAsnKinerja(this IServiceCollection services, Action<AsnKinerjaOptions>? configure = null)
    {
        Preconditions.CheckNotNull(services);
        services.AddOptions();
        if (configure is not null)
        {
            services.Configure(configure);
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AsnKinerjaOptions>, AsnKinerjaOptionsValidator>());
        services.TryAddSingleton(sp => AsnKinerjaRuleSets.Create(Options(sp)));
        services.TryAddSingleton(sp => sp.GetRequiredService<RuleSetRegistry>().Get<IKuadranRules>(RuleSetId.PermenPanRb6Tahun2022));
        services.TryAddSingleton(sp => sp.GetRequiredService<RuleSetRegistry>().Get<IDistribusiRules>(RuleSetId.SeMenPanRb3Tahun2023));
        services.TryAddSingleton(sp => sp.GetRequiredService<RuleSetRegistry>().Get<IAngkaKreditRules>(RuleSetId.PermenPanRb1Tahun2023));
        services.TryAddSingleton(sp => sp.GetRequiredService<RuleSetRegistry>().Get<ISkpRules>(RuleSetId.PermenPanRb6Tahun2022));
        services.TryAddSingleton(sp => sp.GetRequiredService<RuleSetRegistry>().Get<ICascadingRules>(RuleSetId.PermenPanRb6Tahun2022));
        services.TryAddSingleton(sp => sp.GetRequiredService<RuleSetRegistry>().Get<IPerilakuKerjaRules>(RuleSetId.SeMenPanRb20Tahun2021));
        services.TryAddSingleton(sp => sp.GetRequiredService<RuleSetRegistry>().Get<IPetaTalentaRules>(RuleSetId.PermenPanRb20Tahun2025));
        services.TryAddSingleton(KatalogBerakhlak.SeMenPanRb20Tahun2021);
        services.TryAddSingleton(sp => AsnKinerjaRuleSets.CreateSkpRuleOptions(Options(sp)));
        services.TryAddSingleton(sp => AsnKinerjaRuleSets.CreatePetaTalentaOptions(Options(sp)));
        services.TryAddSingleton(sp => Options(sp).KebijakanSaranPerilaku);
        return services;
    }

    private static AsnKinerjaOptions Options(IServiceProvider provider) => provider.GetRequiredService<IOptions<AsnKinerjaOptions>>().Value;
}
