using System.Text.Json;
using AsnKinerja.BehaviourRubric;
using AsnKinerja.Serialization.SystemTextJson.Internal;

namespace AsnKinerja.Serialization.SystemTextJson.Codecs;

internal static class UmpanBalikCodec
{
    public static void Write(Utf8JsonWriter writer, UmpanBalik value)
    {
        W.Begin(writer);
        writer.WriteString("id", value.Id);
        Labels.NilaiBerakhlak.Write(writer, "nilai", value.Nilai);
        Labels.SumberUmpanBalik.Write(writer, "sumber", value.Sumber);
        W.Date(writer, "tanggal", value.Tanggal);
        writer.WriteString("uraian", value.Uraian);
        W.Strings(writer, "buktiDukung", value.BuktiDukung);
        if (value.Penilaian is { } penilaian)
        {
            Labels.Write(writer, "penilaian", penilaian);
        }

        W.OptionalNip(writer, "pemberi", value.Pemberi);
        writer.WriteEndObject();
    }

    public static UmpanBalik Read(Node node)
    {
        var o = node.Object();
        var id = o.Required("id").NonBlankString();
        var nilai = Labels.NilaiBerakhlak.Read(o.Required("nilai"));
        var sumber = Labels.SumberUmpanBalik.Read(o.Required("sumber"));
        var tanggal = R.Date(o.Required("tanggal"));
        var uraian = o.Required("uraian").NonBlankString();
        var bukti = o.Required("buktiDukung").Array(n => n.NonBlankString());
        var penilaian = o.Optional("penilaian") is { } p ? Labels.ReadEkspektasi(p) : (Ekspektasi?)null;
        var pemberi = R.OptionalNip(o, "pemberi");
        o.End();
        return new UmpanBalik(id, nilai, sumber, tanggal, uraian, bukti, penilaian, pemberi);
    }
}

internal static class PenilaianNilaiBerakhlakCodec
{
    public static void Write(Utf8JsonWriter writer, PenilaianNilaiBerakhlak value)
    {
        writer.WriteStartArray();
        foreach (var nilai in value.NilaiDinilai)
        {
            writer.WriteStartObject();
            Labels.NilaiBerakhlak.Write(writer, "nilai", nilai);
            Labels.Write(writer, "penilaian", value.Get(nilai)!.Value);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    public static PenilaianNilaiBerakhlak Read(Node node)
    {
        // A repeated value is refused at the item that repeats it, before the items after it are read.
        var result = PenilaianNilaiBerakhlak.Kosong;
        node.Array(n =>
        {
            var o = n.Object();
            var nilai = Labels.NilaiBerakhlak.Read(o.Required("nilai"));
            var penilaian = Labels.ReadEkspektasi(o.Required("penilaian"));
            o.End();
            if (result.Get(nilai) is not null)
            {
                throw n.Error("the value '" + Labels.NilaiBerakhlak.ToLabel(nilai) + "' is assessed twice.");
            }

            result = result.With(nilai, penilaian);
            return nilai;
        });
        return result;
    }
}

internal static class KebijakanSaranPerilakuCodec
{
    public static void Write(Utf8JsonWriter writer, KebijakanSaranPerilaku value) => writer.WriteStringValue(value.Name);

    public static KebijakanSaranPerilaku Read(Node node)
    {
        var name = node.String();
        return KebijakanSaranPerilaku.BuiltIn.FirstOrDefault(k => string.Equals(k.Name, name, StringComparison.Ordinal))
            ?? throw node.Error("unknown behaviour suggestion policy " + Preconditions.Quote(name) + ". Only the built-in policies can be read (" + string.Join(", ", KebijakanSaranPerilaku.BuiltIn.Select(k => k.Name)) + "); a custom policy carries code and is write-only.");
    }
}

/// <summary>A suggestion, read by suggesting again with the rules the document names, configured with its policy.</summary>
internal static class SaranRatingPerilakuCodec
{
    public static void Write(Utf8JsonWriter writer, SaranRatingPerilaku value)
    {
        W.Begin(writer);
        RuleSets.Write(writer, value.RuleSet);
        W.Property(writer, "kebijakan", value.Kebijakan, KebijakanSaranPerilakuCodec.Write);
        W.Property(writer, "penilaian", value.Penilaian, PenilaianNilaiBerakhlakCodec.Write);
        if (value.Saran is { } saran)
        {
            Labels.Write(writer, "saran", saran);
        }

        W.Array(writer, "findings", value.Findings, FindingCodec.Write);
        W.Property(writer, "explanation", value.Explanation, ExplanationCodec.Write);
        writer.WriteEndObject();
    }

    public static SaranRatingPerilaku Read(Node node, RuleSetRegistry registry)
    {
        var o = node.Object();
        var rules = RuleSets.Read<IPerilakuKerjaRules>(o, registry);
        var kebijakan = KebijakanSaranPerilakuCodec.Read(o.Required("kebijakan"));
        var penilaian = PenilaianNilaiBerakhlakCodec.Read(o.Required("penilaian"));
        var saran = o.Optional("saran") is { } s ? Labels.ReadEkspektasi(s) : (Ekspektasi?)null;
        RuleSets.VerifyExplanation(o, "explanation", rules.RuleSet.Id);
        o.Informative("findings", "explanation");
        o.End();
        var result = rules.WithOptions(new PerilakuKerjaOptions(kebijakan)).Suggest(penilaian);
        R.Verify(node, "saran", saran, result.Saran, e => e?.ToLabel() ?? "null");
        return result;
    }
}

internal static class PenilaianPerilakuKerjaCodec
{
    public static void Write(Utf8JsonWriter writer, PenilaianPerilakuKerja value)
    {
        W.Begin(writer);
        Labels.Write(writer, "rating", value.Rating);
        W.Nip(writer, "ditetapkanOleh", value.DitetapkanOleh);
        W.Date(writer, "tanggal", value.Tanggal);
        W.Optional(writer, "saran", value.Saran, SaranRatingPerilakuCodec.Write);
        W.OptionalString(writer, "alasan", value.Alasan);
        writer.WriteEndObject();
    }

    public static PenilaianPerilakuKerja Read(Node node, RuleSetRegistry registry)
    {
        var o = node.Object();
        var rating = Labels.ReadEkspektasi(o.Required("rating"));
        var oleh = R.Nip(o.Required("ditetapkanOleh"));
        var tanggal = R.Date(o.Required("tanggal"));
        var saran = o.Optional("saran") is { } s ? SaranRatingPerilakuCodec.Read(s, registry) : null;
        var alasan = R.OptionalString(o, "alasan");
        o.End();
        return R.Build(node, () => new PenilaianPerilakuKerja(rating, oleh, tanggal, saran, alasan));
    }
}

internal static class CatatanPerilakuKerjaCodec
{
    public static void Write(Utf8JsonWriter writer, CatatanPerilakuKerja value)
    {
        W.Begin(writer);
        W.Property(writer, "skp", value.Skp, SkpCodec.Write);
        W.Array(writer, "umpanBalik", value.UmpanBalik, UmpanBalikCodec.Write);
        W.Optional(writer, "penilaian", value.Penilaian, PenilaianPerilakuKerjaCodec.Write);
        writer.WriteEndObject();
    }

    public static CatatanPerilakuKerja Read(Node node, RuleSetRegistry registry)
    {
        var o = node.Object();
        var skp = SkpCodec.Read(o.Required("skp"));
        var umpanBalikNode = o.Required("umpanBalik");
        var umpanBalik = umpanBalikNode.Array(UmpanBalikCodec.Read);
        var penilaian = o.Optional("penilaian") is { } p ? PenilaianPerilakuKerjaCodec.Read(p, registry) : null;
        o.End();
        return R.Build(umpanBalikNode, () => new CatatanPerilakuKerja(skp, umpanBalik, penilaian));
    }
}

/// <summary>A catalogue as the ID of its rule set; read as the catalogue of the behaviour rules the registry holds under that ID.</summary>
internal static class KatalogBerakhlakCodec
{
    public static void Write(Utf8JsonWriter writer, KatalogBerakhlak value) => RuleSetIdCodec.Write(writer, value.RuleSet);

    public static KatalogBerakhlak Read(Node node, RuleSetRegistry registry)
    {
        var id = RuleSetIdCodec.Read(node);
        return registry.TryGet<IPerilakuKerjaRules>(id, out var rules)
            ? rules.Katalog
            : throw node.Error("unknown BerAKHLAK catalogue " + Preconditions.Quote(id.Value) + ": no behaviour rules are registered under that rule set ID. Known: " + string.Join(", ", registry.Rules.OfType<IPerilakuKerjaRules>().Select(r => r.RuleSet.Id.Value)) + ".");
    }
}

internal static class PerilakuKerjaOptionsCodec
{
    public static void Write(Utf8JsonWriter writer, PerilakuKerjaOptions value)
    {
        W.Begin(writer);
        W.Property(writer, "kebijakanSaran", value.KebijakanSaran, KebijakanSaranPerilakuCodec.Write);
        writer.WriteEndObject();
    }

    public static PerilakuKerjaOptions Read(Node node)
    {
        var o = node.Object();
        var kebijakan = KebijakanSaranPerilakuCodec.Read(o.Required("kebijakanSaran"));
        o.End();
        return new PerilakuKerjaOptions(kebijakan);
    }
}
