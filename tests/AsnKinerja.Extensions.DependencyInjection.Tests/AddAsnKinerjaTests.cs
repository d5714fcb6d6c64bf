using AsnKinerja.BehaviourRubric;
using AsnKinerja.NineBox;
using AsnKinerja.Predicates;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AsnKinerja.Extensions.DependencyInjection.Tests;

public class AddAsnKinerjaTests
{
    [Fact]
    public void AddAsnKinerja_NoConfiguration_ResolvesEveryServiceWithTheLibraryDefaults()
    {
        using var provider = new ServiceCollection().AddAsnKinerja().BuildServiceProvider();

        Assert.Same(KuadranKinerja.PermenPanRb6Tahun2022, provider.GetRequiredService<KuadranKinerja>());
        Assert.Same(KatalogBerakhlak.SeMenPanRb20Tahun2021, provider.GetRequiredService<KatalogBerakhlak>());
        Assert.Equal(DistribusiOptions.Default, provider.GetRequiredService<DistribusiOptions>());
        Assert.Same(PemetaanRatingPimpinan.Default, provider.GetRequiredService<PemetaanRatingPimpinan>());
        Assert.Same(TabelAngkaKredit.PermenPanRb1Tahun2023, provider.GetRequiredService<TabelAngkaKredit>());
        Assert.Equal(SkpRuleOptions.Default.Policies, provider.GetRequiredService<SkpRuleOptions>().Policies);
        Assert.True(PetaTalentaOptions.Default.Policies.SequenceEqual(provider.GetRequiredService<PetaTalentaOptions>().Policies));
        Assert.Same(KebijakanSaranPerilaku.Default, provider.GetRequiredService<KebijakanSaranPerilaku>());
    }

    [Fact]
    public void AddAsnKinerja_Configured_BuildsTheServicesFromTheOptions()
    {
        using var provider = new ServiceCollection().AddAsnKinerja(o =>
        {
            o.Pembulatan = Pembulatan.SetengahKeAtas;
            o.AmbangUnitKecil = 3;
            o.Penegakan = TingkatPenegakan.Tegakkan;
            o.PemetaanRatingPimpinan = new Dictionary<PredikatKinerjaOrganisasi, Ekspektasi>
            {
                [PredikatKinerjaOrganisasi.SangatKurang] = Ekspektasi.DiBawah,
                [PredikatKinerjaOrganisasi.Kurang] = Ekspektasi.DiBawah,
                [PredikatKinerjaOrganisasi.ButuhPerbaikan] = Ekspektasi.Sesuai,
                [PredikatKinerjaOrganisasi.Baik] = Ekspektasi.Sesuai,
                [PredikatKinerjaOrganisasi.Istimewa] = Ekspektasi.DiAtas,
            };
            o.BatasPenetapanSkp = BatasPenetapanSkp.AkhirJanuari;
            o.KoefisienPemula = 4m;
            o.PenggabunganKinerja = PenggabunganKinerja.TahunTerakhir;
            o.BatasPotensialTinggi = 75m;
            o.KebijakanSaranPerilaku = KebijakanSaranPerilaku.Mayoritas;
        }).BuildServiceProvider();

        Assert.Equal(new DistribusiOptions(Pembulatan.SetengahKeAtas, ambangUnitKecil: 3, penegakan: TingkatPenegakan.Tegakkan), provider.GetRequiredService<DistribusiOptions>());
        var pemetaan = provider.GetRequiredService<PemetaanRatingPimpinan>();
        Assert.Equal("Instansi", pemetaan.Name);
        Assert.Equal(Ekspektasi.Sesuai, pemetaan.Map(PredikatKinerjaOrganisasi.ButuhPerbaikan));
        Assert.Equal(BatasPenetapanSkp.AkhirJanuari, provider.GetRequiredService<SkpRuleOptions>().BatasPenetapan);
        Assert.Equal(4m, provider.GetRequiredService<TabelAngkaKredit>().KoefisienPemula);
        var talenta = provider.GetRequiredService<PetaTalentaOptions>();
        Assert.Equal(PenggabunganKinerja.TahunTerakhir, talenta.Penggabungan);
        Assert.Equal(75m, talenta.BatasPotensialTinggi);
        Assert.Same(KebijakanSaranPerilaku.Mayoritas, provider.GetRequiredService<KebijakanSaranPerilaku>());
    }

    [Fact]
    public void AddAsnKinerja_Services_AreSingletons()
    {
        using var provider = new ServiceCollection().AddAsnKinerja().BuildServiceProvider();
        Assert.Same(provider.GetRequiredService<DistribusiOptions>(), provider.GetRequiredService<DistribusiOptions>());
        using var scope = provider.CreateScope();
        Assert.Same(provider.GetRequiredService<PetaTalentaOptions>(), scope.ServiceProvider.GetRequiredService<PetaTalentaOptions>());
    }

    [Fact]
    public void AddAsnKinerja_Twice_AddsNoRegistrationTwice()
    {
        var once = new ServiceCollection().AddAsnKinerja();
        var twice = new ServiceCollection().AddAsnKinerja().AddAsnKinerja();
        Assert.Equal(once.Count, twice.Count);
        Assert.Equal(once.Select(d => d.ServiceType), twice.Select(d => d.ServiceType));
        Assert.Single(twice, d => d.ServiceType == typeof(IValidateOptions<AsnKinerjaOptions>));
    }

    [Fact]
    public void AddAsnKinerja_TwiceWithDelegates_AddsOnlyTheSecondConfigurationAndAppliesBothInOrder()
    {
        var services = new ServiceCollection().AddAsnKinerja(o => o.AmbangUnitKecil = 3);
        var count = services.Count;
        services.AddAsnKinerja(o => o.AmbangUnitKecil++);
        Assert.Equal(count + 1, services.Count);
        using var provider = services.BuildServiceProvider();
        Assert.Equal(4, provider.GetRequiredService<DistribusiOptions>().AmbangUnitKecil);
    }

    [Fact]
    public void AddAsnKinerja_ExistingRegistration_IsKept()
    {
        var mine = new DistribusiOptions(penegakan: TingkatPenegakan.Tegakkan);
        using var provider = new ServiceCollection().AddSingleton(mine).AddAsnKinerja().BuildServiceProvider();
        Assert.Same(mine, provider.GetRequiredService<DistribusiOptions>());
    }

    [Fact]
    public void Resolve_InvalidOptions_ReportsEveryErrorTogetherOnFirstResolution()
    {
        var services = new ServiceCollection().AddAsnKinerja(o =>
        {
            o.AmbangUnitKecil = 0;
            o.Pembulatan = (Pembulatan)9;
            o.KoefisienPemula = 0m;
            o.BatasPotensialTinggi = 50m;
            o.BatasPotensialMenengah = 60m;
            o.PemetaanRatingPimpinan = new Dictionary<PredikatKinerjaOrganisasi, Ekspektasi> { [PredikatKinerjaOrganisasi.Baik] = Ekspektasi.Sesuai };
            o.PemetaanPredikatTalenta = new Dictionary<PredikatKinerja, Ekspektasi>();
            o.KebijakanSaranPerilaku = null!;
        });

        // Building the container does not validate (no Hosting, so no ValidateOnStart): the first resolution does.
        using var provider = services.BuildServiceProvider();
        var e = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<DistribusiOptions>());
        Assert.Contains(e.Failures, f => f.Contains("AmbangUnitKecil", StringComparison.Ordinal));
        Assert.Contains(e.Failures, f => f.Contains("Pembulatan", StringComparison.Ordinal));
        Assert.Contains(e.Failures, f => f.Contains("KoefisienPemula", StringComparison.Ordinal));
        Assert.Contains(e.Failures, f => f.Contains("BatasPotensialMenengah (60) must be below", StringComparison.Ordinal));
        Assert.Contains(e.Failures, f => f.StartsWith("PemetaanRatingPimpinan:", StringComparison.Ordinal));
        Assert.Contains(e.Failures, f => f.Contains("PemetaanPredikatTalenta has no level for SangatKurang", StringComparison.Ordinal));
        Assert.Contains(e.Failures, f => f.Contains("KebijakanSaranPerilaku", StringComparison.Ordinal));
        Assert.True(e.Failures.Count() >= 7);

        // Every engine that depends on the options reports the same failure.
        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<PetaTalentaOptions>());
        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<TabelAngkaKredit>());
    }

    [Fact]
    public void Validator_DefaultOptions_Succeed() =>
        Assert.True(new AsnKinerjaOptionsValidator().Validate(null, new AsnKinerjaOptions()).Succeeded);

    [Fact]
    public void AddAsnKinerja_NullServices_Throws() =>
        Assert.Throws<ArgumentNullException>(() => AsnKinerjaServiceCollectionExtensions.AddAsnKinerja(null!));

    [Fact]
    public void ResolvedServices_DriveTheEngines()
    {
        using var provider = new ServiceCollection().AddAsnKinerja(o => o.Penegakan = TingkatPenegakan.Tegakkan).BuildServiceProvider();
        var verdict = PemeriksaDistribusi.Check("U", PredikatKinerjaOrganisasi.Baik, new JumlahPredikat(0, 0, 0, 8, 2), provider.GetRequiredService<DistribusiOptions>());
        Assert.Contains(verdict.Findings, f => f.Severity == FindingSeverity.Error);
        var kepala = provider.GetRequiredService<KuadranKinerja>().EvaluateKepalaUnit(PredikatKinerjaOrganisasi.Istimewa, Ekspektasi.DiAtas, provider.GetRequiredService<PemetaanRatingPimpinan>());
        Assert.Equal(PredikatKinerja.SangatBaik, kepala.Predikat);
    }
}
