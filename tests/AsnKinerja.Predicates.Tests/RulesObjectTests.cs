using NodaTime;
using static AsnKinerja.Predicates.Tests.AturanUji;

namespace AsnKinerja.Predicates.Tests;

/// <summary>The rules objects of the Predicates package: well-known instances, configuration, typed provenance, lookup by ID and date.</summary>
public sealed class RulesObjectTests
{
    private static readonly RegulationReference Sumber = new("Uji", "Pasal uji", Confidence.High);

    private static RuleSetRegistry BuiltIn => RuleSetRegistry.Create(Enumerable.Empty<IRules>().Concat(KuadranRules.All).Concat(DistribusiRules.All).Concat(AngkaKreditRules.All));

    [Fact]
    public void All_EachPackageList_HoldsItsWellKnownInstanceWithItsRuleSetAndDomain()
    {
        Assert.Equal(new[] { KuadranRules.PermenPanRb6Tahun2022 }, KuadranRules.All);
        Assert.Equal(new[] { DistribusiRules.SeMenPanRb3Tahun2023 }, DistribusiRules.All);
        Assert.Equal(new[] { AngkaKreditRules.PermenPanRb1Tahun2023 }, AngkaKreditRules.All);
        Assert.Same(RuleSet.PermenPanRb6Tahun2022, KuadranRules.PermenPanRb6Tahun2022.RuleSet);
        Assert.Same(RuleSet.SeMenPanRb3Tahun2023, DistribusiRules.SeMenPanRb3Tahun2023.RuleSet);
        Assert.Same(RuleSet.PermenPanRb1Tahun2023, AngkaKreditRules.PermenPanRb1Tahun2023.RuleSet);
        Assert.Equal(RuleDomain.Kuadran, KuadranRules.PermenPanRb6Tahun2022.Domain);
        Assert.Equal(RuleDomain.Distribusi, DistribusiRules.SeMenPanRb3Tahun2023.Domain);
        Assert.Equal(RuleDomain.AngkaKredit, AngkaKreditRules.PermenPanRb1Tahun2023.Domain);
    }

    [Fact]
    public void Policies_OfTheDefaultInstances_AreTheDocumentedDefaults()
    {
        Assert.Equal(new[] { PemetaanRatingPimpinan.Default.AsAppliedPolicy() }, KuadranRules.PermenPanRb6Tahun2022.Policies);
        Assert.Equal(DistribusiOptions.Default.Policies, DistribusiRules.SeMenPanRb3Tahun2023.Policies);
        Assert.Equal(new[] { "KoefisienPemula", "PenghitunganBulan" }, AngkaKreditRules.PermenPanRb1Tahun2023.Policies.Select(p => p.Name));
        Assert.All(AngkaKreditRules.PermenPanRb1Tahun2023.Policies, p => Assert.True(p.IsDefault));
    }

    [Fact]
    public void Find_TheTwentyTwentyTwoEvaluationDecidedInFebruary2023_GetsSe3Of2023()
    {
        var periode = PeriodeKinerja.Tahunan(2022);

        Assert.Same(DistribusiRules.SeMenPanRb3Tahun2023, BuiltIn.Find<IDistribusiRules>(new LocalDate(2023, 2, 15), periode));
        Assert.Same(KuadranRules.PermenPanRb6Tahun2022, BuiltIn.Find<IKuadranRules>(new LocalDate(2023, 2, 15), periode));
    }

    [Fact]
    public void Find_TheTwentyTwentyTwoEvaluationDecidedBeforeTheCircular_IsAClearError()
    {
        var e = Assert.Throws<KeyNotFoundException>(() => BuiltIn.Find<IDistribusiRules>(new LocalDate(2023, 1, 15), PeriodeKinerja.Tahunan(2022)));

        Assert.Contains("IDistribusiRules", e.Message, StringComparison.Ordinal);
        Assert.Contains("2023-01-15", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_AngkaKreditForTheTwentyTwentyThreeYear_GetsPermenPanRb1Of2023()
    {
        Assert.Same(AngkaKreditRules.PermenPanRb1Tahun2023, BuiltIn.Find<IAngkaKreditRules>(new LocalDate(2024, 1, 10), PeriodeKinerja.Tahunan(2023)));
        Assert.False(BuiltIn.TryFind<IAngkaKreditRules>(new LocalDate(2022, 6, 1), PeriodeKinerja.Tahunan(2021), out _));
    }

    [Fact]
    public void Find_CustomRuleSetBesideTheBuiltIn_AppliesOnlyToItsDatesAndPeriods()
    {
        var registry = BuiltIn.With(PolaInstansi.Rules);

        Assert.Same(PolaInstansi.Rules, registry.Get<IDistribusiRules>(PolaInstansi.RuleSet.Id));
        Assert.Same(PolaInstansi.Rules, registry.Find<IDistribusiRules>(new LocalDate(2027, 2, 1), PeriodeKinerja.Tahunan(2026)));
        Assert.Same(DistribusiRules.SeMenPanRb3Tahun2023, registry.Find<IDistribusiRules>(new LocalDate(2027, 2, 1), PeriodeKinerja.Tahunan(2025)));
        Assert.Same(DistribusiRules.SeMenPanRb3Tahun2023, registry.Find<IDistribusiRules>(new LocalDate(2026, 12, 31), PeriodeKinerja.Tahunan(2026)));
    }

    [Fact]
    public void WithOptions_Distribusi_KeepsTheRuleSetAndPatternsAndCarriesTheOptionsIntoEveryResult()
    {
        var opsi = new DistribusiOptions(Pembulatan.SetengahKeAtas, penegakan: TingkatPenegakan.Tegakkan);
        var rules = DistribusiRules.SeMenPanRb3Tahun2023.WithOptions(opsi);

        Assert.Same(RuleSet.SeMenPanRb3Tahun2023, rules.RuleSet);
        Assert.Equal(DistribusiRules.SeMenPanRb3Tahun2023.Pola, rules.Pola);
        Assert.Same(opsi, rules.Options);
        Assert.Same(DistribusiRules.SeMenPanRb3Tahun2023, DistribusiRules.SeMenPanRb3Tahun2023.WithOptions(new DistribusiOptions()));
        var check = rules.Check("U", PredikatKinerjaOrganisasi.Baik, new JumlahPredikat(0, 0, 1, 7, 2));
        Assert.Same(opsi, check.Options);
        Assert.Same(opsi, check.Kuota.Options);
        Assert.Equal(RuleSetId.SeMenPanRb3Tahun2023, check.RuleSet);
        Assert.Same(opsi, rules.CalculateKuota(PredikatKinerjaOrganisasi.Baik, 10).Options);
        Assert.Same(opsi, rules.Kalibrasi("U", PredikatKinerjaOrganisasi.Baik, new[] { new PegawaiKalibrasi(N(0), PredikatKinerja.Baik) }).Options);
    }

    [Fact]
    public void Check_OneUnit_DoesNotReportTheHeadPolicyItCannotApply()
    {
        var rules = DistribusiRules.SeMenPanRb3Tahun2023.WithOptions(new DistribusiOptions(kepalaUnit: PenghitunganKepalaUnit.UnitSendiri));

        var check = rules.Check("U", PredikatKinerjaOrganisasi.Baik, new JumlahPredikat(0, 0, 1, 7, 2));
        var kuota = rules.CalculateKuota(PredikatKinerjaOrganisasi.Baik, 10);
        var usulan = rules.Kalibrasi("U", PredikatKinerjaOrganisasi.Baik, new[] { new PegawaiKalibrasi(N(0), PredikatKinerja.Baik) });

        Assert.DoesNotContain(check.Policies, p => p.Name == "KepalaUnit");
        Assert.DoesNotContain(check.Explanation.Policies, p => p.Name == "KepalaUnit");
        Assert.DoesNotContain(kuota.Policies, p => p.Name == "KepalaUnit");
        Assert.DoesNotContain(usulan.Policies, p => p.Name == "KepalaUnit");
        Assert.Equal(PenghitunganKepalaUnit.UnitSendiri, check.Options.KepalaUnit);
        Assert.Contains(rules.Policies, p => p.Name == "KepalaUnit" && p.Choice == "UnitSendiri");
    }

    [Fact]
    public void Evaluate_Bulk_ReportsTheHeadPolicyAndMappingOnlyWhenTheInputRecordsHeads()
    {
        var withoutHeads = new BulkInput(new[] { 0, 0 }, new[] { Ekspektasi.Sesuai, Ekspektasi.Sesuai }, new[] { Ekspektasi.Sesuai, Ekspektasi.Sesuai }, new[] { -1 }, new[] { PredikatKinerjaOrganisasi.Baik });
        var withHeads = new BulkInput(new[] { 0, 0 }, new[] { Ekspektasi.Sesuai, Ekspektasi.Sesuai }, new[] { Ekspektasi.Sesuai, Ekspektasi.Sesuai }, new[] { -1 }, new[] { PredikatKinerjaOrganisasi.Baik }, new[] { 0 });

        var a = DistribusiRules.SeMenPanRb3Tahun2023.Evaluate(withoutHeads, KuadranRules.PermenPanRb6Tahun2022);
        var b = DistribusiRules.SeMenPanRb3Tahun2023.Evaluate(withHeads, KuadranRules.PermenPanRb6Tahun2022);

        Assert.DoesNotContain(a.Policies, p => p.Name is "KepalaUnit" or "PemetaanRatingPimpinan");
        Assert.Contains(b.Policies, p => p.Name == "KepalaUnit");
        Assert.Contains(PemetaanRatingPimpinan.Default.AsAppliedPolicy(), b.Policies);
        Assert.Same(DistribusiOptions.Default, b.Options);
        Assert.Same(PemetaanRatingPimpinan.Default, b.Pemetaan);
    }

    [Fact]
    public void Evaluate_Quadrant_NamesTheRuleSetAndNoMapping()
    {
        var terhitung = KuadranRules.PermenPanRb6Tahun2022.Evaluate(Ekspektasi.DiAtas, Ekspektasi.Sesuai);

        Assert.Equal(RuleSetId.PermenPanRb6Tahun2022, terhitung.RuleSet);
        Assert.False(terhitung.IsKepalaUnit);
        Assert.Null(terhitung.PredikatOrganisasi);
        Assert.Null(terhitung.Pemetaan);
    }

    [Fact]
    public void EvaluateKepalaUnit_ConfiguredMapping_IsCarriedAsTypedValues()
    {
        var lunak = new PemetaanRatingPimpinan("Lunak", new Dictionary<PredikatKinerjaOrganisasi, Ekspektasi>
        {
            [PredikatKinerjaOrganisasi.SangatKurang] = Ekspektasi.DiBawah,
            [PredikatKinerjaOrganisasi.Kurang] = Ekspektasi.Sesuai,
            [PredikatKinerjaOrganisasi.ButuhPerbaikan] = Ekspektasi.Sesuai,
            [PredikatKinerjaOrganisasi.Baik] = Ekspektasi.Sesuai,
            [PredikatKinerjaOrganisasi.Istimewa] = Ekspektasi.DiAtas,
        });
        var rules = KuadranRules.PermenPanRb6Tahun2022.WithPemetaan(lunak);

        var terhitung = rules.EvaluateKepalaUnit(PredikatKinerjaOrganisasi.Kurang, Ekspektasi.Sesuai);

        Assert.True(terhitung.IsKepalaUnit);
        Assert.Equal(PredikatKinerjaOrganisasi.Kurang, terhitung.PredikatOrganisasi);
        Assert.Same(lunak, terhitung.Pemetaan);
        Assert.Equal(PredikatKinerja.Baik, terhitung.Predikat);
        Assert.Same(RuleSet.PermenPanRb6Tahun2022, rules.RuleSet);
        Assert.Equal(new[] { lunak.AsAppliedPolicy() }, rules.Policies);
        Assert.Same(KuadranRules.PermenPanRb6Tahun2022, KuadranRules.PermenPanRb6Tahun2022.WithPemetaan(PemetaanRatingPimpinan.Default));
        Assert.Throws<ArgumentNullException>(() => rules.WithPemetaan(null!));
    }

    [Fact]
    public void PemetaanRatingPimpinan_SameNameAndMapping_AreEqual()
    {
        var mapping = PemetaanRatingPimpinan.Default.Mapping;
        var a = new PemetaanRatingPimpinan("Instansi", mapping);
        var b = new PemetaanRatingPimpinan("Instansi", mapping);

        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.False(a == PemetaanRatingPimpinan.Default);
        Assert.True(a != new PemetaanRatingPimpinan("Lain", mapping));
    }

    [Fact]
    public void WithOptions_AngkaKredit_ConfiguresTheTableAndTheMonthPolicy()
    {
        var opsi = new AngkaKreditOptions(4m, PenghitunganBulan.BulanTersentuh);
        var rules = AngkaKreditRules.PermenPanRb1Tahun2023.WithOptions(opsi);

        Assert.Equal(4m, rules.Tabel.KoefisienPemula);
        Assert.Same(opsi, rules.Options);
        Assert.Same(TabelAngkaKredit.PermenPanRb1Tahun2023, AngkaKreditRules.PermenPanRb1Tahun2023.Tabel);
        Assert.Equal(3, rules.Calculate(PeriodeKinerja.Rentang(new LocalDate(2024, 1, 15), new LocalDate(2024, 3, 31)), PredikatKinerja.Baik, JenjangFungsional.AhliPertama).Bulan);
        Assert.Equal(RuleSetId.PermenPanRb1Tahun2023, rules.Calculate(1, PredikatKinerja.Baik, JenjangFungsional.Pemula).RuleSet);
        var jarak = rules.CalculateJarak(30m, GolonganRuang.IIIa, JenjangFungsional.AhliPertama);
        Assert.Equal(GolonganRuang.IIIa, jarak.Golongan);
        Assert.Equal(JenjangFungsional.AhliPertama, jarak.Jenjang);
        Assert.Equal(RuleSetId.PermenPanRb1Tahun2023, jarak.RuleSet);
    }

    [Fact]
    public void AngkaKreditOptions_Invalid_ReportsEveryErrorTogether()
    {
        var e = Assert.Throws<ArgumentException>(() => new AngkaKreditOptions(0m, (PenghitunganBulan)7));

        Assert.Contains("koefisienPemula", e.Message, StringComparison.Ordinal);
        Assert.Contains("penghitunganBulan", e.Message, StringComparison.Ordinal);
        Assert.Equal(new AngkaKreditOptions(), AngkaKreditOptions.Default);
        Assert.True(new AngkaKreditOptions(4m) != AngkaKreditOptions.Default);
    }

    [Fact]
    public void BatasanDistribusi_InvalidGroupAndPercentage_ReportsEveryErrorTogether()
    {
        var e = Assert.Throws<ArgumentException>(() => BatasanDistribusi.Maksimum(120, Sumber));
        Assert.Contains("between 0 and 100 (was 120)", e.Message, StringComparison.Ordinal);
        Assert.Contains("at least one predicate", e.Message, StringComparison.Ordinal);

        var twice = Assert.Throws<ArgumentException>(() => BatasanDistribusi.Minimum(-1, Sumber, PredikatKinerja.Baik, PredikatKinerja.Baik, (PredikatKinerja)9));
        Assert.Contains("was -1", twice.Message, StringComparison.Ordinal);
        Assert.Contains("Baik more than once", twice.Message, StringComparison.Ordinal);
        Assert.Contains("undefined predicate (9)", twice.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => BatasanDistribusi.WajibAda(null!, PredikatKinerja.Baik));
        Assert.Throws<ArgumentException>(() => BatasanDistribusi.Dominan((PredikatKinerja)0, Sumber));
    }

    [Fact]
    public void BatasanDistribusi_Factories_BuildTheKindGroupAndPercentage()
    {
        var cap = BatasanDistribusi.Maksimum(70, Sumber, PredikatKinerja.SangatBaik);
        var group = BatasanDistribusi.Minimum(10, Sumber, PredikatKinerja.ButuhPerbaikan, PredikatKinerja.KurangMisconduct);

        Assert.Equal("Maksimum(SB,70%)", cap.Name);
        Assert.Equal("Minimum(BP+K,10%)", group.Name);
        Assert.Equal("WajibAda(BP+K)", BatasanDistribusi.WajibAda(Sumber, PredikatKinerja.KurangMisconduct, PredikatKinerja.ButuhPerbaikan).Name);
        Assert.Equal("Dilarang(SB)", BatasanDistribusi.Dilarang(Sumber, PredikatKinerja.SangatBaik).Name);
        Assert.False(BatasanDistribusi.Dominan(PredikatKinerja.Baik, Sumber).IsHard);
        Assert.Same(Sumber, cap.Source);
    }

    [Fact]
    public void PolaDistribusi_OverlappingGroupsAndTwoDominantGroups_ReportsEveryErrorTogether()
    {
        var e = Assert.Throws<ArgumentException>(() => PolaDistribusi.Create(PredikatKinerjaOrganisasi.Baik, new[]
        {
            BatasanDistribusi.Dominan(PredikatKinerja.Baik, Sumber),
            BatasanDistribusi.Dominan(PredikatKinerja.SangatBaik, Sumber),
            BatasanDistribusi.Minimum(10, Sumber, PredikatKinerja.ButuhPerbaikan, PredikatKinerja.KurangMisconduct),
            BatasanDistribusi.Maksimum(50, Sumber, PredikatKinerja.Baik, PredikatKinerja.ButuhPerbaikan),
        }));

        Assert.Contains("exactly one dominant group", e.Message, StringComparison.Ordinal);
        Assert.Contains("overlap", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => PolaDistribusi.Create((PredikatKinerjaOrganisasi)0, new[] { BatasanDistribusi.Dominan(PredikatKinerja.Baik, Sumber) }));
        Assert.Throws<ArgumentException>(() => PolaDistribusi.Create(PredikatKinerjaOrganisasi.Baik, new BatasanDistribusi[] { null! }));
    }

    [Fact]
    public void PolaDistribusi_SameGroupTwice_IsNotAnOverlap()
    {
        var pola = PolaDistribusi.Create(PredikatKinerjaOrganisasi.Kurang, new[]
        {
            BatasanDistribusi.Minimum(10, Sumber, PredikatKinerja.ButuhPerbaikan, PredikatKinerja.KurangMisconduct),
            BatasanDistribusi.Dominan(PredikatKinerja.KurangMisconduct, Sumber),
            BatasanDistribusi.Maksimum(90, Sumber, PredikatKinerja.KurangMisconduct, PredikatKinerja.ButuhPerbaikan),
            BatasanDistribusi.Minimum(60, Sumber, PredikatKinerja.KurangMisconduct),
        });

        Assert.Equal(PredikatKinerja.KurangMisconduct, pola.KelompokDominan);
        Assert.Equal(new[] { "Dominan(K)", "Minimum(BP+K,10%)", "Maksimum(BP+K,90%)", "Minimum(K,60%)" }, pola.Batasan.Select(b => b.Name));
    }

    [Fact]
    public void Create_MissingAndRepeatedOrganisationPredicates_ReportsEveryErrorTogether()
    {
        var polaBaik = DistribusiRules.SeMenPanRb3Tahun2023.GetPola(PredikatKinerjaOrganisasi.Baik);
        var e = Assert.Throws<ArgumentException>(() => DistribusiRules.Create(PolaInstansi.RuleSet, new[] { polaBaik, polaBaik, null! }));

        Assert.Contains("must not contain null", e.Message, StringComparison.Ordinal);
        Assert.Contains("no pattern for the organisation predicate Istimewa", e.Message, StringComparison.Ordinal);
        Assert.Contains("no pattern for the organisation predicate SangatKurang", e.Message, StringComparison.Ordinal);
        Assert.Contains("2 patterns for the organisation predicate Baik", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => DistribusiRules.Create(null!, DistribusiRules.SeMenPanRb3Tahun2023.Pola));
        Assert.Throws<ArgumentNullException>(() => DistribusiRules.Create(PolaInstansi.RuleSet, null!));
    }

    [Fact]
    public void Create_PatternsInAnyOrder_AreHeldWorstOrganisationPredicateFirst()
    {
        var rules = DistribusiRules.Create(PolaInstansi.RuleSet, DistribusiRules.SeMenPanRb3Tahun2023.Pola.Reverse(), new DistribusiOptions(penegakan: TingkatPenegakan.Tegakkan));

        Assert.True(DistribusiRules.SeMenPanRb3Tahun2023.Pola.SequenceEqual(rules.Pola));
        Assert.Equal(TingkatPenegakan.Tegakkan, rules.Options.Penegakan);
        Assert.Same(PolaInstansi.RuleSet, rules.RuleSet);
    }

    [Fact]
    public void CalculateKuota_CustomRuleSet_UsesItsOwnCaps()
    {
        // Istimewa, 10 employees: SB ≤ 50% gives 0–5 (SE MenPANRB 3/2023: SB ≤ 70% gives 0–7).
        var istimewa = PolaInstansi.Rules.CalculateKuota(PredikatKinerjaOrganisasi.Istimewa, 10);
        Assert.Equal(new RentangKuota(0, 5), istimewa[PredikatKinerja.SangatBaik]);
        Assert.Equal(new RentangKuota(0, 7), DistribusiRules.SeMenPanRb3Tahun2023.CalculateKuota(PredikatKinerjaOrganisasi.Istimewa, 10)[PredikatKinerja.SangatBaik]);

        // Baik, 10 employees: B ≤ 80% gives 0–8, SB ≤ 20% gives 0–2.
        var baik = PolaInstansi.Rules.CalculateKuota(PredikatKinerjaOrganisasi.Baik, 10);
        Assert.Equal(new RentangKuota(0, 8), baik[PredikatKinerja.Baik]);
        Assert.Equal(new RentangKuota(0, 2), baik[PredikatKinerja.SangatBaik]);
        Assert.Equal(PolaInstansi.RuleSet.Id, baik.RuleSet);
    }

    [Fact]
    public void Check_CustomRuleSet_JudgesAndExplainsUnderItsOwnRuleSet()
    {
        var hasil = PolaInstansi.Rules.Check("Biro Umum", PredikatKinerjaOrganisasi.Istimewa, new JumlahPredikat(0, 0, 0, 4, 6));

        Assert.Equal(StatusDistribusi.TidakMemenuhi, hasil.Status);
        var f = Assert.Single(hasil.Findings);
        Assert.Equal("DST001", f.Code);
        Assert.Equal("Maksimum(SB,50%)", f.GetValue("batasan"));
        Assert.Equal(1, hasil.PerubahanMinimum);
        Assert.Equal(PolaInstansi.RuleSet.Id, hasil.RuleSet);
        Assert.Equal(PolaInstansi.RuleSet.Id, hasil.Explanation.RuleSet);
        Assert.All(hasil.Batasan, b => Assert.Equal(PolaInstansi.RuleSet.Id, b.Explanation.RuleSet));
        Assert.Equal(PolaInstansi.RuleSet.Id, hasil.Kuota.RuleSet);
        Assert.Equal(StatusDistribusi.Memenuhi, DistribusiRules.SeMenPanRb3Tahun2023.Check("Biro Umum", PredikatKinerjaOrganisasi.Istimewa, new JumlahPredikat(0, 0, 0, 4, 6)).Status);
    }

    [Fact]
    public void ProposeKalibrasi_CustomRuleSet_MovesTheLowestScoredToMeetItsCap()
    {
        var pegawai = Enumerable.Range(1, 6).Select(i => new PegawaiKalibrasi(N(i), PredikatKinerja.SangatBaik, 90 + i))
            .Concat(Enumerable.Range(1, 4).Select(i => new PegawaiKalibrasi(N(100 + i), PredikatKinerja.Baik, 70 + i)));

        var usulan = PolaInstansi.Rules.Kalibrasi("Biro Umum", PredikatKinerjaOrganisasi.Istimewa, pegawai);

        var perubahan = Assert.Single(usulan.Perubahan);
        Assert.Equal(N(1), perubahan.Nip);
        Assert.Equal(PredikatKinerja.Baik, perubahan.Menjadi);
        Assert.Equal(StatusDistribusi.Memenuhi, usulan.PemeriksaanSesudah!.Status);
        Assert.Equal(PolaInstansi.RuleSet.Id, usulan.RuleSet);
        Assert.Equal(PolaInstansi.RuleSet.Id, usulan.PemeriksaanSesudah.RuleSet);
        Assert.Equal(PolaInstansi.RuleSet.Id, perubahan.Alasan.RuleSet);
        Assert.Equal(PolaInstansi.RuleSet.Id, usulan.Explanation.RuleSet);
    }
}
