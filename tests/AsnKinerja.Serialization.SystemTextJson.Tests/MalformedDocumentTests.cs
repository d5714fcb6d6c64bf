using System.Text.Json;
using AsnKinerja.BehaviourRubric;
using AsnKinerja.Cascading;
using AsnKinerja.NineBox;
using AsnKinerja.Predicates;

namespace AsnKinerja.Serialization.SystemTextJson.Tests;

/// <summary>A corpus of malformed documents, each with the path and the reason the error must name.</summary>
public class MalformedDocumentTests
{
    private const string Ppk = "{\"nip\":\"197805102003121001\",\"jabatan\":{\"jenis\":\"Administrator\"},\"kewenangan\":\"Definitif\"}";
    private const string Periode = "{\"jenis\":\"Tahunan\",\"awal\":\"2024-01-01\",\"akhir\":\"2024-12-31\"}";
    private const string Lampiran = "{\"dukunganSumberDaya\":[],\"skemaPertanggungjawaban\":[],\"konsekuensi\":[]}";
    private const string Iki = "{\"id\":\"IKI-1\",\"uraian\":\"Jumlah\",\"target\":{\"nilai\":4,\"satuan\":\"dokumen\"}}";
    private const string Rhk = "{\"id\":\"RHK-1\",\"uraian\":\"Kajian\",\"jenis\":\"Utama\",\"klasifikasi\":\"Organisasi\",\"indikator\":[" + Iki + "]}";

    public static TheoryData<string, string, string, string> Corpus => new()
    {
        // type, document, expected path, expected reason (substring)
        { "Skp", Pegawai("\"19900115201503100\""), "$.pegawai", "malformed NIP '19900115201503100': it has 17 digits" },
        { "Skp", Pegawai("\"199013152015031002\""), "$.pegawai", "not a birth date" },
        { "Skp", Pegawai("\"1990011520150310x2\""), "$.pegawai", "a NIP has digits only" },
        { "Skp", Pegawai("199001152015031002"), "$.pegawai", "expected a string, found a number" },
        { "Skp", Skp(null).Replace("\"id\":\"SKP-1\",", string.Empty, StringComparison.Ordinal), "$", "missing required property 'id'" },
        { "Skp", Skp(null).Replace("\"id\":\"SKP-1\"", "\"id\":null", StringComparison.Ordinal), "$.id", "must not be null" },
        { "Skp", Skp(null).Replace("\"id\":\"SKP-1\"", "\"id\":\"  \"", StringComparison.Ordinal), "$.id", "must not be empty" },
        { "Skp", Skp("\"warna\":\"biru\""), "$.warna", "unknown property 'warna'" },
        { "Skp", Skp("\"id\":\"SKP-2\""), "$.id", "duplicate property 'id'" },
        { "Skp", Skp(null).Replace("\"Disetujui\"", "\"Disahkan\"", StringComparison.Ordinal), "$.status", "unknown SKP status (StatusSkp) label 'Disahkan'" },
        { "Skp", Skp(null).Replace("\"2024-01-25\"", "\"2024-02-30\"", StringComparison.Ordinal), "$.tanggalPenetapan", "malformed date '2024-02-30'" },
        { "Skp", Skp(null).Replace("\"2024-01-25\"", "\"25/01/2024\"", StringComparison.Ordinal), "$.tanggalPenetapan", "expected an ISO date yyyy-MM-dd" },
        { "Skp", Skp(null).Replace("\"akhir\":\"2024-12-31\"", "\"akhir\":\"2024-06-30\"", StringComparison.Ordinal), "$.periode", "a Tahunan period starting in 2024 runs 2024-01-01 to 2024-12-31" },
        { "Skp", Skp(null).Replace("\"jenis\":\"Utama\"", "\"jenis\":\"Pokok\"", StringComparison.Ordinal), "$.hasilKerja[0].jenis", "unknown result kind (JenisRhk) label 'Pokok'" },
        { "Skp", Skp(null).Replace("\"nilai\":4", "\"nilai\":\"4\"", StringComparison.Ordinal), "$.hasilKerja[0].indikator[0].target.nilai", "expected a number, found a string" },
        { "Skp", Skp(null).Replace("\"satuan\":\"dokumen\"", "\"satuan\":\"dokumen\",\"uraian\":\"x\"", StringComparison.Ordinal), "$.hasilKerja[0].indikator[0].target", "either quantitative" },
        { "Skp", Skp(null).Replace("\"hasilKerja\":[" + Rhk + "]", "\"hasilKerja\":[" + Rhk + "," + Rhk + "]", StringComparison.Ordinal), "$.hasilKerja[1]", "RHK ID 'RHK-1' was already added" },
        { "Skp", Skp(null).Replace("\"indikator\":[" + Iki + "]", "\"indikator\":[" + Iki + "," + Iki + "]", StringComparison.Ordinal), "$.hasilKerja[0].indikator", "IKI ID 'IKI-1' appears more than once" },
        { "Skp", Skp(null).Replace("197805102003121001", "199001152015031002", StringComparison.Ordinal), "$.pejabatPenilai", "cannot be the employee" },
        { "Skp", Skp(null).Replace("{\"jenis\":\"Fungsional\",\"jenjang\":\"Ahli Muda\"}", "{\"jenis\":\"Fungsional\"}", StringComparison.Ordinal), "$.jabatan", "needs its level" },
        { "Skp", Skp(null).Replace("{\"jenis\":\"Administrator\"}", "{\"jenis\":\"Administrator\",\"jenjang\":\"Ahli Muda\"}", StringComparison.Ordinal), "$.pejabatPenilai.jabatan.jenjang", "only a Fungsional position" },
        { "Skp", Skp(null).Replace("\"hasilKerja\":[", "\"hasilKerja\":[null,", StringComparison.Ordinal), "$.hasilKerja[0]", "must not be null" },
        { "Skp", Skp(null).Replace("\"asnkinerja/1\"", "\"asnkinerja/2\"", StringComparison.Ordinal), "$.$format", "unsupported wire format 'asnkinerja/2'" },
        { "Skp", "[]", "$", "expected an object, found an array" },
        { "Skp", Skp(null).Replace(Ppk, "{\"nip\":\"197805102003121001\",\"jabatanNonAsn\":\"Bupati\",\"nama\":\"A\",\"namaJabatan\":\"Bupati Sleman\",\"kewenangan\":\"Definitif\"}", StringComparison.Ordinal), "$.pejabatPenilai", "exactly one of them" },
        { "Skp", Skp(null).Replace(Ppk, "{\"nip\":\"197805102003121001\",\"kewenangan\":\"Definitif\"}", StringComparison.Ordinal), "$.pejabatPenilai", "missing required property 'jabatan'" },
        { "Skp", Skp(null).Replace(Ppk, "{\"jabatanNonAsn\":\"Bupati\",\"nama\":\"A\",\"namaJabatan\":\"Bupati Sleman\",\"golongan\":\"IV/e\",\"kewenangan\":\"Definitif\"}", StringComparison.Ordinal), "$.pejabatPenilai.golongan", "no ASN rank" },
        { "Skp", Skp(null).Replace(Ppk, "{\"jabatanNonAsn\":\"Raja\",\"nama\":\"A\",\"namaJabatan\":\"B\",\"kewenangan\":\"Definitif\"}", StringComparison.Ordinal), "$.pejabatPenilai.jabatanNonAsn", "unknown non-ASN office (JabatanNonAsn) label 'Raja'" },
        { "Skp", Skp(null).Replace(Ppk, "{\"jabatanNonAsn\":\"Bupati\",\"namaJabatan\":\"Bupati Sleman\",\"kewenangan\":\"Definitif\"}", StringComparison.Ordinal), "$.pejabatPenilai", "missing required property 'nama'" },
        { "Skp", Skp("\"atasanPejabatPenilai\":\"19780510200312100\""), "$.atasanPejabatPenilai", "malformed NIP" },
        { "Skp", Skp("\"atasanPejabatPenilai\":{\"nip\":\"196805101993031004\",\"jabatan\":{\"jenis\":\"Pengawas\"},\"tugasTambahan\":\"Kepala Sekolah\"}"), "$.atasanPejabatPenilai", "held by a functional official" },
        { "Skp", Skp("\"jenis\":\"Magang\""), "$.jenis", "unknown SKP kind (JenisSkp) label 'Magang'" },
        { "Skp", Skp("\"pertimbangan\":[{\"jenis\":\"Penasihat\",\"pejabat\":\"196805101993031004\"}]"), "$.pertimbangan[0].jenis", "unknown advisory role (JenisPertimbangan) label 'Penasihat'" },
        { "Pejabat", "{\"nip\":\"196805101993031004\",\"nama\":\" \"}", "$.nama", "must not be empty or blank" },
        { "Pejabat", "42", "$", "expected an object, found a number" },
        { "Ekspektasi", "\"Luar Biasa\"", "$", "unknown rating (Ekspektasi) label 'Luar Biasa'" },
        { "Ekspektasi", "3", "$", "expected a string, found a number" },
        { "PredikatKinerja", "\"Sangat Sangat Baik\"", "$", "unknown employee predicate (PredikatKinerja) label" },
        { "PredikatKinerjaOrganisasi", "\"Kurang/Misconduct\"", "$", "unknown organisation predicate (PredikatKinerjaOrganisasi) label" },
        { "Nip", "\"\"", "$", "it has 0 digits" },
        { "JumlahPredikat", "{\"sangatKurang\":-1,\"kurangMisconduct\":0,\"butuhPerbaikan\":0,\"baik\":0,\"sangatBaik\":0}", "$.sangatKurang", "-1 is out of range" },
        { "JumlahPredikat", "{\"sangatKurang\":1.5,\"kurangMisconduct\":0,\"butuhPerbaikan\":0,\"baik\":0,\"sangatBaik\":0}", "$.sangatKurang", "is not a whole number" },
        { "JumlahPredikat", "{\"sangatKurang\":2147483647,\"kurangMisconduct\":1,\"butuhPerbaikan\":0,\"baik\":0,\"sangatBaik\":0}", "$", "add up to more than 2147483647" },
        { "JumlahPredikat", "{\"sangatKurang\":1,\"kurangMisconduct\":0,\"butuhPerbaikan\":0,\"baik\":0,\"sangatBaik\":0,\"total\":2}", "$.total", "disagrees with the recomputation" },
        { "DistribusiOptions", "{\"pembulatan\":\"Ketat\",\"sebagianBesar\":\"Kelompok Terbesar\",\"unitKecil\":\"Ketat\",\"ambangUnitKecil\":0,\"kepalaUnit\":\"Unit Induk\",\"penegakan\":\"Saran\"}", "$.ambangUnitKecil", "between 1 and 1000" },
        { "DistribusiOptions", "{\"pembulatan\":1,\"sebagianBesar\":\"Kelompok Terbesar\",\"unitKecil\":\"Ketat\",\"ambangUnitKecil\":5,\"kepalaUnit\":\"Unit Induk\",\"penegakan\":\"Saran\"}", "$.pembulatan", "expected a string, found a number" },
        { "PemetaanRatingPimpinan", "{\"name\":\"X\",\"isDefault\":false,\"mapping\":[{\"predikatOrganisasi\":\"Baik\",\"ratingHasilKerja\":\"Sesuai\"}]}", "$.mapping", "No rating for SangatKurang" },
        { "PemetaanRatingPimpinan", "{\"name\":\"X\",\"isDefault\":false,\"mapping\":[{\"predikatOrganisasi\":\"Baik\",\"ratingHasilKerja\":\"Sesuai\"},{\"predikatOrganisasi\":\"baik\",\"ratingHasilKerja\":\"Sesuai\"}]}", "$.mapping[1]", "mapped twice" },
        { "KeputusanPredikat", "{\"terhitung\":{\"ruleSet\":\"PermenPanRb6Tahun2022\",\"ratingHasilKerja\":\"Sesuai\",\"ratingPerilakuKerja\":\"Sesuai\",\"predikat\":\"Baik\"},\"ditetapkan\":\"Sangat Baik\"}", "$", "missing required property 'ditetapkanOleh'" },
        { "KeputusanPredikat", "{\"terhitung\":{\"ruleSet\":\"PermenPanRb6Tahun2022\",\"ratingHasilKerja\":\"Sesuai\",\"ratingPerilakuKerja\":\"Sesuai\",\"predikat\":\"Baik\"},\"ditetapkan\":\"Baik\",\"alasan\":\"x\"}", "$", "has no 'ditetapkanOleh', 'tanggal' or 'alasan'" },
        { "PredikatTerhitung", "{\"ruleSet\":\"PermenPanRb6Tahun2022\",\"ratingHasilKerja\":\"Di Bawah\",\"ratingPerilakuKerja\":\"Di Atas\",\"predikat\":\"Kurang/Misconduct\"}", "$.predikat", "the stated predikat 'Kurang/Misconduct' disagrees with the recomputation from the inputs ('Butuh Perbaikan')" },
        { "KuotaResult", "{\"ruleSet\":\"SeMenPanRb3Tahun2023\",\"predikatOrganisasi\":\"Sangat Kurang\",\"jumlahPegawai\":1,\"opsi\":{\"pembulatan\":\"Ketat\",\"sebagianBesar\":\"Kelompok Terbesar\",\"unitKecil\":\"Ketat\",\"ambangUnitKecil\":5,\"kepalaUnit\":\"Unit Induk\",\"penegakan\":\"Saran\"},\"isFeasible\":true}", "$.isFeasible", "disagrees with the recomputation" },
        { "AngkaKreditResult", "{\"ruleSet\":\"PermenPanRb1Tahun2023\",\"bulan\":2,\"predikat\":\"Baik\",\"jenjang\":\"Ahli Pertama\",\"persentase\":1,\"koefisien\":12.5,\"nilai\":3}", "$.nilai", "the stated nilai '3' disagrees" },
        { "AngkaKreditResult", "{\"ruleSet\":\"PermenPanRb1Tahun2023\",\"bulan\":13,\"predikat\":\"Baik\",\"jenjang\":\"Ahli Pertama\",\"persentase\":1,\"koefisien\":12.5,\"nilai\":3}", "$.bulan", "13 is out of range" },
        { "JarakKenaikan", "{\"ruleSet\":\"PermenPanRb1Tahun2023\",\"akumulasi\":10,\"golongan\":\"II/a\",\"jenjang\":\"Ahli Utama\",\"isTercapai\":false}", "$", "does not belong to level" },
        { "PredikatTerhitung", "{\"ruleSet\":\"SeMenPanRb3Tahun2023\",\"ratingHasilKerja\":\"Sesuai\",\"ratingPerilakuKerja\":\"Sesuai\",\"predikat\":\"Baik\"}", "$.ruleSet", "no IKuadranRules is registered under that ID (registered: PermenPanRb6Tahun2022)" },
        { "KuotaResult", "{\"predikatOrganisasi\":\"Baik\",\"jumlahPegawai\":1,\"opsi\":{\"pembulatan\":\"Ketat\",\"sebagianBesar\":\"Kelompok Terbesar\",\"unitKecil\":\"Ketat\",\"ambangUnitKecil\":5,\"kepalaUnit\":\"Unit Induk\",\"penegakan\":\"Saran\"},\"isFeasible\":true}", "$", "missing required property 'ruleSet'" },
        { "AngkaKreditResult", "{\"ruleSet\":\"SomeFutureRuleSet\",\"bulan\":2,\"predikat\":\"Baik\",\"jenjang\":\"Ahli Pertama\",\"persentase\":1,\"koefisien\":12.5,\"nilai\":3}", "$.ruleSet", "unknown rule set 'SomeFutureRuleSet'" },
        { "JarakKenaikan", "{\"ruleSet\":\"PermenPanRb1Tahun2023\",\"akumulasi\":10,\"golongan\":\"III/a\",\"jenjang\":\"Ahli Pertama\",\"isTercapai\":false,\"explanation\":{\"ruleSet\":\"PermenPanRb6Tahun2022\"}}", "$.explanation.ruleSet", "the explanation names rule set 'PermenPanRb6Tahun2022', but the result's rule set is 'PermenPanRb1Tahun2023'" },
        { "KotakTalenta", "10", "$", "10 is out of range: expected a whole number between 1 and 9" },
        { "NilaiPotensial", "{\"skor\":101}", "$.skor", "101 is out of range" },
        { "NilaiPotensial", "{\"skor\":50,\"tingkat\":\"Tinggi\"}", "$", "exactly one of them" },
        { "DataTalentaPegawai", "{\"nip\":\"199001152015031002\",\"kinerja\":[{\"tahun\":2024,\"predikatDitetapkan\":\"Baik\"},{\"tahun\":2024,\"predikatDitetapkan\":\"Baik\"}],\"potensial\":{\"tingkat\":\"Tinggi\"}}", "$.kinerja", "The year 2024 appears more than once" },
        { "PetaTalentaOptions", "{\"pemetaanPredikat\":[],\"penggabungan\":\"Tahun Terakhir\",\"batasPotensialTinggi\":50,\"batasPotensialMenengah\":60,\"predikatBelumDitetapkan\":\"Tidak Dipetakan\",\"sumberPotensial\":\"Disarankan\"}", "$", "must be below batasPotensialTinggi" },
        { "RekomendasiTindakLanjut", "\"TL-99\"", "$", "unknown follow-up code 'TL-99'" },
        { "UmpanBalik", "{\"id\":\"U\",\"nilai\":\"Jujur\",\"sumber\":\"Bawahan\",\"tanggal\":\"2024-01-01\",\"uraian\":\"x\",\"buktiDukung\":[]}", "$.nilai", "unknown BerAKHLAK value (NilaiBerakhlak) label 'Jujur'" },
        { "KebijakanSaranPerilaku", "\"KebijakanSaya\"", "$", "Only the built-in policies can be read" },
        { "SaranRatingPerilaku", "{\"ruleSet\":\"SeMenPanRb20Tahun2021\",\"kebijakan\":\"SatuDiBawah\",\"penilaian\":[{\"nilai\":\"Loyal\",\"penilaian\":\"Di Bawah\"}],\"saran\":\"Di Atas Ekspektasi\"}", "$.saran", "disagrees with the recomputation" },
        { "Finding", "{\"code\":\"XYZ999\",\"severity\":\"Error\",\"subject\":\"\",\"values\":[]}", "$.code", "unknown finding code 'XYZ999'" },
        { "Finding", "{\"code\":\"SKP001\",\"severity\":\"Fatal\",\"subject\":\"\",\"values\":[]}", "$.severity", "unknown severity (FindingSeverity) label 'Fatal'" },
        { "Finding", "{\"code\":\"SKP001\",\"severity\":\"Error\",\"subject\":\"\",\"values\":[{\"key\":\"skp\"}]}", "$.values[0]", "missing required property 'value'" },
        { "Explanation", "{\"key\":\"Kuadran.Sel\",\"ruleSet\":\"Permen 6/2022\",\"rule\":\"r\",\"source\":{\"regulation\":\"X\",\"confidence\":\"High\"},\"inputs\":[],\"values\":[],\"policies\":[]}", "$.ruleSet", "ASCII letters and digits only" },
        { "Explanation", "{\"key\":\"Kuadran.Sel\",\"ruleSet\":\"PermenPanRb6Tahun2022\",\"rule\":\"r\",\"source\":{\"regulation\":\"X\",\"confidence\":\"High\"},\"inputs\":[],\"policies\":[]}", "$", "values" },
        { "TimKerja", Tim("\"19780510200312100\"", "[]"), "$.ketua", "malformed NIP '19780510200312100'" },
        { "TimKerja", Tim("\"197805102003121001\"", "[\"199207072018022001\",\"199207072018022001\"]"), "$.anggota[1]", "the member 199207072018022001 is listed twice" },
        { "TimKerja", Tim("\"197805102003121001\"", "[null]"), "$.anggota[0]", "an array item must not be null" },
        { "TimKerja", "{\"id\":\"TIM-1\",\"ketua\":\"197805102003121001\",\"anggota\":[]}", "$", "missing required property 'nama'" },
        { "CascadingOptions", "{\"penjumlahanTarget\":\"Kira-Kira\",\"toleransiPersen\":5,\"perspektifJpt\":\"Disarankan\"}", "$.penjumlahanTarget", "unknown target-sum policy (KebijakanPenjumlahanTarget) label 'Kira-Kira'" },
        { "CascadingOptions", "{\"penjumlahanTarget\":\"Toleransi\",\"toleransiPersen\":100.5,\"perspektifJpt\":\"Disarankan\"}", "$.toleransiPersen", "100.5 is out of range: expected a number between 0 and 100" },
        { "CascadingOptions", "{\"penjumlahanTarget\":2,\"toleransiPersen\":5,\"perspektifJpt\":\"Disarankan\"}", "$.penjumlahanTarget", "expected a string, found a number" },
        { "CascadingOptions", "{\"penjumlahanTarget\":\"Tepat\",\"toleransiPersen\":5}", "$", "missing required property 'perspektifJpt'" },
        { "CascadingGraph", "{\"skps\":[]}", "$", "missing required property 'skp'" },
        { "CascadingGraph", "{\"skp\":[" + Skp(null) + "," + Skp(null) + "]}", "$.skp[1]", "the SKP ID 'SKP-1' appears more than once" },
        { "CascadingGraph", "{\"skp\":[" + Skp(null).Replace("\"jenis\":\"Utama\"", "\"jenis\":\"Pokok\"", StringComparison.Ordinal) + "]}", "$.skp[0].hasilKerja[0].jenis", "unknown result kind (JenisRhk) label 'Pokok'" },
        { "CascadingGraph", "{\"skp\":[],\"timKerja\":[" + Tim("\"197805102003121001\"", "[]") + "," + Tim("\"197805102003121001\"", "[]") + "]}", "$.timKerja[1]", "the work team ID 'TIM-1' appears more than once" },
        { "CascadingGraph", "{\"skp\":[],\"struktur\":{\"unit\":[{\"id\":\"U-2\",\"nama\":\"Bagian\",\"parentId\":\"U-9\"}],\"penempatan\":[]}}", "$.struktur", "the organisation tree is invalid: ORG002" },
        { "CascadingGraph", "{\"skp\":[],\"struktur\":{\"unit\":[],\"penempatan\":[{\"nip\":\"197805102003121001\",\"unitId\":\"U-1\"}]}}", "$.struktur.penempatan[0]", "missing required property 'isKepala'" },
        { "StrukturOrganisasi", "{\"unit\":[{\"id\":\"U-1\",\"nama\":\"Dinas\"}],\"penempatan\":[{\"nip\":\"197805102003121001\",\"unitId\":\"U-1\",\"isKepala\":true},{\"nip\":\"198503122010011001\",\"unitId\":\"U-1\",\"isKepala\":true}]}", "$", "the organisation tree is invalid: ORG004" },
        { "CascadeLineage", "{\"chain\":[],\"sumberKinerjaOrganisasi\":[],\"end\":\"Unlinked\",\"isServing\":false}", "$", "CascadeLineage is write-only in asnkinerja/1" },
        { "MatriksPeranHasil", "{}", "$", "MatriksPeranHasil is write-only in asnkinerja/1" },
        { "LineageEnd", "\"Buntu\"", "$", "unknown lineage end (LineageEnd) label 'Buntu'" },
        { "JenisKolomMph", "1", "$", "expected a string, found a number" },
    };

    [Theory]
    [MemberData(nameof(Corpus))]
    public void Read_MalformedDocument_FailsWithPathAndReason(string type, string json, string path, string reason)
    {
        var e = Assert.ThrowsAny<JsonException>(() => Read(type, json));
        Assert.Equal(path, e.Path);
        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
        Assert.StartsWith(path + ": ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ValidBaseDocument_Succeeds() => Assert.Equal("SKP-1", Json.Read<Skp>(Skp(null)).Id);

    [Fact]
    public void Read_TruncatedDocument_IsAJsonException() => Assert.ThrowsAny<JsonException>(() => Json.Read<Skp>(Skp(null).Substring(0, 40)));

    internal static object Read(string type, string json) => type switch
    {
        "Skp" => Json.Read<Skp>(json),
        "Pejabat" => Json.Read<Pejabat>(json),
        "Ekspektasi" => Json.Read<Ekspektasi>(json),
        "PredikatKinerja" => Json.Read<PredikatKinerja>(json),
        "PredikatKinerjaOrganisasi" => Json.Read<PredikatKinerjaOrganisasi>(json),
        "Nip" => Json.Read<Nip>(json),
        "JumlahPredikat" => Json.Read<JumlahPredikat>(json),
        "DistribusiOptions" => Json.Read<DistribusiOptions>(json),
        "PemetaanRatingPimpinan" => Json.Read<PemetaanRatingPimpinan>(json),
        "KeputusanPredikat" => Json.Read<KeputusanPredikat>(json),
        "PredikatTerhitung" => Json.Read<PredikatTerhitung>(json),
        "KuotaResult" => Json.Read<KuotaResult>(json),
        "AngkaKreditResult" => Json.Read<AngkaKreditResult>(json),
        "JarakKenaikan" => Json.Read<JarakKenaikan>(json),
        "KotakTalenta" => Json.Read<KotakTalenta>(json),
        "NilaiPotensial" => Json.Read<NilaiPotensial>(json),
        "DataTalentaPegawai" => Json.Read<DataTalentaPegawai>(json),
        "PetaTalentaOptions" => Json.Read<PetaTalentaOptions>(json),
        "RekomendasiTindakLanjut" => Json.Read<RekomendasiTindakLanjut>(json),
        "UmpanBalik" => Json.Read<UmpanBalik>(json),
        "KebijakanSaranPerilaku" => Json.Read<KebijakanSaranPerilaku>(json),
        "SaranRatingPerilaku" => Json.Read<SaranRatingPerilaku>(json),
        "Finding" => Json.Read<Finding>(json),
        "Explanation" => Json.Read<Explanation>(json),
        "TimKerja" => Json.Read<TimKerja>(json),
        "CascadingOptions" => Json.Read<CascadingOptions>(json),
        "CascadingGraph" => Json.Read<CascadingGraph>(json),
        "StrukturOrganisasi" => Json.Read<StrukturOrganisasi>(json),
        "CascadeLineage" => Json.Read<CascadeLineage>(json),
        "MatriksPeranHasil" => Json.Read<MatriksPeranHasil>(json),
        "LineageEnd" => Json.Read<LineageEnd>(json),
        "JenisKolomMph" => Json.Read<JenisKolomMph>(json),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown type in the corpus."),
    };

    private static string Tim(string ketua, string anggota) => "{\"id\":\"TIM-1\",\"nama\":\"Tim Data\",\"ketua\":" + ketua + ",\"anggota\":" + anggota + "}";

    private static string Pegawai(string value) => Skp(null).Replace("\"pegawai\":\"199001152015031002\"", "\"pegawai\":" + value, StringComparison.Ordinal);

    private static string Skp(string? extra) =>
        "{\"$format\":\"asnkinerja/1\",\"id\":\"SKP-1\",\"pegawai\":\"199001152015031002\",\"jabatan\":{\"jenis\":\"Fungsional\",\"jenjang\":\"Ahli Muda\"},"
        + "\"unitId\":\"U-1\",\"periode\":" + Periode + ",\"statusKepegawaian\":\"PNS\",\"pejabatPenilai\":" + Ppk + ",\"pendekatan\":\"Kuantitatif\","
        + "\"status\":\"Disetujui\",\"tanggalPenetapan\":\"2024-01-25\",\"hasilKerja\":[" + Rhk + "],\"perilakuKerja\":[{\"nilai\":\"Loyal\"}],\"lampiran\":" + Lampiran
        + (extra is null ? string.Empty : "," + extra) + "}";
}
