using System.Collections.Immutable;
using System.Text.Json;
using AsnKinerja.NineBox;
using AsnKinerja.Serialization.SystemTextJson.Internal;

namespace AsnKinerja.Serialization.SystemTextJson.Codecs;

internal static class KotakTalentaCodec
{
    /// <summary>The ASN box number 1–9 (PermenPANRB 3/2020), never the generic row-major index.</summary>
    public static void Write(Utf8JsonWriter writer, KotakTalenta value) =>
        writer.WriteNumberValue(value.IsEmpty ? throw new JsonException("An empty (default) KotakTalenta cannot be written.") : value.Nomor);

    public static KotakTalenta Read(Node node) => KotakTalenta.FromNomor(node.Int32(1, 9));
}

internal static class KinerjaTahunanCodec
{
    public static void Write(Utf8JsonWriter writer, KinerjaTahunan value)
    {
        if (value.IsEmpty)
        {
            throw new JsonException("An empty (default) KinerjaTahunan cannot be written.");
        }

        W.Begin(writer);
        writer.WriteNumber("tahun", value.Tahun);
        Labels.Write(writer, "predikat", value.Predikat);
        writer.WriteEndObject();
    }

    public static KinerjaTahunan Read(Node node)
    {
        var o = node.Object();
        var tahun = o.Required("tahun").Int32(KinerjaTahunan.TahunMinimum, KinerjaTahunan.TahunMaksimum);
        var predikat = Labels.ReadPredikat(o.Required("predikat"));
        o.End();
        return new KinerjaTahunan(tahun, predikat);
    }
}

internal static class NilaiPotensialCodec
{
    public static void Write(Utf8JsonWriter writer, NilaiPotensial value)
    {
        if (value.IsEmpty)
        {
            throw new JsonException("An empty (default) NilaiPotensial cannot be written.");
        }

        W.Begin(writer);
        if (value.Skor is { } skor)
        {
            writer.WriteNumber("skor", skor);
        }
        else
        {
            Labels.Potensial.Write(writer, "tingkat", value.Tingkat!.Value);
        }

        writer.WriteEndObject();
    }

    public static NilaiPotensial Read(Node node)
    {
        var o = node.Object();
        if (o.Has("skor") == o.Has("tingkat"))
        {
            throw node.Error("a potential is either a level ('tingkat') or a 0–100 score ('skor'): exactly one of them.");
        }

        var skor = o.Optional("skor")?.Decimal(0m, 100m);
        var tingkat = o.Optional("tingkat") is { } t ? Labels.Potensial.Read(t) : (TingkatPotensial?)null;
        o.End();
        return skor is { } s ? NilaiPotensial.FromSkor(s) : NilaiPotensial.FromTingkat(tingkat!.Value);
    }
}

internal static class DataTalentaPegawaiCodec
{
    public static void Write(Utf8JsonWriter writer, DataTalentaPegawai value)
    {
        W.Begin(writer);
        W.Nip(writer, "nip", value.Nip);
        W.Array(writer, "kinerja", value.Kinerja, KinerjaTahunanCodec.Write);
        writer.WritePropertyName("potensial");
        NilaiPotensialCodec.Write(writer, value.Potensial);
        if (value.KotakTahunSebelumnya is { } previous)
        {
            writer.WritePropertyName("kotakTahunSebelumnya");
            KotakTalentaCodec.Write(writer, previous);
        }

        writer.WriteEndObject();
    }

    public static DataTalentaPegawai Read(Node node)
    {
        var o = node.Object();
        var nip = R.Nip(o.Required("nip"));
        var kinerjaNode = o.Required("kinerja");
        var kinerja = kinerjaNode.Array(KinerjaTahunanCodec.Read);
        var potensial = NilaiPotensialCodec.Read(o.Required("potensial"));
        var previous = o.Optional("kotakTahunSebelumnya") is { } k ? KotakTalentaCodec.Read(k) : (KotakTalenta?)null;
        o.End();
        return R.Build(kinerjaNode, () => new DataTalentaPegawai(nip, kinerja, potensial, previous));
    }
}

internal static class PetaTalentaOptionsCodec
{
    public static void Write(Utf8JsonWriter writer, PetaTalentaOptions value)
    {
        W.Begin(writer);
        writer.WriteStartArray("pemetaanPredikat");
        foreach (var pair in value.PemetaanPredikat)
        {
            writer.WriteStartObject();
            Labels.Write(writer, "predikat", pair.Key);
            Labels.Write(writer, "kinerja", pair.Value);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        Labels.Penggabungan.Write(writer, "penggabungan", value.Penggabungan);
        writer.WriteNumber("batasPotensialTinggi", value.BatasPotensialTinggi);
        writer.WriteNumber("batasPotensialMenengah", value.BatasPotensialMenengah);
        writer.WriteEndObject();
    }

    public static PetaTalentaOptions Read(Node node)
    {
        var o = node.Object();
        var mappingNode = o.Required("pemetaanPredikat");
        var entries = mappingNode.Array(n =>
        {
            var e = n.Object();
            var p = Labels.ReadPredikat(e.Required("predikat"));
            var k = Labels.ReadEkspektasi(e.Required("kinerja"));
            e.End();
            return (Node: n, Predikat: p, Kinerja: k);
        });
        var penggabungan = Labels.Penggabungan.Read(o.Required("penggabungan"));
        var tinggi = o.Required("batasPotensialTinggi").Decimal(0m, 100m);
        var menengah = o.Required("batasPotensialMenengah").Decimal(0m, 100m);
        o.End();
        var mapping = new Dictionary<PredikatKinerja, Ekspektasi>();
        foreach (var entry in entries)
        {
            if (mapping.ContainsKey(entry.Predikat))
            {
                throw entry.Node.Error("the predicate '" + entry.Predikat.ToLabel() + "' is mapped twice.");
            }

            mapping[entry.Predikat] = entry.Kinerja;
        }

        return R.Build(node, () => new PetaTalentaOptions(mapping, penggabungan, tinggi, menengah));
    }
}

internal static class RekomendasiCodec
{
    public static void Write(Utf8JsonWriter writer, RekomendasiTindakLanjut value) => writer.WriteStringValue(value.Kode);

    public static RekomendasiTindakLanjut Read(Node node)
    {
        var kode = node.String();
        return RekomendasiTindakLanjut.TryGetByKode(kode, out var rekomendasi)
            ? rekomendasi
            : throw node.Error("unknown follow-up code '" + kode + "'. Known codes: " + string.Join(", ", RekomendasiTindakLanjut.All.Select(r => r.Kode)) + ".");
    }
}

internal static class PenempatanTalentaCodec
{
    public static void Write(Utf8JsonWriter writer, PenempatanTalenta value)
    {
        W.Begin(writer);
        W.Nip(writer, "nip", value.Nip);
        writer.WriteNumber("tahun", value.Tahun);
        writer.WritePropertyName("kotak");
        KotakTalentaCodec.Write(writer, value.Kotak);
        Labels.Write(writer, "kinerja", value.Kinerja);
        Labels.Potensial.Write(writer, "potensial", value.Potensial);
        writer.WriteBoolean("isKelompokRencanaSuksesi", value.IsKelompokRencanaSuksesi);
        W.Array(writer, "rekomendasi", value.Rekomendasi, RekomendasiCodec.Write);
        writer.WritePropertyName("explanation");
        ExplanationCodec.Write(writer, value.Explanation);
        writer.WriteEndObject();
    }
}

internal static class PerubahanKotakTalentaCodec
{
    public static void Write(Utf8JsonWriter writer, PerubahanKotakTalenta value)
    {
        W.Begin(writer);
        W.Nip(writer, "nip", value.Nip);
        writer.WritePropertyName("dari");
        KotakTalentaCodec.Write(writer, value.Dari);
        writer.WritePropertyName("ke");
        KotakTalentaCodec.Write(writer, value.Ke);
        writer.WriteBoolean("dariCatatan", value.DariCatatan);
        writer.WriteEndObject();
    }
}

internal static class PenempatanTalentaResultCodec
{
    public static void Write(Utf8JsonWriter writer, PenempatanTalentaResult value)
    {
        W.Begin(writer);
        writer.WriteBoolean("isSuccess", value.IsSuccess);
        if (value.ValueOrNull is { } placement)
        {
            writer.WritePropertyName("value");
            PenempatanTalentaCodec.Write(writer, placement);
        }

        W.Array(writer, "findings", value.Findings, FindingCodec.Write);
        writer.WriteEndObject();
    }
}

internal static class PetaTalentaUnitCodec
{
    public static void Write(Utf8JsonWriter writer, PetaTalentaUnit value)
    {
        W.Begin(writer);
        writer.WriteNumber("tahun", value.Tahun);
        writer.WriteNumber("jumlahPegawai", value.JumlahPegawai);
        W.Array(writer, "penempatan", value.Penempatan, PenempatanTalentaCodec.Write);
        writer.WriteStartArray("jumlahPerKotak");
        foreach (var pair in value.JumlahPerKotak)
        {
            writer.WriteStartObject();
            writer.WritePropertyName("kotak");
            KotakTalentaCodec.Write(writer, pair.Key);
            writer.WriteNumber("jumlah", pair.Value);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        W.Array(writer, "kelompokRencanaSuksesi", value.KelompokRencanaSuksesi.Select(p => p.Nip), (w, n) => w.WriteStringValue(W.Nip(n)));
        W.Array(writer, "perubahan", value.Perubahan, PerubahanKotakTalentaCodec.Write);
        W.Array(writer, "findings", value.Findings, FindingCodec.Write);
        W.Array(writer, "policies", value.Policies, AppliedPolicyCodec.Write);
        writer.WriteEndObject();
    }
}
