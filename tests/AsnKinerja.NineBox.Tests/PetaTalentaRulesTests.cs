using System.Globalization;
using AsnKinerja.NineBox;
using AsnKinerja.Testing;
using static AsnKinerja.NineBox.Tests.TestData;
using P = AsnKinerja.PredikatKinerja;

namespace AsnKinerja.NineBox.Tests;

public class PetaTalentaRulesTests
{
    [Fact]
    public void Evaluate_TwoYearsSangatBaik_HighPotential_IsBox9WithFullExplanation()
    {
        var pegawai = Pegawai(1, TingkatPotensial.Tinggi, (2023, P.SangatBaik), (2024, P.SangatBaik));

        var result = PetaTalentaRules.PermenPanRb3Tahun2020.Evaluate(pegawai, 2024);

        Assert.True(result.IsSuccess);
        Assert.Empty(result.Findings);
        var p = result.Value;
        Assert.Equal(9, p.Kotak.Nomor);
        Assert.Equal(Ekspektasi.DiAtas, p.Kinerja);
        Assert.Equal(TingkatPotensial.Tinggi, p.Potensial);
        Assert.True(p.IsKelompokRencanaSuksesi);
        Assert.Equal(TindakLanjutTalenta.Dipromosikan, p.Rekomendasi[0].Jenis);

        var x = p.Explanation;
        Assert.Equal(RuleSetId.PermenPanRb3Tahun2020, x.RuleSet);
        Assert.Equal("KotakTalenta[kinerja=DiAtas,potensial=Tinggi]=9", x.Rule);
        Assert.Equal(RegulationNames.PermenPanRb3Tahun2020, x.Source.Regulation);
        Assert.Equal(Confidence.High, x.Source.Confidence);
        Assert.Equal(
            new[] { "nip=198503122010011001", "tahun=2024", "predikat[2024]=SangatBaik", "kinerja[2024]=DiAtas", "predikat[2023]=SangatBaik", "kinerja[2023]=DiAtas", "kinerja=DiAtas", "potensial=Tinggi", "kotak=9" },
            x.Inputs.Select(i => i.ToString()));
        Assert.Equal(new[] { "PemetaanPredikatKinerja", "PenggabunganKinerjaTahunan" }, x.Policies.Select(pp => pp.Name));
        Assert.StartsWith("Kinerja Di Atas Ekspektasi dan potensial Tinggi menempatkan pegawai di Kotak 9 (kelompok rencana suksesi). Tindak lanjut: Dipromosikan", x.Description, StringComparison.Ordinal);
        Assert.StartsWith("Performance above expectation and high potential place the employee in Box 9 (succession pool). Follow-up: Promote", x.GetDescription(Language.English), StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_DefaultPolicy_TakesTheLowerOfTwoYears()
    {
        var pegawai = Pegawai(2, TingkatPotensial.Menengah, (2023, P.Baik), (2024, P.SangatBaik));

        var p = PetaTalentaRules.PermenPanRb3Tahun2020.Evaluate(pegawai, 2024).Value;

        Assert.Equal(5, p.Kotak.Nomor);
        Assert.False(p.IsKelompokRencanaSuksesi);
    }

    [Fact]
    public void Evaluate_LatestYearPolicy_ReadsOnlyTheLatestYear()
    {
        var options = new PetaTalentaOptions(penggabungan: PenggabunganKinerja.TahunTerakhir);
        var pegawai = Pegawai(3, TingkatPotensial.Menengah, (2024, P.SangatBaik));

        var p = PetaTalentaRules.PermenPanRb3Tahun2020.WithOptions(options).Evaluate(pegawai, 2024).Value;

        Assert.Equal(7, p.Kotak.Nomor);
        Assert.Contains(new AppliedPolicy("PenggabunganKinerjaTahunan", "TahunTerakhir", false), p.Explanation.Policies);
    }

    [Fact]
    public void Evaluate_ScorePotential_UsesAndReportsCutOffPolicy()
    {
        var pegawai = Pegawai(4, NilaiPotensial.FromSkor(82.5m), (2023, P.Baik), (2024, P.Baik));

        var p = PetaTalentaRules.PermenPanRb3Tahun2020.Evaluate(pegawai, 2024).Value;

        Assert.Equal(8, p.Kotak.Nomor);
        Assert.Contains(FindingValue.Of("skorPotensial", 82.5m), p.Explanation.Inputs);
        Assert.Contains(new AppliedPolicy("BatasSkorPotensial", "Tinggi>=80,Menengah>=60", true), p.Explanation.Policies);
    }

    [Fact]
    public void Evaluate_MissingPreviousYear_IsNbx001AndNoPlacement()
    {
        var pegawai = Pegawai(5, TingkatPotensial.Tinggi, (2024, P.SangatBaik), (2021, P.Baik));

        var result = PetaTalentaRules.PermenPanRb3Tahun2020.Evaluate(pegawai, 2024);

        Assert.False(result.IsSuccess);
        Assert.Null(result.ValueOrNull);
        Assert.Throws<InvalidOperationException>(() => result.Value);
        var f = Assert.Single(result.Findings);
        Assert.Equal("NBX001", f.Code);
        Assert.Equal(FindingSeverity.Error, f.Severity);
        Assert.Equal("2023", f.GetValue("tahunKosong"));
        Assert.Equal(
            "Pegawai 198503122010011005 tidak dapat dipetakan pada peta talenta tahun 2024: predikat kinerja tahun 2023 tidak tersedia, padahal kebijakan PenggabunganKinerjaTahunan=TerendahDuaTahunTerakhir (default) membutuhkannya.",
            f.Message);
        Assert.False(result.Validation.IsValid);
    }

    [Fact]
    public void Evaluate_NoDataAtAll_ListsBothYears()
    {
        var pegawai = Pegawai(6, TingkatPotensial.Rendah);

        var f = Assert.Single(PetaTalentaRules.PermenPanRb3Tahun2020.Evaluate(pegawai, 2024).Findings);

        Assert.Equal("2023, 2024", f.GetValue("tahunKosong"));
    }

    [Fact]
    public void Evaluate_SharpSwing_IsNbx004Warning_ButPlaced()
    {
        var pegawai = Pegawai(7, TingkatPotensial.Tinggi, (2023, P.SangatKurang), (2024, P.SangatBaik));

        var result = PetaTalentaRules.PermenPanRb3Tahun2020.Evaluate(pegawai, 2024);

        Assert.True(result.IsSuccess);
        Assert.Equal(6, result.Value.Kotak.Nomor);
        var f = Assert.Single(result.Findings);
        Assert.Equal("NBX004", f.Code);
        Assert.Equal(FindingSeverity.Warning, f.Severity);
        Assert.Equal("Di Bawah Ekspektasi", f.GetValue("kinerja"));
    }

    [Fact]
    public void Evaluate_YearBeforeRegulation_IsNbx005Warning()
    {
        var options = new PetaTalentaOptions(penggabungan: PenggabunganKinerja.TahunTerakhir);
        var result = PetaTalentaRules.PermenPanRb3Tahun2020.WithOptions(options).Evaluate(Pegawai(8, TingkatPotensial.Tinggi, (2019, P.Baik)), 2019);

        Assert.True(result.IsSuccess);
        Assert.Equal("NBX005", Assert.Single(result.Findings).Code);
    }

    [Fact]
    public void Evaluate_ProgrammerErrors_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => PetaTalentaRules.PermenPanRb3Tahun2020.Evaluate(null!, 2024));
        Assert.Throws<ArgumentOutOfRangeException>(() => PetaTalentaRules.PermenPanRb3Tahun2020.Evaluate(Pegawai(1, TingkatPotensial.Tinggi), 1900));
        Assert.Throws<ArgumentOutOfRangeException>(() => PetaTalentaRules.PermenPanRb3Tahun2020.EvaluateUnit(Array.Empty<DataTalentaPegawai>(), 2100));
        Assert.Throws<ArgumentException>(() => PetaTalentaRules.PermenPanRb3Tahun2020.EvaluateUnit(new DataTalentaPegawai[] { null! }, 2024));
    }

    [Fact]
    public void DataTalentaPegawai_InvalidInput_Throws()
    {
        var nip = Nip(1);
        var potensial = NilaiPotensial.FromTingkat(TingkatPotensial.Rendah);
        Assert.Throws<ArgumentException>(() => new DataTalentaPegawai(default, Array.Empty<KinerjaTahunan>(), potensial));
        Assert.Throws<ArgumentException>(() => new DataTalentaPegawai(nip, Array.Empty<KinerjaTahunan>(), default));
        Assert.Throws<ArgumentException>(() => new DataTalentaPegawai(nip, new[] { default(KinerjaTahunan) }, potensial));
        Assert.Throws<ArgumentException>(() => new DataTalentaPegawai(nip, new[] { KinerjaTahunan.Ditetapkan(2024, P.Baik), KinerjaTahunan.Ditetapkan(2024, P.Baik) }, potensial));
        Assert.Throws<ArgumentException>(() => new DataTalentaPegawai(nip, Array.Empty<KinerjaTahunan>(), potensial, default(KotakTalenta)));
        Assert.Throws<ArgumentNullException>(() => new DataTalentaPegawai(nip, null!, potensial));
        Assert.Throws<ArgumentOutOfRangeException>(() => KinerjaTahunan.Ditetapkan(2024, default));
        Assert.Throws<ArgumentOutOfRangeException>(() => KinerjaTahunan.Ditetapkan(1899, P.Baik));
    }

    [Fact]
    public void Explain_DirectPlacement_HasNoPolicies()
    {
        var x = PetaTalentaRules.PermenPanRb3Tahun2020.Explain(KotakTalenta.FromNomor(4));

        Assert.Equal("KotakTalenta[kinerja=DiAtas,potensial=Rendah]=4", x.Rule);
        Assert.Empty(x.Policies);
        Assert.Equal(new[] { "kinerja=DiAtas", "potensial=Rendah", "kotak=4" }, x.Inputs.Select(i => i.ToString()));
        Assert.Equal("Kinerja Di Atas Ekspektasi dan potensial Rendah menempatkan pegawai di Kotak 4. Tindak lanjut: Rotasi ke jabatan lain; Pengembangan kompetensi (diklat, kursus, pembelajaran di tempat kerja).", x.Description);
    }

    [Fact]
    public void EvaluateUnit_CountsPoolChangesAndFindings()
    {
        var pegawai = new[]
        {
            // 2023 box 5 (Baik+Baik, Menengah); 2024 box 7 (SangatBaik both years) -> changed 5 -> 7.
            Pegawai(10, TingkatPotensial.Menengah, (2022, P.Baik), (2023, P.SangatBaik), (2024, P.SangatBaik)),
            // box 9 both years -> pool, no change.
            Pegawai(11, TingkatPotensial.Tinggi, (2022, P.SangatBaik), (2023, P.SangatBaik), (2024, P.SangatBaik)),
            // box 8 in 2024; no 2022 data -> previous unknown (NBX003).
            Pegawai(12, TingkatPotensial.Tinggi, (2023, P.Baik), (2024, P.Baik)),
            // recorded previous box 9, now box 8 -> change from the record.
            new DataTalentaPegawai(Nip(13), new[] { KinerjaTahunan.Ditetapkan(2023, P.Baik), KinerjaTahunan.Ditetapkan(2024, P.SangatBaik) }, NilaiPotensial.FromTingkat(TingkatPotensial.Tinggi), KotakTalenta.FromNomor(9)),
            // missing 2023 -> NBX001, not placed.
            Pegawai(14, TingkatPotensial.Rendah, (2024, P.Baik)),
            // listed twice -> NBX002, not placed.
            Pegawai(15, TingkatPotensial.Rendah, (2023, P.Baik), (2024, P.Baik)),
            Pegawai(15, TingkatPotensial.Rendah, (2023, P.Baik), (2024, P.Baik)),
            // box 1, no change.
            Pegawai(16, TingkatPotensial.Rendah, (2022, P.SangatKurang), (2023, P.ButuhPerbaikan), (2024, P.KurangMisconduct)),
        };

        var peta = PetaTalentaRules.PermenPanRb3Tahun2020.EvaluateUnit(pegawai, 2024);

        Assert.Equal(2024, peta.Tahun);
        Assert.Equal(5, peta.JumlahPegawai);
        Assert.Equal(new[] { 1, 0, 0, 0, 0, 0, 1, 2, 1 }, peta.JumlahPerKotak.Values);
        Assert.Equal(2, peta.GetJumlah(KotakTalenta.FromNomor(8)));
        Assert.Equal(new[] { "198503122010011011", "198503122010011012", "198503122010011013", "198503122010011010" }, peta.KelompokRencanaSuksesi.Select(p => p.Nip.ToString()));
        Assert.Equal(new[] { "198503122010011010: Kotak 5 -> Kotak 7", "198503122010011013: Kotak 9 -> Kotak 8" }, peta.Perubahan.Select(c => c.ToString()));
        Assert.False(peta.Perubahan[0].DariCatatan);
        Assert.True(peta.Perubahan[0].MasukKelompokRencanaSuksesi);
        Assert.True(peta.Perubahan[1].DariCatatan);
        Assert.False(peta.Perubahan[1].KeluarKelompokRencanaSuksesi);
        Assert.Equal(
            new[] { "NBX003:198503122010011012", "NBX001:198503122010011014", "NBX002:198503122010011015" },
            peta.Findings.Select(f => f.Code + ":" + f.Subject));
        Assert.Equal("2", peta.Findings[2].GetValue("jumlah"));
        Assert.False(peta.Validation.IsValid);
        Assert.Equal(PetaTalentaOptions.Default.Policies.ToArray(), peta.Policies.ToArray());
    }

    [Fact]
    public void EvaluateUnit_Empty_HasNineZeroCounts()
    {
        var peta = PetaTalentaRules.PermenPanRb3Tahun2020.EvaluateUnit(Array.Empty<DataTalentaPegawai>(), 2024);

        Assert.Equal(9, peta.JumlahPerKotak.Count);
        Assert.All(peta.JumlahPerKotak.Values, c => Assert.Equal(0, c));
        Assert.Empty(peta.Findings);
        Assert.True(peta.Validation.IsValid);
    }

    [Fact]
    public void FindingCatalogue_CodesAreUniqueAndBilingual()
    {
        Assert.Equal(new[] { "NBX001", "NBX002", "NBX003", "NBX004", "NBX005", "NBX006", "NBX007", "NBX008" }, PetaTalentaFindings.All.Select(d => d.Code));
        Assert.All(PetaTalentaFindings.All, d => Assert.NotEqual(d.Message.Indonesian, d.Message.English));
    }

    [Fact]
    public void FindingMessage_English()
    {
        var f = Assert.Single(PetaTalentaRules.PermenPanRb3Tahun2020.Evaluate(Pegawai(5, TingkatPotensial.Tinggi, (2024, P.SangatBaik)), 2024).Findings);

        Assert.Equal(
            "Employee 198503122010011005 cannot be placed in the 2024 talent map: there is no performance predicate for 2023, which policy PenggabunganKinerjaTahunan=TerendahDuaTahunTerakhir (default) needs.",
            f.GetMessage(Cultures.Get("en-US")));
    }
}
