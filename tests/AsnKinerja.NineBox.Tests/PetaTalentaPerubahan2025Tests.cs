using System.Globalization;
using AsnKinerja.NineBox;
using AsnKinerja.Testing;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using static AsnKinerja.NineBox.Tests.TestData;
using P = AsnKinerja.PredikatKinerja;

namespace AsnKinerja.NineBox.Tests;

/// <summary>
/// PermenPANRB 20/2025, amending 3/2020 (regulation reference §9 and §14): the performance axis reads the predicate set
/// after the distribution check, potential comes from assessment-centre results, the box numbering and follow-ups are
/// unchanged; decisions from 31 December 2025 about talent years from 2025.
/// </summary>
public class PetaTalentaPerubahan2025Tests
{
    private static readonly IPetaTalentaRules Lama = PetaTalentaRules.PermenPanRb3Tahun2020;
    private static readonly IPetaTalentaRules Baru = PetaTalentaRules.PermenPanRb20Tahun2025;
    private static readonly RuleSetRegistry Registry = RuleSetRegistry.Create(PetaTalentaRules.All);
    private static readonly NilaiPotensial TinggiAc = NilaiPotensial.FromTingkat(TingkatPotensial.Tinggi, SumberPotensial.AssessmentCenter);

    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    private static DataTalentaPegawai Data(int nomorUrut, NilaiPotensial potensial, params KinerjaTahunan[] kinerja) => new(Nip(nomorUrut), kinerja, potensial);

    // (talent year, decision date) → the rule set the registry hands out, from the two descriptors' dates
    // (3/2020: decisions from 2020-01-01, years from 2020; 20/2025: decisions from 2025-12-31, years from 2025).
    [Theory]
    [InlineData(2024, 2025, 1, 31, "PermenPanRb3Tahun2020")]
    [InlineData(2024, 2026, 2, 1, "PermenPanRb3Tahun2020")]
    [InlineData(2025, 2025, 12, 30, "PermenPanRb3Tahun2020")]
    [InlineData(2025, 2025, 12, 31, "PermenPanRb20Tahun2025")]
    [InlineData(2026, 2027, 1, 15, "PermenPanRb20Tahun2025")]
    public void Registry_ByDecisionDateAndTalentYear_FindsTheRuleSetInForce(int tahun, int y, int m, int d, string expected)
    {
        var rules = Registry.Find<IPetaTalentaRules>(D(y, m, d), PeriodeKinerja.Tahunan(tahun));

        Assert.Equal(expected, rules.RuleSet.Id.Value);
        Assert.Equal(RuleDomain.PetaTalenta, rules.Domain);
    }

    [Fact]
    public void Registry_DecisionBeforeTheFirstRuleSet_IsAClearError()
    {
        var e = Assert.Throws<KeyNotFoundException>(() => Registry.Find<IPetaTalentaRules>(D(2019, 6, 1), PeriodeKinerja.Tahunan(2019)));

        Assert.Contains("2019-06-01", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_2024And2026PlacementsFromTheRegistry_EachNamesItsRuleSet()
    {
        var pegawai = Data(1, TinggiAc, KinerjaTahunan.Ditetapkan(2023, P.Baik), KinerjaTahunan.Ditetapkan(2024, P.SangatBaik), KinerjaTahunan.Ditetapkan(2025, P.SangatBaik), KinerjaTahunan.Ditetapkan(2026, P.SangatBaik));

        var p2024 = Registry.Find<IPetaTalentaRules>(D(2025, 2, 1), PeriodeKinerja.Tahunan(2024)).Evaluate(pegawai, 2024).Value;
        var p2026 = Registry.Find<IPetaTalentaRules>(D(2027, 2, 1), PeriodeKinerja.Tahunan(2026)).Evaluate(pegawai, 2026).Value;

        Assert.Equal(RuleSetId.PermenPanRb3Tahun2020, p2024.RuleSet);
        Assert.Equal(RuleSetId.PermenPanRb3Tahun2020, p2024.Explanation.RuleSet);
        Assert.Equal(8, p2024.Kotak.Nomor);
        Assert.Equal(RuleSetId.PermenPanRb20Tahun2025, p2026.RuleSet);
        Assert.Equal(RuleSetId.PermenPanRb20Tahun2025, p2026.Explanation.RuleSet);
        Assert.Equal(9, p2026.Kotak.Nomor);
        Assert.Same(PetaTalentaOptions.Default, p2026.Options);
        Assert.Same(pegawai, p2026.Pegawai);
    }

    [Fact]
    public void Evaluate_FinalPredicateDiffersFromComputed_ReadsTheFinalOneAndExplainsIt()
    {
        // Computed Sangat Baik both years, set to Baik in 2026 after the distribution check.
        var pegawai = Data(2, TinggiAc, new KinerjaTahunan(2025, P.SangatBaik, P.SangatBaik), new KinerjaTahunan(2026, P.SangatBaik, P.Baik));

        var result = Baru.Evaluate(pegawai, 2026);

        Assert.Empty(result.Findings);
        var p = result.Value;
        Assert.Equal(8, p.Kotak.Nomor);
        Assert.Equal(Ekspektasi.Sesuai, p.Kinerja);
        var x = p.Explanation;
        Assert.Equal("KotakTalenta[kinerja=Sesuai,potensial=Tinggi]=8", x.Rule);
        Assert.Equal(RegulationNames.PermenPanRb20Tahun2025, x.Source.Regulation);
        Assert.Equal(
            new[]
            {
                "nip=198503122010011002", "tahun=2026", "predikat[2026]=Baik", "status[2026]=Ditetapkan", "kinerja[2026]=Sesuai",
                "predikat[2025]=SangatBaik", "status[2025]=Ditetapkan", "kinerja[2025]=DiAtas", "kinerja=Sesuai", "sumberPotensial=AssessmentCenter",
                "potensial=Tinggi", "kotak=8",
            },
            x.Inputs.Select(i => i.ToString()));
        Assert.Equal(new[] { "PemetaanPredikatKinerja", "PenggabunganKinerjaTahunan", "SumberPotensial" }, x.Policies.Select(pp => pp.Name));
    }

    [Fact]
    public void Evaluate_YearOnlyComputed_Under3Of2020_IsPlacedFromTheComputedPredicate()
    {
        var pegawai = Data(3, TinggiAc, KinerjaTahunan.Ditetapkan(2023, P.SangatBaik), KinerjaTahunan.Terhitung(2024, P.SangatBaik));

        var result = Lama.Evaluate(pegawai, 2024);

        Assert.Empty(result.Findings);
        Assert.Equal(9, result.Value.Kotak.Nomor);
        Assert.Contains(FindingValue.Of("status[2024]", "Terhitung"), result.Value.Explanation.Inputs);
        Assert.DoesNotContain(result.Value.Explanation.Inputs, i => i.Key == "status[2023]");
    }

    [Fact]
    public void Evaluate_YearOnlyComputed_DefaultPolicy_IsNbx006ErrorAndNoPlacement()
    {
        var pegawai = Data(4, TinggiAc, KinerjaTahunan.Ditetapkan(2025, P.SangatBaik), KinerjaTahunan.Terhitung(2026, P.SangatBaik));

        var result = Baru.Evaluate(pegawai, 2026);

        Assert.False(result.IsSuccess);
        var f = Assert.Single(result.Findings);
        Assert.Equal("NBX006", f.Code);
        Assert.Equal(FindingSeverity.Error, f.Severity);
        Assert.Equal("2026", f.GetValue("tahunBelumDitetapkan"));
        Assert.Equal(
            "Predikat kinerja pegawai 198503122010011004 tahun 2026 baru terhitung dan belum ditetapkan setelah pemeriksaan distribusi, padahal PermenPANRB 20/2025 membaca predikat yang ditetapkan. Kebijakan PredikatBelumDitetapkan=TidakDipetakan (default): pegawai tidak dipetakan sampai predikatnya ditetapkan.",
            f.Message);
        Assert.Equal(
            "The performance predicate of employee 198503122010011004 for 2026 is only computed, not yet set after the distribution check, while PermenPANRB 20/2025 reads the set predicate. Policy PredikatBelumDitetapkan=TidakDipetakan (default): the employee is not placed until the predicate is set.",
            f.GetMessage(Language.English));
    }

    [Fact]
    public void Evaluate_YearOnlyComputed_ComputedPolicy_IsPlacedWithNbx006WarningAndThePolicyInTheExplanation()
    {
        var rules = Baru.WithOptions(new PetaTalentaOptions(predikatBelumDitetapkan: KebijakanPredikatBelumDitetapkan.PakaiPredikatTerhitung));
        var pegawai = Data(5, TinggiAc, KinerjaTahunan.Terhitung(2025, P.SangatBaik), KinerjaTahunan.Terhitung(2026, P.SangatBaik));

        var result = rules.Evaluate(pegawai, 2026);

        Assert.True(result.IsSuccess);
        var f = Assert.Single(result.Findings);
        Assert.Equal(("NBX006", FindingSeverity.Warning, "2025, 2026"), (f.Code, f.Severity, f.GetValue("tahunBelumDitetapkan")));
        Assert.EndsWith("Kebijakan PredikatBelumDitetapkan=PakaiPredikatTerhitung: predikat terhitung dipakai sementara, dan penempatan ini perlu ditinjau setelah predikat ditetapkan.", f.Message, StringComparison.Ordinal);
        var p = result.Value;
        Assert.Equal(9, p.Kotak.Nomor);
        Assert.Contains(new AppliedPolicy("PredikatBelumDitetapkan", "PakaiPredikatTerhitung", false), p.Explanation.Policies);
        Assert.Contains(FindingValue.Of("status[2026]", "Terhitung"), p.Explanation.Inputs);
    }

    [Fact]
    public void Evaluate_PotentialNotFromAnAssessmentCentre_DefaultPolicy_IsPlacedWithNbx007Warning()
    {
        var pegawai = Data(6, NilaiPotensial.FromSkor(85m), KinerjaTahunan.Ditetapkan(2025, P.Baik), KinerjaTahunan.Ditetapkan(2026, P.Baik));

        var result = Baru.Evaluate(pegawai, 2026);

        Assert.True(result.IsSuccess);
        Assert.Equal(8, result.Value.Kotak.Nomor);
        var f = Assert.Single(result.Findings);
        Assert.Equal(("NBX007", FindingSeverity.Warning), (f.Code, f.Severity));
        Assert.Equal(
            "Potensial pegawai 198503122010011006 tidak menyebut sumbernya, padahal PermenPANRB 20/2025 mengambil potensial dari hasil assessment center. Kebijakan SumberPotensial=Disarankan (default): pegawai tetap dipetakan; pastikan potensial diperoleh dari assessment center.",
            f.Message);
        Assert.Equal(
            "The potential of employee 198503122010011006 states no source, while PermenPANRB 20/2025 takes potential from assessment-centre results. Policy SumberPotensial=Disarankan (default): the employee is placed; make sure the potential comes from an assessment centre.",
            f.GetMessage(Language.English));
        Assert.Contains(new AppliedPolicy("SumberPotensial", "Disarankan", true), result.Value.Explanation.Policies);
        Assert.Contains(new AppliedPolicy("BatasSkorPotensial", "Tinggi>=80,Menengah>=60", true), result.Value.Explanation.Policies);
    }

    [Fact]
    public void Evaluate_BothProblemsUnderStrictPolicies_ReportsBothErrorsTogether()
    {
        var rules = Baru.WithOptions(new PetaTalentaOptions(sumberPotensial: KebijakanSumberPotensial.Wajib));
        var pegawai = Data(7, NilaiPotensial.FromTingkat(TingkatPotensial.Menengah, SumberPotensial.Lainnya), KinerjaTahunan.Ditetapkan(2025, P.Baik), KinerjaTahunan.Terhitung(2026, P.Baik));

        var result = rules.Evaluate(pegawai, 2026);

        Assert.False(result.IsSuccess);
        Assert.Equal(new[] { "NBX006:Error", "NBX007:Error" }, result.Findings.Select(f => f.Code + ":" + f.Severity));
        Assert.StartsWith("Potensial pegawai 198503122010011007 berasal dari sumber lain,", result.Findings[1].Message, StringComparison.Ordinal);
        Assert.EndsWith(": pegawai tidak dipetakan sampai potensialnya berasal dari assessment center.", result.Findings[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_TalentYearBefore2025_IsNbx008Warning()
    {
        var pegawai = Data(8, TinggiAc, KinerjaTahunan.Ditetapkan(2023, P.Baik), KinerjaTahunan.Ditetapkan(2024, P.Baik));

        var result = Baru.Evaluate(pegawai, 2024);

        Assert.True(result.IsSuccess);
        var f = Assert.Single(result.Findings);
        Assert.Equal("NBX008", f.Code);
        Assert.Equal("Peta talenta tahun 2024 dibuat dengan PermenPANRB 20/2025, yang mengatur tahun talenta sejak 2025.", f.Message);
        Assert.Empty(Lama.Evaluate(pegawai, 2024).Findings);
    }

    // The nine-box table of regulation reference §9 (unchanged by 20/2025), cell by cell: kinerja row, potensial column → box.
    [Theory]
    [InlineData(P.SangatBaik, TingkatPotensial.Rendah, 4)]
    [InlineData(P.SangatBaik, TingkatPotensial.Menengah, 7)]
    [InlineData(P.SangatBaik, TingkatPotensial.Tinggi, 9)]
    [InlineData(P.Baik, TingkatPotensial.Rendah, 2)]
    [InlineData(P.Baik, TingkatPotensial.Menengah, 5)]
    [InlineData(P.Baik, TingkatPotensial.Tinggi, 8)]
    [InlineData(P.ButuhPerbaikan, TingkatPotensial.Rendah, 1)]
    [InlineData(P.ButuhPerbaikan, TingkatPotensial.Menengah, 3)]
    [InlineData(P.ButuhPerbaikan, TingkatPotensial.Tinggi, 6)]
    public void Evaluate_EveryCell_KeepsTheBoxNumberingOf3Of2020(P predikat, TingkatPotensial potensial, int kotak)
    {
        var pegawai = Data(9, NilaiPotensial.FromTingkat(potensial, SumberPotensial.AssessmentCenter), KinerjaTahunan.Ditetapkan(2025, predikat), KinerjaTahunan.Ditetapkan(2026, predikat));

        var p = Baru.Evaluate(pegawai, 2026).Value;

        Assert.Equal(kotak, p.Kotak.Nomor);
        Assert.Equal(KotakTalenta.FromNomor(kotak).Rekomendasi.ToArray(), p.Rekomendasi.ToArray());
        Assert.Equal(kotak, Lama.Evaluate(pegawai, 2026).Value.Kotak.Nomor);
    }

    [Fact]
    public void Policies_3Of2020ReportsThree_20Of2025AlsoReportsItsTwo()
    {
        Assert.Equal(new[] { "PemetaanPredikatKinerja", "PenggabunganKinerjaTahunan", "BatasSkorPotensial" }, Lama.Policies.Select(p => p.Name));
        Assert.Equal(
            new[] { "PemetaanPredikatKinerja", "PenggabunganKinerjaTahunan", "BatasSkorPotensial", "PredikatBelumDitetapkan", "SumberPotensial" },
            Baru.Policies.Select(p => p.Name));
        Assert.All(Baru.Policies, p => Assert.True(p.IsDefault));
        Assert.Equal(new[] { Lama, Baru }, PetaTalentaRules.All.ToArray());
        Assert.Same(RuleSet.PermenPanRb20Tahun2025, Baru.WithOptions(new PetaTalentaOptions(penggabungan: PenggabunganKinerja.TahunTerakhir)).RuleSet);
        Assert.Throws<ArgumentNullException>(() => Baru.WithOptions(null!));
    }

    [Fact]
    public void EvaluateUnit_Under20Of2025_NamesTheRuleSetAndComputesThePreviousBoxWithTheSameRules()
    {
        var pegawai = new[]
        {
            // 2025 box 8 (Baik 2024, Sangat Baik 2025 → lower Sesuai), 2026 box 9: a change into box 9.
            Data(10, TinggiAc, KinerjaTahunan.Ditetapkan(2024, P.Baik), KinerjaTahunan.Ditetapkan(2025, P.SangatBaik), KinerjaTahunan.Ditetapkan(2026, P.SangatBaik)),
            // 2026 not yet set: NBX006, not placed.
            Data(11, TinggiAc, KinerjaTahunan.Ditetapkan(2025, P.Baik), KinerjaTahunan.Terhitung(2026, P.Baik)),
        };

        var peta = Baru.EvaluateUnit(pegawai, 2026);

        Assert.Equal(RuleSetId.PermenPanRb20Tahun2025, peta.RuleSet);
        Assert.Same(PetaTalentaOptions.Default, peta.Options);
        Assert.Equal(Baru.Policies.ToArray(), peta.Policies.ToArray());
        Assert.Equal(new[] { "198503122010011010: Kotak 8 -> Kotak 9" }, peta.Perubahan.Select(c => c.ToString()));
        Assert.Equal(new[] { "NBX006:198503122010011011" }, peta.Findings.Select(f => f.Code + ":" + f.Subject));
        Assert.All(peta.Penempatan, p => Assert.Equal(RuleSetId.PermenPanRb20Tahun2025, p.RuleSet));
    }

    [Fact]
    public void Explain_Box_Under20Of2025_NamesTheAmendment()
    {
        var x = Baru.Explain(KotakTalenta.FromNomor(9));

        Assert.Equal(RuleSetId.PermenPanRb20Tahun2025, x.RuleSet);
        Assert.Equal(RegulationNames.PermenPanRb20Tahun2025, x.Source.Regulation);
        Assert.Equal(Lama.Explain(KotakTalenta.FromNomor(9)).Description, x.Description);
    }

    /// <summary>Once every year read is set after the distribution, the computed predicates change nothing, and both rule sets agree on the box.</summary>
    [Property(MaxTest = 300)]
    public Property Evaluate_AllYearsSet_ComputedPredicatesAreIgnoredAndBothRuleSetsAgree()
    {
        var predikat = new[] { P.SangatKurang, P.KurangMisconduct, P.ButuhPerbaikan, P.Baik, P.SangatBaik };
        var gen =
            from final2025 in Gen.Elements(predikat)
            from final2026 in Gen.Elements(predikat)
            from computed2025 in Gen.Elements(predikat)
            from computed2026 in Gen.Elements(predikat)
            from skor in Gen.Choose(0, 100)
            select (final2025, final2026, computed2025, computed2026, skor);
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var potensial = NilaiPotensial.FromSkor(t.skor, SumberPotensial.AssessmentCenter);
            var both = Data(20, potensial, new KinerjaTahunan(2025, t.computed2025, t.final2025), new KinerjaTahunan(2026, t.computed2026, t.final2026));
            var finalOnly = Data(20, potensial, KinerjaTahunan.Ditetapkan(2025, t.final2025), KinerjaTahunan.Ditetapkan(2026, t.final2026));
            var a = Baru.Evaluate(both, 2026);
            var b = Baru.Evaluate(finalOnly, 2026);
            var c = Lama.Evaluate(both, 2026);
            return a.IsSuccess && a.Findings.SequenceEqual(b.Findings) && !a.Findings.Any(f => f.Code is "NBX006" or "NBX007")
                && a.Value.Kotak == b.Value.Kotak && a.Value.Explanation == b.Value.Explanation && a.Value.Kotak == c.Value.Kotak;
        });
    }

    [Fact]
    public void KinerjaTahunan_ComputedOrFinal_StatesWhichPredicateItIs()
    {
        var keduanya = new KinerjaTahunan(2026, P.SangatBaik, P.Baik);

        Assert.Equal((P.SangatBaik, P.Baik, true, P.Baik), (keduanya.PredikatTerhitung!.Value, keduanya.PredikatDitetapkan!.Value, keduanya.IsDitetapkan, keduanya.Predikat));
        Assert.Equal(P.Baik, KinerjaTahunan.Terhitung(2026, P.Baik).Predikat);
        Assert.False(KinerjaTahunan.Terhitung(2026, P.Baik).IsDitetapkan);
        Assert.Null(KinerjaTahunan.Ditetapkan(2026, P.Baik).PredikatTerhitung);
        Assert.Equal("2026: Baik (terhitung Sangat Baik)", keduanya.ToString());
        Assert.Equal("2026: Baik (terhitung)", KinerjaTahunan.Terhitung(2026, P.Baik).ToString());
        Assert.Equal("2026: Baik", KinerjaTahunan.Ditetapkan(2026, P.Baik).ToString());
        Assert.Equal("2026: Baik", new KinerjaTahunan(2026, P.Baik, P.Baik).ToString());
        Assert.NotEqual(KinerjaTahunan.Terhitung(2026, P.Baik), KinerjaTahunan.Ditetapkan(2026, P.Baik));
        Assert.Throws<ArgumentException>(() => new KinerjaTahunan(2026, null, null));
        Assert.Throws<ArgumentOutOfRangeException>(() => new KinerjaTahunan(2026, (P)0, P.Baik));
        Assert.Throws<ArgumentOutOfRangeException>(() => KinerjaTahunan.Terhitung(2026, (P)9));
    }

    [Fact]
    public void NilaiPotensial_Source_IsPartOfTheValue()
    {
        var ac = NilaiPotensial.FromSkor(80m, SumberPotensial.AssessmentCenter);

        Assert.Equal(SumberPotensial.AssessmentCenter, ac.Sumber);
        Assert.Null(NilaiPotensial.FromSkor(80m).Sumber);
        Assert.NotEqual(NilaiPotensial.FromSkor(80m), ac);
        Assert.Equal(NilaiPotensial.FromSkor(80.0m, SumberPotensial.AssessmentCenter), ac);
        Assert.Equal("skor 80 (AssessmentCenter)", ac.ToString());
        Assert.Equal("Tinggi (Lainnya)", NilaiPotensial.FromTingkat(TingkatPotensial.Tinggi, SumberPotensial.Lainnya).ToString());
        Assert.Throws<ArgumentOutOfRangeException>(() => NilaiPotensial.FromTingkat(TingkatPotensial.Tinggi, (SumberPotensial)3));
        Assert.Null(default(NilaiPotensial).Sumber);
    }

    [Fact]
    public void Options_UndefinedAmendmentPolicies_AreReportedTogether()
    {
        var e = Assert.Throws<ArgumentException>(() => new PetaTalentaOptions(predikatBelumDitetapkan: 0, sumberPotensial: (KebijakanSumberPotensial)7));

        Assert.StartsWith("Invalid PetaTalentaOptions (2 errors):", e.Message, StringComparison.Ordinal);
        Assert.Contains("predikatBelumDitetapkan: 0", e.Message, StringComparison.Ordinal);
        Assert.Contains("sumberPotensial: 7", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Findings_UnderEveryCulture_AreTheSame()
    {
        var pegawai = Data(21, NilaiPotensial.FromSkor(70.5m), KinerjaTahunan.Ditetapkan(2025, P.Baik), KinerjaTahunan.Terhitung(2026, P.Baik));

        var results = Cultures.UnderEach(() => string.Join("|", Baru.Evaluate(pegawai, 2026).Findings.Select(f => f.Message + f.GetMessage(Cultures.Get("en-US")))));

        Assert.All(results, r => Assert.Equal(results[0], r));
    }
}
