using NodaTime;
using static AsnKinerja.Core.Tests.SkpSamples;

namespace AsnKinerja.Core.Tests;

/// <summary>
/// The SKP content rules of PermenPANRB 6/2022 (regulation reference §1–§2): each test breaks one rule of an otherwise
/// valid SKP and expects exactly that finding code.
/// </summary>
public sealed class SkpRulesTests
{
    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    private static void AssertOnly(string code, ValidationResult result, int count = 1)
    {
        Assert.NotEmpty(result.Findings);
        Assert.All(result.Findings, f => Assert.Equal(code, f.Code));
        Assert.Equal(count, result.Findings.Length);
    }

    [Fact]
    public void Validate_ValidJaSkp_HasNoFindings()
    {
        var result = SkpRules.PermenPanRb6Tahun2022.Validate(ValidJa().Build());
        Assert.Empty(result.Findings);
        Assert.True(result.IsValid);
    }

    [Fact]
    public void Validate_ValidJptSkp_HasNoFindings()
    {
        Assert.Empty(SkpRules.PermenPanRb6Tahun2022.Validate(ValidJpt().Build()).Findings);
    }

    [Fact]
    public void Validate_ValidKualitatifSkp_HasNoFindings()
    {
        var skp = new SkpBuilder("SKP-Q", Pegawai, Jabatan.Fungsional(JenjangFungsional.AhliMuda), "UNIT-1", PeriodeKinerja.Tahunan(2024))
            .WithPejabatPenilai(Ppk(JenisJabatan.Administrator))
            .WithPendekatan(PendekatanSkp.Kualitatif)
            .AddHasilKerja(RhkJa("RHK-Q", IkiKualitatif("IKI-Q")))
            .AddSemuaNilaiBerakhlak()
            .Build();

        Assert.Empty(SkpRules.PermenPanRb6Tahun2022.Validate(skp).Findings);
    }

    [Fact]
    public void Validate_OnlyAdditionalResults_ReportsSkp001()
    {
        var skp = new SkpBuilder("SKP-1", Pegawai, Jabatan.Struktural(JenisJabatan.Pelaksana), "UNIT-1", PeriodeKinerja.Tahunan(2024))
            .WithPejabatPenilai(Ppk())
            .AddHasilKerja(new RencanaHasilKerja("RHK-T", "Tambahan", JenisRhk.Tambahan, KlasifikasiRhk.Individu, new[] { Iki("T.1") }))
            .AddSemuaNilaiBerakhlak()
            .Build();

        var result = SkpRules.PermenPanRb6Tahun2022.Validate(skp);
        AssertOnly("SKP001", result);
        Assert.Equal("SKP-1", result.Findings[0].GetValue("skp"));
        Assert.False(result.IsValid);
    }

    [Fact]
    public void Validate_NoResultsAtAll_ReportsSkp001()
    {
        var skp = new SkpBuilder("SKP-1", Pegawai, Jabatan.Struktural(JenisJabatan.Pelaksana), "UNIT-1", PeriodeKinerja.Tahunan(2024))
            .WithPejabatPenilai(Ppk()).AddSemuaNilaiBerakhlak().Build();

        AssertOnly("SKP001", SkpRules.PermenPanRb6Tahun2022.Validate(skp));
    }

    [Fact]
    public void Validate_JaMainResultWithoutSuperiorRhk_ReportsSkp002()
    {
        var rhk = new RencanaHasilKerja("RHK-X", "Tanpa intervensi", JenisRhk.Utama, KlasifikasiRhk.Organisasi, new[] { Iki("X.1") });
        var result = SkpRules.PermenPanRb6Tahun2022.Validate(ValidJa().AddHasilKerja(rhk).Build());

        AssertOnly("SKP002", result);
        Assert.Equal("RHK-X", result.Findings[0].Subject);
        Assert.Equal("RHK-X", result.Findings[0].GetValue("rhk"));
    }

    [Fact]
    public void Validate_JaAdditionalResultWithoutSuperiorRhk_IsFine()
    {
        var rhk = new RencanaHasilKerja("RHK-T", "Tambahan", JenisRhk.Tambahan, KlasifikasiRhk.Individu, new[] { Iki("T.1") });
        Assert.Empty(SkpRules.PermenPanRb6Tahun2022.Validate(ValidJa().AddHasilKerja(rhk).Build()).Findings);
    }

    [Fact]
    public void Validate_FungsionalMainResultWithoutSuperiorRhk_ReportsSkp002()
    {
        var skp = new SkpBuilder("SKP-F", Pegawai, Jabatan.Fungsional(JenjangFungsional.AhliPertama), "UNIT-1", PeriodeKinerja.Tahunan(2024))
            .WithPejabatPenilai(Ppk())
            .AddHasilKerja(new RencanaHasilKerja("RHK-F", "Hasil", JenisRhk.Utama, KlasifikasiRhk.Organisasi, new[] { Iki("F.1") }))
            .AddSemuaNilaiBerakhlak()
            .Build();

        AssertOnly("SKP002", SkpRules.PermenPanRb6Tahun2022.Validate(skp));
    }

    [Fact]
    public void Validate_JptIkiWithoutPerspective_ReportsSkp003()
    {
        var rhk = new RencanaHasilKerja("RHK-JPT-2", "Hasil", JenisRhk.Utama, KlasifikasiRhk.Organisasi, new[] { Iki("IKI-NP") }, penugasanDari: "Menteri");
        var result = SkpRules.PermenPanRb6Tahun2022.Validate(ValidJpt().AddHasilKerja(rhk).Build());

        AssertOnly("SKP003", result);
        Assert.Equal("IKI-NP", result.Findings[0].GetValue("iki"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void Validate_NonPositiveQuantitativeTarget_ReportsSkp004(int target)
    {
        var result = SkpRules.PermenPanRb6Tahun2022.Validate(ValidJa().AddHasilKerja(RhkJa("RHK-2", Iki("IKI-0", target: target))).Build());

        AssertOnly("SKP004", result);
        Assert.Equal(target.ToString(System.Globalization.CultureInfo.InvariantCulture), result.Findings[0].GetValue("target"));
    }

    [Fact]
    public void Validate_SmallPositiveTarget_IsFine()
    {
        Assert.Empty(SkpRules.PermenPanRb6Tahun2022.Validate(ValidJa().AddHasilKerja(RhkJa("RHK-2", Iki("IKI-S", target: 0.01m))).Build()).Findings);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Validate_QuantitativeTargetWithoutUnit_ReportsSkp005(string satuan)
    {
        AssertOnly("SKP005", SkpRules.PermenPanRb6Tahun2022.Validate(ValidJa().AddHasilKerja(RhkJa("RHK-2", Iki("IKI-U", satuan: satuan))).Build()));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Validate_EmptyQualitativeTarget_ReportsSkp006(string uraian)
    {
        var skp = new SkpBuilder("SKP-Q", Pegawai, Jabatan.Struktural(JenisJabatan.Pelaksana), "UNIT-1", PeriodeKinerja.Tahunan(2024))
            .WithPejabatPenilai(Ppk())
            .WithPendekatan(PendekatanSkp.Kualitatif)
            .AddHasilKerja(RhkJa("RHK-Q", IkiKualitatif("IKI-Q", uraian)))
            .AddSemuaNilaiBerakhlak()
            .Build();

        AssertOnly("SKP006", SkpRules.PermenPanRb6Tahun2022.Validate(skp));
    }

    [Fact]
    public void Validate_QualitativeTargetInQuantitativeSkp_ReportsSkp007()
    {
        var result = SkpRules.PermenPanRb6Tahun2022.Validate(ValidJa().AddHasilKerja(RhkJa("RHK-2", IkiKualitatif("IKI-K"))).Build());

        AssertOnly("SKP007", result);
        Assert.Equal("kualitatif", result.Findings[0].GetValue("jenisTarget"));
        Assert.Equal("kuantitatif", result.Findings[0].GetValue("pendekatan"));
    }

    [Fact]
    public void Validate_QuantitativeTargetInQualitativeSkp_ReportsSkp007()
    {
        var skp = new SkpBuilder("SKP-Q", Pegawai, Jabatan.Struktural(JenisJabatan.Pelaksana), "UNIT-1", PeriodeKinerja.Tahunan(2024))
            .WithPejabatPenilai(Ppk())
            .WithPendekatan(PendekatanSkp.Kualitatif)
            .AddHasilKerja(RhkJa("RHK-Q", Iki("IKI-N")))
            .AddSemuaNilaiBerakhlak()
            .Build();

        var result = SkpRules.PermenPanRb6Tahun2022.Validate(skp);
        AssertOnly("SKP007", result);
        Assert.Equal("kuantitatif", result.Findings[0].GetValue("jenisTarget"));
    }

    [Fact]
    public void Validate_PeriodCrossingTheYear_ReportsSkp008()
    {
        var skp = ValidJa(PeriodeKinerja.Rentang(D(2024, 7, 1), D(2025, 6, 30))).WithStatus(StatusSkp.Disetujui, D(2024, 7, 15)).Build();
        AssertOnly("SKP008", SkpRules.PermenPanRb6Tahun2022.Validate(skp));
    }

    [Fact]
    public void Validate_AnnualSkpSetOnFirstFebruary_ReportsSkp009WithTheDeadlineAndPolicy()
    {
        var result = SkpRules.PermenPanRb6Tahun2022.Validate(ValidJa().WithStatus(StatusSkp.Disetujui, D(2024, 2, 1)).Build());

        AssertOnly("SKP009", result);
        var finding = result.Findings[0];
        Assert.Equal(FindingSeverity.Warning, finding.Severity);
        Assert.Equal("2024-02-01", finding.GetValue("tanggal"));
        Assert.Equal("2024-01-31", finding.GetValue("batas"));
        Assert.Contains("AkhirBulanPertamaPeriode", finding.GetValue("kebijakan"), StringComparison.Ordinal);
        Assert.True(result.IsValid); // a warning, not an error
    }

    [Theory]
    [InlineData(StatusSkp.Disetujui)]
    [InlineData(StatusSkp.Ditutup)]
    public void Validate_ApprovedWithoutDate_ReportsSkp010(StatusSkp status)
    {
        var result = SkpRules.PermenPanRb6Tahun2022.Validate(ValidJa().WithStatus(status).Build());

        AssertOnly("SKP010", result);
        Assert.Equal(status.ToString(), result.Findings[0].GetValue("status"));
    }

    [Theory]
    [InlineData(StatusSkp.Draf)]
    [InlineData(StatusSkp.Diajukan)]
    public void Validate_NotYetSetWithoutDate_IsFine(StatusSkp status)
    {
        Assert.Empty(SkpRules.PermenPanRb6Tahun2022.Validate(ValidJa().WithStatus(status).Build()).Findings);
    }

    [Fact]
    public void Validate_DefinitivePpkBelowPengawas_ReportsSkp011()
    {
        var result = SkpRules.PermenPanRb6Tahun2022.Validate(ValidJa().WithPejabatPenilai(Ppk(JenisJabatan.Pelaksana)).Build());

        AssertOnly("SKP011", result);
        Assert.Equal(Atasan.ToString(), result.Findings[0].GetValue("ppk"));
    }

    [Fact]
    public void Validate_DefinitiveFunctionalPpk_ReportsSkp011()
    {
        var ppk = new PejabatPenilaiKinerja(Atasan, Jabatan.Fungsional(JenjangFungsional.AhliMadya));
        AssertOnly("SKP011", SkpRules.PermenPanRb6Tahun2022.Validate(ValidJa().WithPejabatPenilai(ppk).Build()));
    }

    [Theory]
    [InlineData(KewenanganPenilai.Plt)]
    [InlineData(KewenanganPenilai.Plh)]
    [InlineData(KewenanganPenilai.Delegasi)]
    public void Validate_ActingOrDelegatedPpkBelowPengawas_IsExemptFromSkp011(KewenanganPenilai kewenangan)
    {
        Assert.Empty(SkpRules.PermenPanRb6Tahun2022.Validate(ValidJa().WithPejabatPenilai(Ppk(JenisJabatan.Pelaksana, kewenangan)).Build()).Findings);
    }

    [Theory]
    [InlineData(JenisJabatan.Pengawas)]
    [InlineData(JenisJabatan.Administrator)]
    [InlineData(JenisJabatan.JptPratama)]
    [InlineData(JenisJabatan.JptMadya)]
    [InlineData(JenisJabatan.JptUtama)]
    public void Validate_DefinitivePpkAtLeastPengawas_IsFine(JenisJabatan jenis)
    {
        Assert.Empty(SkpRules.PermenPanRb6Tahun2022.Validate(ValidJa().WithPejabatPenilai(Ppk(jenis)).Build()).Findings);
    }

    [Fact]
    public void Validate_OneBerakhlakValueMissing_ReportsSkp012NamingIt()
    {
        var builder = new SkpBuilder("SKP-1", Pegawai, Jabatan.Struktural(JenisJabatan.Pelaksana), "UNIT-1", PeriodeKinerja.Tahunan(2024))
            .WithPejabatPenilai(Ppk())
            .AddHasilKerja(RhkJa("RHK-1"));
        foreach (var v in new[] { NilaiBerakhlak.BerorientasiPelayanan, NilaiBerakhlak.Akuntabel, NilaiBerakhlak.Kompeten, NilaiBerakhlak.Loyal, NilaiBerakhlak.Adaptif, NilaiBerakhlak.Kolaboratif })
        {
            builder.AddPerilakuKerja(v);
        }

        var result = SkpRules.PermenPanRb6Tahun2022.Validate(builder.Build());
        AssertOnly("SKP012", result);
        Assert.Equal("Harmonis", result.Findings[0].GetValue("nilai"));
    }

    [Fact]
    public void Validate_NoBerakhlakValues_ReportsSkp012ForEachOfTheSeven()
    {
        var skp = new SkpBuilder("SKP-1", Pegawai, Jabatan.Struktural(JenisJabatan.Pelaksana), "UNIT-1", PeriodeKinerja.Tahunan(2024))
            .WithPejabatPenilai(Ppk())
            .AddHasilKerja(RhkJa("RHK-1"))
            .Build();

        var result = SkpRules.PermenPanRb6Tahun2022.Validate(skp);
        AssertOnly("SKP012", result, 7);
        Assert.Equal(7, result.Findings.Select(f => f.GetValue("nilai")).Distinct().Count());
    }

    [Fact]
    public void Validate_ResultWithoutIki_ReportsSkp013()
    {
        var rhk = new RencanaHasilKerja("RHK-E", "Tanpa IKI", JenisRhk.Utama, KlasifikasiRhk.Organisasi, Array.Empty<IndikatorKinerjaIndividu>(), rhkAtasanId: "ATASAN-1");
        var result = SkpRules.PermenPanRb6Tahun2022.Validate(ValidJa().AddHasilKerja(rhk).Build());

        AssertOnly("SKP013", result);
        Assert.Equal("RHK-E", result.Findings[0].GetValue("rhk"));
    }

    [Fact]
    public void Validate_QuantitativeIkiWithoutAspect_ReportsSkp014()
    {
        AssertOnly("SKP014", SkpRules.PermenPanRb6Tahun2022.Validate(ValidJa().AddHasilKerja(RhkJa("RHK-2", Iki("IKI-A", aspek: null))).Build()));
    }

    [Fact]
    public void Validate_QualitativeIkiWithoutAspect_IsFine()
    {
        var skp = new SkpBuilder("SKP-Q", Pegawai, Jabatan.Struktural(JenisJabatan.Pelaksana), "UNIT-1", PeriodeKinerja.Tahunan(2024))
            .WithPejabatPenilai(Ppk())
            .WithPendekatan(PendekatanSkp.Kualitatif)
            .AddHasilKerja(RhkJa("RHK-Q", IkiKualitatif("IKI-Q")))
            .AddSemuaNilaiBerakhlak()
            .Build();

        Assert.Empty(SkpRules.PermenPanRb6Tahun2022.WithOptions(new SkpRuleOptions(wajibAspekInti: true)).Validate(skp).Findings);
    }

    [Fact]
    public void Validate_JptResultWithoutSourceOrAssignment_ReportsSkp015()
    {
        var rhk = new RencanaHasilKerja("RHK-JPT-2", "Hasil", JenisRhk.Utama, KlasifikasiRhk.Organisasi, new[] { Iki("IKI-2", perspektif: PerspektifIki.Anggaran) });
        var result = SkpRules.PermenPanRb6Tahun2022.Validate(ValidJpt().AddHasilKerja(rhk).Build());

        AssertOnly("SKP015", result);
        Assert.Equal(FindingSeverity.Warning, result.Findings[0].Severity);
    }

    [Fact]
    public void Validate_JptResultFromAnAssignment_IsFine()
    {
        var rhk = new RencanaHasilKerja("RHK-JPT-2", "Hasil", JenisRhk.Utama, KlasifikasiRhk.Organisasi, new[] { Iki("IKI-2", perspektif: PerspektifIki.ProsesBisnis) }, penugasanDari: "Sekretaris Jenderal");
        Assert.Empty(SkpRules.PermenPanRb6Tahun2022.Validate(ValidJpt().AddHasilKerja(rhk).Build()).Findings);
    }

    [Fact]
    public void Validate_WajibAspekIntiAndOnlyKuantitas_ReportsSkp016ForKualitasAndWaktu()
    {
        var result = SkpRules.PermenPanRb6Tahun2022.WithOptions(new SkpRuleOptions(wajibAspekInti: true)).Validate(ValidJa().Build());

        AssertOnly("SKP016", result, 2);
        Assert.Equal(new[] { "Kualitas", "Waktu" }, result.Findings.Select(f => f.GetValue("aspek")));
        Assert.All(result.Findings, f => Assert.Contains("WajibAspekInti", f.GetValue("kebijakan"), StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_WajibAspekIntiWithAllThreeAspects_IsFine()
    {
        var rhk = RhkJa("RHK-2", Iki("A", AspekIki.Kuantitas), Iki("B", AspekIki.Kualitas, 100, "persen"), Iki("C", AspekIki.Waktu, 12, "bulan"));
        var skp = new SkpBuilder("SKP-1", Pegawai, Jabatan.Struktural(JenisJabatan.Pelaksana), "UNIT-1", PeriodeKinerja.Tahunan(2024))
            .WithPejabatPenilai(Ppk()).AddHasilKerja(rhk).AddSemuaNilaiBerakhlak().Build();

        Assert.Empty(SkpRules.PermenPanRb6Tahun2022.WithOptions(new SkpRuleOptions(wajibAspekInti: true)).Validate(skp).Findings);
    }

    [Fact]
    public void Validate_DefaultOptions_DoNotRequireTheCoreAspects()
    {
        Assert.False(SkpRuleOptions.Default.WajibAspekInti);
        Assert.Empty(SkpRules.PermenPanRb6Tahun2022.Validate(ValidJa().Build()).Findings);
        Assert.Empty(SkpRules.PermenPanRb6Tahun2022.WithOptions(SkpRuleOptions.Default).Validate(ValidJa().Build()).Findings);
    }

    [Fact]
    public void Validate_JptMainResultWithoutSuperiorRhk_IsNotSkp002()
    {
        var skp = ValidJpt().Build();
        Assert.All(skp.HasilKerja, r => Assert.Null(r.RhkAtasanId));
        Assert.False(SkpRules.PermenPanRb6Tahun2022.Validate(skp).Has("SKP002"));
    }

    [Fact]
    public void Validate_JaIkiWithoutPerspectiveOrSource_IsNotSkp003OrSkp015()
    {
        var skp = ValidJa().Build();
        Assert.All(skp.HasilKerja.SelectMany(r => r.Indikator), i => Assert.Null(i.Perspektif));
        var result = SkpRules.PermenPanRb6Tahun2022.Validate(skp);
        Assert.False(result.Has("SKP003"));
        Assert.False(result.Has("SKP015"));
    }

    [Theory]
    [InlineData(JenisJabatan.JptUtama)]
    [InlineData(JenisJabatan.JptMadya)]
    [InlineData(JenisJabatan.JptPratama)]
    public void Validate_EveryJptLevel_FollowsTheJptRules(JenisJabatan jenis)
    {
        var skp = new SkpBuilder("SKP-JPT", Pegawai, Jabatan.Struktural(jenis), "UNIT-1", PeriodeKinerja.Tahunan(2024))
            .WithPejabatPenilai(Ppk(JenisJabatan.JptUtama))
            .AddHasilKerja(new RencanaHasilKerja("R", "Hasil", JenisRhk.Utama, KlasifikasiRhk.Organisasi, new[] { Iki("I") }))
            .AddSemuaNilaiBerakhlak()
            .Build();

        var codes = SkpRules.PermenPanRb6Tahun2022.Validate(skp).Findings.Select(f => f.Code).ToArray();
        Assert.Equal(new[] { "SKP015", "SKP003" }, codes);
    }

    [Theory]
    [InlineData(2024, 1, 31, false)]
    [InlineData(2024, 2, 1, true)]
    [InlineData(2023, 12, 20, false)] // set before the year starts
    public void Validate_AnnualSkpDefaultDeadline_IsEndOfJanuary(int y, int m, int d, bool late)
    {
        var result = SkpRules.PermenPanRb6Tahun2022.Validate(ValidJa().WithStatus(StatusSkp.Disetujui, D(y, m, d)).Build());
        Assert.Equal(late, result.Has("SKP009"));
    }

    [Theory]
    [InlineData(7, 31, false)]
    [InlineData(8, 1, true)]
    public void Validate_SkpStartingFirstJulyDefaultDeadline_IsEndOfJuly(int m, int d, bool late)
    {
        var skp = ValidJa(PeriodeKinerja.Rentang(D(2024, 7, 1), D(2024, 12, 31))).WithStatus(StatusSkp.Disetujui, D(2024, m, d)).Build();
        var result = SkpRules.PermenPanRb6Tahun2022.Validate(skp);

        Assert.Equal(late, result.Has("SKP009"));
        if (late)
        {
            Assert.Equal("2024-07-31", result.Findings.Single(f => f.Code == "SKP009").GetValue("batas"));
        }
    }

    [Fact]
    public void Validate_AkhirJanuariPolicy_MakesAJulySkpSetInJulyLate()
    {
        var skp = ValidJa(PeriodeKinerja.Rentang(D(2024, 7, 1), D(2024, 12, 31))).WithStatus(StatusSkp.Disetujui, D(2024, 7, 31)).Build();
        var result = SkpRules.PermenPanRb6Tahun2022.WithOptions(new SkpRuleOptions(BatasPenetapanSkp.AkhirJanuari)).Validate(skp);

        AssertOnly("SKP009", result);
        Assert.Equal("2024-01-31", result.Findings[0].GetValue("batas"));
        Assert.Contains("AkhirJanuari", result.Findings[0].GetValue("kebijakan"), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_AkhirJanuariPolicy_AnnualSkpOnThirtyFirstJanuaryIsOnTime()
    {
        var options = new SkpRuleOptions(BatasPenetapanSkp.AkhirJanuari);
        Assert.Empty(SkpRules.PermenPanRb6Tahun2022.WithOptions(options).Validate(ValidJa().WithStatus(StatusSkp.Disetujui, D(2024, 1, 31)).Build()).Findings);
        AssertOnly("SKP009", SkpRules.PermenPanRb6Tahun2022.WithOptions(options).Validate(ValidJa().WithStatus(StatusSkp.Disetujui, D(2024, 2, 1)).Build()));
    }

    [Fact]
    public void Validate_TidakDiperiksaPolicy_NeverReportsLateness()
    {
        var skp = ValidJa().WithStatus(StatusSkp.Ditutup, D(2024, 12, 31)).Build();
        Assert.Empty(SkpRules.PermenPanRb6Tahun2022.WithOptions(new SkpRuleOptions(BatasPenetapanSkp.TidakDiperiksa)).Validate(skp).Findings);
    }

    [Fact]
    public void Validate_TidakDiperiksaPolicy_StillReportsAMissingDate()
    {
        var skp = ValidJa().WithStatus(StatusSkp.Disetujui).Build();
        AssertOnly("SKP010", SkpRules.PermenPanRb6Tahun2022.WithOptions(new SkpRuleOptions(BatasPenetapanSkp.TidakDiperiksa)).Validate(skp));
    }

    [Fact]
    public void GetBatasPenetapan_EachPolicy_GivesItsDeadline()
    {
        var tahun = PeriodeKinerja.Tahunan(2024);
        var juli = PeriodeKinerja.Rentang(D(2024, 7, 1), D(2024, 12, 31));
        var tengahMaret = PeriodeKinerja.Rentang(D(2024, 3, 15), D(2024, 12, 31));

        Assert.Equal(D(2024, 1, 31), SkpRules.PermenPanRb6Tahun2022.WithOptions(new SkpRuleOptions(BatasPenetapanSkp.AkhirBulanPertamaPeriode)).GetBatasPenetapan(tahun));
        Assert.Equal(D(2024, 7, 31), SkpRules.PermenPanRb6Tahun2022.WithOptions(new SkpRuleOptions(BatasPenetapanSkp.AkhirBulanPertamaPeriode)).GetBatasPenetapan(juli));
        Assert.Equal(D(2024, 3, 31), SkpRules.PermenPanRb6Tahun2022.WithOptions(new SkpRuleOptions(BatasPenetapanSkp.AkhirBulanPertamaPeriode)).GetBatasPenetapan(tengahMaret));
        Assert.Equal(D(2024, 1, 31), SkpRules.PermenPanRb6Tahun2022.WithOptions(new SkpRuleOptions(BatasPenetapanSkp.AkhirJanuari)).GetBatasPenetapan(juli));
        Assert.Null(SkpRules.PermenPanRb6Tahun2022.WithOptions(new SkpRuleOptions(BatasPenetapanSkp.TidakDiperiksa)).GetBatasPenetapan(tahun));
        Assert.Throws<ArgumentOutOfRangeException>(() => SkpRules.PermenPanRb6Tahun2022.WithOptions(new SkpRuleOptions(default)).GetBatasPenetapan(tahun));
        Assert.Throws<ArgumentNullException>(() => SkpRules.PermenPanRb6Tahun2022.WithOptions(new SkpRuleOptions(BatasPenetapanSkp.AkhirJanuari)).GetBatasPenetapan(null!));
    }

    [Fact]
    public void Options_Default_AreTheDocumentedDefaultsAndReportThemselves()
    {
        var options = SkpRuleOptions.Default;

        Assert.Equal(BatasPenetapanSkp.AkhirBulanPertamaPeriode, options.BatasPenetapan);
        Assert.False(options.WajibAspekInti);
        Assert.All(options.Policies, p => Assert.True(p.IsDefault));
        Assert.Equal(new[] { "BatasPenetapanSkp", "WajibAspekInti" }, options.Policies.Select(p => p.Name));

        var custom = new SkpRuleOptions(BatasPenetapanSkp.AkhirJanuari, wajibAspekInti: true);
        Assert.All(custom.Policies, p => Assert.False(p.IsDefault));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SkpRuleOptions((BatasPenetapanSkp)0));
    }

    [Fact]
    public void Validate_Null_ThrowsArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => SkpRules.PermenPanRb6Tahun2022.Validate(null!));
    }

    [Fact]
    public void Validate_ManyBrokenRules_ReportsEachAndIsDeterministic()
    {
        var skp = new SkpBuilder("SKP-X", Pegawai, Jabatan.Struktural(JenisJabatan.Pelaksana), "UNIT-1", PeriodeKinerja.Rentang(D(2024, 6, 1), D(2025, 5, 31)))
            .WithPejabatPenilai(Ppk(JenisJabatan.Pelaksana))
            .WithStatus(StatusSkp.Disetujui, D(2024, 7, 1))
            .AddHasilKerja(new RencanaHasilKerja("R", "Hasil", JenisRhk.Utama, KlasifikasiRhk.Organisasi, new[] { Iki("I", aspek: null, target: 0, satuan: "") }))
            .Build();

        var first = SkpRules.PermenPanRb6Tahun2022.Validate(skp);
        var second = SkpRules.PermenPanRb6Tahun2022.Validate(skp);
        var codes = first.Findings.Select(f => f.Code).Distinct().OrderBy(c => c, StringComparer.Ordinal).ToArray();

        Assert.Equal(new[] { "SKP002", "SKP004", "SKP005", "SKP008", "SKP009", "SKP011", "SKP012", "SKP014" }, codes);
        // ImmutableArray<T> equality is by reference: compare the elements.
        Assert.Equal(first.Findings.ToArray(), second.Findings.ToArray());
    }

    [Fact]
    public void RuleSet_IsPermenPanRb6Tahun2022()
    {
        Assert.Equal(RuleSetId.PermenPanRb6Tahun2022, SkpRules.PermenPanRb6Tahun2022.RuleSet.Id);
    }

    [Fact]
    public void PermenPanRb6Tahun2022_Default_IsTheSkpDomainWithTheDefaultPolicies()
    {
        var rules = SkpRules.PermenPanRb6Tahun2022;

        Assert.Same(RuleSet.PermenPanRb6Tahun2022, rules.RuleSet);
        Assert.Equal(RuleDomain.Skp, rules.Domain);
        Assert.Same(SkpRuleOptions.Default, rules.Options);
        Assert.Equal(SkpRuleOptions.Default.Policies.ToArray(), rules.Policies.ToArray());
        Assert.Equal(new[] { rules }, SkpRules.All.ToArray());
    }

    [Fact]
    public void WithOptions_OtherPolicies_KeepsTheRuleSetAndReportsThePolicies()
    {
        var options = new SkpRuleOptions(BatasPenetapanSkp.AkhirJanuari, wajibAspekInti: true);

        var rules = SkpRules.PermenPanRb6Tahun2022.WithOptions(options);

        Assert.Same(RuleSet.PermenPanRb6Tahun2022, rules.RuleSet);
        Assert.Same(options, rules.Options);
        Assert.Equal(new[] { "BatasPenetapanSkp=AkhirJanuari", "WajibAspekInti=Ya" }, rules.Policies.Select(p => p.ToString()));
        Assert.Equal(D(2024, 1, 31), rules.GetBatasPenetapan(PeriodeKinerja.Rentang(D(2024, 7, 1), D(2024, 12, 31))));
        Assert.Same(SkpRuleOptions.Default, SkpRules.PermenPanRb6Tahun2022.Options);
    }

    [Fact]
    public void WithOptions_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => SkpRules.PermenPanRb6Tahun2022.WithOptions(null!));
        Assert.Throws<ArgumentNullException>(() => SkpRules.PermenPanRb6Tahun2022.GetBatasPenetapan(null!));
    }

    [Fact]
    public void Registry_ByIdAndByDecisionDate_HandsOutTheSkpRules()
    {
        var registry = RuleSetRegistry.Create(SkpRules.All);

        Assert.Same(SkpRules.PermenPanRb6Tahun2022, registry.Get<ISkpRules>(RuleSetId.PermenPanRb6Tahun2022));
        Assert.Same(SkpRules.PermenPanRb6Tahun2022, registry.Find<ISkpRules>(D(2024, 1, 15), PeriodeKinerja.Tahunan(2024)));
        Assert.False(registry.TryFind<ISkpRules>(D(2021, 6, 1), PeriodeKinerja.Tahunan(2021), out _));
    }
}
