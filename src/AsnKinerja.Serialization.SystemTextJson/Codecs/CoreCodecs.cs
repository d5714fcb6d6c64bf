using System.Text.Json;
using AsnKinerja.Serialization.SystemTextJson.Internal;

namespace AsnKinerja.Serialization.SystemTextJson.Codecs;

internal static class RuleSetIdCodec
{
    public static void Write(Utf8JsonWriter writer, RuleSetId value) => writer.WriteStringValue(Format(value));

    public static string Format(RuleSetId value) => value.Value.Length == 0 ? throw new JsonException("An empty (default) RuleSetId cannot be written.") : value.Value;

    public static RuleSetId Read(Node node)
    {
        var text = node.String();
        return R.Build(node, () => new RuleSetId(text));
    }
}

internal static class FindingValueCodec
{
    public static void Write(Utf8JsonWriter writer, FindingValue value)
    {
        writer.WriteStartObject();
        writer.WriteString("key", value.Key.Length == 0 ? throw new JsonException("An empty (default) FindingValue cannot be written.") : value.Key);
        writer.WriteString("value", value.Value);
        if (value.EnglishValue is { } english)
        {
            writer.WriteString("en", english);
        }

        writer.WriteEndObject();
    }

    public static FindingValue Read(Node node)
    {
        var o = node.Object();
        var key = o.Required("key").NonBlankString();
        var value = o.Required("value").String();
        var english = o.Optional("en")?.String();
        o.End();
        return english is null ? new FindingValue(key, value) : R.Build(node, () => FindingValue.OfText(key, new LocalizedText(value, english)));
    }
}

internal static class AppliedPolicyCodec
{
    public static void Write(Utf8JsonWriter writer, AppliedPolicy value)
    {
        if (value.Name.Length == 0)
        {
            throw new JsonException("An empty (default) AppliedPolicy cannot be written.");
        }

        W.Begin(writer);
        writer.WriteString("name", value.Name);
        writer.WriteString("choice", value.Choice);
        writer.WriteBoolean("isDefault", value.IsDefault);
        writer.WriteEndObject();
    }

    public static AppliedPolicy Read(Node node)
    {
        var o = node.Object();
        var name = o.Required("name").NonBlankString();
        var choice = o.Required("choice").NonBlankString();
        var isDefault = o.Required("isDefault").Boolean();
        o.End();
        return new AppliedPolicy(name, choice, isDefault);
    }
}

internal static class RegulationReferenceCodec
{
    public static void Write(Utf8JsonWriter writer, RegulationReference value)
    {
        W.Begin(writer);
        writer.WriteString("regulation", value.Regulation);
        W.OptionalString(writer, "article", value.Article);
        Labels.Confidence.Write(writer, "confidence", value.Confidence);
        writer.WriteEndObject();
    }

    public static RegulationReference Read(Node node)
    {
        var o = node.Object();
        var regulation = o.Required("regulation").NonBlankString();
        var article = R.OptionalString(o, "article");
        var confidence = Labels.Confidence.Read(o.Required("confidence"));
        o.End();
        return new RegulationReference(regulation, article, confidence);
    }
}

internal static class ExplanationCodec
{
    public static void Write(Utf8JsonWriter writer, Explanation value)
    {
        W.Begin(writer);
        writer.WriteString("key", value.Key);
        W.Property(writer, "ruleSet", value.RuleSet, RuleSetIdCodec.Write);
        writer.WriteString("rule", value.Rule);
        W.Property(writer, "source", value.Source, RegulationReferenceCodec.Write);
        W.Array(writer, "inputs", value.Inputs, FindingValueCodec.Write);
        W.Array(writer, "values", value.Values, FindingValueCodec.Write);
        W.Array(writer, "policies", value.Policies, AppliedPolicyCodec.Write);
        W.Texts(writer, "description", value.GetDescription(Language.Indonesian), value.GetDescription(Language.English));
        writer.WriteEndObject();
    }

    public static Explanation Read(Node node, DefinitionCatalog catalog)
    {
        var o = node.Object();
        var keyNode = o.Required("key");
        var key = keyNode.NonBlankString();
        var ruleSet = RuleSetIdCodec.Read(o.Required("ruleSet"));
        var rule = o.Required("rule").NonBlankString();
        var source = RegulationReferenceCodec.Read(o.Required("source"));
        var inputs = o.Required("inputs").Array(FindingValueCodec.Read);
        var values = o.Required("values").Array(FindingValueCodec.Read);
        var policies = o.Required("policies").Array(AppliedPolicyCodec.Read);
        o.Informative("description");
        o.End();
        if (!catalog.TryGetExplanation(key, out var definition))
        {
            throw keyNode.Error("unknown explanation key " + Preconditions.Quote(key) + ": it is in no known catalogue (" + catalog.DescribeExplanations() + ").");
        }

        return definition!.Create(ruleSet, rule, inputs, values, policies, source);
    }
}

internal static class FindingCodec
{
    public static void Write(Utf8JsonWriter writer, Finding value)
    {
        W.Begin(writer);
        writer.WriteString("code", value.Code);
        Labels.Severity.Write(writer, "severity", value.Severity);
        writer.WriteString("subject", value.Subject);
        W.Property(writer, "source", value.Source, RegulationReferenceCodec.Write);
        W.Array(writer, "values", value.Values, FindingValueCodec.Write);
        writer.WriteStartObject("messages");
        writer.WriteString("id", value.Message);
        writer.WriteString("en", value.GetMessage(Language.English));
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    public static Finding Read(Node node, DefinitionCatalog catalog)
    {
        var o = node.Object();
        var codeNode = o.Required("code");
        var code = codeNode.NonBlankString();
        var severity = Labels.Severity.Read(o.Required("severity"));
        var subject = o.Required("subject").String();
        var values = o.Required("values").Array(FindingValueCodec.Read);
        o.Informative("source", "messages");
        o.End();
        if (!catalog.TryGetFinding(code, out var definition))
        {
            throw codeNode.Error("unknown finding code " + Preconditions.Quote(code) + ": it is in no known catalogue (" + catalog.DescribeFindings() + ").");
        }

        return definition!.Create(severity, subject, values.ToArray());
    }
}

internal static class ValidationResultCodec
{
    public static void Write(Utf8JsonWriter writer, ValidationResult value)
    {
        W.Begin(writer);
        writer.WriteBoolean("isValid", value.IsValid);
        W.Array(writer, "findings", value.Findings, FindingCodec.Write);
        writer.WriteEndObject();
    }

    public static ValidationResult Read(Node node, DefinitionCatalog catalog)
    {
        var o = node.Object();
        var isValid = o.Optional("isValid")?.Boolean();
        var findings = o.Required("findings").Array(n => FindingCodec.Read(n, catalog));
        o.End();
        var result = new ValidationResult(findings);
        if (isValid is { } stated)
        {
            R.Verify(node, "isValid", stated, result.IsValid, b => b ? "true" : "false");
        }

        return result;
    }
}

internal static class JabatanCodec
{
    public static void Write(Utf8JsonWriter writer, Jabatan value)
    {
        if (value.IsUnset)
        {
            throw new JsonException("An unset (default) Jabatan cannot be written.");
        }

        W.Begin(writer);
        Labels.JenisJabatan.Write(writer, "jenis", value.Jenis);
        if (value.Jenjang is { } jenjang)
        {
            Labels.Jenjang.Write(writer, "jenjang", jenjang);
        }

        writer.WriteEndObject();
    }

    public static Jabatan Read(Node node)
    {
        var o = node.Object();
        var jenis = Labels.JenisJabatan.Read(o.Required("jenis"));
        var jenjangNode = o.Optional("jenjang");
        var jenjang = jenjangNode is { } j ? Labels.Jenjang.Read(j) : (JenjangFungsional?)null;
        o.End();
        if (jenis == JenisJabatan.Fungsional)
        {
            return jenjang is { } level ? Jabatan.Fungsional(level) : throw node.Error("missing required property 'jenjang': a Fungsional position needs its level.");
        }

        return jenjang is null ? Jabatan.Struktural(jenis) : throw jenjangNode!.Value.Error("only a Fungsional position has a 'jenjang'.");
    }
}

internal static class PeriodeKinerjaCodec
{
    public static void Write(Utf8JsonWriter writer, PeriodeKinerja value)
    {
        W.Begin(writer);
        Labels.JenisPeriode.Write(writer, "jenis", value.Jenis);
        W.Date(writer, "awal", value.Awal);
        W.Date(writer, "akhir", value.Akhir);
        writer.WriteEndObject();
    }

    public static PeriodeKinerja Read(Node node)
    {
        var o = node.Object();
        var jenis = Labels.JenisPeriode.Read(o.Required("jenis"));
        var awal = R.Date(o.Required("awal"));
        var akhir = R.Date(o.Required("akhir"));
        o.End();
        var periode = R.Build(node, () => jenis switch
        {
            JenisPeriode.Tahunan => PeriodeKinerja.Tahunan(awal.Year),
            JenisPeriode.Triwulanan => PeriodeKinerja.Triwulanan(awal.Year, (Triwulan)(((awal.Month - 1) / 3) + 1)),
            JenisPeriode.Bulanan => PeriodeKinerja.Bulanan(awal.Year, awal.Month),
            JenisPeriode.Semesteran => PeriodeKinerja.Semesteran(awal.Year, awal.Month <= 6 ? Semester.I : Semester.II),
            _ => PeriodeKinerja.Rentang(awal, akhir),
        });
        if (periode.Awal != awal || periode.Akhir != akhir)
        {
            throw node.Error("a " + Labels.JenisPeriode.ToLabel(jenis) + " period starting in " + awal.Year + " runs " + W.Date(periode.Awal) + " to " + W.Date(periode.Akhir) + ", not " + W.Date(awal) + " to " + W.Date(akhir) + ".");
        }

        return periode;
    }
}

internal static class UnitKerjaCodec
{
    public static void Write(Utf8JsonWriter writer, UnitKerja value)
    {
        W.Begin(writer);
        writer.WriteString("id", value.Id);
        writer.WriteString("nama", value.Nama);
        W.OptionalString(writer, "parentId", value.ParentId);
        writer.WriteEndObject();
    }

    public static UnitKerja Read(Node node)
    {
        var o = node.Object();
        var id = o.Required("id").NonBlankString();
        var nama = o.Required("nama").NonBlankString();
        var parentId = o.Optional("parentId")?.NonBlankString();
        o.End();
        return new UnitKerja(id, nama, parentId);
    }
}

internal static class PenempatanPegawaiCodec
{
    public static void Write(Utf8JsonWriter writer, PenempatanPegawai value)
    {
        W.Begin(writer);
        W.Nip(writer, "nip", value.Nip);
        writer.WriteString("unitId", value.UnitId);
        writer.WriteBoolean("isKepala", value.IsKepala);
        writer.WriteEndObject();
    }

    public static PenempatanPegawai Read(Node node)
    {
        var o = node.Object();
        var nip = R.Nip(o.Required("nip"));
        var unitId = o.Required("unitId").NonBlankString();
        var isKepala = o.Required("isKepala").Boolean();
        o.End();
        return new PenempatanPegawai(nip, unitId, isKepala);
    }
}
