using System.Text.Json;

namespace AsnKinerja.Siasn.Tests;

public sealed class SiasnJsonTests
{
    [Theory]
    [InlineData("\"tahun\":2024", "\"tahun\":\"2024\"", "$.tahun")]
    [InlineData("\"kuadranKinerjaNilai\":2", "\"kuadranKinerjaNilai\":6", "$.kuadranKinerjaNilai")]
    [InlineData("\"hasilKinerjaNilai\":2", "\"hasilKinerjaNilai\":0", "$.hasilKinerjaNilai")]
    [InlineData("\"statusPenilai\":\"ASN\"", "\"statusPenilai\":\"PNS\"", "$.statusPenilai")]
    [InlineData("\"penilaiNama\":\"Ir. Hendra Wijaya, M.T.\"", "\"penilaiNama\":\"\"", "$.penilaiNama")]
    [InlineData("\"pnsDinilaiOrang\":\"A8ACA7B4C3D2E1F0\"", "\"pnsDinilaiOrang\":null", "$.pnsDinilaiOrang")]
    public void ReadSkp22_MalformedOrUnknownValue_ThrowsWithThePath(string original, string replacement, string path)
    {
        var json = SiasnJson.Write(Contoh.Skp22());
        Assert.Contains(original, json, StringComparison.Ordinal);

        var error = Assert.Throws<JsonException>(() => SiasnJson.ReadSkp22(json.Replace(original, replacement, StringComparison.Ordinal)));

        Assert.Equal(path, error.Path);
    }

    [Fact]
    public void ReadSkp22_UnknownKey_Throws()
    {
        var json = SiasnJson.Write(Contoh.Skp22()).Replace("{\"hasilKinerjaNilai\"", "{\"nilaiSkp\":80,\"hasilKinerjaNilai\"", StringComparison.Ordinal);

        Assert.Throws<JsonException>(() => SiasnJson.ReadSkp22(json));
    }

    [Fact]
    public void ReadSkp22_MissingKey_Throws()
    {
        var json = SiasnJson.Write(Contoh.Skp22()).Replace("\"id\":null,", string.Empty, StringComparison.Ordinal);

        var error = Assert.Throws<JsonException>(() => SiasnJson.ReadSkp22(json));
        Assert.Contains("id", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"periodikId\":\"2\"", "\"periodikId\":\"3\"", "$.periodikId")]
    [InlineData("\"bulanSelesaiPenilaian\":6", "\"bulanSelesaiPenilaian\":7", "$.bulanSelesaiPenilaian")]
    [InlineData("\"koefisienId\":\"12\"", "\"koefisienId\":\"19\"", "$.koefisienId")]
    [InlineData("\"tahunSelesaiPenilaian\":2024", "\"tahunSelesaiPenilaian\":2025", "$.tahunMulaiPenilaian")]
    public void ReadKinerjaPeriodik_MalformedValue_ThrowsWithThePath(string original, string replacement, string path)
    {
        var json = SiasnJson.Write(Contoh.KinerjaPeriodik());
        Assert.Contains(original, json, StringComparison.Ordinal);

        Assert.Equal(path, Assert.Throws<JsonException>(() => SiasnJson.ReadKinerjaPeriodik(json.Replace(original, replacement, StringComparison.Ordinal))).Path);
    }

    [Theory]
    [InlineData("\"kreditUtamaBaru\":\"2.083\"", "\"kreditUtamaBaru\":\"2.0833\"", "$.kreditUtamaBaru")]
    [InlineData("\"kreditBaruTotal\":\"2.083\"", "\"kreditBaruTotal\":\"3.083\"", "$.kreditBaruTotal")]
    [InlineData("\"isKonversi\":\"1\"", "\"isKonversi\":\"ya\"", "$.isKonversi")]
    [InlineData("\"tanggalSk\":\"15-03-2024\"", "\"tanggalSk\":\"2024-03-15\"", "$.tanggalSk")]
    [InlineData("\"bulanMulaiPenailan\":\"1\"", "\"bulanMulaiPenailan\":\"13\"", "$.bulanMulaiPenailan")]
    [InlineData("\"nomorSk\":\"800/123/BKPSDM/2024\"", "\"nomorSk\":\" \"", "$.nomorSk")]
    public void ReadAngkaKredit_MalformedValue_ThrowsWithThePath(string original, string replacement, string path)
    {
        var json = SiasnJson.Write(Contoh.AngkaKredit());
        Assert.Contains(original, json, StringComparison.Ordinal);

        Assert.Equal(path, Assert.Throws<JsonException>(() => SiasnJson.ReadAngkaKredit(json.Replace(original, replacement, StringComparison.Ordinal))).Path);
    }

    [Fact]
    public void ReadAngkaKredit_CorrectlySpelledKeys_AreNotSiasnsAndThrow()
    {
        var json = SiasnJson.Write(Contoh.AngkaKredit()).Replace("Penailan", "Penilaian", StringComparison.Ordinal);

        Assert.Throws<JsonException>(() => SiasnJson.ReadAngkaKredit(json));
    }

    [Fact]
    public void ReadRiwayatSkp22_SiasnsReadKeys_GiveLibraryValues()
    {
        const string json = """
            {"code":1,"data":[{"id":"rw-1","tahun":"2024","hasilKinerja":"DIATAS EKSPEKTASI","hasilKinerjaNilai":"1","perilakuKerja":"SESUAI EKSPEKTASI",
            "PerilakuKerjaNilai":2,"kuadranKinerja":"BAIK","KuadranKinerjaNilai":"2","namaPenilai":"Ir. Hendra Wijaya, M.T.","nipNrpPenilai":"197201011996061002",
            "penilaiGolonganId":"43","penilaiJabatanNm":"Kepala Dinas","penilaiUnorNm":"Dinas Kominfo","statusPenilai":"ASN","pnsDinilaiId":"A8ACA7",
            "path":{"872":{"dok_id":"872","dok_nama":"SKP","dok_uri":"skp/1.pdf","object":"o","slug":"872"}},"statusVerifikasi":"1"}]}
            """;

        var record = Assert.Single(SiasnJson.ReadRiwayatSkp22(json, Contoh.Pegawai));

        Assert.Equal("rw-1", record.Id);
        Assert.Equal(Contoh.Pegawai, record.Pegawai);
        Assert.Equal(2024, record.Tahun);
        Assert.Equal(Ekspektasi.DiAtas, record.HasilKinerja);
        Assert.Equal(Ekspektasi.Sesuai, record.PerilakuKerja);
        Assert.Equal(PredikatKinerja.Baik, record.Predikat);
        Assert.Equal(Contoh.KepalaDinas, record.Penilai!.Nip);
        Assert.Equal("43", record.Penilai.Golongan);
        Assert.Equal("Kepala Dinas", record.Penilai.Jabatan);
        Assert.Equal("Dinas Kominfo", record.Penilai.UnorNama);
        Assert.Equal("A8ACA7", record.PnsDinilaiId);
        Assert.Equal("skp/1.pdf", Assert.Single(record.Path).DokUri);
    }

    [Theory]
    [InlineData("[]", 0)]
    [InlineData("{\"code\":0,\"data\":null}", 0)]
    [InlineData("{\"tahun\":2024,\"hasilKinerjaNilai\":1,\"PerilakuKerjaNilai\":1,\"KuadranKinerjaNilai\":1}", 1)]
    [InlineData("[{\"tahun\":2023,\"hasilKinerjaNilai\":1,\"PerilakuKerjaNilai\":1,\"KuadranKinerjaNilai\":1},{\"tahun\":2024,\"hasilKinerjaNilai\":2,\"PerilakuKerjaNilai\":2,\"KuadranKinerjaNilai\":2}]", 2)]
    public void ReadRiwayatSkp22_EveryShapeOfSiasnsAnswer_IsRead(string json, int count) =>
        Assert.Equal(count, SiasnJson.ReadRiwayatSkp22(json, Contoh.Pegawai).Length);

    [Theory]
    [InlineData("[{\"tahun\":2024,\"hasilKinerjaNilai\":1,\"PerilakuKerjaNilai\":1,\"KuadranKinerjaNilai\":7}]", "$[0].KuadranKinerjaNilai")]
    [InlineData("{\"data\":[{\"tahun\":2024,\"hasilKinerjaNilai\":1,\"PerilakuKerjaNilai\":1}]}", "$.data[0].KuadranKinerjaNilai")]
    [InlineData("{\"data\":[{\"tahun\":2024,\"hasilKinerjaNilai\":\"satu\",\"PerilakuKerjaNilai\":1,\"KuadranKinerjaNilai\":1}]}", "$.data[0].hasilKinerjaNilai")]
    [InlineData("[{\"tahun\":2024,\"hasilKinerjaNilai\":1,\"PerilakuKerjaNilai\":1,\"KuadranKinerjaNilai\":1,\"statusPenilai\":\"PPPK\"}]", "$[0].statusPenilai")]
    [InlineData("[{\"tahun\":2024,\"hasilKinerjaNilai\":1,\"kuadranKinerjaNilai\":1,\"PerilakuKerjaNilai\":1}]", "$[0].KuadranKinerjaNilai")]
    [InlineData("[1]", "$[0]")]
    [InlineData("{\"data\":\"x\"}", "$.data")]
    public void ReadRiwayatSkp22_MissingOrUnknownCode_ThrowsWithThePath(string json, string path) =>
        Assert.Equal(path, Assert.Throws<JsonException>(() => SiasnJson.ReadRiwayatSkp22(json, Contoh.Pegawai)).Path);

    [Fact]
    public void ReadRiwayatKinerjaPeriodik_SiasnsReadKeys_GiveLibraryValues()
    {
        const string json = """
            [{"id":"kp-1","nip":"199303032017041004","tahun":"2024","periodikId":"2","periodikNama":"Triwulan","bulanMulaiPenilaian":"4","tahunMulaiPenilaian":"2024",
              "bulanSelesaiPenilaian":"6","tahunSelesaiPenilaian":"2024","hasilKinerjaNilai":"3","perilakuKerjaNilai":"2","kuadranKinerjaNilai":"3","koefisenId":"12",
              "namaPenilai":"Ir. Hendra Wijaya, M.T.","penilaiNipNrp":"197201011996061002","penilaiJabatanNama":"Kepala Dinas","statusPenilai":"ASN","pnsDinilaiId":"A8"}]
            """;

        var record = Assert.Single(SiasnJson.ReadRiwayatKinerjaPeriodik(json, Contoh.Pegawai));

        Assert.Equal(PeriodeKinerja.Triwulanan(2024, Triwulan.II), record.Periode);
        Assert.Equal(PredikatKinerja.ButuhPerbaikan, record.Predikat);
        Assert.Equal(KoefisienSiasn.FromId(12), record.Koefisien);
        Assert.Equal("Kepala Dinas", record.Penilai!.Jabatan);
    }

    [Theory]
    [InlineData("\"nip\":\"199303032017041004\"", "\"nip\":\"197201011996061002\"", "$[0].nip")]
    [InlineData("\"koefisenId\":\"12\"", "\"koefisenId\":\"99\"", "$[0].koefisenId")]
    [InlineData("\"periodikId\":\"2\"", "\"periodikId\":\"1\"", "$[0].bulanSelesaiPenilaian")]
    public void ReadRiwayatKinerjaPeriodik_Inconsistent_ThrowsWithThePath(string original, string replacement, string path)
    {
        const string json = """
            [{"nip":"199303032017041004","tahun":2024,"periodikId":"2","bulanMulaiPenilaian":4,"tahunMulaiPenilaian":2024,"bulanSelesaiPenilaian":6,
              "tahunSelesaiPenilaian":2024,"hasilKinerjaNilai":3,"perilakuKerjaNilai":2,"kuadranKinerjaNilai":3,"koefisenId":"12"}]
            """;

        Assert.Equal(path, Assert.Throws<JsonException>(() => SiasnJson.ReadRiwayatKinerjaPeriodik(json.Replace(original, replacement, StringComparison.Ordinal), Contoh.Pegawai)).Path);
    }
}
