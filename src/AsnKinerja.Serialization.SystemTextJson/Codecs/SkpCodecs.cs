using System.Collections.Immutable;
using System.Text.Json;
using AsnKinerja.Serialization.SystemTextJson.Internal;

namespace AsnKinerja.Serialization.SystemTextJson.Codecs;

internal static class TargetIkiCodec
{
    public static void Write(Utf8JsonWriter writer, TargetIki value)
    {
        W.Begin(writer);
        if (value.IsKuantitatif)
        {
            writer.WriteNumber("nilai", value.Nilai!.Value);
            writer.WriteString("satuan", value.Satuan);
        }
        else
        {
            writer.WriteString("uraian", value.Uraian);
        }

        writer.WriteEndObject();
    }

    public static TargetIki Read(Node node)
    {
        var o = node.Object();
        if (o.Has("uraian"))
        {
            if (o.Has("nilai") || o.Has("satuan"))
            {
                throw node.Error("a target is either quantitative ('nilai' and 'satuan') or qualitative ('uraian'), not both.");
            }

            var uraian = o.Required("uraian").String();
            o.End();
            return TargetIki.Kualitatif(uraian);
        }

        var nilai = o.Required("nilai").Decimal(decimal.MinValue, decimal.MaxValue);
        var satuan = o.Required("satuan").String();
        o.End();
        return TargetIki.Kuantitatif(nilai, satuan);
    }
}

internal static class IkiCodec
{
    public static void Write(Utf8JsonWriter writer, IndikatorKinerjaIndividu value)
    {
        W.Begin(writer);
        writer.WriteString("id", value.Id);
        writer.WriteString("uraian", value.Uraian);
        W.Property(writer, "target", value.Target, TargetIkiCodec.Write);
        if (value.Aspek is { } aspek)
        {
            Labels.Aspek.Write(writer, "aspek", aspek);
        }

        if (value.Perspektif is { } perspektif)
        {
            Labels.Perspektif.Write(writer, "perspektif", perspektif);
        }

        writer.WriteEndObject();
    }

    public static IndikatorKinerjaIndividu Read(Node node)
    {
        var o = node.Object();
        var id = o.Required("id").NonBlankString();
        var uraian = o.Required("uraian").NonBlankString();
        var target = TargetIkiCodec.Read(o.Required("target"));
        AspekIki? aspek = o.Optional("aspek") is { } a ? Labels.Aspek.Read(a) : null;
        PerspektifIki? perspektif = o.Optional("perspektif") is { } p ? Labels.Perspektif.Read(p) : null;
        o.End();
        return new IndikatorKinerjaIndividu(id, uraian, target, aspek, perspektif);
    }
}

internal static class RhkCodec
{
    public static void Write(Utf8JsonWriter writer, RencanaHasilKerja value)
    {
        W.Begin(writer);
        writer.WriteString("id", value.Id);
        writer.WriteString("uraian", value.Uraian);
        Labels.JenisRhk.Write(writer, "jenis", value.Jenis);
        Labels.KlasifikasiRhk.Write(writer, "klasifikasi", value.Klasifikasi);
        W.Array(writer, "indikator", value.Indikator, IkiCodec.Write);
        W.OptionalString(writer, "rhkAtasanId", value.RhkAtasanId);
        W.OptionalString(writer, "sumberKinerjaOrganisasi", value.SumberKinerjaOrganisasi);
        W.OptionalString(writer, "penugasanDari", value.PenugasanDari);
        if (value.MetodeCascading is { } metode)
        {
            Labels.MetodeCascading.Write(writer, "metodeCascading", metode);
        }

        writer.WriteEndObject();
    }

    public static RencanaHasilKerja Read(Node node)
    {
        var o = node.Object();
        var id = o.Required("id").NonBlankString();
        var uraian = o.Required("uraian").NonBlankString();
        var jenis = Labels.JenisRhk.Read(o.Required("jenis"));
        var klasifikasi = Labels.KlasifikasiRhk.Read(o.Required("klasifikasi"));
        var indikatorNode = o.Required("indikator");
        var indikator = indikatorNode.Array(IkiCodec.Read);
        var atasan = R.OptionalString(o, "rhkAtasanId");
        var sumber = R.OptionalString(o, "sumberKinerjaOrganisasi");
        var penugasan = R.OptionalString(o, "penugasanDari");
        MetodeCascading? metode = o.Optional("metodeCascading") is { } m ? Labels.MetodeCascading.Read(m) : null;
        o.End();
        return R.Build(indikatorNode, () => new RencanaHasilKerja(id, uraian, jenis, klasifikasi, indikator, atasan, sumber, penugasan, metode));
    }
}

internal static class PerilakuKerjaSkpCodec
{
    public static void Write(Utf8JsonWriter writer, PerilakuKerjaSkp value)
    {
        W.Begin(writer);
        Labels.NilaiBerakhlak.Write(writer, "nilai", value.Nilai);
        W.OptionalString(writer, "ekspektasiKhusus", value.EkspektasiKhusus);
        writer.WriteEndObject();
    }

    public static PerilakuKerjaSkp Read(Node node)
    {
        var o = node.Object();
        var nilai = Labels.NilaiBerakhlak.Read(o.Required("nilai"));
        var khusus = R.OptionalString(o, "ekspektasiKhusus");
        o.End();
        return new PerilakuKerjaSkp(nilai, khusus);
    }
}

internal static class LampiranSkpCodec
{
    public static void Write(Utf8JsonWriter writer, LampiranSkp value)
    {
        W.Begin(writer);
        W.Strings(writer, "dukunganSumberDaya", value.DukunganSumberDaya);
        W.Strings(writer, "skemaPertanggungjawaban", value.SkemaPertanggungjawaban);
        W.Strings(writer, "konsekuensi", value.Konsekuensi);
        writer.WriteEndObject();
    }

    public static LampiranSkp Read(Node node)
    {
        var o = node.Object();
        var dukungan = o.Required("dukunganSumberDaya").Array(n => n.String());
        var skema = o.Required("skemaPertanggungjawaban").Array(n => n.String());
        var konsekuensi = o.Required("konsekuensi").Array(n => n.String());
        o.End();
        return new LampiranSkp(dukungan, skema, konsekuensi);
    }
}

internal static class PejabatCodec
{
    /// <summary>The fields of an official, inside an object already begun (the PPK adds its authority after them).</summary>
    public static void WriteFields(Utf8JsonWriter writer, Pejabat value)
    {
        if (value.Status == StatusPenilai.Asn)
        {
            W.Nip(writer, "nip", value.Nip!.Value);
            W.Optional(writer, "jabatan", value.Jabatan, JabatanCodec.Write);
            if (value.TugasTambahan is { } tugas)
            {
                Labels.TugasTambahan.Write(writer, "tugasTambahan", tugas);
            }
        }
        else
        {
            Labels.JabatanNonAsn.Write(writer, "jabatanNonAsn", value.JabatanNonAsn!.Value);
            W.OptionalString(writer, "nrp", value.Nrp);
        }

        W.OptionalString(writer, "nama", value.Nama);
        W.OptionalString(writer, "namaJabatan", value.NamaJabatan);
        W.OptionalString(writer, "golongan", value.Golongan);
        W.OptionalString(writer, "unitKerja", value.UnitKerja);
    }

    /// <summary>An official as a value: an ASN known only by NIP is its NIP string; any other official is an object.</summary>
    public static void Write(Utf8JsonWriter writer, Pejabat value)
    {
        if (IsNipOnly(value))
        {
            writer.WriteStringValue(W.Nip(value.Nip!.Value));
            return;
        }

        W.Begin(writer);
        WriteFields(writer, value);
        writer.WriteEndObject();
    }

    public static Pejabat Read(Node node)
    {
        if (node.Kind == JsonValueKind.String)
        {
            return Pejabat.Asn(R.Nip(node));
        }

        var o = node.Object();
        var pejabat = ReadFields(o);
        o.End();
        return pejabat;
    }

    public static Pejabat ReadFields(ObjectReader o)
    {
        var node = o.Node;
        if (o.Has("nip") == o.Has("jabatanNonAsn"))
        {
            throw node.Error("an official is either an ASN ('nip') or a non-ASN official ('jabatanNonAsn'), exactly one of them.");
        }

        if (o.Has("nip"))
        {
            var nip = R.Nip(o.Required("nip"));
            var jabatan = o.Optional("jabatan") is { } j ? JabatanCodec.Read(j) : (Jabatan?)null;
            var tugas = o.Optional("tugasTambahan") is { } t ? Labels.TugasTambahan.Read(t) : (TugasTambahan?)null;
            var nama = NonBlank(o, "nama");
            var namaJabatan = NonBlank(o, "namaJabatan");
            var golongan = NonBlank(o, "golongan");
            var unit = NonBlank(o, "unitKerja");
            return R.Build(node, () => Pejabat.Asn(nip, jabatan, tugas, nama, namaJabatan, golongan, unit));
        }

        var kind = Labels.JabatanNonAsn.Read(o.Required("jabatanNonAsn"));
        var nrp = NonBlank(o, "nrp");
        var namaNonAsn = o.Required("nama").NonBlankString();
        var jabatanNonAsn = o.Required("namaJabatan").NonBlankString();
        if (o.Has("golongan"))
        {
            throw o.Required("golongan").Error("a non-ASN official has no ASN rank (golongan).");
        }

        var unitNonAsn = NonBlank(o, "unitKerja");
        return Pejabat.NonAsn(kind, namaNonAsn, jabatanNonAsn, unitNonAsn, nrp);
    }

    private static bool IsNipOnly(Pejabat value) =>
        value.Status == StatusPenilai.Asn && value.Jabatan is null && value.TugasTambahan is null && value.Nama is null
        && value.NamaJabatan is null && value.Golongan is null && value.UnitKerja is null;

    private static string? NonBlank(ObjectReader o, string name) => o.Optional(name)?.NonBlankString();
}

internal static class PejabatPenilaiCodec
{
    public static void Write(Utf8JsonWriter writer, PejabatPenilaiKinerja value)
    {
        W.Begin(writer);
        PejabatCodec.WriteFields(writer, value.Pejabat);
        Labels.Kewenangan.Write(writer, "kewenangan", value.Kewenangan);
        writer.WriteEndObject();
    }

    public static PejabatPenilaiKinerja Read(Node node)
    {
        var o = node.Object();
        if (o.Has("nip") && !o.Has("jabatanNonAsn") && !o.Has("jabatan"))
        {
            o.Required("jabatan");
        }

        var pejabat = PejabatCodec.ReadFields(o);
        var kewenangan = Labels.Kewenangan.Read(o.Required("kewenangan"));
        o.End();
        return new PejabatPenilaiKinerja(pejabat, kewenangan);
    }
}

internal static class PertimbanganCodec
{
    public static void Write(Utf8JsonWriter writer, PertimbanganPenilaian value)
    {
        W.Begin(writer);
        Labels.JenisPertimbangan.Write(writer, "jenis", value.Jenis);
        W.Property(writer, "pejabat", value.Pejabat, PejabatCodec.Write);
        writer.WriteEndObject();
    }

    public static PertimbanganPenilaian Read(Node node)
    {
        var o = node.Object();
        var jenis = Labels.JenisPertimbangan.Read(o.Required("jenis"));
        var pejabat = PejabatCodec.Read(o.Required("pejabat"));
        o.End();
        return new PertimbanganPenilaian(jenis, pejabat);
    }
}

internal static class SkpCodec
{
    public static void Write(Utf8JsonWriter writer, Skp value)
    {
        W.Begin(writer);
        writer.WriteString("id", value.Id);
        W.Nip(writer, "pegawai", value.Pegawai);
        W.Property(writer, "jabatan", value.Jabatan, JabatanCodec.Write);
        writer.WriteString("unitId", value.UnitId);
        W.Property(writer, "periode", value.Periode, PeriodeKinerjaCodec.Write);
        if (value.Jenis != JenisSkp.Reguler)
        {
            Labels.JenisSkp.Write(writer, "jenis", value.Jenis);
        }

        Labels.StatusKepegawaian.Write(writer, "statusKepegawaian", value.StatusKepegawaian);
        W.Property(writer, "pejabatPenilai", value.PejabatPenilai, PejabatPenilaiCodec.Write);
        W.Optional(writer, "atasanPejabatPenilai", value.AtasanPejabatPenilai, PejabatCodec.Write);
        if (value.Pertimbangan.Length > 0)
        {
            W.Array(writer, "pertimbangan", value.Pertimbangan, PertimbanganCodec.Write);
        }

        Labels.Pendekatan.Write(writer, "pendekatan", value.Pendekatan);
        Labels.StatusSkp.Write(writer, "status", value.Status);
        W.OptionalDate(writer, "tanggalPenetapan", value.TanggalPenetapan);
        W.Array(writer, "hasilKerja", value.HasilKerja, RhkCodec.Write);
        W.Array(writer, "perilakuKerja", value.PerilakuKerja, PerilakuKerjaSkpCodec.Write);
        W.Property(writer, "lampiran", value.Lampiran, LampiranSkpCodec.Write);
        writer.WriteEndObject();
    }

    public static Skp Read(Node node)
    {
        var o = node.Object();
        var id = o.Required("id").NonBlankString();
        var pegawai = R.Nip(o.Required("pegawai"));
        var jabatan = JabatanCodec.Read(o.Required("jabatan"));
        var unitId = o.Required("unitId").NonBlankString();
        var periode = PeriodeKinerjaCodec.Read(o.Required("periode"));
        var jenis = o.Optional("jenis") is { } jenisNode ? Labels.JenisSkp.Read(jenisNode) : JenisSkp.Reguler;
        var status = Labels.StatusKepegawaian.Read(o.Required("statusKepegawaian"));
        var ppkNode = o.Required("pejabatPenilai");
        var ppk = PejabatPenilaiCodec.Read(ppkNode);
        var atasan = o.Optional("atasanPejabatPenilai") is { } atasanNode ? PejabatCodec.Read(atasanNode) : null;
        var pertimbangan = o.Optional("pertimbangan") is { } pertimbanganNode ? pertimbanganNode.Array(PertimbanganCodec.Read) : ImmutableArray<PertimbanganPenilaian>.Empty;
        var pendekatan = Labels.Pendekatan.Read(o.Required("pendekatan"));
        var statusSkp = Labels.StatusSkp.Read(o.Required("status"));
        var tanggal = R.OptionalDate(o, "tanggalPenetapan");
        var hasilNode = o.Required("hasilKerja");
        var hasil = hasilNode.Array(RhkCodec.Read);
        var perilakuNode = o.Required("perilakuKerja");
        var perilaku = perilakuNode.Array(PerilakuKerjaSkpCodec.Read);
        var lampiran = LampiranSkpCodec.Read(o.Required("lampiran"));
        o.End();

        // Everything is read and valid: only now is the builder used, and its remaining checks name the place.
        var builder = new SkpBuilder(id, pegawai, jabatan, unitId, periode)
            .WithJenis(jenis)
            .WithStatusKepegawaian(status)
            .WithPejabatPenilai(ppk)
            .WithAtasanPejabatPenilai(atasan)
            .WithPendekatan(pendekatan)
            .WithStatus(statusSkp, tanggal)
            .WithLampiran(lampiran);
        for (var i = 0; i < hasil.Length; i++)
        {
            var rhk = hasil[i];
            R.Build(hasilNode.Item(i), () => builder.AddHasilKerja(rhk));
        }

        foreach (var p in pertimbangan)
        {
            builder.AddPertimbangan(p);
        }

        for (var i = 0; i < perilaku.Length; i++)
        {
            var entry = perilaku[i];
            R.Build(perilakuNode.Item(i), () => builder.AddPerilakuKerja(entry.Nilai, entry.EkspektasiKhusus));
        }

        return R.Build(ppkNode, builder.Build);
    }
}
