using System.Text.Json;

namespace AsnKinerja.Siasn.Tests;

/// <summary>
/// Every field of every payload pinned against SIASN's spelling and codes (regulations.md §4 and §13, from the public
/// SIASN web-service clients): ratings 1 Di Atas, 2 Sesuai, 3 Di Bawah; predicates 1 Sangat Baik … 5 Sangat Kurang;
/// periodikId 1 monthly, 2 quarterly; koefisienId 12 Ahli Pertama; angkakredit's keys misspelled as SIASN spells them.
/// </summary>
public sealed class PinnedPayloadTests
{
    private static readonly string[] Skp22Keys =
    {
        "hasilKinerjaNilai", "id", "kuadranKinerjaNilai", "path", "penilaiGolongan", "penilaiJabatan", "penilaiNama", "penilaiNipNrp", "penilaiUnorNama",
        "perilakuKerjaNilai", "pnsDinilaiOrang", "statusPenilai", "tahun",
    };

    private static readonly string[] KinerjaPeriodikKeys =
    {
        "bulanMulaiPenilaian", "bulanSelesaiPenilaian", "hasilKinerjaNilai", "id", "koefisienId", "kuadranKinerjaNilai", "path", "penilaiGolongan",
        "penilaiJabatanNama", "penilaiNama", "penilaiNipNrp", "penilaiUnorNama", "perilakuKerjaNilai", "periodikId", "pnsDinilaiId", "statusPenilai",
        "tahun", "tahunMulaiPenilaian", "tahunSelesaiPenilaian",
    };

    private static readonly string[] AngkaKreditKeys =
    {
        "bulanMulaiPenailan", "bulanSelesaiPenailan", "id", "isAngkaKreditPertama", "isIntegrasi", "isKonversi", "kreditBaruTotal", "kreditPenunjangBaru",
        "kreditUtamaBaru", "nomorSk", "path", "pnsId", "rwJabatanId", "tahunMulaiPenailan", "tahunSelesaiPenailan", "tanggalSk",
    };

    [Fact]
    public void Skp22_Keys_AreExactlySiasnsKeysInSiasnsOrder() => Assert.Equal(Skp22Keys, Keys(SiasnJson.Write(Contoh.Skp22())));

    [Fact]
    public void KinerjaPeriodik_Keys_AreExactlySiasnsKeysInSiasnsOrder() => Assert.Equal(KinerjaPeriodikKeys, Keys(SiasnJson.Write(Contoh.KinerjaPeriodik())));

    [Fact]
    public void AngkaKredit_Keys_AreExactlySiasnsKeysWithItsMisspellings() => Assert.Equal(AngkaKreditKeys, Keys(SiasnJson.Write(Contoh.AngkaKredit())));

    [Theory]
    [InlineData("tahun", "2024")]
    [InlineData("hasilKinerjaNilai", "2")] // Sesuai Ekspektasi
    [InlineData("perilakuKerjaNilai", "1")] // Di Atas Ekspektasi
    [InlineData("kuadranKinerjaNilai", "2")] // Baik: results as expected, behaviour above
    [InlineData("penilaiNama", "\"Ir. Hendra Wijaya, M.T.\"")]
    [InlineData("penilaiNipNrp", "\"197201011996061002\"")]
    [InlineData("penilaiGolongan", "\"IV/c\"")]
    [InlineData("penilaiJabatan", "\"Kepala Dinas Komunikasi dan Informatika\"")]
    [InlineData("penilaiUnorNama", "\"Dinas Komunikasi dan Informatika Kabupaten Contoh\"")]
    [InlineData("statusPenilai", "\"ASN\"")]
    [InlineData("pnsDinilaiOrang", "\"A8ACA7B4C3D2E1F0\"")]
    [InlineData("id", "null")]
    [InlineData("path", "[{\"dok_id\":\"872\",\"dok_nama\":\"SKP 2024\",\"dok_uri\":\"peremajaan/skp/2024/199303032017041004.pdf\",\"object\":\"skp-199303032017041004\",\"slug\":\"872\"}]")]
    public void Skp22_Field_IsPinned(string key, string expected) => Assert.Equal(expected, Field(SiasnJson.Write(Contoh.Skp22()), key));

    [Theory]
    [InlineData("tahun", "2024")]
    [InlineData("bulanMulaiPenilaian", "4")] // Triwulan II: April to June
    [InlineData("bulanSelesaiPenilaian", "6")]
    [InlineData("tahunMulaiPenilaian", "2024")]
    [InlineData("tahunSelesaiPenilaian", "2024")]
    [InlineData("periodikId", "\"2\"")] // quarterly
    [InlineData("hasilKinerjaNilai", "3")] // Di Bawah Ekspektasi
    [InlineData("perilakuKerjaNilai", "2")] // Sesuai Ekspektasi
    [InlineData("kuadranKinerjaNilai", "3")] // Butuh Perbaikan
    [InlineData("koefisienId", "\"12\"")] // Ahli Pertama, the documented row
    [InlineData("penilaiNama", "\"Ir. Hendra Wijaya, M.T.\"")]
    [InlineData("penilaiNipNrp", "\"197201011996061002\"")]
    [InlineData("penilaiGolongan", "\"IV/c\"")]
    [InlineData("penilaiJabatanNama", "\"Kepala Dinas Komunikasi dan Informatika\"")]
    [InlineData("penilaiUnorNama", "\"Dinas Komunikasi dan Informatika Kabupaten Contoh\"")]
    [InlineData("statusPenilai", "\"ASN\"")]
    [InlineData("pnsDinilaiId", "\"A8ACA7B4C3D2E1F0\"")]
    [InlineData("id", "\"8a2f0c1e-rw-42\"")]
    [InlineData("path", "[]")]
    public void KinerjaPeriodik_Field_IsPinned(string key, string expected) => Assert.Equal(expected, Field(SiasnJson.Write(Contoh.KinerjaPeriodik()), key));

    [Theory]
    [InlineData("bulanMulaiPenailan", "\"1\"")]
    [InlineData("tahunMulaiPenailan", "\"2024\"")]
    [InlineData("bulanSelesaiPenailan", "\"2\"")]
    [InlineData("tahunSelesaiPenailan", "\"2024\"")]
    [InlineData("kreditUtamaBaru", "\"2.083\"")] // 2/12 × 100% × 12.5 (BKN's worked example)
    [InlineData("kreditPenunjangBaru", "\"0.000\"")]
    [InlineData("kreditBaruTotal", "\"2.083\"")]
    [InlineData("isKonversi", "\"1\"")]
    [InlineData("isIntegrasi", "\"0\"")]
    [InlineData("isAngkaKreditPertama", "\"0\"")]
    [InlineData("nomorSk", "\"800/123/BKPSDM/2024\"")]
    [InlineData("tanggalSk", "\"15-03-2024\"")]
    [InlineData("pnsId", "\"A8ACA7B4C3D2E1F0\"")]
    [InlineData("rwJabatanId", "\"RWJAB-2017-04\"")]
    [InlineData("id", "null")]
    [InlineData("path", "[]")]
    public void AngkaKredit_Field_IsPinned(string key, string expected) => Assert.Equal(expected, Field(SiasnJson.Write(Contoh.AngkaKredit()), key));

    [Fact]
    public void Skp22_NonAsnEvaluator_SendsNonAsnWithoutNipOrRank()
    {
        var payload = SiasnPayloads.Skp22(Contoh.KepalaDinas, PeriodeKinerja.Tahunan(2024), Contoh.Bupati, Contoh.Akhir(Contoh.KepalaDinas, Ekspektasi.DiAtas, Ekspektasi.DiAtas), "B1").Value;
        var json = SiasnJson.Write(payload);

        Assert.Equal("\"NON ASN\"", Field(json, "statusPenilai"));
        Assert.Equal("null", Field(json, "penilaiNipNrp"));
        Assert.Equal("null", Field(json, "penilaiGolongan"));
        Assert.Equal("\"Bupati Contoh\"", Field(json, "penilaiJabatan"));
        Assert.Equal("1", Field(json, "kuadranKinerjaNilai")); // Sangat Baik
    }

    [Theory]
    [InlineData(JenjangFungsional.AhliPertama, 12)]
    [InlineData(JenjangFungsional.AhliMuda, 22)]
    [InlineData(JenjangFungsional.AhliMadya, 32)]
    [InlineData(JenjangFungsional.AhliUtama, 42)]
    [InlineData(JenjangFungsional.Pemula, 52)]
    [InlineData(JenjangFungsional.Terampil, 62)]
    [InlineData(JenjangFungsional.Mahir, 72)]
    [InlineData(JenjangFungsional.Penyelia, 82)]
    public void KoefisienSiasn_ReferenceRow_IsSiasnsDocumentedId(JenjangFungsional jenjang, int id)
    {
        var koefisien = KoefisienSiasn.For(jenjang, PredikatKinerja.SangatBaik, PemetaanKoefisienSiasn.BarisReferensi);

        Assert.Equal(id, koefisien.Id);
        Assert.Equal(jenjang, koefisien.Jenjang);
        Assert.True(koefisien.IsBarisReferensi);
        Assert.Equal(koefisien, KoefisienSiasn.FromId(id));
    }

    [Theory]
    [InlineData(PredikatKinerja.SangatBaik, 11)]
    [InlineData(PredikatKinerja.Baik, 12)]
    [InlineData(PredikatKinerja.ButuhPerbaikan, 13)]
    [InlineData(PredikatKinerja.KurangMisconduct, 14)]
    [InlineData(PredikatKinerja.SangatKurang, 15)]
    public void KoefisienSiasn_DigitPredikat_PutsThePredicateCodeInTheSecondDigit(PredikatKinerja predikat, int id) =>
        Assert.Equal(id, KoefisienSiasn.For(JenjangFungsional.AhliPertama, predikat, PemetaanKoefisienSiasn.DigitPredikat).Id);

    [Theory]
    [InlineData(0)]
    [InlineData(9)]
    [InlineData(10)]
    [InlineData(16)]
    [InlineData(92)]
    [InlineData(120)]
    public void KoefisienSiasn_FromUnknownId_Throws(int id) => Assert.Throws<FormatException>(() => KoefisienSiasn.FromId(id));

    internal static string Field(string json, string key)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty(key).GetRawText();
    }

    private static string[] Keys(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateObject().Select(p => p.Name).ToArray();
    }
}
