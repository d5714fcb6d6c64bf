using AsnKinerja.Predicates;
using AsnKinerja.Testing.Quickstart;
using NodaTime;

namespace AsnKinerja.Siasn.Tests;

/// <summary>The quickstart's dinas through the evaluation-period pipeline, every employee pushed to SIASN: each one's skp22 payload comes out of the period, validated.</summary>
public sealed class QuickstartSiasnTests
{
    private static readonly QuickstartDinas Dinas = QuickstartDinas.Load();

    [Fact]
    public void Skp22_EveryEmployeeOfTheQuickstartDinasPeriod_ComesOutValidatedWithNoFindings()
    {
        var results = Dinas.Hasil.Pegawai.Select(p => (Pegawai: p, Result: SiasnPayloads.Skp22(p, QuickstartDinas.PnsId(p.Nip)))).ToList();

        Assert.Equal(Dinas.Sample.Pegawai.Select(p => p.Nip).OrderBy(n => n), results.Select(r => r.Pegawai.Nip));
        Assert.All(results, r => Assert.True(r.Result.IsSuccess, r.Pegawai.Nip + ": " + string.Join("; ", r.Result.Findings)));
        Assert.All(results, r => Assert.Empty(r.Result.Findings));
        Assert.All(results, r =>
        {
            var payload = r.Result.Value;
            Assert.Equal(Dinas.Tahun, payload.Tahun);
            Assert.Equal(r.Pegawai.Terhitung!.RatingHasilKerja, payload.HasilKinerja);
            Assert.Equal(r.Pegawai.Terhitung.RatingPerilakuKerja, payload.PerilakuKerja);
            Assert.Equal(r.Pegawai.Predikat, payload.Predikat);
            Assert.Equal(Dinas.Ppk(r.Pegawai.Nip).ToString(), payload.Penilai.NipNrp);
            Assert.Equal(QuickstartDinas.PnsId(r.Pegawai.Nip), payload.PnsDinilaiOrang);
            Assert.Equal(payload, SiasnJson.ReadSkp22(SiasnJson.Write(payload)));
        });
    }

    [Fact]
    public void Skp22_DecidedQuickstartDinas_ComesOutForEveryEmployeeWithSia005ExactlyWhereTheCalibrationChangedThePredicate()
    {
        var changed = Dinas.Ditetapkan.Keputusan.Penetapan.Select(p => p.Nip).ToHashSet();

        var results = Dinas.Ditetapkan.Pegawai.Select(p => (Pegawai: p, Result: SiasnPayloads.Skp22(p, QuickstartDinas.PnsId(p.Nip)))).ToList();

        Assert.NotEmpty(changed);
        Assert.All(Dinas.Ditetapkan.Keputusan.Penetapan, p => Assert.True(p.IsKalibrasi));
        Assert.All(results, r => Assert.True(r.Result.IsSuccess, r.Pegawai.Nip + ": " + string.Join("; ", r.Result.Findings)));
        Assert.All(results, r => Assert.Equal(r.Pegawai.Predikat, r.Result.Value.Predikat));
        Assert.All(results, r => Assert.Equal(changed.Contains(r.Pegawai.Nip) ? new[] { "SIA005" } : Array.Empty<string>(), r.Result.Findings.Select(f => f.Code)));
    }

    [Fact]
    public void Skp22_QuickstartsOwnDecisions_ComeOutForEveryEmployeeWithSia005ExactlyWhereThePredicateLeftItsCell()
    {
        var akhir = Dinas.DitetapkanQuickstart();

        foreach (var p in akhir.Pegawai)
        {
            var result = SiasnPayloads.Skp22(p, QuickstartDinas.PnsId(p.Nip));

            Assert.True(result.IsSuccess, p.Nip + ": " + string.Join("; ", result.Findings));
            Assert.Equal(p.Predikat, result.Value.Predikat);
            Assert.Equal(p.Predikat != p.Terhitung!.Predikat ? new[] { "SIA005" } : Array.Empty<string>(), result.Findings.Select(f => f.Code));
        }

        // The objection granted gives the computed predicate back: sent without a warning.
        var keberatan = Assert.Single(akhir.Pegawai, p => p.Keberatan is not null);
        Assert.Empty(SiasnPayloads.Skp22(keberatan, QuickstartDinas.PnsId(keberatan.Nip)).Findings);
    }

    [Fact]
    public void Skp22_FromThePeriod_IsThePayloadOfTheEmployeesRecordsBuiltByHand()
    {
        foreach (var p in Dinas.Hasil.Pegawai)
        {
            var byHand = SiasnPayloads.Skp22(p.Nip, Dinas.Periode, Dinas.Orang(Dinas.Ppk(p.Nip)), Dinas.Predikat[p.Nip], QuickstartDinas.PnsId(p.Nip)).Value;

            Assert.Equal(byHand, SiasnPayloads.Skp22(p, QuickstartDinas.PnsId(p.Nip)).Value);
        }
    }

    [Fact]
    public void Skp22_EmployeesWithAnSkp_TakeTheirEvaluatorFromTheSkp()
    {
        foreach (var skp in Dinas.Sample.Skp)
        {
            var fromSkp = SiasnPayloads.Skp22(skp, Dinas.Predikat[skp.Pegawai], QuickstartDinas.PnsId(skp.Pegawai));

            // The sample's SKPs name the PPK by NIP only: SIASN needs the name, rank, position and unit (SIA001).
            Assert.False(fromSkp.IsSuccess);
            Assert.Contains(fromSkp.Findings, f => f.Code == "SIA001" && f.GetValue("field") == "penilaiNama");
            Assert.Equal(skp.PejabatPenilai.Nip, Dinas.Ppk(skp.Pegawai));
        }
    }

    [Fact]
    public void Skp22_HeadOfTheDinas_IsEvaluatedByTheRegionalSecretaryThroughTheLeaderRule()
    {
        var kepala = Dinas.Hasil.Get(Dinas.Struktur.GetKepala("dinas")!.Value)!;

        var payload = SiasnPayloads.Skp22(kepala, QuickstartDinas.PnsId(kepala.Nip)).Value;

        Assert.True(kepala.IsKepalaUnit);
        Assert.Equal(QuickstartDinas.Sekda.ToString(), payload.Penilai.NipNrp);
        Assert.Equal(Ekspektasi.Sesuai, payload.HasilKinerja); // the dinas is Baik: Baik → Sesuai under the default leader-rule mapping
        Assert.Equal(kepala.Predikat, payload.Predikat);
    }

    [Fact]
    public void Skp22_EvaluatorGiven_ReplacesThePpkRecordedWithTheRatings()
    {
        var pegawai = Dinas.Hasil.Pegawai.First(p => !p.IsKepalaUnit);
        var plt = Pejabat.Asn(Nip.Parse("197805022002021003"), nama: "Ir. Hendra Wijaya", namaJabatan: "Plt. Kepala Bidang", golongan: "IV/a", unitKerja: "Dinas Komunikasi dan Informatika");

        var payload = SiasnPayloads.Skp22(pegawai, QuickstartDinas.PnsId(pegawai.Nip), plt).Value;

        Assert.Equal("197805022002021003", payload.Penilai.NipNrp);
        Assert.Equal("Plt. Kepala Bidang", payload.Penilai.Jabatan);
    }

    [Fact]
    public void Skp22_DecidedPeriod_SendsTheFinalPredicateAndWarnsSia005()
    {
        var pegawai = Dinas.Hasil.Pegawai.First(p => !p.IsKepalaUnit && p.Predikat == PredikatKinerja.Baik);
        var decided = Dinas.Hasil.Tetapkan(Dinas.Hasil.CreateKeputusan().Ubah(pegawai.Nip, PredikatKinerja.SangatBaik, new LocalDate(Dinas.Tahun + 1, 2, 10), "Capaian melampaui target").Build());

        var result = SiasnPayloads.Skp22(decided.Get(pegawai.Nip)!, QuickstartDinas.PnsId(pegawai.Nip));

        Assert.Equal(PredikatKinerja.SangatBaik, result.Value.Predikat);
        Assert.Equal(pegawai.Terhitung!.RatingHasilKerja, result.Value.HasilKinerja);
        Assert.Equal("SIA005", Assert.Single(result.Findings).Code);
    }

    [Fact]
    public void Skp22_ObjectionNotDecided_SendsThePpksPredicateAndWarnsSia015()
    {
        var pegawai = Dinas.Hasil.Pegawai.First(p => !p.IsKepalaUnit);
        var decided = Dinas.Hasil.Tetapkan(Dinas.Hasil.CreateKeputusan()
            .AjukanKeberatan(pegawai.Nip, new LocalDate(Dinas.Tahun + 1, 2, 16), new LocalDate(Dinas.Tahun + 1, 2, 20), "Realisasi belum diperhitungkan").Build());

        var result = SiasnPayloads.Skp22(decided.Get(pegawai.Nip)!, QuickstartDinas.PnsId(pegawai.Nip));

        Assert.Equal(pegawai.Predikat, result.Value.Predikat);
        var finding = Assert.Single(result.Findings);
        Assert.Equal("SIA015", finding.Code);
        Assert.Equal(FindingSeverity.Warning, finding.Severity);
        Assert.Equal(pegawai.Predikat!.Value.ToLabel(), finding.GetValue("predikat"));
    }

    [Fact]
    public void Skp22_EmployeeOnUnpaidLeaveAllYear_IsSia013AndNoPayload()
    {
        var nip = Dinas.Hasil.Pegawai.First(p => !p.IsKepalaUnit).Nip;
        var period = Dinas.Evaluate(i => new EvaluasiPeriodeInput(
            i.Periode, i.Unit, i.Penempatan, i.PredikatOrganisasi, i.Penilaian, new[] { new StatusPegawai(nip, JenisStatusPegawai.CutiDiLuarTanggunganNegara, new LocalDate(Dinas.Tahun - 1, 9, 1)) }));

        var result = SiasnPayloads.Skp22(period.Get(nip)!, " ");

        Assert.False(result.IsSuccess);
        Assert.Equal(new[] { "SIA013", "SIA004" }, result.Findings.Select(f => f.Code));
        Assert.Equal(PerlakuanStatusPegawai.TidakDinilai.ToLabel(), result.Findings[0].GetValue("perlakuan"));
    }

    [Fact]
    public void Skp22_NoPpkRecordedNorGiven_IsSia014AndNoPayload()
    {
        var nip = Dinas.Hasil.Pegawai.First(p => !p.IsKepalaUnit).Nip;
        var period = Dinas.Evaluate(i => new EvaluasiPeriodeInput(
            i.Periode, i.Unit, i.Penempatan, i.PredikatOrganisasi, i.Penilaian.Select(r => r.Nip == nip ? new PenilaianPegawai(r.Nip, r.RatingHasilKerja, r.RatingPerilakuKerja, r.SkorPeringkat) : r)));

        var result = SiasnPayloads.Skp22(period.Get(nip)!, QuickstartDinas.PnsId(nip));

        Assert.False(result.IsSuccess);
        Assert.Equal("SIA014", Assert.Single(result.Findings).Code);
        Assert.True(SiasnPayloads.Skp22(period.Get(nip)!, QuickstartDinas.PnsId(nip), Dinas.Orang(Dinas.Ppk(nip))).IsSuccess);
    }

    [Fact]
    public void KinerjaPeriodik_QuarterOfTheDinas_ComesOutForEveryEmployeeWithTheKoefisienOfFunctionalOfficials()
    {
        var triwulan = PeriodeKinerja.Triwulanan(Dinas.Tahun, Triwulan.I);
        var period = Dinas.Evaluate(i => new EvaluasiPeriodeInput(triwulan, i.Unit, Dinas.Sample.Penempatan, i.PredikatOrganisasi, i.Penilaian));

        foreach (var p in period.Pegawai)
        {
            var jabatan = Dinas.Sample.Pegawai.Single(x => x.Nip == p.Nip).Jabatan;
            var result = SiasnPayloads.KinerjaPeriodik(p, jabatan, QuickstartDinas.PnsId(p.Nip));

            Assert.True(result.IsSuccess, p.Nip + ": " + string.Join("; ", result.Findings));
            Assert.Equal(triwulan, result.Value.Periode);
            Assert.Equal(p.Predikat, result.Value.Predikat);
            Assert.Equal(jabatan.Jenjang is not null, result.Value.Koefisien is not null);
            Assert.Equal(jabatan.Jenjang is not null ? new[] { "SIA008" } : Array.Empty<string>(), result.Findings.Select(f => f.Code));
        }
    }

    [Fact]
    public void KinerjaPeriodik_AnnualPeriod_IsSia002()
    {
        var p = Dinas.Hasil.Pegawai[0];

        var result = SiasnPayloads.KinerjaPeriodik(p, Dinas.Sample.Pegawai.Single(x => x.Nip == p.Nip).Jabatan, QuickstartDinas.PnsId(p.Nip));

        Assert.Contains(result.Findings, f => f.Code == "SIA002");
        Assert.False(result.IsSuccess);
    }

    [Fact]
    public void Skp22_NullEvaluation_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => SiasnPayloads.Skp22((EvaluasiPegawai)null!, "x"));
        Assert.Throws<ArgumentNullException>(() => SiasnPayloads.KinerjaPeriodik((EvaluasiPegawai)null!, Dinas.Sample.Pegawai[0].Jabatan, "x"));
    }
}
