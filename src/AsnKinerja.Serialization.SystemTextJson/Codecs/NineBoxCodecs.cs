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
        if (value.PredikatTerhitung is { } terhitung)
        {
            Labels.Write(writer, "predikatTerhitung", terhitung);
        }

        if (value.PredikatDitetapkan is { } ditetapkan)
        {
            Labels.Write(writer, "predikatDitetapkan", ditetapkan);
        }

        writer.WriteEndObject();
    }

    /// <summary>A year: its computed predicate, its predicate set after the distribution, or both (at least one).</summary>
    public static KinerjaTahunan Read(Node node)
    {
        var o = node.Object();
        var tahun = o.Required("tahun").Int32(KinerjaTahunan.TahunMinimum, KinerjaTahunan.TahunMaksimum);
        var terhitung = o.Optional("predikatTerhitung") is { } t ? Labels.ReadPredikat(t) : (PredikatKinerja?)null;
        var ditetapkan = o.Optional("predikatDitetapkan") is { } d ? Labels.ReadPredikat(d) : (PredikatKinerja?)null;
        o.End();
        if (terhitung is null && ditetapkan is null)
        {
            throw node.Error("a year needs 'predikatTerhitung' (computed), 'predikatDitetapkan' (set after the distribution check), or both.");
        }

        return new KinerjaTahunan(tahun, terhitung, ditetapkan);
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

        if (value.Sumber is { } sumber)
        {
            Labels.SumberPotensial.Write(writer, "sumber", sumber);
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
        var sumber = o.Optional("sumber") is { } u ? Labels.SumberPotensial.Read(u) : (SumberPotensial?)null;
        o.End();
        return skor is { } s ? NilaiPotensial.FromSkor(s, sumber) : NilaiPotensial.FromTingkat(tingkat!.Value, sumber);
    }
}

internal static class DataTalentaPegawaiCodec
{
    public static void Write(Utf8JsonWriter writer, DataTalentaPegawai value)
    {
        W.Begin(writer);
        W.Nip(writer, "nip", value.Nip);
        W.Array(writer, "kinerja", value.Kinerja, KinerjaTahunanCodec.Write);
        W.Property(writer, "potensial", value.Potensial, NilaiPotensialCodec.Write);
        W.Optional(writer, "kotakTahunSebelumnya", value.KotakTahunSebelumnya, KotakTalentaCodec.Write);
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
        Labels.PredikatBelumDitetapkan.Write(writer, "predikatBelumDitetapkan", value.PredikatBelumDitetapkan);
        Labels.KebijakanSumberPotensial.Write(writer, "sumberPotensial", value.SumberPotensial);
        writer.WriteEndObject();
    }

    public static PetaTalentaOptions Read(Node node)
    {
        var o = node.Object();
        var mappingNode = o.Required("pemetaanPredikat");
        var mapping = new Dictionary<PredikatKinerja, Ekspektasi>();
        mappingNode.Array(n =>
        {
            var e = n.Object();
            var p = Labels.ReadPredikat(e.Required("predikat"));
            var k = Labels.ReadEkspektasi(e.Required("kinerja"));
            e.End();
            if (mapping.ContainsKey(p))
            {
                throw n.Error("the predicate '" + p.ToLabel() + "' is mapped twice.");
            }

            mapping[p] = k;
            return p;
        });
        var penggabungan = Labels.Penggabungan.Read(o.Required("penggabungan"));
        var tinggi = o.Required("batasPotensialTinggi").Decimal(0m, 100m);
        var menengah = o.Required("batasPotensialMenengah").Decimal(0m, 100m);
        var belumDitetapkan = Labels.PredikatBelumDitetapkan.Read(o.Required("predikatBelumDitetapkan"));
        var sumberPotensial = Labels.KebijakanSumberPotensial.Read(o.Required("sumberPotensial"));
        o.End();

        return R.Build(node, () => new PetaTalentaOptions(mapping, penggabungan, tinggi, menengah, belumDitetapkan, sumberPotensial));
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
            : throw node.Error("unknown follow-up code " + Preconditions.Quote(kode) + ". Known codes: " + string.Join(", ", RekomendasiTindakLanjut.All.Select(r => r.Kode)) + ".");
    }
}

/// <summary>
/// A placement with what produced it (the rule set, the options and the employee's data), read by placing the
/// employee again with the rules the document names: the stated box and NIP must agree, the rest is informative.
/// </summary>
internal static class PenempatanTalentaCodec
{
    private static readonly string[] Derived = { "nip", "kinerja", "potensial", "isKelompokRencanaSuksesi", "rekomendasi", "explanation" };

    public static void Write(Utf8JsonWriter writer, PenempatanTalenta value) => Write(writer, value, context: true);

    /// <summary>Writes a placement; inside a result or a unit map, which carry the context once, without it.</summary>
    public static void Write(Utf8JsonWriter writer, PenempatanTalenta value, bool context)
    {
        W.Begin(writer);
        if (context)
        {
            WriteContext(writer, value.RuleSet, value.Tahun, value.Pegawai, value.Options);
        }

        W.Nip(writer, "nip", value.Nip);
        if (!context)
        {
            writer.WriteNumber("tahun", value.Tahun);
        }

        W.Property(writer, "kotak", value.Kotak, KotakTalentaCodec.Write);
        Labels.Write(writer, "kinerja", value.Kinerja);
        Labels.Potensial.Write(writer, "potensial", value.Potensial);
        writer.WriteBoolean("isKelompokRencanaSuksesi", value.IsKelompokRencanaSuksesi);
        W.Array(writer, "rekomendasi", value.Rekomendasi, RekomendasiCodec.Write);
        W.Property(writer, "explanation", value.Explanation, ExplanationCodec.Write);
        writer.WriteEndObject();
    }

    public static PenempatanTalenta Read(Node node, RuleSetRegistry registry)
    {
        var o = node.Object();
        var (rules, result) = Evaluate(o, registry);
        var kotak = KotakTalentaCodec.Read(o.Required("kotak"));
        var nip = R.Nip(o.Required("nip"));
        RuleSets.VerifyExplanation(o, "explanation", rules.RuleSet.Id);
        o.Informative(Derived);
        o.End();
        if (result.ValueOrNull is not { } placement)
        {
            throw node.Error("the employee cannot be placed under rule set '" + rules.RuleSet.Id.Value + "' with these options: " + string.Join(", ", result.Findings.Where(f => f.Severity == FindingSeverity.Error).Select(f => f.Code)) + ".");
        }

        R.Verify(node, "nip", nip, placement.Nip, n => n.ToString());
        R.Verify(node, "kotak", kotak, placement.Kotak, k => k.Nomor.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return placement;
    }

    /// <summary>Writes what produced a placement or a result: the rule set, the year, the employee's data and the options.</summary>
    internal static void WriteContext(Utf8JsonWriter writer, RuleSetId ruleSet, int tahun, DataTalentaPegawai pegawai, PetaTalentaOptions options)
    {
        RuleSets.Write(writer, ruleSet);
        writer.WriteNumber("tahun", tahun);
        W.Property(writer, "pegawai", pegawai, DataTalentaPegawaiCodec.Write);
        W.Property(writer, "options", options, PetaTalentaOptionsCodec.Write);
    }

    /// <summary>Reads the context (rule set, year, employee, options) of a placement or a result and evaluates it.</summary>
    internal static (IPetaTalentaRules Rules, PenempatanTalentaResult Result) Evaluate(ObjectReader o, RuleSetRegistry registry)
    {
        var rules = RuleSets.Read<IPetaTalentaRules>(o, registry);
        var tahun = o.Required("tahun").Int32(KinerjaTahunan.TahunMinimum + 1, KinerjaTahunan.TahunMaksimum);
        var pegawai = DataTalentaPegawaiCodec.Read(o.Required("pegawai"));
        var options = PetaTalentaOptionsCodec.Read(o.Required("options"));
        var configured = rules.WithOptions(options);
        return (configured, configured.Evaluate(pegawai, tahun));
    }
}

internal static class PerubahanKotakTalentaCodec
{
    public static void Write(Utf8JsonWriter writer, PerubahanKotakTalenta value)
    {
        W.Begin(writer);
        W.Nip(writer, "nip", value.Nip);
        W.Property(writer, "dari", value.Dari, KotakTalentaCodec.Write);
        W.Property(writer, "ke", value.Ke, KotakTalentaCodec.Write);
        writer.WriteBoolean("dariCatatan", value.DariCatatan);
        writer.WriteEndObject();
    }
}

/// <summary>A placement's outcome with its context, read by evaluating the employee again with the rules the document names.</summary>
internal static class PenempatanTalentaResultCodec
{
    public static void Write(Utf8JsonWriter writer, PenempatanTalentaResult value)
    {
        W.Begin(writer);
        PenempatanTalentaCodec.WriteContext(writer, value.RuleSet, value.Tahun, value.Pegawai, value.Options);
        writer.WriteBoolean("isSuccess", value.IsSuccess);
        if (value.ValueOrNull is { } placement)
        {
            writer.WritePropertyName("value");
            PenempatanTalentaCodec.Write(writer, placement, context: false);
        }

        W.Array(writer, "findings", value.Findings, FindingCodec.Write);
        writer.WriteEndObject();
    }

    public static PenempatanTalentaResult Read(Node node, RuleSetRegistry registry)
    {
        var o = node.Object();
        var (rules, result) = PenempatanTalentaCodec.Evaluate(o, registry);
        var isSuccess = o.Required("isSuccess").Boolean();
        if (o.Optional("value") is { } value)
        {
            RuleSets.VerifyExplanation(value.Object(), "explanation", rules.RuleSet.Id);
        }

        o.Informative("findings");
        o.End();
        R.Verify(node, "isSuccess", isSuccess, result.IsSuccess, b => b ? "true" : "false");
        return result;
    }
}

internal static class PetaTalentaUnitCodec
{
    public static void Write(Utf8JsonWriter writer, PetaTalentaUnit value)
    {
        W.Begin(writer);
        RuleSets.Write(writer, value.RuleSet);
        W.Property(writer, "options", value.Options, PetaTalentaOptionsCodec.Write);
        writer.WriteNumber("tahun", value.Tahun);
        writer.WriteNumber("jumlahPegawai", value.JumlahPegawai);
        W.Array(writer, "penempatan", value.Penempatan, (w, p) => PenempatanTalentaCodec.Write(w, p, context: false));
        writer.WriteStartArray("jumlahPerKotak");
        foreach (var pair in value.JumlahPerKotak)
        {
            writer.WriteStartObject();
            W.Property(writer, "kotak", pair.Key, KotakTalentaCodec.Write);
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
