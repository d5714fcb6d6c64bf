using AsnKinerja.BehaviourRubric;
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
    /// Registers the AsnKinerja engines and policies as singletons, built once from
    /// <see cref="AsnKinerjaOptions"/>: <see cref="KuadranKinerja"/> (PermenPANRB 6/2022), <see cref="DistribusiOptions"/>, <see cref="PemetaanRatingPimpinan"/>,
    /// <see cref="TabelAngkaKredit"/>, <see cref="SkpRuleOptions"/>, <see cref="PetaTalentaOptions"/>,
    /// <see cref="KebijakanSaranPerilaku"/> and <see cref="KatalogBerakhlak"/> (SE MenPANRB 20/2021).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the agency's policies; null keeps every documented default.</param>
    /// <returns>The same <paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    /// <remarks>
    /// Registering twice adds no service twice (TryAdd); each <paramref name="configure"/> delegate is applied in order,
    /// as with <c>Configure&lt;T&gt;</c>. The options are validated when first resolved (resolving any of these services
    /// resolves them): an invalid configuration throws one <see cref="OptionsValidationException"/> listing every error.
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
        services.TryAddSingleton(KuadranKinerja.PermenPanRb6Tahun2022);
        services.TryAddSingleton(KatalogBerakhlak.SeMenPanRb20Tahun2021);
        services.TryAddSingleton(sp => CreateOpsiDistribusi(Options(sp)));
        services.TryAddSingleton(sp => CreatePemetaanRatingPimpinan(Options(sp)));
        services.TryAddSingleton(sp => TabelAngkaKredit.PermenPanRb1Tahun2023.WithKoefisienPemula(Options(sp).KoefisienPemula));
        services.TryAddSingleton(sp => new SkpRuleOptions(Options(sp).BatasPenetapanSkp, Options(sp).WajibAspekInti));
        services.TryAddSingleton(sp => CreatePetaTalentaOptions(Options(sp)));
        services.TryAddSingleton(sp => Options(sp).KebijakanSaranPerilaku);
        return services;
    }

    private static AsnKinerjaOptions Options(IServiceProvider provider) => provider.GetRequiredService<IOptions<AsnKinerjaOptions>>().Value;

    private static DistribusiOptions CreateOpsiDistribusi(AsnKinerjaOptions o) =>
        new(o.Pembulatan, o.SebagianBesar, o.UnitKecil, o.AmbangUnitKecil, o.KepalaUnit, o.Penegakan);

    private static PemetaanRatingPimpinan CreatePemetaanRatingPimpinan(AsnKinerjaOptions o) =>
        o.PemetaanRatingPimpinan is { } mapping ? new PemetaanRatingPimpinan(o.NamaPemetaanRatingPimpinan, mapping) : PemetaanRatingPimpinan.Default;

    private static PetaTalentaOptions CreatePetaTalentaOptions(AsnKinerjaOptions o) =>
        new(o.PemetaanPredikatTalenta, o.PenggabunganKinerja, o.BatasPotensialTinggi, o.BatasPotensialMenengah);
}
