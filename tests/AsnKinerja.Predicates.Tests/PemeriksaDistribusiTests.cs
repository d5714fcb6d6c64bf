using AsnKinerja.Testing;
using static AsnKinerja.Predicates.Tests.AturanUji;

namespace AsnKinerja.Predicates.Tests;

public class PemeriksaDistribusiTests
{
    private static readonly DistribusiOptions Default = DistribusiOptions.Default;
    private static readonly DistribusiOptions Tegakkan = new(penegakan: TingkatPenegakan.Tegakkan);
    private static readonly DistribusiOptions SetengahKeAtas = new(pembulatan: Pembulatan.SetengahKeAtas);

    // Counts in the order SK, K, BP, B, SB.
    private static JumlahPredikat J(int sk, int k, int bp, int b, int sb) => new(sk, k, bp, b, sb);

    // The reference table of SE MenPANRB 3/2023 (regulations.md §6), as (kind, group, percent).
    public static TheoryData<PredikatKinerjaOrganisasi, PredikatKinerja, string[]> TabelPola => new()
    {
        { PredikatKinerjaOrganisasi.Istimewa, PredikatKinerja.SangatBaik, new[] { "Dominan(SB)", "Maksimum(SB,70%)" } },
        { PredikatKinerjaOrganisasi.Baik, PredikatKinerja.Baik, new[] { "Dominan(B)", "Maksimum(B,70%)", "WajibAda(BP+K)" } },
        { PredikatKinerjaOrganisasi.ButuhPerbaikan, PredikatKinerja.ButuhPerbaikan, new[] { "Dominan(BP)", "Maksimum(SB,10%)", "Minimum(BP,60%)" } },
        { PredikatKinerjaOrganisasi.Kurang, PredikatKinerja.KurangMisconduct, new[] { "Dominan(K)", "Maksimum(SB,10%)", "Minimum(K,60%)", "Minimum(BP,10%)" } },
        { PredikatKinerjaOrganisasi.SangatKurang, PredikatKinerja.SangatKurang, new[] { "Dominan(SK)", "Minimum(SK,60%)", "Minimum(BP+K,10%)", "Dilarang(SB)" } },
    };

    [Theory]
    [MemberData(nameof(TabelPola))]
    public void GetPola_EachOrganisationPredicate_HasTheConstraintsOfTheReferenceTable(PredikatKinerjaOrganisasi organisasi, PredikatKinerja dominan, string[] batasan)
    {
        var pola = Distribusi().GetPola(organisasi);

        Assert.Equal(organisasi, pola.PredikatOrganisasi);
        Assert.Equal(dominan, pola.KelompokDominan);
        Assert.Equal(JenisBatasan.Dominan, pola.Batasan[0].Jenis);
        Assert.False(pola.Batasan[0].IsHard);
        Assert.Equal(batasan.OrderBy(b => b, StringComparer.Ordinal), pola.Batasan.Select(b => b.Name).OrderBy(b => b, StringComparer.Ordinal));
        Assert.All(pola.Batasan.Skip(1), b => Assert.True(b.IsHard));
        Assert.Equal(RuleSetId.SeMenPanRb3Tahun2023, Distribusi().RuleSet.Id);
    }

    [Fact]
    public void Batasan_AsData_KindGroupAndPercent()
    {
        var kurang = Distribusi().GetPola(PredikatKinerjaOrganisasi.Kurang).Batasan;
        var sk = Distribusi().GetPola(PredikatKinerjaOrganisasi.SangatKurang).Batasan;

        Assert.Contains(kurang, b => b.Jenis == JenisBatasan.Minimum && b.Kelompok.SequenceEqual(new[] { PredikatKinerja.ButuhPerbaikan }) && b.Persen == 10);
        Assert.Contains(kurang, b => b.Jenis == JenisBatasan.Minimum && b.Kelompok.SequenceEqual(new[] { PredikatKinerja.KurangMisconduct }) && b.Persen == 60);
        Assert.Contains(kurang, b => b.Jenis == JenisBatasan.Maksimum && b.Kelompok.SequenceEqual(new[] { PredikatKinerja.SangatBaik }) && b.Persen == 10);
        Assert.Contains(sk, b => b.Jenis == JenisBatasan.Minimum && b.Kelompok.OrderBy(p => p).SequenceEqual(new[] { PredikatKinerja.KurangMisconduct, PredikatKinerja.ButuhPerbaikan }) && b.Persen == 10);
        Assert.Contains(sk, b => b.Jenis == JenisBatasan.Dilarang && b.Kelompok.SequenceEqual(new[] { PredikatKinerja.SangatBaik }));
        Assert.Equal(5, Distribusi().Pola.Length);
    }

    public static TheoryData<PredikatKinerjaOrganisasi, JumlahPredikat> Memenuhi => new()
    {
        { PredikatKinerjaOrganisasi.Istimewa, J(0, 0, 0, 3, 7) },
        { PredikatKinerjaOrganisasi.Baik, J(0, 0, 1, 7, 2) },
        { PredikatKinerjaOrganisasi.ButuhPerbaikan, J(0, 0, 6, 3, 1) },
        { PredikatKinerjaOrganisasi.Kurang, J(0, 6, 1, 2, 1) },
        { PredikatKinerjaOrganisasi.SangatKurang, J(6, 1, 0, 3, 0) },
    };

    [Theory]
    [MemberData(nameof(Memenuhi))]
    public void Check_UnitOfTenOnTheEdgeOfItsPattern_Passes(PredikatKinerjaOrganisasi organisasi, JumlahPredikat jumlah)
    {
        var hasil = Distribusi().Check("U-1", organisasi, jumlah);

        Assert.Equal(StatusDistribusi.Memenuhi, hasil.Status);
        Assert.True(hasil.IsMemenuhi);
        Assert.Empty(hasil.Findings);
        Assert.Equal(0, hasil.PerubahanMinimum);
        Assert.All(hasil.Batasan, b => Assert.True(b.Terpenuhi));
        Assert.Equal(Default.Policies.Where(p => p.Name != "KepalaUnit"), hasil.Policies);
        Assert.Equal("PolaDistribusi[" + organisasi + "]", hasil.Explanation.Rule);
    }

    // (organisation, counts SK,K,BP,B,SB, code, group, count, bound key, bound value, fewest changes)
    public static TheoryData<PredikatKinerjaOrganisasi, JumlahPredikat, string, string, int, string?, int, int> Pelanggaran => new()
    {
        { PredikatKinerjaOrganisasi.Istimewa, J(0, 0, 0, 2, 8), "DST001", "SB", 8, "maks", 7, 1 },
        { PredikatKinerjaOrganisasi.Baik, J(0, 1, 0, 8, 1), "DST001", "B", 8, "maks", 7, 1 },
        { PredikatKinerjaOrganisasi.Baik, J(0, 0, 0, 7, 3), "DST003", "BP+K", 0, null, 0, 1 },
        { PredikatKinerjaOrganisasi.ButuhPerbaikan, J(0, 0, 8, 0, 2), "DST001", "SB", 2, "maks", 1, 1 },
        { PredikatKinerjaOrganisasi.ButuhPerbaikan, J(0, 0, 5, 4, 1), "DST002", "BP", 5, "min", 6, 1 },
        { PredikatKinerjaOrganisasi.Kurang, J(0, 6, 0, 4, 0), "DST002", "BP", 0, "min", 1, 1 },
        { PredikatKinerjaOrganisasi.Kurang, J(0, 4, 2, 4, 0), "DST002", "K", 4, "min", 6, 2 },
        { PredikatKinerjaOrganisasi.SangatKurang, J(6, 1, 0, 2, 1), "DST004", "SB", 1, null, 0, 1 },
        { PredikatKinerjaOrganisasi.SangatKurang, J(7, 0, 0, 3, 0), "DST002", "BP+K", 0, "min", 1, 1 },
        { PredikatKinerjaOrganisasi.SangatKurang, J(5, 1, 0, 4, 0), "DST002", "SK", 5, "min", 6, 1 },
    };

    [Theory]
    [MemberData(nameof(Pelanggaran))]
    public void Check_UnitOfTenBreakingOneConstraint_ReportsTheFindingWithItsValues(
        PredikatKinerjaOrganisasi organisasi, JumlahPredikat jumlah, string code, string kelompok, int count, string? boundKey, int bound, int changes)
    {
        var hasil = Distribusi().Check("U-1", organisasi, jumlah);

        Assert.Equal(StatusDistribusi.TidakMemenuhi, hasil.Status);
        Assert.False(hasil.IsMemenuhi);
        Assert.Equal(changes, hasil.PerubahanMinimum);
        var f = Assert.Single(hasil.Findings, f => f.Code == code);
        Assert.Equal(FindingSeverity.Warning, f.Severity);
        Assert.Equal("U-1", f.Subject);
        Assert.Equal(kelompok, f.GetValue("kelompok"));
        Assert.Equal(count.ToString(System.Globalization.CultureInfo.InvariantCulture), f.GetValue("jumlah"));
        Assert.Equal("10", f.GetValue("total"));
        Assert.Equal(organisasi.ToLabel(), f.GetValue("predikatOrganisasi"));
        if (boundKey is not null)
        {
            Assert.Equal(bound.ToString(System.Globalization.CultureInfo.InvariantCulture), f.GetValue(boundKey));
        }

        Assert.Single(hasil.Batasan, b => b.Batasan.IsHard && !b.Terpenuhi);
        Assert.DoesNotContain("{", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_CapExceeded_MessageStatesCountPercentAndCap()
    {
        var f = Distribusi().Check("Biro Umum", PredikatKinerjaOrganisasi.Istimewa, J(0, 0, 0, 2, 8)).Findings.Single();

        Assert.Equal("80", f.GetValue("persen"));
        Assert.Equal("70", f.GetValue("batasPersen"));
        Assert.Equal("Unit 'Biro Umum' (Istimewa): SB 8 dari 10 pegawai (80%), melebihi batas 70% = 7 pegawai.", f.Message);
        Assert.Equal("Unit 'Biro Umum' (Istimewa): SB is 8 of 10 employees (80%), above the cap of 70% = 7 employees.", f.GetMessage(Cultures.Get("en-US")));
    }

    [Fact]
    public void Check_DominantGroupMissing_IsAdvisoryOnly()
    {
        // Istimewa, 3 SB and 7 B: every hard constraint holds, but SB is not the largest group.
        var saran = Distribusi().Check("U-1", PredikatKinerjaOrganisasi.Istimewa, J(0, 0, 0, 7, 3));
        var tegakkan = Distribusi(Tegakkan).Check("U-1", PredikatKinerjaOrganisasi.Istimewa, J(0, 0, 0, 7, 3));

        Assert.Equal(StatusDistribusi.Memenuhi, saran.Status);
        Assert.Equal(0, saran.PerubahanMinimum);
        var f = Assert.Single(saran.Findings);
        Assert.Equal("DST005", f.Code);
        Assert.Equal(FindingSeverity.Info, f.Severity);
        Assert.Equal("KelompokTerbesar", f.GetValue("makna"));
        Assert.Equal(StatusDistribusi.Memenuhi, tegakkan.Status);
        Assert.Equal(FindingSeverity.Warning, Assert.Single(tegakkan.Findings).Severity);
    }

    [Fact]
    public void Check_DominantGroup_LebihDariSetengahIsStricterThanKelompokTerbesar()
    {
        // Baik, B 5 of 10: the largest group (5 ≥ 3, 2) but not more than half.
        var jumlah = J(0, 1, 1, 5, 3);

        Assert.Empty(Distribusi().Check("U-1", PredikatKinerjaOrganisasi.Baik, jumlah).Findings);
        var f = Assert.Single(Distribusi(new DistribusiOptions(sebagianBesar: MaknaSebagianBesar.LebihDariSetengah)).Check("U-1", PredikatKinerjaOrganisasi.Baik, jumlah).Findings);
        Assert.Equal("DST005", f.Code);
    }

    [Fact]
    public void Check_Tegakkan_BrokenHardConstraintIsAnError()
    {
        var hasil = Distribusi(Tegakkan).Check("U-1", PredikatKinerjaOrganisasi.Istimewa, J(0, 0, 0, 2, 8));

        var f = Assert.Single(hasil.Findings);
        Assert.Equal("DST001", f.Code);
        Assert.Equal(FindingSeverity.Error, f.Severity);
        Assert.Contains(new AppliedPolicy("Penegakan", "Tegakkan", false), hasil.Policies);
        Assert.Equal(FindingSeverity.Error, hasil.Batasan.Single(b => !b.Terpenuhi).Severity);
    }

    [Theory]
    [InlineData(10, Pembulatan.Ketat, 7)]
    [InlineData(10, Pembulatan.SetengahKeAtas, 7)]
    [InlineData(3, Pembulatan.Ketat, 2)]
    [InlineData(3, Pembulatan.SetengahKeAtas, 2)]
    [InlineData(5, Pembulatan.Ketat, 3)]
    [InlineData(5, Pembulatan.SetengahKeAtas, 4)]
    [InlineData(15, Pembulatan.Ketat, 10)]
    [InlineData(15, Pembulatan.SetengahKeAtas, 11)]
    public void Hitung_IstimewaCapOnSangatBaik_FollowsTheRounding(int n, Pembulatan pembulatan, int maxSb)
    {
        // 70% of n: 7.0, 2.1, 3.5, 10.5.
        var kuota = Distribusi(new DistribusiOptions(pembulatan: pembulatan)).CalculateKuota(PredikatKinerjaOrganisasi.Istimewa, n);

        Assert.Equal(new RentangKuota(0, maxSb), kuota[PredikatKinerja.SangatBaik]);
        Assert.Equal(new RentangKuota(0, n), kuota[PredikatKinerja.Baik]);
    }

    [Fact]
    public void Hitung_KurangUnitOfThree_KetatNeedsTwoKAndOneBp()
    {
        // K ≥ 60% of 3 = 1.8 → 2; BP ≥ 10% of 3 = 0.3 → 1; SB ≤ 10% of 3 = 0.3 → 0.
        var kuota = Distribusi().CalculateKuota(PredikatKinerjaOrganisasi.Kurang, 3);

        Assert.True(kuota.IsFeasible);
        Assert.Equal(new RentangKuota(2, 2), kuota[PredikatKinerja.KurangMisconduct]);
        Assert.Equal(new RentangKuota(1, 1), kuota[PredikatKinerja.ButuhPerbaikan]);
        Assert.Equal(new RentangKuota(0, 0), kuota[PredikatKinerja.SangatBaik]);
        Assert.Equal(new RentangKuota(0, 0), kuota[PredikatKinerja.Baik]);
        Assert.Equal(new RentangKuota(0, 0), kuota[PredikatKinerja.SangatKurang]);
    }

    [Fact]
    public void Hitung_KurangUnitOfThree_HalfUpNeedsTwoKAndNoBp()
    {
        // K ≥ round(1.8) = 2; BP ≥ round(0.3) = 0; SB ≤ round(0.3) = 0.
        var kuota = Distribusi(SetengahKeAtas).CalculateKuota(PredikatKinerjaOrganisasi.Kurang, 3);

        Assert.Equal(new RentangKuota(2, 3), kuota[PredikatKinerja.KurangMisconduct]);
        Assert.Equal(new RentangKuota(0, 1), kuota[PredikatKinerja.ButuhPerbaikan]);
        Assert.Equal(new RentangKuota(0, 0), kuota[PredikatKinerja.SangatBaik]);
        Assert.Contains(new AppliedPolicy("Pembulatan", "SetengahKeAtas", false), kuota.Policies);
    }

    [Fact]
    public void Hitung_ButuhPerbaikanUnitOfFive_HalfUpAllowsOneSbWhereKetatAllowsNone()
    {
        // SB ≤ 10% of 5 = 0.5: Ketat 0, half-up 1.
        Assert.Equal(new RentangKuota(0, 0), Distribusi().CalculateKuota(PredikatKinerjaOrganisasi.ButuhPerbaikan, 5)[PredikatKinerja.SangatBaik]);
        Assert.Equal(new RentangKuota(0, 1), Distribusi(SetengahKeAtas).CalculateKuota(PredikatKinerjaOrganisasi.ButuhPerbaikan, 5)[PredikatKinerja.SangatBaik]);
    }

    [Theory]
    [InlineData(PredikatKinerjaOrganisasi.Kurang, 1, 2, "K paling sedikit 60%, BP paling sedikit 10%")]
    [InlineData(PredikatKinerjaOrganisasi.Kurang, 2, 3, "K paling sedikit 60%, BP paling sedikit 10%")]
    [InlineData(PredikatKinerjaOrganisasi.SangatKurang, 1, 2, "SK paling sedikit 60%, BP+K paling sedikit 10%")]
    [InlineData(PredikatKinerjaOrganisasi.SangatKurang, 2, 3, "SK paling sedikit 60%, BP+K paling sedikit 10%")]
    public void Check_TinyUnitUnderKetat_IsInfeasibleWithAReasonNamingTheFloors(PredikatKinerjaOrganisasi organisasi, int n, int need, string floors)
    {
        // Kurang n=2: K ≥ ceil(1.2) = 2 and BP ≥ ceil(0.2) = 1 need 3; n=1: 1 + 1 = 2.
        // Sangat Kurang n=2: SK ≥ 2 and K+BP ≥ 1 need 3; n=1: 1 + 1 = 2.
        var opsi = new DistribusiOptions(unitKecil: KebijakanUnitKecil.Ketat);
        var predikat = Enumerable.Repeat(PredikatKinerja.KurangMisconduct, n);

        var hasil = Distribusi(opsi).Check("U-1", organisasi, predikat);

        Assert.Equal(StatusDistribusi.TidakMungkin, hasil.Status);
        Assert.Null(hasil.PerubahanMinimum);
        Assert.False(hasil.Kuota.IsFeasible);
        Assert.Throws<InvalidOperationException>(() => hasil.Kuota[PredikatKinerja.Baik]);
        var f = Assert.Single(hasil.Findings, f => f.Code == "DST006");
        Assert.Equal(FindingSeverity.Warning, f.Severity);
        Assert.Equal("BatasBawah", f.GetValue("alasan"));
        Assert.Equal("BatasBawah", hasil.Kuota.AlasanTidakMungkin);
        Assert.Equal(need.ToString(System.Globalization.CultureInfo.InvariantCulture), f.GetValue("perluMinimal"));
        Assert.Contains(floors, f.Message, StringComparison.Ordinal);
        Assert.Contains("memerlukan paling sedikit " + need + " pegawai", f.Message, StringComparison.Ordinal);
        Assert.Contains("unit hanya " + n + " pegawai", f.Message, StringComparison.Ordinal);
        Assert.Equal("Ketat", f.GetValue("pembulatan"));
        var english = f.GetMessage(Language.English);
        Assert.Contains("need at least " + need + " employees", english, StringComparison.Ordinal);
        Assert.DoesNotContain("memerlukan", english, StringComparison.Ordinal);
        Assert.DoesNotContain("paling sedikit", english, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(PredikatKinerjaOrganisasi.Kurang, 1)]
    [InlineData(PredikatKinerjaOrganisasi.Kurang, 2)]
    [InlineData(PredikatKinerjaOrganisasi.SangatKurang, 1)]
    [InlineData(PredikatKinerjaOrganisasi.SangatKurang, 2)]
    public void Hitung_TinyUnitUnderHalfUp_IsFeasible(PredikatKinerjaOrganisasi organisasi, int n)
    {
        Assert.True(Distribusi(SetengahKeAtas).CalculateKuota(organisasi, n).IsFeasible);
    }

    [Fact]
    public void Check_SmallUnitUnderTheDefaultPolicy_IsAdvisoryWithInfoSeverity()
    {
        // Istimewa, 3 employees all SB: SB ≤ 70% of 3 = 2 is broken, but 3 < 5 makes the unit small.
        var hasil = Distribusi().Check("U-1", PredikatKinerjaOrganisasi.Istimewa, J(0, 0, 0, 0, 3));

        Assert.True(hasil.IsUnitKecil);
        Assert.Equal(StatusDistribusi.TidakMemenuhi, hasil.Status);
        var small = Assert.Single(hasil.Findings, f => f.Code == "DST007");
        Assert.Equal(FindingSeverity.Info, small.Severity);
        Assert.Equal("5", small.GetValue("ambang"));
        Assert.Equal("3", small.GetValue("total"));
        Assert.Equal(FindingSeverity.Info, Assert.Single(hasil.Findings, f => f.Code == "DST001").Severity);
        Assert.Contains(new AppliedPolicy("UnitKecil", "SaranDiBawahAmbang(<5)", true), hasil.Policies);
    }

    [Fact]
    public void Check_SmallUnitUnderKetatPolicy_IsCheckedLikeAnyOther()
    {
        var hasil = Distribusi(new DistribusiOptions(unitKecil: KebijakanUnitKecil.Ketat)).Check("U-1", PredikatKinerjaOrganisasi.Istimewa, J(0, 0, 0, 0, 3));

        Assert.True(hasil.IsUnitKecil);
        Assert.DoesNotContain(hasil.Findings, f => f.Code == "DST007");
        Assert.Equal(FindingSeverity.Warning, Assert.Single(hasil.Findings).Severity);
    }

    [Fact]
    public void Check_UnitAtTheThreshold_IsNotSmall()
    {
        var hasil = Distribusi().Check("U-1", PredikatKinerjaOrganisasi.Istimewa, J(0, 0, 0, 0, 5));

        Assert.False(hasil.IsUnitKecil);
        Assert.DoesNotContain(hasil.Findings, f => f.Code == "DST007");
        Assert.Equal(FindingSeverity.Warning, Assert.Single(hasil.Findings, f => f.Code == "DST001").Severity);
    }

    [Fact]
    public void Check_GabungKeIndukInTheOneUnitApi_ReportsDst010()
    {
        var hasil = Distribusi(new DistribusiOptions(unitKecil: KebijakanUnitKecil.GabungKeInduk)).Check("U-1", PredikatKinerjaOrganisasi.Istimewa, J(0, 0, 0, 0, 3));

        var f = Assert.Single(hasil.Findings, f => f.Code == "DST010");
        Assert.Equal(FindingSeverity.Info, f.Severity);
        Assert.DoesNotContain(hasil.Findings, x => x.Code == "DST007");
        Assert.Equal(FindingSeverity.Info, Assert.Single(hasil.Findings, x => x.Code == "DST001").Severity);
    }

    [Fact]
    public void Check_SmallInfeasibleUnitUnderTheDefaultPolicy_ReportsDst006AsInfo()
    {
        var hasil = Distribusi().Check("U-1", PredikatKinerjaOrganisasi.Kurang, J(0, 2, 0, 0, 0));

        Assert.Equal(StatusDistribusi.TidakMungkin, hasil.Status);
        Assert.Equal(FindingSeverity.Info, Assert.Single(hasil.Findings, f => f.Code == "DST006").Severity);
    }

    [Fact]
    public void Check_EmptyUnit_IsKosongWithDst009()
    {
        var hasil = Distribusi().Check("U-1", PredikatKinerjaOrganisasi.Baik, default(JumlahPredikat));

        Assert.Equal(StatusDistribusi.Kosong, hasil.Status);
        Assert.True(hasil.IsMemenuhi);
        var f = Assert.Single(hasil.Findings);
        Assert.Equal("DST009", f.Code);
        Assert.Equal(FindingSeverity.Info, f.Severity);
        Assert.Empty(hasil.Batasan);
    }

    [Theory]
    [InlineData(TingkatPenegakan.Saran, FindingSeverity.Warning, FindingSeverity.Info)]
    [InlineData(TingkatPenegakan.Tegakkan, FindingSeverity.Error, FindingSeverity.Warning)]
    public void Check_Penegakan_SetsTheSeverityOfHardAndDominantFindings(TingkatPenegakan penegakan, FindingSeverity hard, FindingSeverity dominant)
    {
        // Butuh Perbaikan, 10 employees: BP 4 (< 6) and B 6: a broken floor and BP not the largest group.
        var hasil = Distribusi(new DistribusiOptions(penegakan: penegakan)).Check("U-1", PredikatKinerjaOrganisasi.ButuhPerbaikan, J(0, 0, 4, 6, 0));

        Assert.Equal(hard, Assert.Single(hasil.Findings, f => f.Code == "DST002").Severity);
        Assert.Equal(dominant, Assert.Single(hasil.Findings, f => f.Code == "DST005").Severity);
        Assert.Equal(2, hasil.PerubahanMinimum);
    }

    [Fact]
    public void Check_ConstraintOutcomes_CarryCountPercentRangeAndExplanation()
    {
        var hasil = Distribusi().Check("U-1", PredikatKinerjaOrganisasi.Kurang, J(0, 6, 1, 2, 1));

        var k = hasil.Batasan.Single(b => b.Batasan.Name == "Minimum(K,60%)");
        Assert.Equal(6, k.Jumlah);
        Assert.Equal(60m, k.Persentase);
        Assert.Equal(new RentangKuota(6, 10), k.Rentang);
        Assert.True(k.Terpenuhi);
        Assert.Null(k.Severity);
        Assert.Equal("PolaDistribusi[Kurang].Minimum(K,60%)", k.Explanation.Rule);
        Assert.Equal(0.0m, hasil.JarakKePola);
    }

    [Fact]
    public void Check_InvalidArguments_Throw()
    {
        Assert.Throws<ArgumentException>(() => Distribusi().Check(" ", PredikatKinerjaOrganisasi.Baik, J(0, 0, 1, 1, 0)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Distribusi().Check("U", (PredikatKinerjaOrganisasi)0, J(0, 0, 1, 1, 0)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Distribusi().CalculateKuota(PredikatKinerjaOrganisasi.Baik, -1));
    }

    [Fact]
    public void DistribusiOptions_InvalidValues_AreReportedTogether()
    {
        var e = Assert.Throws<ArgumentException>(() => new DistribusiOptions((Pembulatan)9, ambangUnitKecil: 0, penegakan: (TingkatPenegakan)0));

        Assert.Contains("pembulatan", e.Message, StringComparison.Ordinal);
        Assert.Contains("ambangUnitKecil", e.Message, StringComparison.Ordinal);
        Assert.Contains("penegakan", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DistribusiOptions_Default_IsTheDocumentedPolicies()
    {
        Assert.Equal(Pembulatan.Ketat, Default.Pembulatan);
        Assert.Equal(MaknaSebagianBesar.KelompokTerbesar, Default.SebagianBesar);
        Assert.Equal(KebijakanUnitKecil.SaranDiBawahAmbang, Default.UnitKecil);
        Assert.Equal(5, Default.AmbangUnitKecil);
        Assert.Equal(PenghitunganKepalaUnit.UnitInduk, Default.KepalaUnit);
        Assert.Equal(TingkatPenegakan.Saran, Default.Penegakan);
        Assert.All(Default.Policies, p => Assert.True(p.IsDefault));
        Assert.Equal(new DistribusiOptions(), Default);
    }
}
