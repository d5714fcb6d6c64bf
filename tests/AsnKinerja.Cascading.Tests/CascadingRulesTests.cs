using System.Globalization;
using AsnKinerja.Testing;
using static AsnKinerja.Cascading.Tests.TestData;

namespace AsnKinerja.Cascading.Tests;

public class CascadingRulesTests
{
    private static List<string> Codes(IEnumerable<Finding> findings) => findings.Select(f => f.Code + ":" + f.Subject).ToList();

    [Fact]
    public void Validate_CleanOrganisation_NoFindings()
    {
        Assert.Empty(Check(CleanOrganisation()));
    }

    [Fact]
    public void Validate_UnknownSuperiorRhk_Cas001()
    {
        var skps = CleanOrganisation().Replace("S3", Skp("S3", 3, 2, Pelaksana, new[] { Rhk("R31", "R21"), R32, Rhk("R33", "R99") }));

        var finding = Assert.Single(Check(skps));

        Assert.Equal("CAS001", finding.Code);
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Equal("R33", finding.Subject);
        Assert.Equal("R99", finding.GetValue("rhkAtasan"));
        Assert.Equal("S3", finding.GetValue("skp"));
    }

    [Fact]
    public void Validate_RhkOfSomeoneNotTheSuperior_Cas002()
    {
        // Staff 3 (PPK 2) intervenes R1 of the head (1), skipping the division head.
        var skps = CleanOrganisation().Replace("S3", Skp("S3", 3, 2, Pelaksana, new[] { Rhk("R31", "R21"), R32, Rhk("R33", "R1") }));

        var finding = Assert.Single(Check(skps));

        Assert.Equal("CAS002", finding.Code);
        Assert.Equal("R33", finding.Subject);
        Assert.Equal(Nip(1).ToString(), finding.GetValue("pemilik"));
        Assert.Equal(Nip(2).ToString(), finding.GetValue("ppk"));
    }

    [Fact]
    public void Validate_RhkOfWorkTeamLeader_NoCas002()
    {
        var skps = CleanOrganisation().Replace("S3", Skp("S3", 3, 2, Pelaksana, new[] { Rhk("R31", "R21"), R32, Rhk("R33", "R1", penugasan: "Tim SPBE") }));
        var team = new TimKerja("T1", "Tim SPBE", Nip(1), new[] { Nip(3) });

        Assert.Empty(Check(skps, new[] { team }));
    }

    [Fact]
    public void Validate_OwnRhkAsSuperior_Cas002()
    {
        var skps = CleanOrganisation().Replace("S3", Skp("S3", 3, 2, Pelaksana, new[] { Rhk("R31", "R21"), R32, Rhk("R33", "R31") }));

        Assert.Equal(new[] { "CAS002:R33" }, Codes(Check(skps)));
    }

    [Fact]
    public void Validate_SuperiorSkpOfAnotherPeriod_Cas003()
    {
        var skps = CleanOrganisation().Replace("S3", Skp("S3", 3, 2, Pelaksana, new[] { Rhk("R31", "R21") }, periode: PeriodeKinerja.Tahunan(2025)));

        var finding = Assert.Single(Check(skps));

        Assert.Equal("CAS003", finding.Code);
        Assert.Equal("Tahun 2025", finding.GetValue("periode"));
        Assert.Equal("Tahun 2024", finding.GetValue("periodeAtasan"));
    }

    [Fact]
    public void Validate_SuperiorSkpOverlapsPartly_NoCas003()
    {
        var skps = CleanOrganisation().Replace("S3", Skp("S3", 3, 2, Pelaksana, new[] { Rhk("R31", "R21"), R32 }, periode: PeriodeKinerja.Triwulanan(2024, Triwulan.III)));

        Assert.Empty(Check(skps));
    }

    [Theory]
    [InlineData(StatusSkp.Draf, true)]
    [InlineData(StatusSkp.Diajukan, true)]
    [InlineData(StatusSkp.Disetujui, false)]
    [InlineData(StatusSkp.Ditutup, false)]
    public void Validate_SuperiorSkpStatus_Cas004OnlyWhenNotApproved(StatusSkp status, bool expected)
    {
        var skps = CleanOrganisation().Replace("S2", Skp("S2", 2, 1, Administrator, new[] { Rhk("R21", "R1"), Rhk("R22", "R2") }, status));

        var findings = Check(skps);

        // S3 intervenes two RHK of S2: one finding per pair of SKPs, not per RHK.
        Assert.Equal(expected ? new[] { "CAS004:S3" } : Array.Empty<string>(), Codes(findings));
        if (expected)
        {
            Assert.Equal(status.ToString(), findings[0].GetValue("status"));
            Assert.Equal("S2", findings[0].GetValue("skpAtasan"));
        }
    }

    [Fact]
    public void Validate_SuperiorRhkIsPersonal_Cas005()
    {
        var skps = CleanOrganisation().Replace("S2", Skp("S2", 2, 1, Administrator, new[] { Rhk("R21", "R1"), Rhk("R22", "R2", klasifikasi: KlasifikasiRhk.Individu) }));

        Assert.Equal(new[] { "CAS005:R32" }, Codes(Check(skps)));
    }

    [Fact]
    public void Validate_TwoRhkInterveneEachOther_Cas006WithTheCycle()
    {
        var skps = CleanOrganisation()
            .Replace("S2", Skp("S2", 2, 1, Administrator, new[] { Rhk("R21", "R31"), Rhk("R22", "R2") }));

        var findings = Check(skps);

        var cycle = Assert.Single(findings, f => f.Code == "CAS006");
        Assert.Equal("R21", cycle.Subject);
        Assert.Equal("R21 -> R31 -> R21", cycle.GetValue("siklus"));
        Assert.Equal("2", cycle.GetValue("jumlah"));

        // R1 is now delivered by nobody, and R21 intervenes the RHK of its own subordinate.
        Assert.Equal(new[] { "CAS002:R21", "CAS006:R21", "CAS007:R1" }, Codes(findings));
    }

    [Fact]
    public void Validate_RhkInterveningItself_Cas006()
    {
        var skps = CleanOrganisation().Replace("S3", Skp("S3", 3, 2, Pelaksana, new[] { Rhk("R31", "R21"), Rhk("R33", "R33") }));

        var cycle = Assert.Single(Check(skps), f => f.Code == "CAS006");
        Assert.Equal("R33 -> R33", cycle.GetValue("siklus"));
    }

    [Fact]
    public void Validate_LeaderRhkNobodyDelivers_Cas007()
    {
        var skps = CleanOrganisation().Replace("S2", Skp("S2", 2, 1, Administrator, new[] { Rhk("R21", "R1"), Rhk("R22", "R2"), Rhk("R23", "R1") }));

        var finding = Assert.Single(Check(skps));

        Assert.Equal("CAS007", finding.Code);
        Assert.Equal(FindingSeverity.Warning, finding.Severity);
        Assert.Equal("R23", finding.Subject);
        Assert.Equal(Nip(2).ToString(), finding.GetValue("pimpinan"));
    }

    [Fact]
    public void Validate_PersonalRhkOfLeaderOrRhkOfNonLeader_NoCas007()
    {
        // R23 is personal; staff 3 leads nobody, so R31 needs no one below it.
        var skps = CleanOrganisation().Replace("S2", Skp("S2", 2, 1, Administrator, new[] { Rhk("R21", "R1"), Rhk("R22", "R2"), Rhk("R23", "R1", JenisRhk.Tambahan, KlasifikasiRhk.Individu) }));

        Assert.Empty(Check(skps));
    }

    [Fact]
    public void Validate_LeaderOnlyThroughWorkTeam_Cas007ForUndeliveredRhk()
    {
        // Employee 4 (PPK 100, outside) leads team T1 whose member 3 has an SKP: 4's organisation RHK need deliverers.
        var skps = CleanOrganisation();
        skps.Add(Skp("S4", 4, 1, Administrator, new[] { Rhk("R41", "R1"), Rhk("R42", "R2") }));
        skps[2] = Skp("S3", 3, 2, Pelaksana, new[] { Rhk("R31", "R21"), Rhk("R32", "R22", jenis: JenisRhk.Tambahan, klasifikasi: KlasifikasiRhk.Individu), Rhk("R33", "R41") });
        var team = new TimKerja("T1", "Tim Data", Nip(4), new[] { Nip(3) });

        Assert.Equal(new[] { "CAS007:R42" }, Codes(Check(skps, new[] { team })));
    }

    [Fact]
    public void Validate_MainRhkServingNothing_Cas008()
    {
        var skps = CleanOrganisation().Replace("S3", Skp("S3", 3, 2, Pelaksana, new[] { Rhk("R31", "R21"), R32, Rhk("R33"), Rhk("R34", jenis: JenisRhk.Tambahan), Rhk("R35", penugasan: "Kepala Badan") }));

        var finding = Assert.Single(Check(skps));

        Assert.Equal("CAS008", finding.Code);
        Assert.Equal("R33", finding.Subject);
    }

    private static List<Skp> DirectCascade(decimal target, params decimal[] parts)
    {
        var skps = CleanOrganisation().Replace("S2", Skp("S2", 2, 1, Administrator, new[]
        {
            Rhk("R21", "R1", iki: new[] { Iki("R21.1", target), Iki("R21.2", 100m, "%", AspekIki.Kualitas), Iki("R21.3", 12m, "bulan", AspekIki.Waktu) }),
            Rhk("R22", "R2"),
        }));
        for (var k = 0; k < parts.Length; k++)
        {
            var id = "R5" + k.ToString(CultureInfo.InvariantCulture);
            skps.Add(Skp("S5" + k.ToString(CultureInfo.InvariantCulture), 50 + k, 2, Pelaksana, new[]
            {
                Rhk(id, "R21", metode: MetodeCascading.Langsung, iki: new[] { Iki(id + ".1", parts[k], " Dokumen "), Iki(id + ".2", 100m, "%", AspekIki.Kualitas), Iki(id + ".3", 12m, "bulan", AspekIki.Waktu) }),
            }));
        }

        return skps;
    }

    [Fact]
    public void Validate_DirectCascadeShortOfTarget_Cas009UnderDefaultPolicy()
    {
        var finding = Assert.Single(Check(DirectCascade(100m, 60m, 30m)));

        Assert.Equal("CAS009", finding.Code);
        Assert.Equal(FindingSeverity.Warning, finding.Severity);
        Assert.Equal("R21", finding.Subject);
        Assert.Equal("100", finding.GetValue("target"));
        Assert.Equal("90", finding.GetValue("jumlah"));
        Assert.Equal("dokumen", finding.GetValue("satuan"));
        Assert.Equal("Kuantitas", finding.GetValue("aspek"));
        Assert.Equal("R50, R51", finding.GetValue("bawahan"));
        Assert.Equal("PenjumlahanTarget=PalingSedikit", finding.GetValue("kebijakan"));
    }

    [Theory]
    [InlineData(KebijakanPenjumlahanTarget.PalingSedikit, 60, 40, false)]
    [InlineData(KebijakanPenjumlahanTarget.PalingSedikit, 60, 50, false)]
    [InlineData(KebijakanPenjumlahanTarget.PalingSedikit, 60, 39, true)]
    [InlineData(KebijakanPenjumlahanTarget.Tepat, 60, 40, false)]
    [InlineData(KebijakanPenjumlahanTarget.Tepat, 60, 50, true)]
    [InlineData(KebijakanPenjumlahanTarget.Tepat, 60, 39, true)]
    [InlineData(KebijakanPenjumlahanTarget.Toleransi, 60, 35, false)]
    [InlineData(KebijakanPenjumlahanTarget.Toleransi, 60, 45, false)]
    [InlineData(KebijakanPenjumlahanTarget.Toleransi, 60, 34, true)]
    [InlineData(KebijakanPenjumlahanTarget.Toleransi, 60, 46, true)]
    public void Validate_DirectCascadeAgainstTarget100_Cas009PerPolicy(KebijakanPenjumlahanTarget policy, int a, int b, bool expected)
    {
        var options = new CascadingOptions(policy, toleransiPersen: 5m);

        var findings = Check(DirectCascade(100m, a, b), options: options);

        Assert.Equal(expected, findings.Any(f => f.Code == "CAS009"));
        Assert.All(findings, f => Assert.Equal("CAS009", f.Code));
    }

    [Fact]
    public void Validate_IndirectCascadeOrOtherUnit_NoCas009()
    {
        var skps = CleanOrganisation().Replace("S2", Skp("S2", 2, 1, Administrator, new[] { Rhk("R21", "R1", iki: new[] { Iki("R21.1", 100m) }), Rhk("R22", "R2") }));
        skps.Add(Skp("S50", 50, 2, Pelaksana, new[] { Rhk("R50", "R21", metode: MetodeCascading.TidakLangsung, iki: new[] { Iki("R50.1", 1m) }) }));
        skps.Add(Skp("S51", 51, 2, Pelaksana, new[] { Rhk("R51", "R21", metode: MetodeCascading.Langsung, iki: new[] { Iki("R51.1", 1m, "laporan") }) }));

        Assert.Empty(Check(skps));
    }

    [Fact]
    public void Validate_JptWithTwoPerspectives_Cas010WarningByDefault()
    {
        var skps = CleanOrganisation().Replace("S1", Skp("S1", 1, 100, JptPratama, new[]
        {
            Rhk("R1", sumber: "PK-1", iki: new[] { Iki("R1.1", 10m, perspektif: PerspektifIki.PenerimaLayanan) }),
            Rhk("R2", sumber: "PK-2", iki: new[] { Iki("R2.1", 1m, perspektif: PerspektifIki.Anggaran) }),
        }));

        var finding = Assert.Single(Check(skps));

        Assert.Equal("CAS010", finding.Code);
        Assert.Equal(FindingSeverity.Warning, finding.Severity);
        Assert.Equal("ProsesBisnis, PenguatanInternal", finding.GetValue("perspektif"));
        Assert.Equal("PerspektifJpt=Disarankan", finding.GetValue("kebijakan"));

        var strict = Assert.Single(Check(skps, options: new CascadingOptions(perspektifJpt: KebijakanPerspektifJpt.Wajib)));
        Assert.Equal(FindingSeverity.Error, strict.Severity);
        Assert.Equal("PerspektifJpt=Wajib", strict.GetValue("kebijakan"));
    }

    [Fact]
    public void Validate_NonJptWithoutPerspectives_NoCas010()
    {
        // S2 and S3 have no perspectives at all; only JPT SKPs are checked.
        Assert.DoesNotContain(Check(CleanOrganisation()), f => f.Code == "CAS010");
    }

    private static StrukturOrganisasi Struktur()
    {
        var units = new[] { new UnitKerja("U1", "Badan", null), new UnitKerja("U2", "Bidang", "U1"), new UnitKerja("U3", "Seksi", "U2") };
        var placements = new[]
        {
            new PenempatanPegawai(Nip(1), "U1", true), new PenempatanPegawai(Nip(2), "U2", true), new PenempatanPegawai(Nip(3), "U3", false),
            new PenempatanPegawai(Nip(4), "U2", false),
        };
        return StrukturOrganisasi.Create(units, placements).Value;
    }

    private static List<Skp> PlacedOrganisation() => CleanOrganisation()
        .Replace("S1", Skp("S1", 1, 100, JptPratama, CleanOrganisation()[0].HasilKerja.ToArray(), unit: "U1"))
        .Replace("S2", Skp("S2", 2, 1, Administrator, new[] { Rhk("R21", "R1"), Rhk("R22", "R2") }, unit: "U2"))
        .Replace("S3", Skp("S3", 3, 2, Pelaksana, new[] { Rhk("R31", "R21"), Rhk("R32", "R22", jenis: JenisRhk.Tambahan, klasifikasi: KlasifikasiRhk.Individu) }, unit: "U3"));

    [Fact]
    public void Validate_PpkIsNearestHeadAbove_NoCas011()
    {
        // U3 has no head: staff 3's superior is the head of U2 (2); the head of U2 reports to the head of U1.
        Assert.Empty(Check(PlacedOrganisation(), struktur: Struktur()));
    }

    [Fact]
    public void Validate_PpkIsNotTheStructuralSuperior_Cas011()
    {
        var skps = PlacedOrganisation();
        skps.Add(Skp("S4", 4, 1, Pelaksana, new[] { Rhk("R41", "R1", penugasan: "Kepala Badan") }, unit: "U2"));

        var findings = Check(skps, new[] { new TimKerja("T1", "Tim", Nip(1), new[] { Nip(4) }) }, Struktur());

        var finding = Assert.Single(findings);
        Assert.Equal("CAS011", finding.Code);
        Assert.Equal("S4", finding.Subject);
        Assert.Equal(Nip(2).ToString(), finding.GetValue("atasan"));
        Assert.Equal(Nip(1).ToString(), finding.GetValue("ppk"));
    }

    [Fact]
    public void Validate_NonAsnPpk_NoCas011()
    {
        // As in the CAS011 case above, but the PPK is the regent: not an ASN post, so not in the tree to compare with.
        var bupati = new PejabatPenilaiKinerja(Pejabat.NonAsn(JabatanNonAsn.Bupati, "Drs. H. Contoh", "Bupati Sleman"));
        var skps = PlacedOrganisation();
        skps.Add(Skp("S4", 4, 1, Pelaksana, new[] { Rhk("R41", "R1", penugasan: "Kepala Badan") }, unit: "U2").ToBuilder().WithPejabatPenilai(bupati).Build());

        Assert.Empty(Check(skps, new[] { new TimKerja("T1", "Tim", Nip(1), new[] { Nip(4) }) }, Struktur()));
    }

    [Fact]
    public void Validate_ActingPpk_NoCas011()
    {
        var skps = PlacedOrganisation();
        skps.Add(Skp("S4", 4, 1, Pelaksana, new[] { Rhk("R41", "R1") }, unit: "U2", kewenangan: KewenanganPenilai.Plt));

        Assert.Empty(Check(skps, struktur: Struktur()));
    }

    [Fact]
    public void Validate_UnitNotInTree_Cas012()
    {
        var skps = PlacedOrganisation().Replace("S3", Skp("S3", 3, 2, Pelaksana, new[] { Rhk("R31", "R21"), R32 }, unit: "U9"));

        var finding = Assert.Single(Check(skps, struktur: Struktur()));

        Assert.Equal("CAS012", finding.Code);
        Assert.Equal("U9", finding.GetValue("unit"));
    }

    [Fact]
    public void Validate_SameRhkIdInTwoSkps_Cas013AndReferencesGoToTheFirst()
    {
        var skps = CleanOrganisation().Replace("S3", Skp("S3", 3, 2, Pelaksana, new[] { Rhk("R31", "R21"), Rhk("R21", "R21", JenisRhk.Tambahan) }));
        var graph = CascadingGraph.Create(skps);

        var findings = CascadingRules.PermenPanRb6Tahun2022.Validate(graph).Findings;

        var duplicate = Assert.Single(findings, f => f.Code == "CAS013");
        Assert.Equal("S2, S3", duplicate.GetValue("skp"));
        Assert.Equal("S2", graph.GetNode("R21").Skp.Id);
    }

    [Fact]
    public void Validate_FindingsSortedByCodeThenSubject()
    {
        var skps = CleanOrganisation().Replace("S3", Skp("S3", 3, 2, Pelaksana, new[] { Rhk("R39", "RX"), Rhk("R31", "RY"), Rhk("R33") }));

        var findings = Check(skps);

        Assert.Equal(new[] { "CAS001:R31", "CAS001:R39", "CAS007:R21", "CAS007:R22", "CAS008:R33" }, Codes(findings));
    }

    [Fact]
    public void Validate_UnderEveryCulture_SameFindings()
    {
        var skps = DirectCascade(100m, 33.5m, 60.25m);

        var results = Cultures.UnderEach(() => Check(skps, options: new CascadingOptions(KebijakanPenjumlahanTarget.Toleransi, 2.5m)));

        Assert.All(results, r => Assert.Equal(results[0], r));
        Assert.Equal("93.75", Assert.Single(results[0]).GetValue("jumlah"));
        Assert.Equal("PenjumlahanTarget=Toleransi(2.5%)", results[0][0].GetValue("kebijakan"));
    }

    [Fact]
    public void Explain_Cas009_NamesPolicyAndFillsValues()
    {
        var finding = Assert.Single(Check(DirectCascade(100m, 60m, 30m)));

        var explanation = CascadingRules.PermenPanRb6Tahun2022.Explain(finding);

        Assert.Equal(RuleSetId.PermenPanRb6Tahun2022, explanation.RuleSet);
        Assert.Equal("CAS009", explanation.Rule);
        Assert.Equal(new AppliedPolicy("PenjumlahanTarget", "PalingSedikit", true), Assert.Single(explanation.Policies));
        Assert.Contains("target 100 dokumen", explanation.Description, StringComparison.Ordinal);
        Assert.Contains("add up to 90 dokumen", explanation.GetDescription(Language.English), StringComparison.Ordinal);
        Assert.Equal(Confidence.Low, explanation.Source.Confidence);
        Assert.Equal(finding.Values, explanation.Inputs);
    }

    [Fact]
    public void Explain_FindingOfAnotherPackage_Throws()
    {
        var other = SkpFindings.TanpaHasilKerjaUtama.Create("S1", FindingValue.Of("skp", "S1"));

        Assert.Throws<ArgumentException>(() => CascadingRules.PermenPanRb6Tahun2022.Explain(other));
    }

    [Fact]
    public void All_CodesAreUniqueSequentialAndBilingual()
    {
        var codes = CascadingFindings.All.Select(d => d.Code).ToList();

        Assert.Equal(Enumerable.Range(1, 13).Select(i => "CAS" + i.ToString("D3", CultureInfo.InvariantCulture)), codes);
        Assert.All(CascadingFindings.All, d => Assert.NotEqual(d.Message.Indonesian, d.Message.English));
    }

    [Fact]
    public void Options_Defaults_AreDocumentedPolicies()
    {
        var options = CascadingOptions.Default;

        Assert.Equal(KebijakanPenjumlahanTarget.PalingSedikit, options.PenjumlahanTarget);
        Assert.Equal(5m, options.ToleransiPersen);
        Assert.Equal(KebijakanPerspektifJpt.Disarankan, options.PerspektifJpt);
        Assert.All(options.Policies, p => Assert.True(p.IsDefault));
        Assert.False(new CascadingOptions(KebijakanPenjumlahanTarget.Tepat).Policies[0].IsDefault);
    }

    [Fact]
    public void Options_InvalidArguments_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new CascadingOptions((KebijakanPenjumlahanTarget)0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CascadingOptions(toleransiPersen: 101m));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CascadingOptions(toleransiPersen: -1m));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CascadingOptions(perspektifJpt: (KebijakanPerspektifJpt)3));
    }

    [Theory]
    [InlineData(100, 100, true)]
    [InlineData(100, 99.99, false)]
    [InlineData(100, 120, true)]
    public void IsPenjumlahanSesuai_PalingSedikit_SumAtLeastTarget(double target, double jumlah, bool expected)
    {
        Assert.Equal(expected, CascadingRules.PermenPanRb6Tahun2022.IsPenjumlahanSesuai((decimal)target, (decimal)jumlah));
    }

    [Fact]
    public void PermenPanRb6Tahun2022_Default_IsTheCascadingDomainWithTheDefaultPolicies()
    {
        var rules = CascadingRules.PermenPanRb6Tahun2022;

        Assert.Same(RuleSet.PermenPanRb6Tahun2022, rules.RuleSet);
        Assert.Equal(RuleDomain.Cascading, rules.Domain);
        Assert.Same(CascadingOptions.Default, rules.Options);
        Assert.Equal(CascadingOptions.Default.Policies.ToArray(), rules.Policies.ToArray());
        Assert.Equal(new[] { rules }, CascadingRules.All.ToArray());
    }

    [Fact]
    public void WithOptions_Tolerance_ChecksAndExplainsWithThatPolicy()
    {
        var rules = CascadingRules.PermenPanRb6Tahun2022.WithOptions(new CascadingOptions(KebijakanPenjumlahanTarget.Toleransi, 10m));
        var graph = CascadingGraph.Create(DirectCascade(100m, 60m, 30m));

        Assert.Empty(rules.Validate(graph).Findings);
        Assert.True(rules.IsPenjumlahanSesuai(100m, 90m));
        Assert.False(CascadingRules.PermenPanRb6Tahun2022.IsPenjumlahanSesuai(100m, 90m));
        var strict = CascadingRules.PermenPanRb6Tahun2022.WithOptions(new CascadingOptions(KebijakanPenjumlahanTarget.Tepat));
        var finding = Assert.Single(strict.Validate(graph).Findings);
        Assert.Equal(new AppliedPolicy("PenjumlahanTarget", "Tepat", false), Assert.Single(strict.Explain(finding).Policies));
        Assert.Equal(new[] { "PenjumlahanTarget=Toleransi(10%)", "PerspektifJpt=Disarankan (default)" }, rules.Policies.Select(p => p.ToString()));
    }

    [Fact]
    public void RulesObject_NullArguments_Throw()
    {
        var rules = CascadingRules.PermenPanRb6Tahun2022;

        Assert.Throws<ArgumentNullException>(() => rules.WithOptions(null!));
        Assert.Throws<ArgumentNullException>(() => rules.Validate(null!));
        Assert.Throws<ArgumentNullException>(() => rules.Explain(null!));
    }

    [Fact]
    public void Registry_ByIdAndByDecisionDate_HandsOutTheCascadingRules()
    {
        var registry = RuleSetRegistry.Create(CascadingRules.All);

        Assert.Same(CascadingRules.PermenPanRb6Tahun2022, registry.Get<ICascadingRules>(RuleSetId.PermenPanRb6Tahun2022));
        Assert.Same(CascadingRules.PermenPanRb6Tahun2022, registry.Find<ICascadingRules>(new NodaTime.LocalDate(2024, 1, 31), PeriodeKinerja.Tahunan(2024)));
        Assert.Throws<KeyNotFoundException>(() => registry.Get<ICascadingRules>(RuleSetId.SeMenPanRb3Tahun2023));
    }

    private const string Max = "79228162514264337593543950335";

    [Fact]
    public void Validate_SubordinateTargetsAddingUpBeyondDecimalMaxValue_ComparesTheExactSum()
    {
        var skps = DirectCascade(100m, decimal.MaxValue, 1m);

        Assert.Empty(Check(skps));
        var finding = Assert.Single(Check(skps, options: new CascadingOptions(KebijakanPenjumlahanTarget.Tepat)));
        Assert.Equal("CAS009", finding.Code);
        Assert.Equal("100", finding.GetValue("target"));
        Assert.Equal("79228162514264337593543950336", finding.GetValue("jumlah"));
    }

    [Fact]
    public void Validate_SubordinateTargetsBeyondDecimalMaxValueWithDecimals_KeepTheDecimals()
    {
        var finding = Assert.Single(Check(DirectCascade(100m, decimal.MaxValue, 0.50m), options: new CascadingOptions(KebijakanPenjumlahanTarget.Tepat)));

        Assert.Equal("79228162514264337593543950335.50", finding.GetValue("jumlah"));
    }

    [Fact]
    public void Validate_SuperiorTargetsAddingUpBeyondDecimalMaxValue_ReportsTheExactTarget()
    {
        // The 1.6 KB document of the fuzz run: an IKI target of decimal.MaxValue plus another of 1 in the same unit.
        var skps = CleanOrganisation().Replace("S2", Skp("S2", 2, 1, Administrator, new[]
        {
            Rhk("R21", "R1", iki: new[] { Iki("R21.1", decimal.MaxValue), Iki("R21.2", 1m) }),
            Rhk("R22", "R2"),
        }));
        skps.Add(Skp("S5", 50, 2, Pelaksana, new[] { Rhk("R50", "R21", metode: MetodeCascading.Langsung, iki: new[] { Iki("R50.1", 5m) }) }));

        var finding = Assert.Single(Check(skps));

        Assert.Equal("CAS009", finding.Code);
        Assert.Equal("79228162514264337593543950336", finding.GetValue("target"));
        Assert.Equal("5", finding.GetValue("jumlah"));
    }

    [Theory]
    [InlineData("75266754388551120713866752819", false)]
    [InlineData("75266754388551120713866752818", true)]
    [InlineData("-79228162514264337593543950335", true)]
    public void Validate_ToleranceAroundDecimalMaxValue_ComparesExactly(string jumlah, bool finding)
    {
        // 5% of decimal.MaxValue is 3961408125713216879677197516.75: decimal arithmetic would overflow on |target| × 5.
        var skps = DirectCascade(decimal.MaxValue, decimal.Parse(jumlah, CultureInfo.InvariantCulture));

        var findings = Check(skps, options: new CascadingOptions(KebijakanPenjumlahanTarget.Toleransi, toleransiPersen: 5m));

        Assert.Equal(finding, findings.Any(f => f.Code == "CAS009"));
    }

    [Theory]
    [InlineData(Max, "-" + Max, KebijakanPenjumlahanTarget.Toleransi, 100, false)]
    [InlineData("-" + Max, Max, KebijakanPenjumlahanTarget.Toleransi, 100, false)]
    [InlineData(Max, Max, KebijakanPenjumlahanTarget.Toleransi, 0, true)]
    [InlineData(Max, "75266754388551120713866752819", KebijakanPenjumlahanTarget.Toleransi, 5, true)]
    [InlineData(Max, "75266754388551120713866752818", KebijakanPenjumlahanTarget.Toleransi, 5, false)]
    [InlineData("-" + Max, "-75266754388551120713866752819", KebijakanPenjumlahanTarget.Toleransi, 5, true)]
    [InlineData("0", "-" + Max, KebijakanPenjumlahanTarget.Toleransi, 100, false)]
    [InlineData("0", "0", KebijakanPenjumlahanTarget.Toleransi, 0, true)]
    [InlineData("100", "105", KebijakanPenjumlahanTarget.Toleransi, 5, true)]
    [InlineData("100", "105.0000000000000000000000001", KebijakanPenjumlahanTarget.Toleransi, 5, false)]
    [InlineData(Max, Max, KebijakanPenjumlahanTarget.PalingSedikit, 5, true)]
    [InlineData(Max, "-" + Max, KebijakanPenjumlahanTarget.PalingSedikit, 5, false)]
    [InlineData("-" + Max, Max, KebijakanPenjumlahanTarget.Tepat, 5, false)]
    public void IsPenjumlahanSesuai_AnyDecimals_NeverOverflows(string target, string jumlah, KebijakanPenjumlahanTarget policy, int toleransi, bool expected)
    {
        var options = new CascadingOptions(policy, toleransiPersen: toleransi);

        var actual = CascadingRules.IsPenjumlahanSesuai(decimal.Parse(target, CultureInfo.InvariantCulture), decimal.Parse(jumlah, CultureInfo.InvariantCulture), options);

        Assert.Equal(expected, actual);
    }
}
