using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using AsnKinerja.Predicates;
using AsnKinerja.Serialization.SystemTextJson.Internal;

namespace AsnKinerja.Serialization.SystemTextJson.Codecs;

internal static class WriteOnly
{
    public static JsonException Error(Node node, string type, string how) =>
        node.Error(type + " is write-only in " + AsnKinerjaJson.FormatVersion + ": its inputs are not all in the document, so it cannot be recomputed and verified. " + how);
}

internal static class JumlahPredikatCodec
{
    public static void Write(Utf8JsonWriter writer, JumlahPredikat value)
    {
        W.Begin(writer);
        writer.WriteNumber("sangatKurang", value[PredikatKinerja.SangatKurang]);
        writer.WriteNumber("kurangMisconduct", value[PredikatKinerja.KurangMisconduct]);
        writer.WriteNumber("butuhPerbaikan", value[PredikatKinerja.ButuhPerbaikan]);
        writer.WriteNumber("baik", value[PredikatKinerja.Baik]);
        writer.WriteNumber("sangatBaik", value[PredikatKinerja.SangatBaik]);
        writer.WriteNumber("total", value.Total);
        writer.WriteEndObject();
    }

    public static JumlahPredikat Read(Node node)
    {
        var o = node.Object();
        var sk = o.Required("sangatKurang").Int32(0, int.MaxValue);
        var k = o.Required("kurangMisconduct").Int32(0, int.MaxValue);
        var bp = o.Required("butuhPerbaikan").Int32(0, int.MaxValue);
        var b = o.Required("baik").Int32(0, int.MaxValue);
        var sb = o.Required("sangatBaik").Int32(0, int.MaxValue);
        var total = o.Optional("total") is { } t ? t.Int32(0, int.MaxValue) : (int?)null;
        o.End();
        if ((long)sk + k + bp + b + sb > int.MaxValue)
        {
            throw node.Error("the counts add up to more than " + int.MaxValue.ToString(CultureInfo.InvariantCulture) + ".");
        }

        var jumlah = new JumlahPredikat(sk, k, bp, b, sb);
        if (total is { } stated)
        {
            R.Verify(node, "total", stated, jumlah.Total, v => v.ToString(CultureInfo.InvariantCulture));
        }

        return jumlah;
    }
}

internal static class DistribusiOptionsCodec
{
    public static void Write(Utf8JsonWriter writer, DistribusiOptions value)
    {
        W.Begin(writer);
        Labels.Pembulatan.Write(writer, "pembulatan", value.Pembulatan);
        Labels.SebagianBesar.Write(writer, "sebagianBesar", value.SebagianBesar);
        Labels.UnitKecil.Write(writer, "unitKecil", value.UnitKecil);
        writer.WriteNumber("ambangUnitKecil", value.AmbangUnitKecil);
        Labels.KepalaUnit.Write(writer, "kepalaUnit", value.KepalaUnit);
        Labels.Penegakan.Write(writer, "penegakan", value.Penegakan);
        writer.WriteEndObject();
    }

    public static DistribusiOptions Read(Node node)
    {
        var o = node.Object();
        var pembulatan = Labels.Pembulatan.Read(o.Required("pembulatan"));
        var sebagianBesar = Labels.SebagianBesar.Read(o.Required("sebagianBesar"));
        var unitKecil = Labels.UnitKecil.Read(o.Required("unitKecil"));
        var ambang = o.Required("ambangUnitKecil").Int32(1, 1000);
        var kepalaUnit = Labels.KepalaUnit.Read(o.Required("kepalaUnit"));
        var penegakan = Labels.Penegakan.Read(o.Required("penegakan"));
        o.End();
        return new DistribusiOptions(pembulatan, sebagianBesar, unitKecil, ambang, kepalaUnit, penegakan);
    }
}

internal static class PenilaianRhkCodec
{
    public static void Write(Utf8JsonWriter writer, PenilaianRhk value)
    {
        W.Begin(writer);
        writer.WriteString("rhkId", value.RhkId);
        Labels.JenisRhk.Write(writer, "jenis", value.Jenis);
        Labels.Write(writer, "penilaian", value.Penilaian);
        writer.WriteEndObject();
    }

    public static PenilaianRhk Read(Node node)
    {
        var o = node.Object();
        var rhkId = o.Required("rhkId").NonBlankString();
        var jenis = Labels.JenisRhk.Read(o.Required("jenis"));
        var penilaian = Labels.ReadEkspektasi(o.Required("penilaian"));
        o.End();
        return new PenilaianRhk(rhkId, jenis, penilaian);
    }
}

internal static class PredikatPeriodeCodec
{
    public static void Write(Utf8JsonWriter writer, PredikatPeriode value)
    {
        W.Begin(writer);
        W.Property(writer, "periode", value.Periode, PeriodeKinerjaCodec.Write);
        Labels.Write(writer, "predikat", value.Predikat);
        writer.WriteEndObject();
    }

    public static PredikatPeriode Read(Node node)
    {
        var o = node.Object();
        var periode = PeriodeKinerjaCodec.Read(o.Required("periode"));
        var predikat = Labels.ReadPredikat(o.Required("predikat"));
        o.End();
        return new PredikatPeriode(periode, predikat);
    }
}

internal static class PegawaiKalibrasiCodec
{
    public static void Write(Utf8JsonWriter writer, PegawaiKalibrasi value)
    {
        W.Begin(writer);
        W.Nip(writer, "nip", value.Nip);
        Labels.Write(writer, "predikat", value.Predikat);
        if (value.Skor is { } skor)
        {
            writer.WriteNumber("skor", skor);
        }

        writer.WriteEndObject();
    }

    public static PegawaiKalibrasi Read(Node node)
    {
        var o = node.Object();
        var nip = R.Nip(o.Required("nip"));
        var predikat = Labels.ReadPredikat(o.Required("predikat"));
        decimal? skor = o.Optional("skor") is { } s ? s.Decimal(decimal.MinValue, decimal.MaxValue) : null;
        o.End();
        return new PegawaiKalibrasi(nip, predikat, skor);
    }
}

internal static class PemetaanRatingPimpinanCodec
{
    public static void Write(Utf8JsonWriter writer, PemetaanRatingPimpinan value)
    {
        W.Begin(writer);
        writer.WriteString("name", value.Name);
        writer.WriteBoolean("isDefault", value.IsDefault);
        writer.WriteStartArray("mapping");
        for (var p = PredikatKinerjaOrganisasi.SangatKurang; p <= PredikatKinerjaOrganisasi.Istimewa; p++)
        {
            writer.WriteStartObject();
            Labels.Write(writer, "predikatOrganisasi", p);
            Labels.Write(writer, "ratingHasilKerja", value.Map(p));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    public static PemetaanRatingPimpinan Read(Node node)
    {
        var o = node.Object();
        var name = o.Required("name").NonBlankString();
        var isDefault = o.Required("isDefault").Boolean();
        var mappingNode = o.Required("mapping");
        var mapping = new Dictionary<PredikatKinerjaOrganisasi, Ekspektasi>();
        mappingNode.Array(n =>
        {
            var e = n.Object();
            var p = Labels.ReadPredikatOrganisasi(e.Required("predikatOrganisasi"));
            var r = Labels.ReadEkspektasi(e.Required("ratingHasilKerja"));
            e.End();
            if (mapping.ContainsKey(p))
            {
                throw n.Error("the organisation predicate '" + p.ToLabel() + "' is mapped twice.");
            }

            mapping[p] = r;
            return p;
        });
        o.End();

        var result = R.Build(mappingNode, () => new PemetaanRatingPimpinan(name, mapping));
        if (!isDefault)
        {
            return result;
        }

        var standard = PemetaanRatingPimpinan.Default;
        var same = string.Equals(name, standard.Name, StringComparison.Ordinal)
            && Enumerable.Range(1, 5).All(i => result.Map((PredikatKinerjaOrganisasi)i) == standard.Map((PredikatKinerjaOrganisasi)i));
        return same ? standard : throw node.Error("'isDefault' is true but the name or mapping differs from the default mapping (" + standard.AsAppliedPolicy().Choice + ").");
    }
}

internal static class PredikatTerhitungCodec
{
    public static void Write(Utf8JsonWriter writer, PredikatTerhitung value)
    {
        W.Begin(writer);
        RuleSets.Write(writer, value.RuleSet);
        Labels.Write(writer, "ratingHasilKerja", value.RatingHasilKerja);
        Labels.Write(writer, "ratingPerilakuKerja", value.RatingPerilakuKerja);
        Labels.Write(writer, "predikat", value.Predikat);
        if (value.PredikatOrganisasi is { } predikatOrganisasi && value.Pemetaan is { } pemetaan)
        {
            writer.WriteStartObject("kepalaUnit");
            Labels.Write(writer, "predikatOrganisasi", predikatOrganisasi);
            W.Property(writer, "pemetaan", pemetaan, PemetaanRatingPimpinanCodec.Write);
            writer.WriteEndObject();
        }

        W.Property(writer, "explanation", value.Explanation, ExplanationCodec.Write);
        writer.WriteEndObject();
    }

    public static PredikatTerhitung Read(Node node, RuleSetRegistry registry)
    {
        var o = node.Object();
        var kuadran = RuleSets.Read<IKuadranRules>(o, registry);
        var hasil = Labels.ReadEkspektasi(o.Required("ratingHasilKerja"));
        var perilaku = Labels.ReadEkspektasi(o.Required("ratingPerilakuKerja"));
        var predikat = Labels.ReadPredikat(o.Required("predikat"));
        (PredikatKinerjaOrganisasi Predikat, PemetaanRatingPimpinan Pemetaan)? kepala = null;
        if (o.Optional("kepalaUnit") is { } k)
        {
            var ko = k.Object();
            var p = Labels.ReadPredikatOrganisasi(ko.Required("predikatOrganisasi"));
            var m = PemetaanRatingPimpinanCodec.Read(ko.Required("pemetaan"));
            ko.End();
            kepala = (p, m);
        }

        RuleSets.VerifyExplanation(o, "explanation", kuadran.RuleSet.Id);
        o.End();
        var result = kepala is { } leader ? kuadran.WithPemetaan(leader.Pemetaan).EvaluateKepalaUnit(leader.Predikat, perilaku) : kuadran.Evaluate(hasil, perilaku);
        R.Verify(node, "ratingHasilKerja", hasil, result.RatingHasilKerja, e => e.ToLabel());
        R.Verify(node, "predikat", predikat, result.Predikat, p => p.ToLabel());
        return result;
    }
}

internal static class KeputusanPredikatCodec
{
    public static void Write(Utf8JsonWriter writer, KeputusanPredikat value)
    {
        W.Begin(writer);
        W.Property(writer, "terhitung", value.Terhitung, PredikatTerhitungCodec.Write);
        Labels.Write(writer, "ditetapkan", value.Ditetapkan);
        writer.WriteBoolean("isOverride", value.IsOverride);
        W.Optional(writer, "ditetapkanOleh", value.DitetapkanOleh, PejabatCodec.Write);
        W.OptionalDate(writer, "tanggal", value.Tanggal);
        W.OptionalString(writer, "alasan", value.Alasan);
        writer.WriteEndObject();
    }

    public static KeputusanPredikat Read(Node node, RuleSetRegistry registry)
    {
        var o = node.Object();
        var terhitung = PredikatTerhitungCodec.Read(o.Required("terhitung"), registry);
        var ditetapkan = Labels.ReadPredikat(o.Required("ditetapkan"));
        var isOverride = o.Optional("isOverride")?.Boolean();
        var oleh = o.Optional("ditetapkanOleh") is { } olehNode ? PejabatCodec.Read(olehNode) : null;
        var tanggal = R.OptionalDate(o, "tanggal");
        var alasanNode = o.Optional("alasan");
        var alasan = alasanNode?.NonBlankString();
        o.End();
        KeputusanPredikat result;
        if (ditetapkan == terhitung.Predikat)
        {
            if (oleh is not null || tanggal is not null || alasan is not null)
            {
                throw node.Error("a decision that keeps the computed predicate (Terima) has no 'ditetapkanOleh', 'tanggal' or 'alasan'.");
            }

            result = KeputusanPredikat.Terima(terhitung);
        }
        else
        {
            var by = oleh ?? throw node.Error("missing required property 'ditetapkanOleh': a changed predicate (Ubah) names the PPK.");
            var on = tanggal ?? throw node.Error("missing required property 'tanggal': a changed predicate (Ubah) has a date.");
            var why = alasan ?? throw node.Error("missing required property 'alasan': a changed predicate (Ubah) has a reason.");
            result = R.Build(node, () => KeputusanPredikat.Ubah(terhitung, ditetapkan, by, on, why));
        }

        if (isOverride is { } stated)
        {
            R.Verify(node, "isOverride", stated, result.IsOverride, b => b ? "true" : "false");
        }

        return result;
    }
}

internal static class SaranCodec
{
    public static void Write(Utf8JsonWriter writer, Saran<Ekspektasi> value)
    {
        W.Begin(writer);
        Labels.Write(writer, "nilai", value.Nilai);
        W.Property(writer, "explanation", value.Explanation, ExplanationCodec.Write);
        writer.WriteEndObject();
    }

    public static void Write(Utf8JsonWriter writer, Saran<PredikatKinerja> value)
    {
        W.Begin(writer);
        Labels.Write(writer, "nilai", value.Nilai);
        W.Property(writer, "explanation", value.Explanation, ExplanationCodec.Write);
        writer.WriteEndObject();
    }
}

internal static class RentangKuotaCodec
{
    public static void Write(Utf8JsonWriter writer, RentangKuota value)
    {
        W.Begin(writer);
        writer.WriteNumber("min", value.Min);
        writer.WriteNumber("max", value.Max);
        writer.WriteEndObject();
    }

    public static RentangKuota Read(Node node)
    {
        var o = node.Object();
        var min = o.Required("min").Int32(0, int.MaxValue);
        var max = o.Required("max").Int32(0, int.MaxValue);
        o.End();
        return R.Build(node, () => new RentangKuota(min, max));
    }
}

internal static class KuotaResultCodec
{
    public static void Write(Utf8JsonWriter writer, KuotaResult value)
    {
        W.Begin(writer);
        RuleSets.Write(writer, value.RuleSet);
        Labels.Write(writer, "predikatOrganisasi", value.Pola.PredikatOrganisasi);
        writer.WriteNumber("jumlahPegawai", value.JumlahPegawai);
        W.Property(writer, "opsi", value.Options, DistribusiOptionsCodec.Write);
        writer.WriteBoolean("isFeasible", value.IsFeasible);
        if (value.IsFeasible)
        {
            writer.WriteStartArray("rentang");
            for (var p = PredikatKinerja.SangatKurang; p <= PredikatKinerja.SangatBaik; p++)
            {
                writer.WriteStartObject();
                Labels.Write(writer, "predikat", p);
                writer.WriteNumber("min", value[p].Min);
                writer.WriteNumber("max", value[p].Max);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }
        else
        {
            writer.WriteString("alasanTidakMungkin", value.AlasanTidakMungkin);
        }

        W.Array(writer, "findings", value.Findings, FindingCodec.Write);
        W.Array(writer, "policies", value.Policies, AppliedPolicyCodec.Write);
        writer.WriteEndObject();
    }

    public static KuotaResult Read(Node node, RuleSetRegistry registry)
    {
        var o = node.Object();
        var rules = RuleSets.Read<IDistribusiRules>(o, registry);
        var predikatOrganisasi = Labels.ReadPredikatOrganisasi(o.Required("predikatOrganisasi"));
        var n = o.Required("jumlahPegawai").Int32(0, int.MaxValue);
        var opsi = DistribusiOptionsCodec.Read(o.Required("opsi"));
        var isFeasible = o.Required("isFeasible").Boolean();
        var rentangNode = o.Optional("rentang");
        var rentang = rentangNode?.Array(r =>
        {
            var e = r.Object();
            var p = Labels.ReadPredikat(e.Required("predikat"));
            var min = e.Required("min").Int32(0, int.MaxValue);
            var max = e.Required("max").Int32(0, int.MaxValue);
            e.End();
            return (Node: r, Predikat: p, Min: min, Max: max);
        });
        o.Informative("alasanTidakMungkin", "findings", "policies");
        o.End();
        var result = rules.WithOptions(opsi).CalculateKuota(predikatOrganisasi, n);
        R.Verify(node, "isFeasible", isFeasible, result.IsFeasible, b => b ? "true" : "false");
        if (rentang is { } ranges)
        {
            if (!result.IsFeasible)
            {
                throw rentangNode!.Value.Error("an infeasible pattern has no allowed ranges.");
            }

            foreach (var r in ranges)
            {
                var computed = result[r.Predikat];
                if (computed.Min != r.Min || computed.Max != r.Max)
                {
                    throw r.Node.Error("the stated range " + r.Min.ToString(CultureInfo.InvariantCulture) + "–" + r.Max.ToString(CultureInfo.InvariantCulture) + " for " + r.Predikat.ToLabel() + " disagrees with the recomputation from the inputs (" + computed + ").");
                }
            }
        }

        return result;
    }
}

internal static class BatasanResultCodec
{
    public static void Write(Utf8JsonWriter writer, BatasanResult value)
    {
        W.Begin(writer);
        writer.WriteStartObject("batasan");
        Labels.JenisBatasan.Write(writer, "jenis", value.Batasan.Jenis);
        W.Array(writer, "kelompok", value.Batasan.Kelompok, (w, p) => w.WriteStringValue(p.ToLabel()));
        writer.WriteNumber("persen", value.Batasan.Persen);
        writer.WriteString("name", value.Batasan.Name);
        writer.WriteEndObject();
        writer.WriteNumber("jumlah", value.Jumlah);
        writer.WriteNumber("persentase", value.Persentase);
        W.Property(writer, "rentang", value.Rentang, RentangKuotaCodec.Write);
        writer.WriteBoolean("terpenuhi", value.Terpenuhi);
        if (value.Severity is { } severity)
        {
            Labels.Severity.Write(writer, "severity", severity);
        }

        W.Property(writer, "explanation", value.Explanation, ExplanationCodec.Write);
        writer.WriteEndObject();
    }
}

internal static class PemeriksaanDistribusiResultCodec
{
    public static void Write(Utf8JsonWriter writer, PemeriksaanDistribusiResult value)
    {
        W.Begin(writer);
        RuleSets.Write(writer, value.RuleSet);
        writer.WriteString("unitId", value.UnitId);
        Labels.Write(writer, "predikatOrganisasi", value.PredikatOrganisasi);
        W.Property(writer, "jumlah", value.Jumlah, JumlahPredikatCodec.Write);
        W.Property(writer, "opsi", value.Options, DistribusiOptionsCodec.Write);
        Labels.StatusDistribusi.Write(writer, "status", value.Status);
        writer.WriteBoolean("isMemenuhi", value.IsMemenuhi);
        if (value.PerubahanMinimum is { } changes)
        {
            writer.WriteNumber("perubahanMinimum", changes);
        }

        if (value.JarakKePola is { } distance)
        {
            writer.WriteNumber("jarakKePola", distance);
        }

        writer.WriteBoolean("isUnitKecil", value.IsUnitKecil);
        W.Array(writer, "batasan", value.Batasan, BatasanResultCodec.Write);
        W.Property(writer, "kuota", value.Kuota, KuotaResultCodec.Write);
        W.Array(writer, "findings", value.Findings, FindingCodec.Write);
        W.Array(writer, "policies", value.Policies, AppliedPolicyCodec.Write);
        W.Property(writer, "explanation", value.Explanation, ExplanationCodec.Write);
        writer.WriteEndObject();
    }

    public static PemeriksaanDistribusiResult Read(Node node, DefinitionCatalog catalog, RuleSetRegistry registry)
    {
        var o = node.Object();
        var rules = RuleSets.Read<IDistribusiRules>(o, registry);
        var unitId = o.Required("unitId").NonBlankString();
        var predikatOrganisasi = Labels.ReadPredikatOrganisasi(o.Required("predikatOrganisasi"));
        var jumlah = JumlahPredikatCodec.Read(o.Required("jumlah"));
        var opsi = DistribusiOptionsCodec.Read(o.Required("opsi"));
        var statusNode = o.Required("status");
        var status = Labels.StatusDistribusi.Read(statusNode);
        var perubahan = o.Optional("perubahanMinimum") is { } p ? p.Int32(0, int.MaxValue) : (int?)null;
        var isUnitKecil = o.Required("isUnitKecil").Boolean();
        var findingsNode = o.Required("findings");
        var findings = findingsNode.Array(n => FindingCodec.Read(n, catalog));
        RuleSets.VerifyExplanation(o, "explanation", rules.RuleSet.Id);
        o.Informative("isMemenuhi", "jarakKePola", "batasan", "kuota", "policies");
        o.End();
        if (status == StatusDistribusi.Digabung)
        {
            throw WriteOnly.Error(statusNode, "A pooled (Digabung) distribution verdict", "It comes from the organisation-tree check; check the parent unit instead.");
        }

        var result = rules.WithOptions(opsi).Check(unitId, predikatOrganisasi, jumlah);
        R.Verify(node, "status", status, result.Status, s => Labels.StatusDistribusi.ToLabel(s));
        R.Verify(node, "perubahanMinimum", perubahan, result.PerubahanMinimum, v => v?.ToString(CultureInfo.InvariantCulture) ?? "null");
        R.Verify(node, "isUnitKecil", isUnitKecil, result.IsUnitKecil, b => b ? "true" : "false");
        if (!findings.SequenceEqual(result.Findings))
        {
            throw findingsNode.Error("the stated findings (" + string.Join(", ", findings.Select(f => f.Code)) + ") disagree with the recomputation from the inputs (" + string.Join(", ", result.Findings.Select(f => f.Code)) + ").");
        }

        return result;
    }
}

internal static class UsulanKalibrasiCodec
{
    public static void Write(Utf8JsonWriter writer, UsulanKalibrasi value)
    {
        W.Begin(writer);
        RuleSets.Write(writer, value.RuleSet);
        writer.WriteString("unitId", value.UnitId);
        W.Property(writer, "opsi", value.Options, DistribusiOptionsCodec.Write);
        writer.WriteBoolean("isFeasible", value.IsFeasible);
        W.Array(writer, "perubahan", value.Perubahan, PerubahanPredikatCodec.Write);
        W.Property(writer, "sebelum", value.Sebelum, JumlahPredikatCodec.Write);
        W.Optional(writer, "sesudah", value.Sesudah, JumlahPredikatCodec.Write);
        W.Optional(writer, "pemeriksaanSesudah", value.PemeriksaanSesudah, PemeriksaanDistribusiResultCodec.Write);
        W.Array(writer, "findings", value.Findings, FindingCodec.Write);
        W.Array(writer, "policies", value.Policies, AppliedPolicyCodec.Write);
        W.Property(writer, "explanation", value.Explanation, ExplanationCodec.Write);
        writer.WriteEndObject();
    }
}

internal static class SasaranKalibrasiCodec
{
    public static void Write(Utf8JsonWriter writer, SasaranKalibrasi value)
    {
        W.Begin(writer);
        RuleSets.Write(writer, value.RuleSet);
        writer.WriteString("unitId", value.UnitId);
        W.Property(writer, "opsi", value.Options, DistribusiOptionsCodec.Write);
        writer.WriteBoolean("isFeasible", value.IsFeasible);
        W.Property(writer, "sebelum", value.Sebelum, JumlahPredikatCodec.Write);
        W.Optional(writer, "sesudah", value.Sesudah, JumlahPredikatCodec.Write);
        writer.WriteNumber("jumlahPerubahan", value.JumlahPerubahan);
        writer.WriteStartArray("perpindahan");
        for (var dari = PredikatKinerja.SangatBaik; dari >= PredikatKinerja.SangatKurang; dari--)
        {
            for (var menjadi = PredikatKinerja.SangatBaik; menjadi >= PredikatKinerja.SangatKurang; menjadi--)
            {
                if (value.GetJumlahPindah(dari, menjadi) is var n and > 0)
                {
                    writer.WriteStartObject();
                    Labels.Write(writer, "dari", dari);
                    Labels.Write(writer, "menjadi", menjadi);
                    writer.WriteNumber("jumlah", n);
                    writer.WriteEndObject();
                }
            }
        }

        writer.WriteEndArray();
        W.Optional(writer, "pemeriksaanSesudah", value.PemeriksaanSesudah, PemeriksaanDistribusiResultCodec.Write);
        W.Array(writer, "findings", value.Findings, FindingCodec.Write);
        W.Array(writer, "policies", value.Policies, AppliedPolicyCodec.Write);
        W.Property(writer, "explanation", value.Explanation, ExplanationCodec.Write);
        writer.WriteEndObject();
    }
}

internal static class PerubahanPredikatCodec
{
    public static void Write(Utf8JsonWriter writer, PerubahanPredikat value)
    {
        W.Begin(writer);
        W.Nip(writer, "nip", value.Nip);
        Labels.Write(writer, "dari", value.Dari);
        Labels.Write(writer, "menjadi", value.Menjadi);
        if (value.Skor is { } skor)
        {
            writer.WriteNumber("skor", skor);
        }

        W.Property(writer, "alasan", value.Alasan, ExplanationCodec.Write);
        writer.WriteEndObject();
    }
}

internal static class StatistikDistribusiCodec
{
    public static void Write(Utf8JsonWriter writer, StatistikDistribusi value)
    {
        W.Begin(writer);
        W.Property(writer, "jumlah", value.Jumlah, JumlahPredikatCodec.Write);
        writer.WriteStartArray("unitPerStatus");
        foreach (var pair in value.UnitPerStatus.OrderBy(p => p.Key))
        {
            writer.WriteStartObject();
            Labels.StatusDistribusi.Write(writer, "status", pair.Key);
            writer.WriteNumber("jumlah", pair.Value);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteNumber("unitDinilai", value.UnitDinilai);
        writer.WriteNumber("unitGagal", value.UnitGagal);
        writer.WriteNumber("proporsiUnitGagal", value.ProporsiUnitGagal);
        writer.WriteNumber("perubahanMinimum", value.PerubahanMinimum);
        if (value.RataRataJarak is { } distance)
        {
            writer.WriteNumber("rataRataJarak", distance);
        }

        writer.WriteEndObject();
    }
}

internal static class KebutuhanKenaikanCodec
{
    public static void Write(Utf8JsonWriter writer, KebutuhanKenaikan value)
    {
        W.Begin(writer);
        Labels.Golongan.Write(writer, "dari", value.Dari);
        Labels.Golongan.Write(writer, "ke", value.Ke);
        Labels.Jenjang.Write(writer, "jenjangDari", value.JenjangDari);
        Labels.Jenjang.Write(writer, "jenjangKe", value.JenjangKe);
        writer.WriteNumber("angkaKredit", value.AngkaKredit);
        Labels.Confidence.Write(writer, "confidence", value.Confidence);
        writer.WriteEndObject();
    }

    public static KebutuhanKenaikan Read(Node node, TabelAngkaKredit tabel)
    {
        var o = node.Object();
        var dari = Labels.Golongan.Read(o.Required("dari"));
        var ke = Labels.Golongan.Read(o.Required("ke"));
        var jenjangDari = Labels.Jenjang.Read(o.Required("jenjangDari"));
        var jenjangKe = Labels.Jenjang.Read(o.Required("jenjangKe"));
        var angkaKredit = o.Required("angkaKredit").Decimal(0m, decimal.MaxValue);
        var confidence = Labels.Confidence.Read(o.Required("confidence"));
        o.End();
        var step = R.Build(node, () => tabel.GetKenaikan(dari, jenjangDari))
            ?? throw node.Error(Labels.Golongan.ToLabel(dari) + " is the top of " + jenjangDari.ToLabel() + ": the table has no step from it.");
        R.Verify(node, "ke", ke, step.Ke, g => Labels.Golongan.ToLabel(g));
        R.Verify(node, "jenjangKe", jenjangKe, step.JenjangKe, j => j.ToLabel());
        R.Verify(node, "angkaKredit", angkaKredit, step.AngkaKredit, d => d.ToString(CultureInfo.InvariantCulture));
        R.Verify(node, "confidence", confidence, step.Confidence, c => Labels.Confidence.ToLabel(c));
        return step;
    }
}

internal static class AngkaKreditResultCodec
{
    public static void Write(Utf8JsonWriter writer, AngkaKreditResult value)
    {
        W.Begin(writer);
        RuleSets.Write(writer, value.RuleSet);
        writer.WriteNumber("bulan", value.Bulan);
        Labels.Write(writer, "predikat", value.Predikat);
        Labels.Jenjang.Write(writer, "jenjang", value.Jenjang);
        writer.WriteNumber("persentase", value.Persentase);
        writer.WriteNumber("koefisien", value.Koefisien);
        writer.WriteNumber("nilai", value.Nilai);
        W.Property(writer, "explanation", value.Explanation, ExplanationCodec.Write);
        writer.WriteEndObject();
    }

    public static AngkaKreditResult Read(Node node, RuleSetRegistry registry)
    {
        var o = node.Object();
        var rules = RuleSets.Read<IAngkaKreditRules>(o, registry);
        var bulan = o.Required("bulan").Int32(0, 12);
        var predikat = Labels.ReadPredikat(o.Required("predikat"));
        var jenjang = Labels.Jenjang.Read(o.Required("jenjang"));
        var persentase = o.Required("persentase").Decimal(0m, decimal.MaxValue);
        var koefisienNode = o.Required("koefisien");
        var koefisien = koefisienNode.Decimal(0m, decimal.MaxValue);
        var nilai = o.Required("nilai").Decimal(0m, decimal.MaxValue);
        RuleSets.VerifyExplanation(o, "explanation", rules.RuleSet.Id);
        o.End();
        if (jenjang == JenjangFungsional.Pemula)
        {
            // The Pemula coefficient is a policy: the document carries the one it was computed with.
            rules = R.Build(koefisienNode, () => rules.WithOptions(new AngkaKreditOptions(koefisien, rules.Options.PenghitunganBulan)));
        }

        var result = rules.Calculate(bulan, predikat, jenjang);
        R.Verify(node, "koefisien", koefisien, result.Koefisien, d => d.ToString(CultureInfo.InvariantCulture));
        R.Verify(node, "persentase", persentase, result.Persentase, d => d.ToString(CultureInfo.InvariantCulture));
        R.Verify(node, "nilai", nilai, result.Nilai, d => d.ToString(CultureInfo.InvariantCulture));
        return result;
    }
}

internal static class JarakKenaikanCodec
{
    public static void Write(Utf8JsonWriter writer, JarakKenaikan value)
    {
        W.Begin(writer);
        RuleSets.Write(writer, value.RuleSet);
        writer.WriteNumber("akumulasi", value.Akumulasi);
        Labels.Golongan.Write(writer, "golongan", value.Golongan);
        Labels.Jenjang.Write(writer, "jenjang", value.Jenjang);
        W.Optional(writer, "kenaikan", value.Kenaikan, KebutuhanKenaikanCodec.Write);
        if (value.Kekurangan is { } gap)
        {
            writer.WriteNumber("kekurangan", gap);
        }

        writer.WriteBoolean("isTercapai", value.IsTercapai);
        W.Property(writer, "explanation", value.Explanation, ExplanationCodec.Write);
        writer.WriteEndObject();
    }

    public static JarakKenaikan Read(Node node, RuleSetRegistry registry)
    {
        var o = node.Object();
        var rules = RuleSets.Read<IAngkaKreditRules>(o, registry);
        var akumulasi = o.Required("akumulasi").Decimal(0m, decimal.MaxValue);
        var golongan = Labels.Golongan.Read(o.Required("golongan"));
        var jenjang = Labels.Jenjang.Read(o.Required("jenjang"));
        var kenaikanNode = o.Optional("kenaikan");
        var kenaikan = kenaikanNode is { } k ? KebutuhanKenaikanCodec.Read(k, rules.Tabel) : null;
        var kekurangan = o.Optional("kekurangan") is { } g ? g.Decimal(0m, decimal.MaxValue) : (decimal?)null;
        var isTercapai = o.Required("isTercapai").Boolean();
        RuleSets.VerifyExplanation(o, "explanation", rules.RuleSet.Id);
        o.End();
        var result = R.Build(node, () => rules.CalculateJarak(akumulasi, golongan, jenjang));
        if (!ReferenceEquals(kenaikan, result.Kenaikan))
        {
            throw node.Error("the stated step ('kenaikan') disagrees with the table for " + Labels.Golongan.ToLabel(golongan) + " " + jenjang.ToLabel() + ".");
        }

        R.Verify(node, "kekurangan", kekurangan, result.Kekurangan, d => d?.ToString(CultureInfo.InvariantCulture) ?? "null");
        R.Verify(node, "isTercapai", isTercapai, result.IsTercapai, b => b ? "true" : "false");
        return result;
    }
}
