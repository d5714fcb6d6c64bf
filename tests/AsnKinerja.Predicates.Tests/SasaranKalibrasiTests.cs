using AsnKinerja.Testing;
using FsCheck;
using FsCheck.Fluent;
using static AsnKinerja.Predicates.Tests.AturanUji;

namespace AsnKinerja.Predicates.Tests;

/// <summary>Calibration answers the verdict it is given: the counts-only target, and who moves; and the policies answers report.</summary>
public sealed class SasaranKalibrasiTests
{
    [Fact]
    public void ProposeSasaran_IstimewaUnitOfTenAllSangatBaik_MovesThreeToBaik()
    {
        // SE MenPANRB 3/2023, Istimewa: SB ≤ 70% of 10 = 7, so 3 of the 10 leave SB; the nearest allowed predicate is Baik.
        var verdict = Distribusi().Check("Biro Umum", PredikatKinerjaOrganisasi.Istimewa, new JumlahPredikat(0, 0, 0, 0, 10));

        var sasaran = Distribusi().ProposeSasaran(verdict);

        Assert.True(sasaran.IsFeasible);
        Assert.Equal(new JumlahPredikat(0, 0, 0, 3, 7), sasaran.Sesudah);
        Assert.Equal(3, sasaran.JumlahPerubahan);
        Assert.Equal(3, sasaran.GetJumlahPindah(PredikatKinerja.SangatBaik, PredikatKinerja.Baik));
        Assert.Equal(0, sasaran.GetJumlahPindah(PredikatKinerja.SangatBaik, PredikatKinerja.ButuhPerbaikan));
        Assert.Equal(StatusDistribusi.Memenuhi, sasaran.PemeriksaanSesudah!.Status);
        Assert.Equal("Biro Umum: SB→B 3", sasaran.ToString());
    }

    [Fact]
    public void ProposeSasaran_KurangUnitOfTwo_HasNoTargetAndSaysWhy()
    {
        var verdict = Distribusi(new DistribusiOptions(unitKecil: KebijakanUnitKecil.Ketat)).Check("U", PredikatKinerjaOrganisasi.Kurang, new JumlahPredikat(0, 0, 0, 2, 0));

        var sasaran = Distribusi(new DistribusiOptions(unitKecil: KebijakanUnitKecil.Ketat)).ProposeSasaran(verdict);

        Assert.False(sasaran.IsFeasible);
        Assert.Null(sasaran.Sesudah);
        Assert.Equal("DST006", Assert.Single(sasaran.Findings).Code);
        Assert.Equal("Kalibrasi.TanpaUsulan", sasaran.Explanation.Key);
    }

    [Fact]
    public void ProposeKalibrasi_VerdictOfOtherRulesOrAPooledUnitOrOtherCounts_IsAnArgumentError()
    {
        var verdict = Distribusi().Check("U", PredikatKinerjaOrganisasi.Istimewa, new JumlahPredikat(0, 0, 0, 0, 2));
        var pegawai = new[] { new PegawaiKalibrasi(N(1), PredikatKinerja.SangatBaik), new PegawaiKalibrasi(N(2), PredikatKinerja.SangatBaik) };
        var pooled = Distribusi(new DistribusiOptions(unitKecil: KebijakanUnitKecil.GabungKeInduk))
            .Evaluate(new BulkInput(new[] { 0, 1 }, new[] { Ekspektasi.Sesuai, Ekspektasi.Sesuai }, new[] { Ekspektasi.Sesuai, Ekspektasi.Sesuai }, new[] { -1, 0 }, new[] { PredikatKinerjaOrganisasi.Baik, PredikatKinerjaOrganisasi.Baik }), Kuadran)
            .GetVerdict(1);

        Assert.Throws<ArgumentException>(() => Distribusi(new DistribusiOptions(pembulatan: Pembulatan.SetengahKeAtas)).ProposeKalibrasi(verdict, pegawai));
        Assert.Throws<ArgumentException>(() => Distribusi(new DistribusiOptions(unitKecil: KebijakanUnitKecil.GabungKeInduk)).ProposeSasaran(pooled));
        Assert.Throws<ArgumentException>(() => Distribusi().ProposeKalibrasi(verdict, pegawai.Take(1)));
        Assert.Equal(2, Distribusi().ProposeKalibrasi(verdict, pegawai).Sebelum.Total);
    }

    [Fact]
    public void ProposeKalibrasi_BulkVerdictOfAPooledParent_CalibratesEveryEmployeeItJudged()
    {
        // The parent (Istimewa, 3 SB) judges its own 3 and the pooled child's 2: 5 SB, cap 70% = 3, so 2 move.
        var rules = Distribusi(new DistribusiOptions(unitKecil: KebijakanUnitKecil.GabungKeInduk));
        var unit = new[] { 0, 0, 0, 1, 1 };
        var bulk = rules.Evaluate(new BulkInput(unit, unit.Select(_ => Ekspektasi.DiAtas).ToArray(), unit.Select(_ => Ekspektasi.DiAtas).ToArray(), new[] { -1, 0 }, new[] { PredikatKinerjaOrganisasi.Istimewa, PredikatKinerjaOrganisasi.Istimewa }), Kuadran);

        var usulan = rules.ProposeKalibrasi(bulk.GetVerdict(0), bulk.GetPegawaiDinilai(0).Select(i => new PegawaiKalibrasi(N(i), PredikatKinerja.SangatBaik, i)));

        Assert.Equal(new[] { N(0), N(1) }, usulan.Perubahan.Select(c => c.Nip));
        Assert.Equal(new JumlahPredikat(0, 0, 0, 2, 3), usulan.Sesudah);
    }

    [Fact]
    public void ProposeKalibrasi_HundredThousandMustMove_FinishesWithTheFewestChanges()
    {
        // Sangat Kurang forbids SB: every one of 100,000 SB moves (the old calibration was quadratic in this case).
        var pegawai = Enumerable.Range(0, 100_000).Select(i => new PegawaiKalibrasi(N(i), PredikatKinerja.SangatBaik, i % 97)).ToList();
        var verdict = Distribusi().Check("U", PredikatKinerjaOrganisasi.SangatKurang, new JumlahPredikat(0, 0, 0, 0, pegawai.Count));

        var usulan = Distribusi().ProposeKalibrasi(verdict, pegawai);

        Assert.Equal(100_000, usulan.Perubahan.Length);
        Assert.Equal(StatusDistribusi.Memenuhi, usulan.PemeriksaanSesudah!.Status);
        Assert.Equal(verdict.PerubahanMinimum, usulan.Perubahan.Length);
    }

    private static readonly Gen<(PredikatKinerjaOrganisasi Org, JumlahPredikat Jumlah, DistribusiOptions Opsi)> Units =
        from org in Gen.Elements(PolaReferensi.Organisasi)
        from counts in Gen.Choose(0, 6).ArrayOf(5)
        from r in Gen.Elements(Pembulatan.Ketat, Pembulatan.SetengahKeAtas)
        from k in Gen.Elements(KebijakanUnitKecil.Ketat, KebijakanUnitKecil.SaranDiBawahAmbang, KebijakanUnitKecil.GabungKeInduk)
        from p in Gen.Elements(TingkatPenegakan.Saran, TingkatPenegakan.Tegakkan)
        select (org, JumlahPredikat.FromSpan(counts), new DistribusiOptions(pembulatan: r, unitKecil: k, penegakan: p));

    [Property(MaxTest = 300)]
    public Property Answers_AnOptionTheyDoNotReport_NeverChangesThem()
    {
        // "Most" is reported by the check alone, where heads count by none of the one-unit answers: changing an option
        // an answer does not report leaves it exactly as it was.
        return Prop.ForAll(Units.ToArbitrary(), x =>
        {
            var a = Distribusi(x.Opsi);
            var b = Distribusi(new DistribusiOptions(x.Opsi.Pembulatan, MaknaSebagianBesar.LebihDariSetengah, x.Opsi.UnitKecil, x.Opsi.AmbangUnitKecil, PenghitunganKepalaUnit.UnitSendiri, x.Opsi.Penegakan));
            var kuotaA = a.CalculateKuota(x.Org, x.Jumlah.Total);
            var kuotaB = b.CalculateKuota(x.Org, x.Jumlah.Total);
            var sasaranA = a.ProposeSasaran(a.Check("U", x.Org, x.Jumlah));
            var sasaranB = b.ProposeSasaran(b.Check("U", x.Org, x.Jumlah));
            return (kuotaA.ToString() == kuotaB.ToString() && kuotaA.Findings.SequenceEqual(kuotaB.Findings) && kuotaA.Policies.SequenceEqual(kuotaB.Policies)).Label("quota")
                .And((sasaranA.Sesudah == sasaranB.Sesudah && sasaranA.Findings.SequenceEqual(sasaranB.Findings) && sasaranA.Policies.SequenceEqual(sasaranB.Policies)).Label("target"))
                .And(a.Check("U", x.Org, x.Jumlah).Policies.All(p => p.Name != "KepalaUnit")).Label("check");
        });
    }

    [Fact]
    public void Policies_OfEachAnswer_AreThoseItApplies()
    {
        var rules = Distribusi();
        var check = rules.Check("U", PredikatKinerjaOrganisasi.Baik, new JumlahPredikat(0, 0, 1, 7, 2));

        Assert.Equal(new[] { "Pembulatan", "MaknaSebagianBesar", "UnitKecil", "Penegakan" }, check.Policies.Select(p => p.Name));
        Assert.Equal(new[] { "Pembulatan", "Penegakan" }, rules.CalculateKuota(PredikatKinerjaOrganisasi.Baik, 10).Policies.Select(p => p.Name));
        Assert.Equal(new[] { "Pembulatan", "UnitKecil", "Penegakan" }, rules.ProposeSasaran(check).Policies.Select(p => p.Name));
        Assert.Equal(new[] { "Pembulatan", "UnitKecil", "Penegakan", "PemilihanPegawaiKalibrasi" }, rules.Kalibrasi("U", PredikatKinerjaOrganisasi.Baik, new[] { new PegawaiKalibrasi(N(0), PredikatKinerja.Baik) }).Policies.Select(p => p.Name));

        // A small unit judged as advice: its ranges carry the small-unit policy too.
        var small = rules.Check("U", PredikatKinerjaOrganisasi.Baik, new JumlahPredikat(0, 0, 0, 2, 0));
        Assert.Equal(new[] { "Pembulatan", "UnitKecil", "Penegakan" }, small.Kuota.Policies.Select(p => p.Name));
    }
}
