using NodaTime;
using static AsnKinerja.Predicates.Tests.AturanUji;
using static AsnKinerja.Predicates.Tests.DinasContoh;

namespace AsnKinerja.Predicates.Tests;

/// <summary>
/// An agency's evaluation period through the pipeline: the quadrant and the leader rule (PermenPANRB 6/2022, SE MenPANRB
/// 3/2023), heads counted in the parent unit and statuses per their policies, the verdicts of the patterns, calibration,
/// the PPKs' decisions and objections (PP 30/2019 Pasal 59), and the findings about the records.
/// </summary>
public sealed class EvaluasiPeriodeTests
{
    [Fact]
    public void Evaluate_Dinas_GivesEveryPredicateByTheQuadrantOrTheLeaderRule()
    {
        var hasil = Dinas().Value;

        // Heads: the organisation predicate becomes the results rating (default mapping), the quadrant does the rest.
        Assert.Equal(PredikatKinerja.Baik, hasil.Get(N(1))!.Terhitung!.Predikat);         // Baik → Sesuai; Sesuai × Sesuai
        Assert.Equal(PredikatKinerja.SangatBaik, hasil.Get(N(10))!.Terhitung!.Predikat);  // Istimewa → Di Atas; Di Atas × Di Atas
        Assert.Equal(PredikatKinerja.ButuhPerbaikan, hasil.Get(N(20))!.Terhitung!.Predikat); // Kurang → Di Bawah; Di Bawah × Sesuai
        Assert.True(hasil.Get(N(10))!.IsKepalaUnit);
        Assert.Equal("Kuadran.KepalaUnit", hasil.Get(N(10))!.Terhitung!.Explanation.Key);

        // Staff: the quadrant of their two ratings; the leader rule never touches them.
        Assert.Equal(PredikatKinerja.KurangMisconduct, hasil.Get(N(21))!.Terhitung!.Predikat); // Sesuai × Di Bawah
        Assert.Equal("Kuadran.Sel", hasil.Get(N(21))!.Terhitung!.Explanation.Key);
        Assert.False(hasil.Get(N(21))!.IsKepalaUnit);
    }

    [Fact]
    public void Evaluate_Dinas_CountsHeadsInTheParentAndLeavesOutStatusesPerPolicy()
    {
        var hasil = Dinas().Value;
        var dinas = hasil.GetUnit("dinas");

        // The dinas counts its staff, its own head (a root has no parent), the heads of both bidang and the employee who
        // moved into it in July (the last unit of the period); not the one on study leave.
        Assert.Equal(new[] { N(1), N(2), N(3), N(4), N(5), N(10), N(20), N(40) }, dinas.PegawaiDihitung);
        Assert.Equal(new[] { N(1), N(2), N(3), N(4), N(5), N(30), N(40) }, dinas.Pegawai);
        Assert.Equal(new JumlahPredikat(0, 0, 1, 5, 2), dinas.Verdict.Jumlah);
        Assert.Equal("dinas", hasil.Get(N(10))!.UnitDihitungId);
        Assert.Equal("bidang-a", hasil.Get(N(10))!.UnitId);
        Assert.Equal("PenghitunganDistribusi.kepalaUnitInduk", hasil.Get(N(10))!.ExplainPenghitungan().Rule);
        Assert.Contains(new AppliedPolicy("KepalaUnit", "UnitInduk", true), hasil.Get(N(10))!.ExplainPenghitungan().Policies);
        Assert.Equal("PenghitunganDistribusi.kepalaTanpaInduk", hasil.Get(N(1))!.ExplainPenghitungan().Rule);

        // Study leave: evaluated (a predicate) but in no distribution; unpaid leave: not evaluated at all.
        var tugasBelajar = hasil.Get(N(30))!;
        Assert.Equal((true, false, PredikatKinerja.Baik), (tugasBelajar.IsDinilai, tugasBelajar.IsDihitung, tugasBelajar.Predikat!.Value));
        Assert.Null(tugasBelajar.UnitDihitungId);
        Assert.Equal("PenghitunganDistribusi.tidakDihitung", tugasBelajar.ExplainPenghitungan().Rule);
        var cltn = hasil.Get(N(31))!;
        Assert.Equal((false, null, null), (cltn.IsDinilai, cltn.Terhitung, cltn.Predikat));
        Assert.Equal("PenghitunganPegawai", cltn.Explain().Key);
        Assert.Contains(hasil.Findings, f => f.Code == "PRD012" && f.Subject == N(31).ToString());
    }

    [Fact]
    public void Evaluate_Dinas_JudgesEveryUnitByItsPatternAndProposesCalibrationForTheFailingOne()
    {
        var hasil = Dinas().Value;

        // Baik: B 5 of 8 ≤ 70% (5), one BP: met. Istimewa: SB 6 of 6 > 70% (4): not met, two must move. Kurang: K 3 of 5
        // ≥ 60% (3), BP 1 ≥ 10% (1), no SB: met.
        Assert.Equal(StatusDistribusi.Memenuhi, hasil.GetUnit("dinas").Status);
        Assert.Equal(StatusDistribusi.TidakMemenuhi, hasil.GetUnit("bidang-a").Status);
        Assert.Equal(2, hasil.GetUnit("bidang-a").Verdict.PerubahanMinimum);
        Assert.Equal(StatusDistribusi.Memenuhi, hasil.GetUnit("bidang-b").Status);
        Assert.Null(hasil.GetUnit("dinas").Kalibrasi);

        // The two lowest ranking scores move one step down, to Baik.
        var usulan = hasil.GetUnit("bidang-a").Kalibrasi!;
        Assert.Equal(new[] { (N(11), PredikatKinerja.Baik), (N(12), PredikatKinerja.Baik) }, usulan.Perubahan.Select(c => (c.Nip, c.Menjadi)));
        Assert.Same(usulan.Perubahan[0], hasil.Get(N(11))!.Kalibrasi);
        Assert.Equal(new JumlahPredikat(0, 0, 0, 2, 4), usulan.Sesudah);

        Assert.Equal(1, hasil.Statistik.UnitGagal);
        Assert.Equal(3, hasil.Statistik.UnitDinilai);
        Assert.Equal(1, hasil.GetStatistik("bidang-a").UnitDinilai);
        Assert.Equal(hasil.Statistik.UnitGagal, hasil.StatistikAkhir.UnitGagal);
    }

    [Fact]
    public void Evaluate_Dinas_VerdictsAreTheBulkEnginesAndTheOneUnitChecks()
    {
        var hasil = Dinas().Value;

        foreach (var unit in hasil.Unit)
        {
            var bulk = hasil.Bulk.GetVerdict(unit.UnitId);
            var check = Distribusi().Check(unit.UnitId, unit.PredikatOrganisasi, JumlahPredikat.From(unit.PegawaiDinilai.Select(n => hasil.Get(n)!.Terhitung!.Predikat)));
            Assert.Equal(bulk.Status, unit.Verdict.Status);
            Assert.Equal(check.Status, unit.Verdict.Status);
            Assert.Equal(check.Findings.AsEnumerable(), unit.Verdict.Findings);
            Assert.Equal(check.Explanation, unit.Verdict.Explanation);
            Assert.Same(unit.Verdict, unit.VerdictAkhir);
        }
    }

    [Fact]
    public void Evaluate_Dinas_ReportsThePoliciesItUsed()
    {
        var hasil = Dinas().Value;

        Assert.Contains(new AppliedPolicy("KepalaUnit", "UnitInduk", true), hasil.Policies);
        Assert.Contains(hasil.Policies, p => p.Name == "PemetaanRatingPimpinan");
        Assert.Contains(hasil.Policies, p => p.Name == "PerlakuanStatusPegawai");
        Assert.Contains(hasil.Policies, p => p.Name == "UnitPenghitunganMutasi");
        Assert.Contains(new AppliedPolicy("PemilihanPegawaiKalibrasi", "SkorPeringkat", true), hasil.Policies);
        Assert.DoesNotContain(hasil.Policies, p => p.Name == "PenghitunganHariKeberatan");
    }

    [Fact]
    public void Tetapkan_AcceptedProposals_RecordTheChangesAndMeetThePatternOnTheFinalPredicates()
    {
        var hasil = Dinas().Value;

        var akhir = hasil.Tetapkan(hasil.CreateKeputusan().TerimaSemuaUsulan(new LocalDate(2025, 1, 20)).Build());

        var n11 = akhir.Get(N(11))!;
        Assert.Equal(PredikatKinerja.SangatBaik, n11.Terhitung!.Predikat);
        Assert.Equal(PredikatKinerja.Baik, n11.Predikat);
        Assert.Equal(SumberPredikatAkhir.KeputusanPpk, n11.Akhir!.Sumber);
        Assert.Equal(KepalaBidangA, n11.Keputusan!.DitetapkanOleh);
        Assert.Equal(new LocalDate(2025, 1, 20), n11.Keputusan.Tanggal);
        Assert.Equal("KeputusanPpk.Ubah", n11.Explain().Key);
        Assert.Equal(StatusDistribusi.TidakMemenuhi, akhir.GetUnit("bidang-a").Status);
        Assert.Equal(StatusDistribusi.Memenuhi, akhir.GetUnit("bidang-a").StatusAkhir);
        Assert.Equal(new JumlahPredikat(0, 0, 0, 2, 4), akhir.GetUnit("bidang-a").VerdictAkhir.Jumlah);
        Assert.Equal(0, akhir.StatistikAkhir.UnitGagal);
        Assert.Equal(SumberPredikatAkhir.Terhitung, akhir.Get(N(13))!.Akhir!.Sumber);
        Assert.Equal(2, akhir.Keputusan.Penetapan.Length);
        Assert.All(akhir.Keputusan.Penetapan, p => Assert.True(p.IsKalibrasi));
    }

    [Fact]
    public void Tetapkan_ObjectionGranted_IsFinalAndTheUnitIsCheckedAgain()
    {
        var hasil = Dinas().Value;
        var keputusan = hasil.CreateKeputusan()
            .TerimaSemuaUsulan(new LocalDate(2025, 1, 20))
            .AjukanKeberatan(N(12), new LocalDate(2025, 1, 22), new LocalDate(2025, 1, 25), "Capaian melebihi target semua RHK utama.")
            .PutuskanKeberatan(N(12), PredikatKinerja.SangatBaik, new LocalDate(2025, 2, 3), "Bukti dukung menunjukkan capaian di atas ekspektasi.")
            .Build();

        var akhir = hasil.Tetapkan(keputusan);

        var n12 = akhir.Get(N(12))!;
        Assert.Equal(PredikatKinerja.SangatBaik, n12.Predikat);
        Assert.Equal(SumberPredikatAkhir.KeputusanKeberatan, n12.Akhir!.Sumber);
        Assert.Equal(PredikatKinerja.Baik, n12.Keberatan!.Predikat.Ditetapkan);
        Assert.Equal(KepalaDinas, n12.Akhir.Keberatan!.DiputuskanOleh);
        Assert.Equal("KeputusanKeberatan.Ubah", n12.Explain().Key);
        Assert.False(n12.IsKeberatanTertunda);

        // Five of six Sangat Baik is above the Istimewa cap again: the final verdict says so.
        Assert.Equal(StatusDistribusi.TidakMemenuhi, akhir.GetUnit("bidang-a").StatusAkhir);
        Assert.DoesNotContain(akhir.Findings, f => f.Code is "PRD004" or "PRD005" or "PRD006");
        Assert.Contains(new AppliedPolicy("PenghitunganHariKeberatan", "HariKalender", true), akhir.Policies);
    }

    [Fact]
    public void Tetapkan_LateObjectionDecidedByAnotherOfficial_IsAppliedAndReported()
    {
        var hasil = Dinas().Value;
        var keputusan = hasil.CreateKeputusan()
            .AjukanKeberatan(N(3), new LocalDate(2025, 1, 22), new LocalDate(2025, 2, 10), "Terlambat.")
            .PutuskanKeberatan(N(3), PredikatKinerja.SangatBaik, new LocalDate(2025, 2, 12), "Dikabulkan.", oleh: Pejabat.Asn(N(2)))
            .AjukanKeberatan(N(4), new LocalDate(2025, 1, 22), new LocalDate(2025, 1, 23), "Belum diputus.")
            .Build();

        var akhir = hasil.Tetapkan(keputusan);

        // Received 22 January: the 14 calendar days end on 5 February. The superior recorded is the head of the dinas.
        Assert.Contains(akhir.Findings, f => f.Code == "PRD004" && f.Subject == N(3).ToString());
        Assert.Contains(akhir.Findings, f => f.Code == "PRD005" && f.Subject == N(3).ToString());
        Assert.Equal(PredikatKinerja.SangatBaik, akhir.Get(N(3))!.Predikat);
        Assert.Contains(akhir.Findings, f => f.Code == "PRD016" && f.Subject == N(4).ToString());
        Assert.True(akhir.Get(N(4))!.IsKeberatanTertunda);
        Assert.Equal(PredikatKinerja.Baik, akhir.Get(N(4))!.Predikat);
    }

    [Fact]
    public void Tetapkan_OwnChangeWithReason_IsRecordedAndLaterDecisionsReplaceEarlierOnes()
    {
        var hasil = Dinas().Value;
        var tanggal = new LocalDate(2025, 1, 21);

        var akhir = hasil.Tetapkan(hasil.CreateKeputusan()
            .TerimaSemuaUsulan(new LocalDate(2025, 1, 20))
            .Ubah(N(11), PredikatKinerja.ButuhPerbaikan, tanggal, "Target utama tidak tercapai.")
            .Build());

        var keputusan = akhir.Get(N(11))!.Keputusan!;
        Assert.Equal(PredikatKinerja.ButuhPerbaikan, keputusan.Ditetapkan);
        Assert.Equal("Target utama tidak tercapai.", keputusan.Alasan);
        Assert.False(Assert.Single(akhir.Keputusan.Penetapan, p => p.Nip == N(11)).IsKalibrasi);

        // A decided period starts the next builder with its decisions.
        Assert.Equal(akhir.Keputusan.Penetapan.AsEnumerable(), akhir.CreateKeputusan().Build().Penetapan);
    }

    [Fact]
    public void Tetapkan_DecisionsThatDoNotFit_AreArgumentErrors()
    {
        var hasil = Dinas().Value;
        var tanggal = new LocalDate(2025, 1, 20);

        Assert.Throws<ArgumentException>(() => hasil.CreateKeputusan().Ubah(N(31), PredikatKinerja.Baik, tanggal, "tidak dinilai"));
        Assert.Throws<ArgumentException>(() => hasil.CreateKeputusan().Ubah(N(3), PredikatKinerja.Baik, tanggal, "sama dengan terhitung"));
        Assert.Throws<ArgumentException>(() => hasil.CreateKeputusan().PutuskanKeberatan(N(3), PredikatKinerja.Baik, tanggal, "tanpa keberatan"));
        Assert.Throws<ArgumentException>(() => hasil.Tetapkan(new KeputusanPeriode(new[] { new PenetapanPredikat(N(99), PredikatKinerja.Baik, KepalaDinas, tanggal, "x") }, Array.Empty<CatatanKeberatan>())));
        Assert.Throws<ArgumentException>(() => hasil.Tetapkan(new KeputusanPeriode(new[] { new PenetapanPredikat(N(3), PredikatKinerja.SangatBaik, KepalaDinas, tanggal, "x", isKalibrasi: true) }, Array.Empty<CatatanKeberatan>())));
        var other = Dinas().Value.GetUnit("bidang-a").Kalibrasi!;
        Assert.Throws<ArgumentException>(() => hasil.CreateKeputusan().TerimaUsulan(other, tanggal));
    }

    [Fact]
    public void Evaluate_RecordsWithProblems_ReportsThemAsFindings()
    {
        var penilaian = Penilaian().Where(p => p.Nip != N(5)).Concat(new[] { Rated(99, Ekspektasi.Sesuai, Ekspektasi.Sesuai), Rated(3, Ekspektasi.DiAtas, Ekspektasi.DiAtas) });
        var predikat = PredikatOrganisasi().Where(p => p.Key != "bidang-b").Concat(new[] { new KeyValuePair<string, PredikatKinerjaOrganisasi>("biro-x", PredikatKinerjaOrganisasi.Baik) });

        var result = EvaluasiPeriode.Evaluate(Input(penilaian: penilaian, predikat: predikat.ToDictionary(p => p.Key, p => p.Value)), Kuadran, Distribusi());

        Assert.False(result.IsSuccess);
        Assert.Contains(result.Findings, f => f.Code == "PRD010" && f.Subject == N(5).ToString() && f.Severity == FindingSeverity.Error);
        Assert.Contains(result.Findings, f => f.Code == "PRD011" && f.Subject == N(99).ToString() && f.Severity == FindingSeverity.Warning);
        Assert.Contains(result.Findings, f => f.Code == "PRD013" && f.Subject == N(3).ToString() && f.Severity == FindingSeverity.Error);
        Assert.Contains(result.Findings, f => f.Code == "PRD014" && f.Subject == "bidang-b" && f.Severity == FindingSeverity.Error);
        Assert.Contains(result.Findings, f => f.Code == "PRD015" && f.Subject == "biro-x" && f.Severity == FindingSeverity.Warning);
    }

    [Fact]
    public void Evaluate_TreeWithTwoHeadsOrAnUnknownUnit_HasTheTreeFindingsAndNoValue()
    {
        var penempatan = Penempatan().Concat(new[] { new RiwayatPenempatan(N(50), "dinas", Awal, null, isKepala: true), new RiwayatPenempatan(N(51), "biro-x", Awal) });

        var result = EvaluasiPeriode.Evaluate(Input(penempatan: penempatan), Kuadran, Distribusi());

        Assert.False(result.IsSuccess);
        Assert.Contains(result.Findings, f => f.Code == "ORG004");
        Assert.Contains(result.Findings, f => f.Code == "ORG006");
    }

    [Fact]
    public void Evaluate_FromTheRegistry_UsesTheRulesInForceOnTheDecisionDate()
    {
        var registry = RuleSetRegistry.Create(Enumerable.Empty<IRules>().Concat(KuadranRules.All).Concat(DistribusiRules.All));
        var tahun2022 = PeriodeKinerja.Tahunan(2022);
        var input = new EvaluasiPeriodeInput(tahun2022, Units(), Penempatan().Select(p => new PenempatanPegawai(p.Nip, p.UnitId, p.IsKepala)).GroupBy(p => p.Nip).Select(g => g.Last()), PredikatOrganisasi(), Penilaian());

        var hasil = EvaluasiPeriode.Evaluate(input, registry, new LocalDate(2023, 2, 15)).Value;

        // SE MenPANRB 3/2023 was signed on 31 January 2023 and governs the 2022 evaluations decided after it.
        Assert.Equal(RuleSetId.SeMenPanRb3Tahun2023, hasil.Distribusi.RuleSet.Id);
        Assert.Equal(new LocalDate(2023, 2, 15), hasil.TanggalPenetapan);
        Assert.Throws<KeyNotFoundException>(() => EvaluasiPeriode.Evaluate(input, registry, new LocalDate(2023, 1, 15)));
    }

    [Fact]
    public void Evaluate_RecordsInAnotherOrder_GiveTheSameResult()
    {
        var hasil = Dinas().Value;

        var shuffled = EvaluasiPeriode.Evaluate(
            new EvaluasiPeriodeInput(Tahun, Units().AsEnumerable().Reverse(), Penempatan().Reverse(), PredikatOrganisasi(), Penilaian().Reverse(), Status().AsEnumerable().Reverse()), Kuadran, Distribusi()).Value;

        Assert.Equal(hasil.Pegawai.Select(p => (p.Nip, p.Predikat, p.UnitDihitungId)), shuffled.Pegawai.Select(p => (p.Nip, p.Predikat, p.UnitDihitungId)));
        Assert.Equal(hasil.Unit.Select(u => (u.UnitId, u.Verdict.Jumlah, u.Status)).OrderBy(u => u.UnitId), shuffled.Unit.Select(u => (u.UnitId, u.Verdict.Jumlah, u.Status)).OrderBy(u => u.UnitId));
        Assert.Equal(hasil.GetUnit("bidang-a").Kalibrasi!.Perubahan.Select(c => c.Nip), shuffled.GetUnit("bidang-a").Kalibrasi!.Perubahan.Select(c => c.Nip));
    }
}
