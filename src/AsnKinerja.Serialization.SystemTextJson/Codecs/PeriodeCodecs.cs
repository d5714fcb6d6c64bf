using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using AsnKinerja.Predicates;
using AsnKinerja.Serialization.SystemTextJson.Internal;

namespace AsnKinerja.Serialization.SystemTextJson.Codecs;

internal static class RiwayatPenempatanCodec
{
    public static void Write(Utf8JsonWriter writer, RiwayatPenempatan value)
    {
        W.Begin(writer);
        W.Nip(writer, "nip", value.Nip);
        writer.WriteString("unitId", value.UnitId);
        W.Date(writer, "awal", value.Awal);
        W.OptionalDate(writer, "akhir", value.Akhir);
        writer.WriteBoolean("isKepala", value.IsKepala);
        writer.WriteEndObject();
    }

    public static RiwayatPenempatan Read(Node node)
    {
        var o = node.Object();
        var nip = R.Nip(o.Required("nip"));
        var unitId = o.Required("unitId").NonBlankString();
        var awal = R.Date(o.Required("awal"));
        var akhir = R.OptionalDate(o, "akhir");
        var isKepala = o.Required("isKepala").Boolean();
        o.End();
        return R.Build(node, () => new RiwayatPenempatan(nip, unitId, awal, akhir, isKepala));
    }
}

internal static class StatusPegawaiCodec
{
    public static void Write(Utf8JsonWriter writer, StatusPegawai value)
    {
        W.Begin(writer);
        W.Nip(writer, "nip", value.Nip);
        Labels.JenisStatusPegawai.Write(writer, "jenis", value.Jenis);
        W.Date(writer, "awal", value.Awal);
        W.OptionalDate(writer, "akhir", value.Akhir);
        writer.WriteEndObject();
    }

    public static StatusPegawai Read(Node node)
    {
        var o = node.Object();
        var nip = R.Nip(o.Required("nip"));
        var jenis = Labels.JenisStatusPegawai.Read(o.Required("jenis"));
        var awal = R.Date(o.Required("awal"));
        var akhir = R.OptionalDate(o, "akhir");
        o.End();
        return R.Build(node, () => new StatusPegawai(nip, jenis, awal, akhir));
    }
}

internal static class KebijakanStatusPegawaiCodec
{
    public static void Write(Utf8JsonWriter writer, KebijakanStatusPegawai value)
    {
        W.Begin(writer);
        writer.WriteStartArray("perlakuan");
        foreach (var pair in value.Perlakuan.OrderBy(p => p.Key))
        {
            writer.WriteStartObject();
            Labels.JenisStatusPegawai.Write(writer, "jenis", pair.Key);
            Labels.PerlakuanStatusPegawai.Write(writer, "perlakuan", pair.Value);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        Labels.CakupanStatusPegawai.Write(writer, "cakupan", value.Cakupan);
        Labels.UnitPenghitunganMutasi.Write(writer, "mutasi", value.Mutasi);
        writer.WriteEndObject();
    }

    public static KebijakanStatusPegawai Read(Node node)
    {
        var o = node.Object();
        var entries = o.Required("perlakuan").Array(n =>
        {
            var e = n.Object();
            var jenis = Labels.JenisStatusPegawai.Read(e.Required("jenis"));
            var perlakuan = Labels.PerlakuanStatusPegawai.Read(e.Required("perlakuan"));
            e.End();
            return (Node: n, Jenis: jenis, Perlakuan: perlakuan);
        });
        var cakupan = Labels.CakupanStatusPegawai.Read(o.Required("cakupan"));
        var mutasi = Labels.UnitPenghitunganMutasi.Read(o.Required("mutasi"));
        o.End();
        var map = new Dictionary<JenisStatusPegawai, PerlakuanStatusPegawai>();
        foreach (var entry in entries)
        {
            if (map.ContainsKey(entry.Jenis))
            {
                throw entry.Node.Error("the treatment of '" + entry.Jenis.ToLabel() + "' is given twice.");
            }

            map[entry.Jenis] = entry.Perlakuan;
        }

        var result = R.Build(node, () => new KebijakanStatusPegawai(map, cakupan, mutasi));
        return result.Equals(KebijakanStatusPegawai.Default) ? KebijakanStatusPegawai.Default : result;
    }
}

internal static class KeberatanOptionsCodec
{
    public static void Write(Utf8JsonWriter writer, KeberatanOptions value)
    {
        W.Begin(writer);
        Labels.PenghitunganHariKeberatan.Write(writer, "penghitungan", value.Penghitungan);
        W.Array(writer, "hariLibur", value.HariLibur, (w, d) => w.WriteStringValue(W.Date(d)));
        writer.WriteEndObject();
    }

    public static KeberatanOptions Read(Node node)
    {
        var o = node.Object();
        var penghitungan = Labels.PenghitunganHariKeberatan.Read(o.Required("penghitungan"));
        var libur = o.Required("hariLibur").Array(R.Date);
        o.End();
        return penghitungan == KeberatanOptions.Default.Penghitungan && libur.IsEmpty ? KeberatanOptions.Default : new KeberatanOptions(penghitungan, libur);
    }
}

internal static class EvaluasiPeriodeOptionsCodec
{
    // The run options (BulkOptions) never change an answer and are not part of the document.
    public static void Write(Utf8JsonWriter writer, EvaluasiPeriodeOptions value)
    {
        W.Begin(writer);
        W.Property(writer, "kebijakanStatus", value.KebijakanStatus, KebijakanStatusPegawaiCodec.Write);
        W.Property(writer, "keberatan", value.Keberatan, KeberatanOptionsCodec.Write);
        writer.WriteEndObject();
    }

    public static EvaluasiPeriodeOptions Read(Node node)
    {
        var o = node.Object();
        var status = KebijakanStatusPegawaiCodec.Read(o.Required("kebijakanStatus"));
        var keberatan = KeberatanOptionsCodec.Read(o.Required("keberatan"));
        o.End();
        return ReferenceEquals(status, KebijakanStatusPegawai.Default) && ReferenceEquals(keberatan, KeberatanOptions.Default) ? EvaluasiPeriodeOptions.Default : new EvaluasiPeriodeOptions(status, keberatan);
    }
}

internal static class PenilaianPegawaiCodec
{
    public static void Write(Utf8JsonWriter writer, PenilaianPegawai value)
    {
        W.Begin(writer);
        W.Nip(writer, "nip", value.Nip);
        Labels.Write(writer, "ratingHasilKerja", value.RatingHasilKerja);
        Labels.Write(writer, "ratingPerilakuKerja", value.RatingPerilakuKerja);
        if (value.SkorPeringkat is { } skor)
        {
            writer.WriteNumber("skorPeringkat", skor);
        }

        W.Optional(writer, "pejabatPenilai", value.PejabatPenilai, PejabatPenilaiCodec.Write);
        W.Optional(writer, "atasanPejabatPenilai", value.AtasanPejabatPenilai, PejabatCodec.Write);
        writer.WriteEndObject();
    }

    public static PenilaianPegawai Read(Node node)
    {
        var o = node.Object();
        var nip = R.Nip(o.Required("nip"));
        var hasil = Labels.ReadEkspektasi(o.Required("ratingHasilKerja"));
        var perilaku = Labels.ReadEkspektasi(o.Required("ratingPerilakuKerja"));
        decimal? skor = o.Optional("skorPeringkat") is { } s ? s.Decimal(decimal.MinValue, decimal.MaxValue) : null;
        var ppk = o.Optional("pejabatPenilai") is { } p ? PejabatPenilaiCodec.Read(p) : null;
        var atasan = o.Optional("atasanPejabatPenilai") is { } a ? PejabatCodec.Read(a) : null;
        o.End();
        return new PenilaianPegawai(nip, hasil, perilaku, skor, ppk, atasan);
    }
}

internal static class EvaluasiPeriodeInputCodec
{
    public static void Write(Utf8JsonWriter writer, EvaluasiPeriodeInput value)
    {
        W.Begin(writer);
        W.Property(writer, "periode", value.Periode, PeriodeKinerjaCodec.Write);
        W.Array(writer, "unit", value.Unit, UnitKerjaCodec.Write);
        W.Array(writer, "penempatan", value.Penempatan, RiwayatPenempatanCodec.Write);
        W.Array(writer, "status", value.Status, StatusPegawaiCodec.Write);
        W.Array(writer, "predikatOrganisasi", value.PredikatOrganisasi, (w, p) =>
        {
            w.WriteStartObject();
            w.WriteString("unitId", p.Key);
            Labels.Write(w, "predikat", p.Value);
            w.WriteEndObject();
        });
        W.Array(writer, "penilaian", value.Penilaian, PenilaianPegawaiCodec.Write);
        writer.WriteEndObject();
    }

    public static EvaluasiPeriodeInput Read(Node node)
    {
        var o = node.Object();
        var periode = PeriodeKinerjaCodec.Read(o.Required("periode"));
        var unit = o.Required("unit").Array(UnitKerjaCodec.Read);
        var penempatan = o.Required("penempatan").Array(RiwayatPenempatanCodec.Read);
        var status = o.Required("status").Array(StatusPegawaiCodec.Read);
        var predikat = o.Required("predikatOrganisasi").Array(n =>
        {
            var e = n.Object();
            var unitId = e.Required("unitId").NonBlankString();
            var p = Labels.ReadPredikatOrganisasi(e.Required("predikat"));
            e.End();
            return (Node: n, UnitId: unitId, Predikat: p);
        });
        var penilaian = o.Required("penilaian").Array(PenilaianPegawaiCodec.Read);
        o.End();
        var map = new Dictionary<string, PredikatKinerjaOrganisasi>(StringComparer.Ordinal);
        foreach (var entry in predikat)
        {
            if (map.ContainsKey(entry.UnitId))
            {
                throw entry.Node.Error("the organisation predicate of unit " + Preconditions.Quote(entry.UnitId) + " is given twice.");
            }

            map[entry.UnitId] = entry.Predikat;
        }

        return new EvaluasiPeriodeInput(periode, unit, penempatan, map, penilaian, status);
    }
}

internal static class PenetapanPredikatCodec
{
    public static void Write(Utf8JsonWriter writer, PenetapanPredikat value)
    {
        W.Begin(writer);
        W.Nip(writer, "nip", value.Nip);
        Labels.Write(writer, "ditetapkan", value.Ditetapkan);
        W.Property(writer, "ditetapkanOleh", value.DitetapkanOleh, PejabatCodec.Write);
        W.Date(writer, "tanggal", value.Tanggal);
        writer.WriteString("alasan", value.Alasan);
        writer.WriteBoolean("isKalibrasi", value.IsKalibrasi);
        writer.WriteEndObject();
    }

    public static PenetapanPredikat Read(Node node)
    {
        var o = node.Object();
        var nip = R.Nip(o.Required("nip"));
        var ditetapkan = Labels.ReadPredikat(o.Required("ditetapkan"));
        var oleh = PejabatCodec.Read(o.Required("ditetapkanOleh"));
        var tanggal = R.Date(o.Required("tanggal"));
        var alasan = o.Required("alasan").NonBlankString();
        var isKalibrasi = o.Required("isKalibrasi").Boolean();
        o.End();
        return new PenetapanPredikat(nip, ditetapkan, oleh, tanggal, alasan, isKalibrasi);
    }
}

internal static class PutusanKeberatanCodec
{
    public static void Write(Utf8JsonWriter writer, PutusanKeberatan value)
    {
        W.Begin(writer);
        Labels.Write(writer, "predikatAkhir", value.PredikatAkhir);
        W.Property(writer, "diputuskanOleh", value.DiputuskanOleh, PejabatCodec.Write);
        W.Date(writer, "tanggal", value.Tanggal);
        writer.WriteString("alasan", value.Alasan);
        writer.WriteEndObject();
    }

    public static PutusanKeberatan Read(Node node)
    {
        var o = node.Object();
        var predikat = Labels.ReadPredikat(o.Required("predikatAkhir"));
        var oleh = PejabatCodec.Read(o.Required("diputuskanOleh"));
        var tanggal = R.Date(o.Required("tanggal"));
        var alasan = o.Required("alasan").NonBlankString();
        o.End();
        return new PutusanKeberatan(predikat, oleh, tanggal, alasan);
    }
}

internal static class CatatanKeberatanCodec
{
    public static void Write(Utf8JsonWriter writer, CatatanKeberatan value)
    {
        W.Begin(writer);
        W.Nip(writer, "nip", value.Nip);
        W.Date(writer, "tanggalDiterima", value.TanggalDiterima);
        W.Date(writer, "tanggalDiajukan", value.TanggalDiajukan);
        writer.WriteString("alasan", value.Alasan);
        W.Optional(writer, "putusan", value.Putusan, PutusanKeberatanCodec.Write);
        writer.WriteEndObject();
    }

    public static CatatanKeberatan Read(Node node)
    {
        var o = node.Object();
        var nip = R.Nip(o.Required("nip"));
        var diterima = R.Date(o.Required("tanggalDiterima"));
        var diajukan = R.Date(o.Required("tanggalDiajukan"));
        var alasan = o.Required("alasan").NonBlankString();
        var putusan = o.Optional("putusan") is { } p ? PutusanKeberatanCodec.Read(p) : null;
        o.End();
        return R.Build(node, () => new CatatanKeberatan(nip, diterima, diajukan, alasan, putusan));
    }
}

internal static class KeputusanPeriodeCodec
{
    public static void Write(Utf8JsonWriter writer, KeputusanPeriode value)
    {
        W.Begin(writer);
        W.Array(writer, "penetapan", value.Penetapan, PenetapanPredikatCodec.Write);
        W.Array(writer, "keberatan", value.Keberatan, CatatanKeberatanCodec.Write);
        writer.WriteEndObject();
    }

    public static KeputusanPeriode Read(Node node)
    {
        var o = node.Object();
        var penetapan = o.Required("penetapan").Array(PenetapanPredikatCodec.Read);
        var keberatan = o.Required("keberatan").Array(CatatanKeberatanCodec.Read);
        o.End();
        return penetapan.IsEmpty && keberatan.IsEmpty ? KeputusanPeriode.Empty : R.Build(node, () => new KeputusanPeriode(penetapan, keberatan));
    }
}

internal static class KeberatanCodec
{
    public static void Write(Utf8JsonWriter writer, Keberatan value)
    {
        W.Begin(writer);
        W.Nip(writer, "pegawai", value.Pegawai);
        W.Property(writer, "predikat", value.Predikat, KeputusanPredikatCodec.Write);
        W.Date(writer, "tanggalDiterima", value.TanggalDiterima);
        W.Date(writer, "tanggalDiajukan", value.TanggalDiajukan);
        writer.WriteString("alasan", value.Alasan);
        writer.WriteEndObject();
    }

    public static Keberatan Read(Node node, RuleSetRegistry registry)
    {
        var o = node.Object();
        var pegawai = R.Nip(o.Required("pegawai"));
        var predikat = KeputusanPredikatCodec.Read(o.Required("predikat"), registry);
        var diterima = R.Date(o.Required("tanggalDiterima"));
        var diajukan = R.Date(o.Required("tanggalDiajukan"));
        var alasan = o.Required("alasan").NonBlankString();
        o.End();
        return R.Build(node, () => new Keberatan(pegawai, predikat, diterima, diajukan, alasan));
    }
}

internal static class KeputusanKeberatanCodec
{
    public static void Write(Utf8JsonWriter writer, KeputusanKeberatan value)
    {
        W.Begin(writer);
        W.Property(writer, "keberatan", value.Keberatan, KeberatanCodec.Write);
        Labels.Write(writer, "predikatAkhir", value.PredikatAkhir);
        writer.WriteBoolean("isDiubah", value.IsDiubah);
        W.Property(writer, "diputuskanOleh", value.DiputuskanOleh, PejabatCodec.Write);
        W.Date(writer, "tanggal", value.Tanggal);
        writer.WriteString("alasan", value.Alasan);
        W.Property(writer, "explanation", value.Explain(), ExplanationCodec.Write);
        writer.WriteEndObject();
    }

    public static KeputusanKeberatan Read(Node node, RuleSetRegistry registry)
    {
        var o = node.Object();
        var keberatan = KeberatanCodec.Read(o.Required("keberatan"), registry);
        var predikat = Labels.ReadPredikat(o.Required("predikatAkhir"));
        var isDiubah = o.Optional("isDiubah")?.Boolean();
        var oleh = PejabatCodec.Read(o.Required("diputuskanOleh"));
        var tanggal = R.Date(o.Required("tanggal"));
        var alasan = o.Required("alasan").NonBlankString();
        o.Informative("explanation");
        o.End();
        var result = R.Build(node, () => predikat == keberatan.Predikat.Ditetapkan
            ? KeputusanKeberatan.Kuatkan(keberatan, oleh, tanggal, alasan)
            : KeputusanKeberatan.Ubah(keberatan, predikat, oleh, tanggal, alasan));
        if (isDiubah is { } stated)
        {
            R.Verify(node, "isDiubah", stated, result.IsDiubah, b => b ? "true" : "false");
        }

        return result;
    }
}

internal static class PredikatAkhirCodec
{
    public static void Write(Utf8JsonWriter writer, PredikatAkhir value)
    {
        W.Begin(writer);
        W.Nip(writer, "pegawai", value.Pegawai);
        Labels.Write(writer, "predikat", value.Predikat);
        Labels.SumberPredikatAkhir.Write(writer, "sumber", value.Sumber);
        W.Property(writer, "keputusan", value.Keputusan, KeputusanPredikatCodec.Write);
        W.Optional(writer, "keputusanKeberatan", value.Keberatan, KeputusanKeberatanCodec.Write);
        W.Property(writer, "explanation", value.Explain(), ExplanationCodec.Write);
        writer.WriteEndObject();
    }

    public static PredikatAkhir Read(Node node, RuleSetRegistry registry)
    {
        var o = node.Object();
        var pegawai = R.Nip(o.Required("pegawai"));
        var predikat = Labels.ReadPredikat(o.Required("predikat"));
        var sumber = Labels.SumberPredikatAkhir.Read(o.Required("sumber"));
        var keputusan = KeputusanPredikatCodec.Read(o.Required("keputusan"), registry);
        var keberatan = o.Optional("keputusanKeberatan") is { } k ? KeputusanKeberatanCodec.Read(k, registry) : null;
        o.Informative("explanation");
        o.End();
        var result = R.Build(node, () => PredikatAkhir.Of(pegawai, keputusan, keberatan));
        R.Verify(node, "predikat", predikat, result.Predikat, p => p.ToLabel());
        R.Verify(node, "sumber", sumber, result.Sumber, s => s.ToLabel());
        return result;
    }
}

internal static class PenghitunganPegawaiCodec
{
    public static void Write(Utf8JsonWriter writer, PenghitunganPegawai value)
    {
        W.Begin(writer);
        W.Nip(writer, "nip", value.Nip);
        writer.WriteString("unitId", value.UnitId);
        writer.WriteBoolean("isKepala", value.IsKepala);
        Labels.PerlakuanStatusPegawai.Write(writer, "perlakuan", value.Perlakuan);
        W.Optional(writer, "statusPenentu", value.StatusPenentu, StatusPegawaiCodec.Write);
        writer.WriteNumber("hariPenempatan", value.HariPenempatan);
        writer.WriteBoolean("isMutasi", value.IsMutasi);
        W.Property(writer, "explanation", value.Explanation, ExplanationCodec.Write);
        writer.WriteEndObject();
    }
}

internal static class EvaluasiPegawaiCodec
{
    public static void Write(Utf8JsonWriter writer, EvaluasiPegawai value)
    {
        W.Begin(writer);
        W.Nip(writer, "nip", value.Nip);
        W.Property(writer, "periode", value.Periode, PeriodeKinerjaCodec.Write);
        writer.WriteString("unitId", value.UnitId);
        writer.WriteBoolean("isKepalaUnit", value.IsKepalaUnit);
        W.Property(writer, "penghitungan", value.Penghitungan, PenghitunganPegawaiCodec.Write);
        W.Optional(writer, "penilaian", value.Penilaian, PenilaianPegawaiCodec.Write);
        W.Optional(writer, "terhitung", value.Terhitung, PredikatTerhitungCodec.Write);
        W.OptionalString(writer, "unitDihitung", value.UnitDihitungId);
        W.OptionalString(writer, "unitDinilai", value.UnitDinilaiId);
        W.Optional(writer, "kalibrasi", value.Kalibrasi, PerubahanPredikatCodec.Write);
        W.Optional(writer, "keberatan", value.Keberatan, KeberatanCodec.Write);
        W.Optional(writer, "akhir", value.Akhir, PredikatAkhirCodec.Write);
        W.Property(writer, "penjelasanPenghitungan", value.ExplainPenghitungan(), ExplanationCodec.Write);
        writer.WriteEndObject();
    }
}

internal static class EvaluasiUnitCodec
{
    public static void Write(Utf8JsonWriter writer, EvaluasiUnit value)
    {
        W.Begin(writer);
        W.Property(writer, "unit", value.Unit, UnitKerjaCodec.Write);
        writer.WriteNumber("depth", value.Depth);
        Labels.Write(writer, "predikatOrganisasi", value.PredikatOrganisasi);
        W.OptionalNip(writer, "kepala", value.Kepala);
        W.Array(writer, "pegawai", value.Pegawai, (w, n) => w.WriteStringValue(W.Nip(n)));
        W.Array(writer, "pegawaiDihitung", value.PegawaiDihitung, (w, n) => w.WriteStringValue(W.Nip(n)));
        W.Array(writer, "pegawaiDinilai", value.PegawaiDinilai, (w, n) => w.WriteStringValue(W.Nip(n)));
        W.OptionalString(writer, "digabungKe", value.DigabungKe);
        W.Property(writer, "verdict", value.Verdict, PemeriksaanDistribusiResultCodec.Write);
        W.Optional(writer, "kalibrasi", value.Kalibrasi, UsulanKalibrasiCodec.Write);
        W.Property(writer, "verdictAkhir", value.VerdictAkhir, PemeriksaanDistribusiResultCodec.Write);
        writer.WriteEndObject();
    }
}

/// <summary>
/// A period as a document that replays: its records, the rule sets and options, the decisions, and the outcomes it
/// stated (each employee's computed and final predicate, each unit's verdicts and proposal, the findings). Reading
/// evaluates the records again under the rule sets the document names (looked up in the registry) and checks every
/// stated outcome against the recomputation.
/// </summary>
internal static class EvaluasiPeriodeResultCodec
{
    public static void Write(Utf8JsonWriter writer, EvaluasiPeriodeResult value)
    {
        W.Begin(writer);
        W.OptionalDate(writer, "tanggalPenetapan", value.TanggalPenetapan);
        writer.WriteStartObject("kuadran");
        RuleSets.Write(writer, value.Kuadran.RuleSet.Id);
        W.Property(writer, "pemetaan", value.Kuadran.Pemetaan, PemetaanRatingPimpinanCodec.Write);
        writer.WriteEndObject();
        writer.WriteStartObject("distribusi");
        RuleSets.Write(writer, value.Distribusi.RuleSet.Id);
        W.Property(writer, "opsi", value.Distribusi.Options, DistribusiOptionsCodec.Write);
        writer.WriteEndObject();
        W.Property(writer, "opsi", value.Options, EvaluasiPeriodeOptionsCodec.Write);
        W.Property(writer, "input", value.Input, EvaluasiPeriodeInputCodec.Write);
        W.Property(writer, "keputusan", value.Keputusan, KeputusanPeriodeCodec.Write);
        W.Array(writer, "pegawai", value.Pegawai, WriteOutcome);
        W.Array(writer, "unit", value.Unit, WriteOutcome);
        W.Property(writer, "statistik", value.Statistik, StatistikDistribusiCodec.Write);
        W.Property(writer, "statistikAkhir", value.StatistikAkhir, StatistikDistribusiCodec.Write);
        W.Array(writer, "findings", value.Findings, FindingCodec.Write);
        W.Array(writer, "policies", value.Policies, AppliedPolicyCodec.Write);
        writer.WriteEndObject();
    }

    public static EvaluasiPeriodeResult Read(Node node, DefinitionCatalog catalog, RuleSetRegistry registry)
    {
        var o = node.Object();
        var tanggal = R.OptionalDate(o, "tanggalPenetapan");
        var kuadranNode = o.Required("kuadran");
        var ko = kuadranNode.Object();
        var kuadran = RuleSets.Read<IKuadranRules>(ko, registry);
        var pemetaan = PemetaanRatingPimpinanCodec.Read(ko.Required("pemetaan"));
        ko.End();
        var distribusiNode = o.Required("distribusi");
        var dobj = distribusiNode.Object();
        var distribusi = RuleSets.Read<IDistribusiRules>(dobj, registry);
        var opsi = DistribusiOptionsCodec.Read(dobj.Required("opsi"));
        dobj.End();
        var options = EvaluasiPeriodeOptionsCodec.Read(o.Required("opsi"));
        var inputNode = o.Required("input");
        var input = EvaluasiPeriodeInputCodec.Read(inputNode);
        var keputusanNode = o.Required("keputusan");
        var keputusan = KeputusanPeriodeCodec.Read(keputusanNode);
        var pegawaiNode = o.Required("pegawai");
        var pegawai = pegawaiNode.Array(ReadPegawaiOutcome);
        var unitNode = o.Required("unit");
        var unit = unitNode.Array(ReadUnitOutcome);
        var findingsNode = o.Required("findings");
        var findings = findingsNode.Array(n => FindingCodec.Read(n, catalog));
        o.Informative("statistik", "statistikAkhir", "policies");
        o.End();

        var configured = (Kuadran: R.Build(kuadranNode, () => kuadran.WithPemetaan(pemetaan)), Distribusi: R.Build(distribusiNode, () => distribusi.WithOptions(opsi)));
        Result<EvaluasiPeriodeResult> evaluated;
        if (tanggal is { } date)
        {
            // A period decided on a date was looked up for it: the rules the document names must be in force then.
            var named = RuleSetRegistry.Create(new IRules[] { configured.Kuadran, configured.Distribusi });
            if (!named.TryFind<IKuadranRules>(date, input.Periode, out _) || !named.TryFind<IDistribusiRules>(date, input.Periode, out _))
            {
                throw o.Required("tanggalPenetapan").Error("the rule sets the document names are not in force on " + W.Date(date) + " for " + input.Periode + ".");
            }

            evaluated = EvaluasiPeriode.Evaluate(input, named, date, options);
        }
        else
        {
            evaluated = EvaluasiPeriode.Evaluate(input, configured.Kuadran, configured.Distribusi, options);
        }

        if (!evaluated.IsSuccess)
        {
            throw inputNode.Error("the records do not evaluate (" + string.Join(", ", evaluated.Findings.Where(f => f.Severity == FindingSeverity.Error).Select(f => f.Code).Distinct()) + "): a period is written only when they do.");
        }

        var recomputed = R.Build(keputusanNode, () => evaluated.Value.Tetapkan(keputusan));
        Verify(pegawaiNode, pegawai, recomputed.Pegawai.Select(Outcome).ToImmutableArray(), "employee");
        Verify(unitNode, unit, recomputed.Unit.Select(Outcome).ToImmutableArray(), "unit");
        if (!findings.SequenceEqual(recomputed.Findings))
        {
            throw findingsNode.Error("the stated findings (" + string.Join(", ", findings.Select(f => f.Code)) + ") disagree with the recomputation from the records (" + string.Join(", ", recomputed.Findings.Select(f => f.Code)) + ").");
        }

        return recomputed;
    }

    private static string Outcome(EvaluasiPegawai p) => string.Join(
        "|",
        p.Nip.ToString(),
        p.UnitId,
        p.Perlakuan.ToLabel(),
        p.UnitDihitungId ?? "-",
        p.UnitDinilaiId ?? "-",
        p.Terhitung?.Predikat.ToLabel() ?? "-",
        p.Akhir?.Predikat.ToLabel() ?? "-",
        p.Akhir?.Sumber.ToLabel() ?? "-");

    private static string Outcome(EvaluasiUnit u) => string.Join(
        "|",
        u.UnitId,
        u.PredikatOrganisasi.ToLabel(),
        u.Status.ToLabel(),
        u.StatusAkhir.ToLabel(),
        u.DigabungKe ?? "-",
        u.Verdict.Jumlah.ToString(),
        u.VerdictAkhir.Jumlah.ToString(),
        u.Kalibrasi is { } k ? string.Join(",", k.Perubahan.Select(c => c.Nip + ">" + c.Menjadi.ToLabel())) : "-");

    private static void WriteOutcome(Utf8JsonWriter writer, EvaluasiPegawai p)
    {
        writer.WriteStartObject();
        W.Nip(writer, "nip", p.Nip);
        writer.WriteString("unitId", p.UnitId);
        Labels.PerlakuanStatusPegawai.Write(writer, "perlakuan", p.Perlakuan);
        W.OptionalString(writer, "unitDihitung", p.UnitDihitungId);
        W.OptionalString(writer, "unitDinilai", p.UnitDinilaiId);
        if (p.Terhitung is { } terhitung)
        {
            Labels.Write(writer, "predikatTerhitung", terhitung.Predikat);
        }

        if (p.Akhir is { } akhir)
        {
            Labels.Write(writer, "predikatAkhir", akhir.Predikat);
            Labels.SumberPredikatAkhir.Write(writer, "sumber", akhir.Sumber);
        }

        writer.WriteEndObject();
    }

    private static void WriteOutcome(Utf8JsonWriter writer, EvaluasiUnit u)
    {
        writer.WriteStartObject();
        writer.WriteString("unitId", u.UnitId);
        Labels.Write(writer, "predikatOrganisasi", u.PredikatOrganisasi);
        Labels.StatusDistribusi.Write(writer, "status", u.Status);
        Labels.StatusDistribusi.Write(writer, "statusAkhir", u.StatusAkhir);
        W.OptionalString(writer, "digabungKe", u.DigabungKe);
        W.Property(writer, "jumlah", u.Verdict.Jumlah, JumlahPredikatCodec.Write);
        W.Property(writer, "jumlahAkhir", u.VerdictAkhir.Jumlah, JumlahPredikatCodec.Write);
        if (u.Kalibrasi is { } k)
        {
            W.Array(writer, "kalibrasi", k.Perubahan, (w, c) =>
            {
                w.WriteStartObject();
                W.Nip(w, "nip", c.Nip);
                Labels.Write(w, "menjadi", c.Menjadi);
                w.WriteEndObject();
            });
        }

        writer.WriteEndObject();
    }

    private static (Node Node, string Outcome) ReadPegawaiOutcome(Node node)
    {
        var o = node.Object();
        var nip = R.Nip(o.Required("nip"));
        var unitId = o.Required("unitId").NonBlankString();
        var perlakuan = Labels.PerlakuanStatusPegawai.Read(o.Required("perlakuan"));
        var dihitung = R.OptionalString(o, "unitDihitung");
        var dinilai = R.OptionalString(o, "unitDinilai");
        var terhitung = o.Optional("predikatTerhitung") is { } t ? Labels.ReadPredikat(t) : (PredikatKinerja?)null;
        var akhir = o.Optional("predikatAkhir") is { } a ? Labels.ReadPredikat(a) : (PredikatKinerja?)null;
        var sumber = o.Optional("sumber") is { } s ? Labels.SumberPredikatAkhir.Read(s) : (SumberPredikatAkhir?)null;
        o.End();
        return (node, string.Join("|", nip.ToString(), unitId, perlakuan.ToLabel(), dihitung ?? "-", dinilai ?? "-", terhitung?.ToLabel() ?? "-", akhir?.ToLabel() ?? "-", sumber?.ToLabel() ?? "-"));
    }

    private static (Node Node, string Outcome) ReadUnitOutcome(Node node)
    {
        var o = node.Object();
        var unitId = o.Required("unitId").NonBlankString();
        var predikat = Labels.ReadPredikatOrganisasi(o.Required("predikatOrganisasi"));
        var status = Labels.StatusDistribusi.Read(o.Required("status"));
        var statusAkhir = Labels.StatusDistribusi.Read(o.Required("statusAkhir"));
        var digabungKe = R.OptionalString(o, "digabungKe");
        var jumlah = JumlahPredikatCodec.Read(o.Required("jumlah"));
        var jumlahAkhir = JumlahPredikatCodec.Read(o.Required("jumlahAkhir"));
        var kalibrasi = o.Optional("kalibrasi") is { } k
            ? k.Array(n =>
            {
                var c = n.Object();
                var nip = R.Nip(c.Required("nip"));
                var menjadi = Labels.ReadPredikat(c.Required("menjadi"));
                c.End();
                return nip + ">" + menjadi.ToLabel();
            })
            : (ImmutableArray<string>?)null;
        o.End();
        return (node, string.Join("|", unitId, predikat.ToLabel(), status.ToLabel(), statusAkhir.ToLabel(), digabungKe ?? "-", jumlah.ToString(), jumlahAkhir.ToString(), kalibrasi is { } list ? string.Join(",", list) : "-"));
    }

    private static void Verify(Node at, ImmutableArray<(Node Node, string Outcome)> stated, ImmutableArray<string> recomputed, string what)
    {
        if (stated.Length != recomputed.Length)
        {
            throw at.Error(string.Format(CultureInfo.InvariantCulture, "the document states {0} {1} outcomes but the records give {2}.", stated.Length, what, recomputed.Length));
        }

        for (var i = 0; i < stated.Length; i++)
        {
            if (!string.Equals(stated[i].Outcome, recomputed[i], StringComparison.Ordinal))
            {
                throw stated[i].Node.Error("the stated " + what + " outcome " + Preconditions.Quote(stated[i].Outcome) + " disagrees with the recomputation from the records (" + Preconditions.Quote(recomputed[i]) + ").");
            }
        }
    }
}
