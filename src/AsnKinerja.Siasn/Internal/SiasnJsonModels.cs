using System.Text.Json;
using System.Text.Json.Serialization;

namespace AsnKinerja.Siasn.Internal;

// The JSON shapes exactly as SIASN names them, for System.Text.Json's source generator. The write shapes are strict
// (every key required, no unknown key); the read shapes take every value as a JsonElement so that SiasnJson can accept
// SIASN's numbers written as text and report a malformed value with its full path. Keys in alphabetical order, as
// SIASN's own listings give them.

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed class DokumenJson
{
    [JsonPropertyName("dok_id")]
    [JsonRequired]
    public string? DokId { get; set; }

    [JsonPropertyName("dok_nama")]
    [JsonRequired]
    public string? DokNama { get; set; }

    [JsonPropertyName("dok_uri")]
    [JsonRequired]
    public string? DokUri { get; set; }

    [JsonPropertyName("object")]
    [JsonRequired]
    public string? Object { get; set; }

    [JsonPropertyName("slug")]
    [JsonRequired]
    public string? Slug { get; set; }
}

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed class Skp22Json
{
    [JsonPropertyName("hasilKinerjaNilai")]
    [JsonRequired]
    public int HasilKinerjaNilai { get; set; }

    [JsonPropertyName("id")]
    [JsonRequired]
    public string? Id { get; set; }

    [JsonPropertyName("kuadranKinerjaNilai")]
    [JsonRequired]
    public int KuadranKinerjaNilai { get; set; }

    [JsonPropertyName("path")]
    [JsonRequired]
    public List<DokumenJson>? Path { get; set; }

    [JsonPropertyName("penilaiGolongan")]
    [JsonRequired]
    public string? PenilaiGolongan { get; set; }

    [JsonPropertyName("penilaiJabatan")]
    [JsonRequired]
    public string? PenilaiJabatan { get; set; }

    [JsonPropertyName("penilaiNama")]
    [JsonRequired]
    public string? PenilaiNama { get; set; }

    [JsonPropertyName("penilaiNipNrp")]
    [JsonRequired]
    public string? PenilaiNipNrp { get; set; }

    [JsonPropertyName("penilaiUnorNama")]
    [JsonRequired]
    public string? PenilaiUnorNama { get; set; }

    [JsonPropertyName("perilakuKerjaNilai")]
    [JsonRequired]
    public int PerilakuKerjaNilai { get; set; }

    [JsonPropertyName("pnsDinilaiOrang")]
    [JsonRequired]
    public string? PnsDinilaiOrang { get; set; }

    [JsonPropertyName("statusPenilai")]
    [JsonRequired]
    public string? StatusPenilai { get; set; }

    [JsonPropertyName("tahun")]
    [JsonRequired]
    public int Tahun { get; set; }
}

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed class KinerjaPeriodikJson
{
    [JsonPropertyName("bulanMulaiPenilaian")]
    [JsonRequired]
    public int BulanMulaiPenilaian { get; set; }

    [JsonPropertyName("bulanSelesaiPenilaian")]
    [JsonRequired]
    public int BulanSelesaiPenilaian { get; set; }

    [JsonPropertyName("hasilKinerjaNilai")]
    [JsonRequired]
    public int HasilKinerjaNilai { get; set; }

    [JsonPropertyName("id")]
    [JsonRequired]
    public string? Id { get; set; }

    [JsonPropertyName("koefisienId")]
    [JsonRequired]
    public string? KoefisienId { get; set; }

    [JsonPropertyName("kuadranKinerjaNilai")]
    [JsonRequired]
    public int KuadranKinerjaNilai { get; set; }

    [JsonPropertyName("path")]
    [JsonRequired]
    public List<DokumenJson>? Path { get; set; }

    [JsonPropertyName("penilaiGolongan")]
    [JsonRequired]
    public string? PenilaiGolongan { get; set; }

    [JsonPropertyName("penilaiJabatanNama")]
    [JsonRequired]
    public string? PenilaiJabatanNama { get; set; }

    [JsonPropertyName("penilaiNama")]
    [JsonRequired]
    public string? PenilaiNama { get; set; }

    [JsonPropertyName("penilaiNipNrp")]
    [JsonRequired]
    public string? PenilaiNipNrp { get; set; }

    [JsonPropertyName("penilaiUnorNama")]
    [JsonRequired]
    public string? PenilaiUnorNama { get; set; }

    [JsonPropertyName("perilakuKerjaNilai")]
    [JsonRequired]
    public int PerilakuKerjaNilai { get; set; }

    [JsonPropertyName("periodikId")]
    [JsonRequired]
    public string? PeriodikId { get; set; }

    [JsonPropertyName("pnsDinilaiId")]
    [JsonRequired]
    public string? PnsDinilaiId { get; set; }

    [JsonPropertyName("statusPenilai")]
    [JsonRequired]
    public string? StatusPenilai { get; set; }

    [JsonPropertyName("tahun")]
    [JsonRequired]
    public int Tahun { get; set; }

    [JsonPropertyName("tahunMulaiPenilaian")]
    [JsonRequired]
    public int TahunMulaiPenilaian { get; set; }

    [JsonPropertyName("tahunSelesaiPenilaian")]
    [JsonRequired]
    public int TahunSelesaiPenilaian { get; set; }
}

// SIASN spells four keys of this shape "Penailan" (sic); they are sent exactly so.
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed class AngkaKreditJson
{
    [JsonPropertyName("bulanMulaiPenailan")]
    [JsonRequired]
    public string? BulanMulaiPenailan { get; set; }

    [JsonPropertyName("bulanSelesaiPenailan")]
    [JsonRequired]
    public string? BulanSelesaiPenailan { get; set; }

    [JsonPropertyName("id")]
    [JsonRequired]
    public string? Id { get; set; }

    [JsonPropertyName("isAngkaKreditPertama")]
    [JsonRequired]
    public string? IsAngkaKreditPertama { get; set; }

    [JsonPropertyName("isIntegrasi")]
    [JsonRequired]
    public string? IsIntegrasi { get; set; }

    [JsonPropertyName("isKonversi")]
    [JsonRequired]
    public string? IsKonversi { get; set; }

    [JsonPropertyName("kreditBaruTotal")]
    [JsonRequired]
    public string? KreditBaruTotal { get; set; }

    [JsonPropertyName("kreditPenunjangBaru")]
    [JsonRequired]
    public string? KreditPenunjangBaru { get; set; }

    [JsonPropertyName("kreditUtamaBaru")]
    [JsonRequired]
    public string? KreditUtamaBaru { get; set; }

    [JsonPropertyName("nomorSk")]
    [JsonRequired]
    public string? NomorSk { get; set; }

    [JsonPropertyName("path")]
    [JsonRequired]
    public List<DokumenJson>? Path { get; set; }

    [JsonPropertyName("pnsId")]
    [JsonRequired]
    public string? PnsId { get; set; }

    [JsonPropertyName("rwJabatanId")]
    [JsonRequired]
    public string? RwJabatanId { get; set; }

    [JsonPropertyName("tahunMulaiPenailan")]
    [JsonRequired]
    public string? TahunMulaiPenailan { get; set; }

    [JsonPropertyName("tahunSelesaiPenailan")]
    [JsonRequired]
    public string? TahunSelesaiPenailan { get; set; }

    [JsonPropertyName("tanggalSk")]
    [JsonRequired]
    public string? TanggalSk { get; set; }
}

// rw-skp22: SIASN's read keys, capitalised where SIASN capitalises them. Unknown keys (SIASN sends more) are ignored.
internal sealed class RiwayatSkp22Json
{
    [JsonPropertyName("id")]
    public JsonElement? Id { get; set; }

    [JsonPropertyName("tahun")]
    public JsonElement? Tahun { get; set; }

    [JsonPropertyName("hasilKinerjaNilai")]
    public JsonElement? HasilKinerjaNilai { get; set; }

    [JsonPropertyName("PerilakuKerjaNilai")]
    public JsonElement? PerilakuKerjaNilai { get; set; }

    [JsonPropertyName("KuadranKinerjaNilai")]
    public JsonElement? KuadranKinerjaNilai { get; set; }

    [JsonPropertyName("namaPenilai")]
    public JsonElement? NamaPenilai { get; set; }

    [JsonPropertyName("nipNrpPenilai")]
    public JsonElement? NipNrpPenilai { get; set; }

    [JsonPropertyName("penilaiGolonganId")]
    public JsonElement? PenilaiGolonganId { get; set; }

    [JsonPropertyName("penilaiJabatanNm")]
    public JsonElement? PenilaiJabatanNm { get; set; }

    [JsonPropertyName("penilaiUnorNm")]
    public JsonElement? PenilaiUnorNm { get; set; }

    [JsonPropertyName("statusPenilai")]
    public JsonElement? StatusPenilai { get; set; }

    [JsonPropertyName("pnsDinilaiId")]
    public JsonElement? PnsDinilaiId { get; set; }

    [JsonPropertyName("path")]
    public JsonElement? Path { get; set; }
}

// rw-kinerjaperiodik: SIASN's read keys (koefisenId, sic, with koefisienId accepted too). Unknown keys are ignored.
internal sealed class RiwayatKinerjaPeriodikJson
{
    [JsonPropertyName("id")]
    public JsonElement? Id { get; set; }

    [JsonPropertyName("nip")]
    public JsonElement? Nip { get; set; }

    [JsonPropertyName("tahun")]
    public JsonElement? Tahun { get; set; }

    [JsonPropertyName("periodikId")]
    public JsonElement? PeriodikId { get; set; }

    [JsonPropertyName("bulanMulaiPenilaian")]
    public JsonElement? BulanMulaiPenilaian { get; set; }

    [JsonPropertyName("tahunMulaiPenilaian")]
    public JsonElement? TahunMulaiPenilaian { get; set; }

    [JsonPropertyName("bulanSelesaiPenilaian")]
    public JsonElement? BulanSelesaiPenilaian { get; set; }

    [JsonPropertyName("tahunSelesaiPenilaian")]
    public JsonElement? TahunSelesaiPenilaian { get; set; }

    [JsonPropertyName("hasilKinerjaNilai")]
    public JsonElement? HasilKinerjaNilai { get; set; }

    [JsonPropertyName("perilakuKerjaNilai")]
    public JsonElement? PerilakuKerjaNilai { get; set; }

    [JsonPropertyName("kuadranKinerjaNilai")]
    public JsonElement? KuadranKinerjaNilai { get; set; }

    [JsonPropertyName("koefisenId")]
    public JsonElement? KoefisenId { get; set; }

    [JsonPropertyName("koefisienId")]
    public JsonElement? KoefisienId { get; set; }

    [JsonPropertyName("namaPenilai")]
    public JsonElement? NamaPenilai { get; set; }

    [JsonPropertyName("penilaiNipNrp")]
    public JsonElement? PenilaiNipNrp { get; set; }

    [JsonPropertyName("penilaiGolonganId")]
    public JsonElement? PenilaiGolonganId { get; set; }

    [JsonPropertyName("penilaiJabatanNama")]
    public JsonElement? PenilaiJabatanNama { get; set; }

    [JsonPropertyName("penilaiUnorNm")]
    public JsonElement? PenilaiUnorNm { get; set; }

    [JsonPropertyName("statusPenilai")]
    public JsonElement? StatusPenilai { get; set; }

    [JsonPropertyName("pnsDinilaiId")]
    public JsonElement? PnsDinilaiId { get; set; }

    [JsonPropertyName("path")]
    public JsonElement? Path { get; set; }
}

[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(Skp22Json))]
[JsonSerializable(typeof(KinerjaPeriodikJson))]
[JsonSerializable(typeof(AngkaKreditJson))]
[JsonSerializable(typeof(RiwayatSkp22Json))]
[JsonSerializable(typeof(RiwayatKinerjaPeriodikJson))]
internal sealed partial class SiasnJsonContext : JsonSerializerContext
{
}
