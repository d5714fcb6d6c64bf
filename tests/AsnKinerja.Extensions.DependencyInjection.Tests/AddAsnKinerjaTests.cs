using AsnKinerja.BehaviourRubric;
using AsnKinerja.NineBox;
using AsnKinerja.Predicates;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;

namespace AsnKinerja.Extensions.DependencyInjection.Tests;

public class AddAsnKinerjaTests
{
    [Fact]
    public void AddAsnKinerja_NoConfiguration_ResolvesEveryServiceWithTheLibraryDefaults()
    {
        using var provider = new ServiceCollection().AddAsnKinerja().BuildServiceProvider();

        Assert.Same(KuadranRules.PermenPanRb6Tahun2022, provider.GetRequiredService<IKuadranRules>());
        Assert.Same(DistribusiRules.SeMenPanRb3Tahun2023, provider.GetRequiredService<IDistribusiRules>());
        Assert.Same(AngkaKreditRules.PermenPanRb1Tahun2023, provider.GetRequiredService<IAngkaKreditRules>());
        Assert.Same(KatalogBerakhlak.SeMenPanRb20Tahun2021, provider.GetRequiredService<KatalogBerakhlak>());
        Assert.Equal(SkpRuleOptions.Default.Policies, provider.GetRequiredService<SkpRuleOptions>().Policies);
        Assert.True(PetaTalentaOptions.Default.Policies.SequenceEqual(provider.GetRequiredService<PetaTalentaOptions>().Policies));
        Assert.Same(KebijakanSaranPerilaku.Default, provider.GetRequiredService<KebijakanSaranPerilaku>());
        Assert.Equal(SkpRules.PermenPanRb6Tahun2022.Policies.ToArray(), provider.GetRequiredService<ISkpRules>().Policies.ToArray());
        Assert.Same(AsnKinerja.Cascading.CascadingRules.PermenPanRb6Tahun2022, provider.GetRequiredService<AsnKinerja.Cascading.ICascadingRules>());
        Assert.Equal(PerilakuKerjaRules.SeMenPanRb20Tahun2021.Policies.ToArray(), provider.GetRequiredService<IPerilakuKerjaRules>().Policies.ToArray());
        var talenta = provider.GetRequiredService<IPetaTalentaRules>();
        Assert.Same(RuleSet.PermenPanRb20Tahun2025, talenta.RuleSet);
        Assert.Equal(PetaTalentaRules.PermenPanRb20Tahun2025.Policies.ToArray(), talenta.Policies.ToArray());
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

        Assert.Equal(new DistribusiOptions(Pembulatan.SetengahKeAtas, ambangUnitKecil: 3, penegakan: TingkatPenegakan.Tegakkan), provider.GetRequiredService<IDistribusiRules>().Options);
        var pemetaan = provider.GetRequiredService<IKuadranRules>().Pemetaan;
        Assert.Equal("Instansi", pemetaan.Name);
        Assert.Equal(Ekspektasi.Sesuai, pemetaan.Map(PredikatKinerjaOrganisasi.ButuhPerbaikan));
        Assert.Equal(BatasPenetapanSkp.AkhirJanuari, provider.GetRequiredService<SkpRuleOptions>().BatasPenetapan);
        Assert.Equal(4m, provider.GetRequiredService<IAngkaKreditRules>().Tabel.KoefisienPemula);
        var talenta = provider.GetRequiredService<PetaTalentaOptions>();
        Assert.Equal(PenggabunganKinerja.TahunTerakhir, talenta.Penggabungan);
        Assert.Equal(75m, talenta.BatasPotensialTinggi);
        Assert.Same(KebijakanSaranPerilaku.Mayoritas, provider.GetRequiredService<KebijakanSaranPerilaku>());
        Assert.Equal(BatasPenetapanSkp.AkhirJanuari, provider.GetRequiredService<ISkpRules>().Options.BatasPenetapan);
        Assert.Same(KebijakanSaranPerilaku.Mayoritas, provider.GetRequiredService<IPerilakuKerjaRules>().Options.KebijakanSaran);
        Assert.Equal(PenggabunganKinerja.TahunTerakhir, provider.GetRequiredService<IPetaTalentaRules>().Options.Penggabungan);
    }

    [Fact]
    public void AddAsnKinerja_TalentMapPolicies_ConfigureBothTalentRuleSets()
    {
        using var provider = new ServiceCollection().AddAsnKinerja(o =>
        {
            o.KebijakanPredikatBelumDitetapkan = KebijakanPredikatBelumDitetapkan.PakaiPredikatTerhitung;
            o.KebijakanSumberPotensial = KebijakanSumberPotensial.Wajib;
            o.BatasPotensialTinggi = 90m;
        }).BuildServiceProvider();
        var registry = provider.GetRequiredService<RuleSetRegistry>();

        var lama = registry.Find<IPetaTalentaRules>(new LocalDate(2025, 2, 1), PeriodeKinerja.Tahunan(2024));
        var baru = provider.GetRequiredService<IPetaTalentaRules>();

        Assert.Same(RuleSet.PermenPanRb3Tahun2020, lama.RuleSet);
        Assert.Equal(90m, lama.Options.BatasPotensialTinggi);
        Assert.Same(baru, registry.Find<IPetaTalentaRules>(new LocalDate(2027, 2, 1), PeriodeKinerja.Tahunan(2026)));
        Assert.Equal(KebijakanPredikatBelumDitetapkan.PakaiPredikatTerhitung, baru.Options.PredikatBelumDitetapkan);
        Assert.Equal(KebijakanSumberPotensial.Wajib, provider.GetRequiredService<PetaTalentaOptions>().SumberPotensial);
    }

    [Fact]
    public void AddAsnKinerja_Services_AreSingletons()
    {
        using var provider = new ServiceCollection().AddAsnKinerja().BuildServiceProvider();
        Assert.Same(provider.GetRequiredService<IDistribusiRules>(), provider.GetRequiredService<IDistribusiRules>());
        Assert.Same(provider.GetRequiredService<RuleSetRegistry>(), provider.GetRequiredService<RuleSetRegistry>());
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
        Assert.Equal(4, provider.GetRequiredService<IDistribusiRules>().Options.AmbangUnitKecil);
    }

    [Fact]
    public void AddAsnKinerja_ExistingRegistration_IsKept()
    {
        var mine = DistribusiRules.SeMenPanRb3Tahun2023.WithOptions(new DistribusiOptions(penegakan: TingkatPenegakan.Tegakkan));
        using var provider = new ServiceCollection().AddSingleton(mine).AddAsnKinerja().BuildServiceProvider();
        Assert.Same(mine, provider.GetRequiredService<IDistribusiRules>());
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
        var e = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IDistribusiRules>());
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
        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IAngkaKreditRules>());
        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<RuleSetRegistry>());
    }

    [Fact]
    public void Validator_UndefinedTalentMapPolicies_AreReported()
    {
        var options = new AsnKinerjaOptions { KebijakanPredikatBelumDitetapkan = 0, KebijakanSumberPotensial = (KebijakanSumberPotensial)9 };

        var result = new AsnKinerjaOptionsValidator().Validate(null, options);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Failures!, f => f.StartsWith("KebijakanPredikatBelumDitetapkan is not a defined", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.StartsWith("KebijakanSumberPotensial is not a defined", StringComparison.Ordinal));
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
        var verdict = provider.GetRequiredService<IDistribusiRules>().Check("U", PredikatKinerjaOrganisasi.Baik, new JumlahPredikat(0, 0, 0, 8, 2));
        Assert.Contains(verdict.Findings, f => f.Severity == FindingSeverity.Error);
        var kepala = provider.GetRequiredService<IKuadranRules>().EvaluateKepalaUnit(PredikatKinerjaOrganisasi.Istimewa, Ekspektasi.DiAtas);
        Assert.Equal(PredikatKinerja.SangatBaik, kepala.Predikat);
    }

    [Fact]
    public void Registry_Default_HoldsEveryBuiltInRuleSetAndFindsThemByDecisionDateAndPeriod()
    {
        using var provider = new ServiceCollection().AddAsnKinerja().BuildServiceProvider();
        var registry = provider.GetRequiredService<RuleSetRegistry>();

        Assert.Equal(
            new[] { RuleDomain.Skp, RuleDomain.Cascading, RuleDomain.Kuadran, RuleDomain.Distribusi, RuleDomain.AngkaKredit, RuleDomain.PerilakuKerja, RuleDomain.PetaTalenta, RuleDomain.PetaTalenta },
            registry.Rules.Select(r => r.Domain));
        Assert.Same(provider.GetRequiredService<IDistribusiRules>(), registry.Find<IDistribusiRules>(new LocalDate(2023, 2, 15), PeriodeKinerja.Tahunan(2022)));
        Assert.Same(provider.GetRequiredService<IKuadranRules>(), registry.Get<IKuadranRules>(RuleSetId.PermenPanRb6Tahun2022));
    }

    [Fact]
    public void Registry_CallersRuleSet_IsHandedOutConfiguredWithTheAgencysPolicies()
    {
        var draft = new RuleSet(new RuleSetId("RancanganSeDistribusi2027"), "Rancangan SE 2027", "Rancangan surat edaran (uji)", new LocalDate(2027, 1, 1), null, Array.Empty<string>(), periodsFrom: new LocalDate(2026, 1, 1));
        var rules = DistribusiRules.Create(draft, DistribusiRules.SeMenPanRb3Tahun2023.Pola);
        using var provider = new ServiceCollection().AddAsnKinerja(o =>
        {
            o.Penegakan = TingkatPenegakan.Tegakkan;
            o.RuleSets.Add(rules);
        }).BuildServiceProvider();
        var registry = provider.GetRequiredService<RuleSetRegistry>();

        var found = registry.Find<IDistribusiRules>(new LocalDate(2027, 3, 1), PeriodeKinerja.Tahunan(2026));

        Assert.Same(draft, found.RuleSet);
        Assert.Equal(TingkatPenegakan.Tegakkan, found.Options.Penegakan);
        Assert.Equal(TingkatPenegakan.Tegakkan, registry.Get<IDistribusiRules>(RuleSetId.SeMenPanRb3Tahun2023).Options.Penegakan);
        Assert.Equal(9, registry.Rules.Length);
    }

    [Fact]
    public void Resolve_CallersRuleSetsThatConflict_AreReportedWithTheOtherErrors()
    {
        var twin = new RuleSet(new RuleSetId("KembarA"), "A", "Kembar A", new LocalDate(2027, 1, 1), null, Array.Empty<string>());
        var other = new RuleSet(new RuleSetId("KembarB"), "B", "Kembar B", new LocalDate(2027, 1, 1), null, Array.Empty<string>());
        var services = new ServiceCollection().AddAsnKinerja(o =>
        {
            o.AmbangUnitKecil = 0;
            o.PenghitunganBulan = (PenghitunganBulan)5;
            o.RuleSets.Add(DistribusiRules.Create(twin, DistribusiRules.SeMenPanRb3Tahun2023.Pola));
            o.RuleSets.Add(DistribusiRules.Create(other, DistribusiRules.SeMenPanRb3Tahun2023.Pola));
        });
        using var provider = services.BuildServiceProvider();

        var e = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<RuleSetRegistry>());

        Assert.Contains(e.Failures, f => f.Contains("AmbangUnitKecil", StringComparison.Ordinal));
        Assert.Contains(e.Failures, f => f.Contains("PenghitunganBulan", StringComparison.Ordinal));
        Assert.Contains(e.Failures, f => f.StartsWith("RuleSets:", StringComparison.Ordinal) && f.Contains("'KembarA' and 'KembarB'", StringComparison.Ordinal));
    }

    [Fact]
    public void Resolve_NullRuleSet_IsReported()
    {
        using var provider = new ServiceCollection().AddAsnKinerja(o => o.RuleSets.Add(null!)).BuildServiceProvider();

        var e = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IKuadranRules>());

        Assert.Contains(e.Failures, f => f.Contains("RuleSets must not contain null", StringComparison.Ordinal));
    }
}
