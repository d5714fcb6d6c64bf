using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using AsnKinerja.Siasn.Internal;
using NodaTime;

namespace AsnKinerja.Siasn;

/// <summary>
/// SIASN's JSON for the payloads and the reads, through System.Text.Json's source generator (no reflection: trimming
/// and native AOT safe). Writes use SIASN's keys and codes exactly; every key is written, null where there is no value.
/// Reads are strict like the library's wire format: a malformed value or an unknown code is a
/// <see cref="JsonException"/> whose <see cref="JsonException.Path"/> and message name where it is.
/// </summary>
/// <remarks>
/// <para>Reading a payload back (<c>ReadSkp22</c>, …) requires every key and refuses unknown ones, and validates the
/// value as the builders do, so it returns only a payload the builders could have made. Reading SIASN's history
/// (<c>ReadRiwayatSkp22</c>, <c>ReadRiwayatKinerjaPeriodik</c>) takes SIASN's answer as it comes — a JSON array of
/// records, one record, or an envelope whose <c>data</c> holds them (other envelope members are ignored) — ignores the
/// many keys the library does not use, accepts codes written as numbers or as text (<c>1</c> or <c>"1"</c>), and refuses
/// a missing or unknown code.</para>
/// <para>Stateless and thread-safe.</para>
/// </remarks>
public static class SiasnJson
{
    private static readonly SiasnJsonContext Compact = new(new JsonSerializerOptions());
    private static readonly SiasnJsonContext Indented = new(new JsonSerializerOptions { WriteIndented = true });

    /// <summary>The JSON body of <c>POST skp22/save</c>.</summary>
    /// <param name="payload">The payload.</param>
    /// <param name="indented">Whether to indent the text.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="payload"/> is null.</exception>
    public static string Write(Skp22Payload payload, bool indented = false)
    {
        Preconditions.CheckNotNull(payload);
        var p = payload.Penilai;
        var json = new Skp22Json
        {
            HasilKinerjaNilai = SiasnCodec.ToSiasnCode(payload.HasilKinerja),
            Id = payload.Id,
            KuadranKinerjaNilai = SiasnCodec.ToSiasnCode(payload.Predikat),
            Path = ToJson(payload.Path),
            PenilaiGolongan = p.Golongan,
            PenilaiJabatan = p.Jabatan,
            PenilaiNama = p.Nama,
            PenilaiNipNrp = p.NipNrp,
            PenilaiUnorNama = p.UnorNama,
            PerilakuKerjaNilai = SiasnCodec.ToSiasnCode(payload.PerilakuKerja),
            PnsDinilaiOrang = payload.PnsDinilaiOrang,
            StatusPenilai = SiasnCodec.ToSiasnText(p.Status),
            Tahun = payload.Tahun,
        };
        return JsonSerializer.Serialize(json, (indented ? Indented : Compact).Skp22Json);
    }

    /// <summary>The JSON body of <c>POST kinerjaperiodik/save</c>.</summary>
    /// <param name="payload">The payload.</param>
    /// <param name="indented">Whether to indent the text.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="payload"/> is null.</exception>
    public static string Write(KinerjaPeriodikPayload payload, bool indented = false)
    {
        Preconditions.CheckNotNull(payload);
        var p = payload.Penilai;
        var json = new KinerjaPeriodikJson
        {
            BulanMulaiPenilaian = payload.Periode.Awal.Month,
            BulanSelesaiPenilaian = payload.Periode.Akhir.Month,
            HasilKinerjaNilai = SiasnCodec.ToSiasnCode(payload.HasilKinerja),
            Id = payload.Id,
            KoefisienId = payload.Koefisien?.Id.ToString(CultureInfo.InvariantCulture),
            KuadranKinerjaNilai = SiasnCodec.ToSiasnCode(payload.Predikat),
            Path = ToJson(payload.Path),
            PenilaiGolongan = p.Golongan,
            PenilaiJabatanNama = p.Jabatan,
            PenilaiNama = p.Nama,
            PenilaiNipNrp = p.NipNrp,
            PenilaiUnorNama = p.UnorNama,
            PerilakuKerjaNilai = SiasnCodec.ToSiasnCode(payload.PerilakuKerja),
            PeriodikId = payload.PeriodikId.ToString(CultureInfo.InvariantCulture),
            PnsDinilaiId = payload.PnsDinilaiId,
            StatusPenilai = SiasnCodec.ToSiasnText(p.Status),
            Tahun = payload.Tahun,
            TahunMulaiPenilaian = payload.Periode.Awal.Year,
            TahunSelesaiPenilaian = payload.Periode.Akhir.Year,
        };
        return JsonSerializer.Serialize(json, (indented ? Indented : Compact).KinerjaPeriodikJson);
    }

    /// <summary>The JSON body of <c>POST angkakredit/save</c>, with SIASN's misspelled keys (<c>bulanMulaiPenailan</c>, …) and every value as text.</summary>
    /// <param name="payload">The payload.</param>
    /// <param name="indented">Whether to indent the text.</param>
    /// <returns>The JSON text: months without a leading zero, credit with three decimals, <c>tanggalSk</c> as <c>dd-MM-yyyy</c>, flags <c>"1"</c> or <c>"0"</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="payload"/> is null.</exception>
    public static string Write(AngkaKreditPayload payload, bool indented = false)
    {
        Preconditions.CheckNotNull(payload);
        string I(int v) => v.ToString(CultureInfo.InvariantCulture);
        string D(decimal v) => v.ToString("0.000", CultureInfo.InvariantCulture);
        string F(bool v) => v ? "1" : "0";
        var json = new AngkaKreditJson
        {
            BulanMulaiPenailan = I(payload.Mulai.Month),
            BulanSelesaiPenailan = I(payload.Selesai.Month),
            Id = payload.Id,
            IsAngkaKreditPertama = F(payload.IsAngkaKreditPertama),
            IsIntegrasi = F(payload.IsIntegrasi),
            IsKonversi = F(payload.IsKonversi),
            KreditBaruTotal = D(payload.KreditTotal),
            KreditPenunjangBaru = D(payload.KreditPenunjang),
            KreditUtamaBaru = D(payload.KreditUtama),
            NomorSk = payload.NomorSk,
            Path = ToJson(payload.Path),
            PnsId = payload.PnsId,
            RwJabatanId = payload.RwJabatanId,
            TahunMulaiPenailan = I(payload.Mulai.Year),
            TahunSelesaiPenailan = I(payload.Selesai.Year),
            TanggalSk = payload.TanggalSk.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture),
        };
        return JsonSerializer.Serialize(json, (indented ? Indented : Compact).AngkaKreditJson);
    }

    /// <summary>Reads an <c>skp22</c> payload back, strictly (every key, no other, codes as numbers) and validated as the builder validates it.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The payload.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The text is not such a payload; the message and <see cref="JsonException.Path"/> say where.</exception>
    /// <exception cref="ArgumentException"><paramref name="json"/> is not well-formed UTF-16 (it holds a lone surrogate).</exception>
    public static Skp22Payload ReadSkp22(string json)
    {
        var d = JsonSerializer.Deserialize(Preconditions.CheckNotNull(json), Compact.Skp22Json) ?? throw Error("$", "an skp22 payload is an object, not null.");
        var penilai = ReadPenilai(d.StatusPenilai, d.PenilaiNama, d.PenilaiNipNrp, d.PenilaiGolongan, d.PenilaiJabatan, d.PenilaiUnorNama);
        var payload = new Skp22Payload(
            d.Id, Year(d.Tahun, "$.tahun"), Rating(d.HasilKinerjaNilai, "$.hasilKinerjaNilai"), Rating(d.PerilakuKerjaNilai, "$.perilakuKerjaNilai"),
            Predicate(d.KuadranKinerjaNilai, "$.kuadranKinerjaNilai"), penilai, d.PnsDinilaiOrang!, FromJson(d.Path));
        var findings = new List<Finding>();
        SiasnPayloads.CheckPenilai("-", penilai, "penilaiJabatan", findings);
        SiasnPayloads.CheckIdentifier("-", "pnsDinilaiOrang", d.PnsDinilaiOrang, findings);
        ThrowOnError(findings);
        return payload;
    }

    /// <summary>Reads a <c>kinerjaperiodik</c> payload back, strictly and validated as the builder validates it (a month or a quarter, a known <c>koefisienId</c>).</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The payload.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The text is not such a payload; the message and <see cref="JsonException.Path"/> say where.</exception>
    /// <exception cref="ArgumentException"><paramref name="json"/> is not well-formed UTF-16 (it holds a lone surrogate).</exception>
    public static KinerjaPeriodikPayload ReadKinerjaPeriodik(string json)
    {
        var d = JsonSerializer.Deserialize(Preconditions.CheckNotNull(json), Compact.KinerjaPeriodikJson) ?? throw Error("$", "a kinerjaperiodik payload is an object, not null.");
        var periodikId = d.PeriodikId is { } text && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var code) ? code : throw Error("$.periodikId", "'" + d.PeriodikId + "' is not a periodikId (\"1\" monthly, \"2\" quarterly).");
        var periode = Periodic(periodikId, d.Tahun, d.BulanMulaiPenilaian, d.TahunMulaiPenilaian, d.BulanSelesaiPenilaian, d.TahunSelesaiPenilaian, "$");
        KoefisienSiasn? koefisien = null;
        if (d.KoefisienId is not null)
        {
            koefisien = int.TryParse(d.KoefisienId, NumberStyles.None, CultureInfo.InvariantCulture, out var k) && KoefisienSiasn.TryFromId(k, out var value)
                ? value
                : throw Error("$.koefisienId", "'" + d.KoefisienId + "' is not a SIASN koefisienId (two digits: the level 1 to 8, then the predicate row 1 to 5).");
        }

        var penilai = ReadPenilai(d.StatusPenilai, d.PenilaiNama, d.PenilaiNipNrp, d.PenilaiGolongan, d.PenilaiJabatanNama, d.PenilaiUnorNama);
        var payload = new KinerjaPeriodikPayload(
            d.Id, periode, Rating(d.HasilKinerjaNilai, "$.hasilKinerjaNilai"), Rating(d.PerilakuKerjaNilai, "$.perilakuKerjaNilai"),
            Predicate(d.KuadranKinerjaNilai, "$.kuadranKinerjaNilai"), koefisien, penilai, d.PnsDinilaiId!, FromJson(d.Path));
        var findings = new List<Finding>();
        SiasnPayloads.CheckPenilai("-", penilai, "penilaiJabatanNama", findings);
        SiasnPayloads.CheckIdentifier("-", "pnsDinilaiId", d.PnsDinilaiId, findings);
        ThrowOnError(findings);
        return payload;
    }

    /// <summary>Reads an <c>angkakredit</c> payload back, strictly (SIASN's misspelled keys, every value as text) and validated as the builder validates it.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The payload.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The text is not such a payload; the message and <see cref="JsonException.Path"/> say where.</exception>
    /// <exception cref="ArgumentException"><paramref name="json"/> is not well-formed UTF-16 (it holds a lone surrogate).</exception>
    public static AngkaKreditPayload ReadAngkaKredit(string json)
    {
        var d = JsonSerializer.Deserialize(Preconditions.CheckNotNull(json), Compact.AngkaKreditJson) ?? throw Error("$", "an angkakredit payload is an object, not null.");
        var mulai = new YearMonth(Year(Digits(d.TahunMulaiPenailan, "$.tahunMulaiPenailan"), "$.tahunMulaiPenailan"), Month(Digits(d.BulanMulaiPenailan, "$.bulanMulaiPenailan"), "$.bulanMulaiPenailan"));
        var selesai = new YearMonth(Year(Digits(d.TahunSelesaiPenailan, "$.tahunSelesaiPenailan"), "$.tahunSelesaiPenailan"), Month(Digits(d.BulanSelesaiPenailan, "$.bulanSelesaiPenailan"), "$.bulanSelesaiPenailan"));
        if (selesai.CompareTo(mulai) < 0)
        {
            throw Error("$.bulanSelesaiPenailan", "the period ends (" + selesai + ") before it starts (" + mulai + ").");
        }

        var tanggal = d.TanggalSk is { } t && DateTime.TryParseExact(t, "dd-MM-yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? LocalDate.FromDateTime(date)
            : throw Error("$.tanggalSk", "'" + d.TanggalSk + "' is not a date dd-MM-yyyy.");
        var utama = Credit(d.KreditUtamaBaru, "$.kreditUtamaBaru");
        var penunjang = Credit(d.KreditPenunjangBaru, "$.kreditPenunjangBaru");
        var total = Credit(d.KreditBaruTotal, "$.kreditBaruTotal");
        if (total != utama + penunjang)
        {
            throw Error("$.kreditBaruTotal", "the total " + d.KreditBaruTotal + " is not kreditUtamaBaru + kreditPenunjangBaru.");
        }

        var findings = new List<Finding>();
        SiasnPayloads.CheckIdentifier("-", "pnsId", d.PnsId, findings);
        SiasnPayloads.CheckIdentifier("-", "rwJabatanId", d.RwJabatanId, findings);
        SiasnPayloads.CheckIdentifier("-", "nomorSk", d.NomorSk, findings);
        ThrowOnError(findings);
        return new AngkaKreditPayload(
            d.Id, d.PnsId!, d.RwJabatanId!, d.NomorSk!, tanggal, mulai, selesai, utama, penunjang, total,
            Flag(d.IsKonversi, "$.isKonversi"), Flag(d.IsIntegrasi, "$.isIntegrasi"), Flag(d.IsAngkaKreditPertama, "$.isAngkaKreditPertama"), FromJson(d.Path));
    }

    /// <summary>Reads SIASN's answer to <c>GET pns/rw-skp22/{nip}</c> for one employee.</summary>
    /// <param name="json">The answer: an array of records, one record, or an envelope with <c>data</c>.</param>
    /// <param name="pegawai">The employee whose history was requested.</param>
    /// <returns>The records, in SIASN's order (empty when <c>data</c> is null or empty).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="ArgumentException">The NIP is empty.</exception>
    /// <exception cref="JsonException">The text is malformed, or a record lacks a code or holds an unknown one; the message and <see cref="JsonException.Path"/> say where.</exception>
    public static ImmutableArray<RiwayatSkp22> ReadRiwayatSkp22(string json, Nip pegawai) => ReadRecords(json, pegawai, (element, path) =>
    {
        var r = element.Deserialize(Compact.RiwayatSkp22Json)!;
        return new RiwayatSkp22(
            Text(r.Id, path + ".id"), pegawai, Text(r.PnsDinilaiId, path + ".pnsDinilaiId"), Year(Code(r.Tahun, path + ".tahun"), path + ".tahun"),
            Rating(Code(r.HasilKinerjaNilai, path + ".hasilKinerjaNilai"), path + ".hasilKinerjaNilai"),
            Rating(Code(r.PerilakuKerjaNilai, path + ".PerilakuKerjaNilai"), path + ".PerilakuKerjaNilai"),
            Predicate(Code(r.KuadranKinerjaNilai, path + ".KuadranKinerjaNilai"), path + ".KuadranKinerjaNilai"),
            ReadPenilai(
                Text(r.StatusPenilai, path + ".statusPenilai"), Text(r.NamaPenilai, path + ".namaPenilai"), Text(r.NipNrpPenilai, path + ".nipNrpPenilai"),
                Text(r.PenilaiGolonganId, path + ".penilaiGolonganId"), Text(r.PenilaiJabatanNm, path + ".penilaiJabatanNm"), Text(r.PenilaiUnorNm, path + ".penilaiUnorNm"), path),
            ReadPath(r.Path, path + ".path"));
    });

    /// <summary>Reads SIASN's answer to <c>GET pns/rw-kinerjaperiodik/{nip}</c> for one employee.</summary>
    /// <param name="json">The answer: an array of records, one record, or an envelope with <c>data</c>.</param>
    /// <param name="pegawai">The employee whose history was requested; a record's <c>nip</c>, when present, must be it.</param>
    /// <returns>The records, in SIASN's order (empty when <c>data</c> is null or empty).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="ArgumentException">The NIP is empty.</exception>
    /// <exception cref="JsonException">The text is malformed, a record lacks a code or holds an unknown one, its period is not a month or a quarter, or it names another NIP; the message and <see cref="JsonException.Path"/> say where.</exception>
    public static ImmutableArray<RiwayatKinerjaPeriodik> ReadRiwayatKinerjaPeriodik(string json, Nip pegawai) => ReadRecords(json, pegawai, (element, path) =>
    {
        var r = element.Deserialize(Compact.RiwayatKinerjaPeriodikJson)!;
        if (Text(r.Nip, path + ".nip") is { } nip && (!Nip.TryParse(nip, out var n) || n != pegawai))
        {
            throw Error(path + ".nip", "the record is of " + Preconditions.Quote(nip) + ", not of the employee requested (" + pegawai + ").");
        }

        var periode = Periodic(
            Code(r.PeriodikId, path + ".periodikId"), Code(r.Tahun, path + ".tahun"), Code(r.BulanMulaiPenilaian, path + ".bulanMulaiPenilaian"),
            Code(r.TahunMulaiPenilaian, path + ".tahunMulaiPenilaian"), Code(r.BulanSelesaiPenilaian, path + ".bulanSelesaiPenilaian"),
            Code(r.TahunSelesaiPenilaian, path + ".tahunSelesaiPenilaian"), path);
        var koefisienPath = r.KoefisenId is { ValueKind: not JsonValueKind.Null } ? path + ".koefisenId" : path + ".koefisienId";
        var koefisienElement = r.KoefisenId is { ValueKind: not JsonValueKind.Null } ? r.KoefisenId : r.KoefisienId;
        KoefisienSiasn? koefisien = null;
        if (OptionalCode(koefisienElement, koefisienPath) is { } k)
        {
            koefisien = KoefisienSiasn.TryFromId(k, out var value) ? value : throw Error(koefisienPath, k.ToString(CultureInfo.InvariantCulture) + " is not a SIASN koefisienId (two digits: the level 1 to 8, then the predicate row 1 to 5).");
        }

        return new RiwayatKinerjaPeriodik(
            Text(r.Id, path + ".id"), pegawai, Text(r.PnsDinilaiId, path + ".pnsDinilaiId"), periode,
            Rating(Code(r.HasilKinerjaNilai, path + ".hasilKinerjaNilai"), path + ".hasilKinerjaNilai"),
            Rating(Code(r.PerilakuKerjaNilai, path + ".perilakuKerjaNilai"), path + ".perilakuKerjaNilai"),
            Predicate(Code(r.KuadranKinerjaNilai, path + ".kuadranKinerjaNilai"), path + ".kuadranKinerjaNilai"),
            koefisien,
            ReadPenilai(
                Text(r.StatusPenilai, path + ".statusPenilai"), Text(r.NamaPenilai, path + ".namaPenilai"), Text(r.PenilaiNipNrp, path + ".penilaiNipNrp"),
                Text(r.PenilaiGolonganId, path + ".penilaiGolonganId"), Text(r.PenilaiJabatanNama, path + ".penilaiJabatanNama"), Text(r.PenilaiUnorNm, path + ".penilaiUnorNm"), path),
            ReadPath(r.Path, path + ".path"));
    });

    private static ImmutableArray<T> ReadRecords<T>(string json, Nip pegawai, Func<JsonElement, string, T> read)
    {
        Preconditions.CheckNotNull(json);
        Preconditions.CheckArgument(!pegawai.IsEmpty, nameof(pegawai), "The NIP must not be empty.");
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var (records, prefix) = root.ValueKind switch
        {
            JsonValueKind.Array => (root, "$"),
            JsonValueKind.Object when root.TryGetProperty("data", out var data) => (data, "$.data"),
            JsonValueKind.Object => (root, "$"),
            _ => throw Error("$", "SIASN's answer is an array of records, a record, or an object with 'data'; found " + root.ValueKind + "."),
        };

        var result = ImmutableArray.CreateBuilder<T>();
        switch (records.ValueKind)
        {
            case JsonValueKind.Null:
                break;
            case JsonValueKind.Object:
                result.Add(read(records, prefix));
                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var record in records.EnumerateArray())
                {
                    var path = prefix + "[" + i.ToString(CultureInfo.InvariantCulture) + "]";
                    result.Add(record.ValueKind == JsonValueKind.Object ? read(record, path) : throw Error(path, "a record is an object; found " + record.ValueKind + "."));
                    i++;
                }

                break;
            default:
                throw Error(prefix, "'data' holds records (an array or an object) or null; found " + records.ValueKind + ".");
        }

        return result.ToImmutable();
    }

    private static PenilaiSiasn ReadPenilai(string? status, string? nama, string? nipNrp, string? golongan, string? jabatan, string? unor)
    {
        var value = SiasnCodec.TryStatusPenilaiFromSiasnText(status, out var s)
            ? s
            : throw Error("$.statusPenilai", "'" + status + "' is not a SIASN evaluator status (ASN or NON ASN).");
        return new PenilaiSiasn(value, SiasnPayloads.Blank(nama), SiasnPayloads.Blank(nipNrp), SiasnPayloads.Blank(golongan), SiasnPayloads.Blank(jabatan), SiasnPayloads.Blank(unor));
    }

    private static PenilaiSiasn? ReadPenilai(string? status, string? nama, string? nipNrp, string? golongan, string? jabatan, string? unor, string path)
    {
        if (status is null)
        {
            return null;
        }

        var value = SiasnCodec.TryStatusPenilaiFromSiasnText(status, out var s)
            ? s
            : throw Error(path + ".statusPenilai", Preconditions.Quote(status) + " is not a SIASN evaluator status (ASN or NON ASN).");
        return new PenilaiSiasn(value, nama, nipNrp, golongan, jabatan, unor);
    }

    private static ImmutableArray<DokumenSiasn> ReadPath(JsonElement? element, string path)
    {
        if (element is not { } e || e.ValueKind == JsonValueKind.Null)
        {
            return ImmutableArray<DokumenSiasn>.Empty;
        }

        var result = ImmutableArray.CreateBuilder<DokumenSiasn>();
        void Entry(JsonElement entry, string at)
        {
            if (entry.ValueKind != JsonValueKind.Object)
            {
                throw Error(at, "a document entry is an object; found " + entry.ValueKind + ".");
            }

            string? Get(string key) => entry.TryGetProperty(key, out var v) ? Text(v, at + "." + key) : null;
            var (id, nama, uri, objek, slug) = (Get("dok_id"), Get("dok_nama"), Get("dok_uri"), Get("object"), Get("slug"));
            if (id is not null || nama is not null || uri is not null || objek is not null || slug is not null)
            {
                result.Add(new DokumenSiasn(id, nama, uri, objek, slug));
            }
        }

        switch (e.ValueKind)
        {
            // SIASN answers the documents as an array, or as an object keyed by the document type.
            case JsonValueKind.Array:
                var i = 0;
                foreach (var entry in e.EnumerateArray())
                {
                    Entry(entry, path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]");
                    i++;
                }

                break;
            case JsonValueKind.Object:
                foreach (var property in e.EnumerateObject())
                {
                    Entry(property.Value, path + "." + property.Name);
                }

                break;
            default:
                throw Error(path, "'path' holds document entries (an array or an object) or null; found " + e.ValueKind + ".");
        }

        return result.ToImmutable();
    }

    private static PeriodeKinerja Periodic(int periodikId, int tahun, int bulanMulai, int tahunMulai, int bulanSelesai, int tahunSelesai, string path)
    {
        Year(tahun, path + ".tahun");
        Month(bulanMulai, path + ".bulanMulaiPenilaian");
        Month(bulanSelesai, path + ".bulanSelesaiPenilaian");
        if (tahunMulai != tahun || tahunSelesai != tahun)
        {
            throw Error(path + ".tahunMulaiPenilaian", string.Format(CultureInfo.InvariantCulture, "a monthly or quarterly period lies in its year {0}; found {1} to {2}.", tahun, tahunMulai, tahunSelesai));
        }

        return periodikId switch
        {
            1 when bulanMulai == bulanSelesai => PeriodeKinerja.Bulanan(tahun, bulanMulai),
            2 when bulanSelesai == bulanMulai + 2 && (bulanMulai - 1) % 3 == 0 => PeriodeKinerja.Triwulanan(tahun, (Triwulan)(((bulanMulai - 1) / 3) + 1)),
            1 or 2 => throw Error(path + ".bulanSelesaiPenilaian", string.Format(CultureInfo.InvariantCulture, "months {0} to {1} are not one {2}.", bulanMulai, bulanSelesai, periodikId == 1 ? "month (periodikId 1)" : "quarter (periodikId 2)")),
            _ => throw Error(path + ".periodikId", periodikId.ToString(CultureInfo.InvariantCulture) + " is not a periodikId (1 monthly, 2 quarterly)."),
        };
    }

    private static int Code(JsonElement? element, string path) =>
        OptionalCode(element, path) ?? throw Error(path, "the value is required.");

    private static int? OptionalCode(JsonElement? element, string path)
    {
        if (element is not { } e || e.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (e.ValueKind == JsonValueKind.Number && e.TryGetInt32(out var n))
        {
            return n;
        }

        if (e.ValueKind == JsonValueKind.String && int.TryParse(e.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var s))
        {
            return s;
        }

        if (e.ValueKind == JsonValueKind.String && string.IsNullOrWhiteSpace(e.GetString()))
        {
            return null;
        }

        throw Error(path, e.GetRawText() + " is not a SIASN code (a whole number, or one written as text).");
    }

    private static string? Text(JsonElement? element, string path)
    {
        if (element is not { } e || e.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return e.ValueKind switch
        {
            JsonValueKind.String => string.IsNullOrWhiteSpace(e.GetString()) ? null : e.GetString(),
            JsonValueKind.Number => e.GetRawText(),
            _ => throw Error(path, "a text value is a string; found " + e.ValueKind + "."),
        };
    }

    private static string? Text(JsonElement element, string path) => Text((JsonElement?)element, path);

    private static int Digits(string? text, string path) =>
        text is not null && text.Length is > 0 and <= 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : throw Error(path, "'" + text + "' is not a number written in digits.");

    private static decimal Credit(string? text, string path)
    {
        if (text is null || !decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            throw Error(path, "'" + text + "' is not a credit value (digits with a '.' and at most three decimals).");
        }

        return Math.Round(value, 3) == value ? value : throw Error(path, "'" + text + "' has more than three decimals; SIASN keeps three.");
    }

    private static bool Flag(string? text, string path) => text switch
    {
        "1" => true,
        "0" or "" => false,
        _ => throw Error(path, "'" + text + "' is not a SIASN flag (\"1\" or \"0\")."),
    };

    private static int Year(int year, string path) => year is >= 1900 and <= 2999 ? year : throw Error(path, year.ToString(CultureInfo.InvariantCulture) + " is not a year (1900 to 2999).");

    private static int Month(int month, string path) => month is >= 1 and <= 12 ? month : throw Error(path, month.ToString(CultureInfo.InvariantCulture) + " is not a month (1 to 12).");

    private static Ekspektasi Rating(int code, string path) =>
        SiasnCodec.TryEkspektasiFromSiasnCode(code, out var value) ? value : throw Error(path, code.ToString(CultureInfo.InvariantCulture) + " is not a SIASN rating code (1 Di Atas, 2 Sesuai, 3 Di Bawah).");

    private static PredikatKinerja Predicate(int code, string path) =>
        SiasnCodec.TryPredikatKinerjaFromSiasnCode(code, out var value) ? value : throw Error(path, code.ToString(CultureInfo.InvariantCulture) + " is not a SIASN predicate code (1 Sangat Baik … 5 Sangat Kurang).");

    private static List<DokumenJson> ToJson(ImmutableArray<DokumenSiasn> path) =>
        path.Select(d => new DokumenJson { DokId = d.DokId, DokNama = d.DokNama, DokUri = d.DokUri, Object = d.Objek, Slug = d.Slug }).ToList();

    private static ImmutableArray<DokumenSiasn> FromJson(List<DokumenJson>? path)
    {
        if (path is null)
        {
            return ImmutableArray<DokumenSiasn>.Empty;
        }

        var result = ImmutableArray.CreateBuilder<DokumenSiasn>(path.Count);
        for (var i = 0; i < path.Count; i++)
        {
            var d = path[i] ?? throw Error("$.path[" + i.ToString(CultureInfo.InvariantCulture) + "]", "a document entry is an object, not null.");
            if (string.IsNullOrWhiteSpace(d.DokId) && string.IsNullOrWhiteSpace(d.DokNama) && string.IsNullOrWhiteSpace(d.DokUri) && string.IsNullOrWhiteSpace(d.Object) && string.IsNullOrWhiteSpace(d.Slug))
            {
                throw Error("$.path[" + i.ToString(CultureInfo.InvariantCulture) + "]", "a document entry names nothing.");
            }

            result.Add(new DokumenSiasn(d.DokId, d.DokNama, d.DokUri, d.Object, d.Slug));
        }

        return result.MoveToImmutable();
    }

    private static void ThrowOnError(List<Finding> findings)
    {
        if (findings.FirstOrDefault(f => f.Severity == FindingSeverity.Error) is { } error)
        {
            var field = error.GetValue("field") ?? string.Empty;
            throw Error("$." + field, error.Code + ": " + error.GetMessage(Language.English));
        }
    }

    private static JsonException Error(string path, string message) => new(path + ": " + message, path, null, null);
}
