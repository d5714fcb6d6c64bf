using System.Collections.Immutable;
using System.Text.Json;
using AsnKinerja.Cascading;
using AsnKinerja.Serialization.SystemTextJson.Internal;

namespace AsnKinerja.Serialization.SystemTextJson.Codecs;

internal static class TimKerjaCodec
{
    public static void Write(Utf8JsonWriter writer, TimKerja value)
    {
        W.Begin(writer);
        writer.WriteString("id", value.Id);
        writer.WriteString("nama", value.Nama);
        W.Nip(writer, "ketua", value.Ketua);
        W.Array(writer, "anggota", value.Anggota, (w, n) => w.WriteStringValue(W.Nip(n)));
        writer.WriteEndObject();
    }

    public static TimKerja Read(Node node)
    {
        var o = node.Object();
        var id = o.Required("id").NonBlankString();
        var nama = o.Required("nama").NonBlankString();
        var ketua = R.Nip(o.Required("ketua"));
        var anggotaNode = o.Required("anggota");
        var anggota = anggotaNode.Array(R.Nip);
        o.End();

        // The constructor drops a repeated member silently; the canonical form never repeats one, so a document that
        // does is not what this format writes and would not read back to itself.
        var seen = new HashSet<Nip>();
        for (var i = 0; i < anggota.Length; i++)
        {
            if (!seen.Add(anggota[i]))
            {
                throw anggotaNode.Item(i).Error("the member " + anggota[i].ToString() + " is listed twice.");
            }
        }

        return R.Build(node, () => new TimKerja(id, nama, ketua, anggota));
    }
}

internal static class CascadingOptionsCodec
{
    public static void Write(Utf8JsonWriter writer, CascadingOptions value)
    {
        W.Begin(writer);
        Labels.PenjumlahanTarget.Write(writer, "penjumlahanTarget", value.PenjumlahanTarget);
        writer.WriteNumber("toleransiPersen", value.ToleransiPersen);
        Labels.PerspektifJpt.Write(writer, "perspektifJpt", value.PerspektifJpt);
        writer.WriteEndObject();
    }

    public static CascadingOptions Read(Node node)
    {
        var o = node.Object();
        var penjumlahan = Labels.PenjumlahanTarget.Read(o.Required("penjumlahanTarget"));
        var toleransi = o.Required("toleransiPersen").Decimal(0m, 100m);
        var perspektif = Labels.PerspektifJpt.Read(o.Required("perspektifJpt"));
        o.End();
        return new CascadingOptions(penjumlahan, toleransi, perspektif);
    }
}

/// <summary>
/// The cascade input: the SKPs, the work teams and (optionally) the organisation tree a <see cref="CascadingGraph"/> is
/// built from. The graph holds all of its inputs, so it is read by building it again with CascadingGraph.Create.
/// </summary>
internal static class CascadingGraphCodec
{
    public static void Write(Utf8JsonWriter writer, CascadingGraph value)
    {
        W.Begin(writer);
        W.Array(writer, "skp", value.Skps, SkpCodec.Write);
        W.Array(writer, "timKerja", value.TimKerja, TimKerjaCodec.Write);
        W.Optional(writer, "struktur", value.Struktur, StrukturCodec.Write);
        writer.WriteEndObject();
    }

    public static CascadingGraph Read(Node node)
    {
        var o = node.Object();
        var skpNode = o.Required("skp");
        var skps = skpNode.Array(SkpCodec.Read);
        var timNode = o.Optional("timKerja");
        var teams = timNode is { } t ? t.Array(TimKerjaCodec.Read) : ImmutableArray<TimKerja>.Empty;
        var struktur = o.Optional("struktur") is { } s ? StrukturCodec.Read(s) : null;
        o.End();
        Unique(skpNode, skps, k => k.Id, "SKP");
        if (timNode is { } tn)
        {
            Unique(tn, teams, k => k.Id, "work team");
        }

        return R.Build(node, () => CascadingGraph.Create(skps, teams, struktur));
    }

    private static void Unique<T>(Node array, ImmutableArray<T> items, Func<T, string> id, string what)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < items.Length; i++)
        {
            if (!seen.Add(id(items[i])))
            {
                throw array.Item(i).Error("the " + what + " ID " + Preconditions.Quote(id(items[i])) + " appears more than once.");
            }
        }
    }
}

/// <summary>
/// The organisation tree (on its own, or inside a cascade input) as the flat records it is built from: units in pre-order, then each
/// unit's placements in the tree's order (the head marked). Read back with StrukturOrganisasi.Create; a tree with
/// errors (ORG001–ORG004, ORG006, ORG007) is rejected.
/// </summary>
internal static class StrukturCodec
{

    public static void Write(Utf8JsonWriter writer, StrukturOrganisasi value)
    {
        W.Begin(writer);
        var units = value.Units.ToList();
        W.Array(writer, "unit", units, UnitKerjaCodec.Write);
        writer.WriteStartArray("penempatan");
        foreach (var unit in units)
        {
            var kepala = value.GetKepala(unit.Id);
            foreach (var nip in value.GetPegawai(unit.Id))
            {
                PenempatanPegawaiCodec.Write(writer, new PenempatanPegawai(nip, unit.Id, kepala == nip));
            }
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    public static StrukturOrganisasi Read(Node node)
    {
        var o = node.Object();
        var units = o.Required("unit").Array(UnitKerjaCodec.Read);
        var penempatan = o.Required("penempatan").Array(PenempatanPegawaiCodec.Read);
        o.End();
        var result = StrukturOrganisasi.Create(units, penempatan);
        return result.ValueOrNull ?? throw node.Error(
            "the organisation tree is invalid: " + string.Join("; ", result.Findings.Where(f => f.Severity == FindingSeverity.Error).Select(f => f.Code + " " + f.GetMessage(Language.English))));
    }
}

/// <summary>A reference to an RHK of the graph (write-only): enough to find it again among the SKPs of the cascade input.</summary>
internal static class RhkNodeCodec
{
    public static void Write(Utf8JsonWriter writer, RhkNode value)
    {
        W.Begin(writer);
        writer.WriteString("id", value.Id);
        writer.WriteString("skp", value.Skp.Id);
        W.Nip(writer, "pegawai", value.Pegawai);
        writer.WriteString("uraian", value.Rhk.Uraian);
        Labels.JenisRhk.Write(writer, "jenis", value.Rhk.Jenis);
        Labels.KlasifikasiRhk.Write(writer, "klasifikasi", value.Rhk.Klasifikasi);
        writer.WriteEndObject();
    }
}

internal static class CascadeLineageCodec
{
    public static void Write(Utf8JsonWriter writer, CascadeLineage value)
    {
        W.Begin(writer);
        W.Array(writer, "chain", value.Chain, RhkNodeCodec.Write);
        W.Strings(writer, "sumberKinerjaOrganisasi", value.SumberKinerjaOrganisasi);
        Labels.LineageEnd.Write(writer, "end", value.End);
        writer.WriteBoolean("isServing", value.IsServing);
        writer.WriteEndObject();
    }
}

internal static class KolomMphCodec
{
    public static void Write(Utf8JsonWriter writer, KolomMph value)
    {
        W.Begin(writer);
        Labels.JenisKolomMph.Write(writer, "jenis", value.Jenis);
        writer.WriteString("label", value.Label);
        if (value.Pegawai is { } pegawai)
        {
            W.Nip(writer, "pegawai", pegawai);
        }

        W.Optional(writer, "timKerja", value.TimKerja, TimKerjaCodec.Write);
        writer.WriteBoolean("isBawahanLangsung", value.IsBawahanLangsung);
        writer.WriteEndObject();
    }
}

internal static class MatriksPeranHasilCodec
{
    public static void Write(Utf8JsonWriter writer, MatriksPeranHasil value)
    {
        W.Begin(writer);
        W.Nip(writer, "pimpinan", value.Pimpinan);
        W.Optional(writer, "periode", value.Periode, PeriodeKinerjaCodec.Write);
        W.Array(writer, "baris", value.Baris, RhkNodeCodec.Write);
        W.Array(writer, "kolom", value.Kolom, KolomMphCodec.Write);

        // peran[baris][kolom] = the RHK by which that column delivers that row (GetPeran), empty for no role.
        writer.WriteStartArray("peran");
        for (var r = 0; r < value.Baris.Length; r++)
        {
            writer.WriteStartArray();
            for (var c = 0; c < value.Kolom.Length; c++)
            {
                writer.WriteStartArray();
                foreach (var node in value.GetPeran(r, c))
                {
                    RhkNodeCodec.Write(writer, node);
                }

                writer.WriteEndArray();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndArray();
        W.Array(writer, "barisTanpaPelaksana", value.BarisTanpaPelaksana, RhkNodeCodec.Write);
        W.Array(writer, "kolomTanpaPeran", value.KolomTanpaPeran, KolomMphCodec.Write);
        writer.WriteEndObject();
    }
}
