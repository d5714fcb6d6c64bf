using System.Text.Json;
using AsnKinerja.BehaviourRubric;
using AsnKinerja.Cascading;
using AsnKinerja.NineBox;
using AsnKinerja.Predicates;
using AsnKinerja.Serialization.SystemTextJson.Codecs;
using AsnKinerja.Serialization.SystemTextJson.Internal;
using NodaTime;

#pragma warning disable SA1402 // One converter per type, generated from one table: kept together on purpose.

namespace AsnKinerja.Serialization.SystemTextJson.Converters;

// Generated from the type table in docs/wire-format.md: one converter per public type, built on AsnConverter<T>.

internal sealed class RuleSetIdConverter : AsnConverter<RuleSetId>
{
    protected override RuleSetId ReadValue(Node node) => RuleSetIdCodec.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, RuleSetId value) => RuleSetIdCodec.Write(writer, value);
}

internal sealed class FindingValueConverter : AsnConverter<FindingValue>
{
    protected override FindingValue ReadValue(Node node) => FindingValueCodec.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, FindingValue value) => FindingValueCodec.Write(writer, value);
}

internal sealed class AppliedPolicyConverter : AsnConverter<AppliedPolicy>
{
    protected override AppliedPolicy ReadValue(Node node) => AppliedPolicyCodec.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, AppliedPolicy value) => AppliedPolicyCodec.Write(writer, value);
}

internal sealed class RegulationReferenceConverter : AsnConverter<RegulationReference>
{
    protected override RegulationReference ReadValue(Node node) => RegulationReferenceCodec.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, RegulationReference value) => RegulationReferenceCodec.Write(writer, value);
}

internal sealed class ExplanationConverter : AsnConverter<Explanation>
{
    private readonly DefinitionCatalog _catalog;

    public ExplanationConverter()
        : this(DefinitionCatalog.Default)
    {
    }

    public ExplanationConverter(DefinitionCatalog catalog) => _catalog = catalog;

    protected override Explanation ReadValue(Node node) => ExplanationCodec.Read(node, _catalog);

    protected override void WriteValue(Utf8JsonWriter writer, Explanation value) => ExplanationCodec.Write(writer, value);
}

internal sealed class FindingConverter : AsnConverter<Finding>
{
    private readonly DefinitionCatalog _catalog;

    public FindingConverter()
        : this(DefinitionCatalog.Default)
    {
    }

    public FindingConverter(DefinitionCatalog catalog) => _catalog = catalog;

    protected override Finding ReadValue(Node node) => FindingCodec.Read(node, _catalog);

    protected override void WriteValue(Utf8JsonWriter writer, Finding value) => FindingCodec.Write(writer, value);
}

internal sealed class ValidationResultConverter : AsnConverter<ValidationResult>
{
    private readonly DefinitionCatalog _catalog;

    public ValidationResultConverter()
        : this(DefinitionCatalog.Default)
    {
    }

    public ValidationResultConverter(DefinitionCatalog catalog) => _catalog = catalog;

    protected override ValidationResult ReadValue(Node node) => ValidationResultCodec.Read(node, _catalog);

    protected override void WriteValue(Utf8JsonWriter writer, ValidationResult value) => ValidationResultCodec.Write(writer, value);
}

internal sealed class JabatanConverter : AsnConverter<Jabatan>
{
    protected override Jabatan ReadValue(Node node) => JabatanCodec.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, Jabatan value) => JabatanCodec.Write(writer, value);
}

internal sealed class PeriodeKinerjaConverter : AsnConverter<PeriodeKinerja>
{
    protected override PeriodeKinerja ReadValue(Node node) => PeriodeKinerjaCodec.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, PeriodeKinerja value) => PeriodeKinerjaCodec.Write(writer, value);
}

internal sealed class UnitKerjaConverter : AsnConverter<UnitKerja>
{
    protected override UnitKerja ReadValue(Node node) => UnitKerjaCodec.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, UnitKerja value) => UnitKerjaCodec.Write(writer, value);
}

internal sealed class PenempatanPegawaiConverter : AsnConverter<PenempatanPegawai>
{
    protected override PenempatanPegawai ReadValue(Node node) => PenempatanPegawaiCodec.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, PenempatanPegawai value) => PenempatanPegawaiCodec.Write(writer, value);
}

internal sealed class TargetIkiConverter : AsnConverter<TargetIki>
{
    protected override TargetIki ReadValue(Node node) => TargetIkiCodec.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, TargetIki value) => TargetIkiCodec.Write(writer, value);
}

internal sealed class IndikatorKinerjaIndividuConverter : AsnConverter<IndikatorKinerjaIndividu>
{
    protected override IndikatorKinerjaIndividu ReadValue(Node node) => IkiCodec.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, IndikatorKinerjaIndividu value) => IkiCodec.Write(writer, value);
}

internal sealed class RencanaHasilKerjaConverter : AsnConverter<RencanaHasilKerja>
{
    protected override RencanaHasilKerja ReadValue(Node node) => RhkCodec.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, RencanaHasilKerja value) => RhkCodec.Write(writer, value);
}

internal sealed class PerilakuKerjaSkpConverter : AsnConverter<PerilakuKerjaSkp>
{
    protected override PerilakuKerjaSkp ReadValue(Node node) => PerilakuKerjaSkpCodec.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, PerilakuKerjaSkp value) => PerilakuKerjaSkpCodec.Write(writer, value);
}

internal sealed class LampiranSkpConverter : AsnConverter<LampiranSkp>
{
    protected override LampiranSkp ReadValue(Node node) => LampiranSkpCodec.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, LampiranSkp value) => LampiranSkpCodec.Write(writer, value);
}

internal sealed class PejabatConverter : AsnConverter<Pejabat>
{
    protected override Pejabat ReadValue(Node node) => PejabatCodec.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, Pejabat value) => PejabatCodec.Write(writer, value);
}

internal sealed class PertimbanganPenilaianConverter : AsnConverter<PertimbanganPenilaian>
{
    protected override PertimbanganPenilaian ReadValue(Node node) => PertimbanganCodec.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, PertimbanganPenilaian value) => PertimbanganCodec.Write(writer, value);
}

internal sealed class PejabatPenilaiKinerjaConverter : AsnConverter<PejabatPenilaiKinerja>
{
    protected override PejabatPenilaiKinerja ReadValue(Node node) => PejabatPenilaiCodec.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, PejabatPenilaiKinerja value) => PejabatPenilaiCodec.Write(writer, value);
}

internal sealed class SkpConverter : AsnConverter<Skp>
{
    protected override Skp ReadValue(Node node) => SkpCodec.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, Skp value) => SkpCodec.Write(writer, value);
}

internal sealed class JumlahPredikatConverter : AsnConverter<JumlahPredikat>
{
    protected override JumlahPredikat ReadValue(Node node) => JumlahPredikatCodec.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, JumlahPredikat value) => JumlahPredikatCodec.Write(writer, value);
}

internal sealed class DistribusiOptionsConverter : AsnConverter<DistribusiOptions>
{
    protected override DistribusiOptions ReadValue(Node node) => DistribusiOptionsCodec.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, DistribusiOptions value) => DistribusiOptionsCodec.Write(writer, value);
}

internal sealed class PenilaianRhkConverter : AsnConverter<PenilaianRhk>
{
    protected override PenilaianRhk ReadValue(Node node) => PenilaianRhkCodec.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, PenilaianRhk value) => PenilaianRhkCodec.Write(writer, value);
}

internal sealed class PredikatPeriodeConverter : AsnConverter<PredikatPeriode>
{
    protected override PredikatPeriode ReadValue(Node node) => PredikatPeriodeCodec.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, PredikatPeriode value) => PredikatPeriodeCodec.Write(writer, value);
}

internal sealed class PegawaiKalibrasiConverter : AsnConverter<PegawaiKalibrasi>
{
    protected override PegawaiKalibrasi ReadValue(Node node) => PegawaiKalibrasiCodec.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, PegawaiKalibrasi value) => PegawaiKalibrasiCodec.Write(writer, value);
}

internal sealed class PemetaanRatingPimpinanConverter : AsnConverter<PemetaanRatingPimpinan>
{
    protected override PemetaanRatingPimpinan ReadValue(Node node) => PemetaanRatingPimpinanCodec.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, PemetaanRatingPimpinan value) => PemetaanRatingPimpinanCodec.Write(writer, value);
}

internal sealed class PredikatTerhitungConverter : AsnConverter<PredikatTerhitung>
{
    private readonly RuleSetRegistry _registry;

    public PredikatTerhitungConverter()
        : this(RuleSets.Default)
    {
    }

    public PredikatTerhitungConverter(RuleSetRegistry registry) => _registry = registry;

    protected override PredikatTerhitung ReadValue(Node node) => PredikatTerhitungCodec.Read(node, _registry);

    protected override void WriteValue(Utf8JsonWriter writer, PredikatTerhitung value) => PredikatTerhitungCodec.Write(writer, value);
}

internal sealed class KeputusanPredikatConverter : AsnConverter<KeputusanPredikat>
{
    private readonly RuleSetRegistry _registry;

    public KeputusanPredikatConverter()
        : this(RuleSets.Default)
    {
    }

    public KeputusanPredikatConverter(RuleSetRegistry registry) => _registry = registry;

    protected override KeputusanPredikat ReadValue(Node node) => KeputusanPredikatCodec.Read(node, _registry);

    protected override void WriteValue(Utf8JsonWriter writer, KeputusanPredikat value) => KeputusanPredikatCodec.Write(writer, value);
}

internal sealed class SaranOfEkspektasiConverter : AsnConverter<Saran<Ekspektasi>>
{
    protected override Saran<Ekspektasi> ReadValue(Node node) => throw WriteOnly.Error(node, "Saran<Ekspektasi>", "Recompute it with SaranRatingHasilKerja.Suggest from the per-RHK assessments (PenilaianRhk).");

    protected override void WriteValue(Utf8JsonWriter writer, Saran<Ekspektasi> value) => SaranCodec.Write(writer, value);
}

internal sealed class SaranOfPredikatKinerjaConverter : AsnConverter<Saran<PredikatKinerja>>
{
    protected override Saran<PredikatKinerja> ReadValue(Node node) => throw WriteOnly.Error(node, "Saran<PredikatKinerja>", "Recompute it with SaranPredikatTahunan.Suggest from the period predicates (PredikatPeriode).");

    protected override void WriteValue(Utf8JsonWriter writer, Saran<PredikatKinerja> value) => SaranCodec.Write(writer, value);
}

internal sealed class RentangKuotaConverter : AsnConverter<RentangKuota>
{
    protected override RentangKuota ReadValue(Node node) => RentangKuotaCodec.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, RentangKuota value) => RentangKuotaCodec.Write(writer, value);
}

internal sealed class KuotaResultConverter : AsnConverter<KuotaResult>
{
    private readonly RuleSetRegistry _registry;

    public KuotaResultConverter()
        : this(RuleSets.Default)
    {
    }

    public KuotaResultConverter(RuleSetRegistry registry) => _registry = registry;

    protected override KuotaResult ReadValue(Node node) => KuotaResultCodec.Read(node, _registry);

    protected override void WriteValue(Utf8JsonWriter writer, KuotaResult value) => KuotaResultCodec.Write(writer, value);
}

internal sealed class BatasanResultConverter : AsnConverter<BatasanResult>
{
    protected override BatasanResult ReadValue(Node node) => throw WriteOnly.Error(node, "BatasanResult", "Read the PemeriksaanDistribusiResult that contains it.");

    protected override void WriteValue(Utf8JsonWriter writer, BatasanResult value) => BatasanResultCodec.Write(writer, value);
}

internal sealed class PemeriksaanDistribusiResultConverter : AsnConverter<PemeriksaanDistribusiResult>
{
    private readonly DefinitionCatalog _catalog;
    private readonly RuleSetRegistry _registry;

    public PemeriksaanDistribusiResultConverter()
        : this(DefinitionCatalog.Default, RuleSets.Default)
    {
    }

    public PemeriksaanDistribusiResultConverter(DefinitionCatalog catalog, RuleSetRegistry registry)
    {
        _catalog = catalog;
        _registry = registry;
    }

    protected override PemeriksaanDistribusiResult ReadValue(Node node) => PemeriksaanDistribusiResultCodec.Read(node, _catalog, _registry);

    protected override void WriteValue(Utf8JsonWriter writer, PemeriksaanDistribusiResult value) => PemeriksaanDistribusiResultCodec.Write(writer, value);
}

internal sealed class UsulanKalibrasiConverter : AsnConverter<UsulanKalibrasi>
{
    protected override UsulanKalibrasi ReadValue(Node node) => throw WriteOnly.Error(node, "UsulanKalibrasi", "Recompute it with IDistribusiRules.ProposeKalibrasi from the verdict and the employees (PegawaiKalibrasi).");

    protected override void WriteValue(Utf8JsonWriter writer, UsulanKalibrasi value) => UsulanKalibrasiCodec.Write(writer, value);
}

internal sealed class SasaranKalibrasiConverter : AsnConverter<SasaranKalibrasi>
{
    protected override SasaranKalibrasi ReadValue(Node node) => throw WriteOnly.Error(node, "SasaranKalibrasi", "Recompute it with IDistribusiRules.ProposeSasaran from the verdict it answers.");

    protected override void WriteValue(Utf8JsonWriter writer, SasaranKalibrasi value) => SasaranKalibrasiCodec.Write(writer, value);
}

internal sealed class PerubahanPredikatConverter : AsnConverter<PerubahanPredikat>
{
    protected override PerubahanPredikat ReadValue(Node node) => throw WriteOnly.Error(node, "PerubahanPredikat", "Recompute the UsulanKalibrasi with IDistribusiRules.ProposeKalibrasi.");

    protected override void WriteValue(Utf8JsonWriter writer, PerubahanPredikat value) => PerubahanPredikatCodec.Write(writer, value);
}

internal sealed class StatistikDistribusiConverter : AsnConverter<StatistikDistribusi>
{
    protected override StatistikDistribusi ReadValue(Node node) => throw WriteOnly.Error(node, "StatistikDistribusi", "Recompute it with StatistikDistribusi.From over the unit verdicts.");

    protected override void WriteValue(Utf8JsonWriter writer, StatistikDistribusi value) => StatistikDistribusiCodec.Write(writer, value);
}

internal sealed class RiwayatPenempatanConverter : AsnConverter<RiwayatPenempatan>
{
    protected override RiwayatPenempatan ReadValue(Node node) => RiwayatPenempatanCodec.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, RiwayatPenempatan value) => RiwayatPenempatanCodec.Write(writer, value);
}

internal sealed class StatusPegawaiConverter : AsnConverter<StatusPegawai>
{
    protected override StatusPegawai ReadValue(Node node) => StatusPegawaiCodec.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, StatusPegawai value) => StatusPegawaiCodec.Write(writer, value);
}

internal sealed class KebijakanStatusPegawaiConverter : AsnConverter<KebijakanStatusPegawai>
{
    protected override KebijakanStatusPegawai ReadValue(Node node) => KebijakanStatusPegawaiCodec.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, KebijakanStatusPegawai value) => KebijakanStatusPegawaiCodec.Write(writer, value);
}

internal sealed class KeberatanOptionsConverter : AsnConverter<KeberatanOptions>
{
    protected override KeberatanOptions ReadValue(Node node) => KeberatanOptionsCodec.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, KeberatanOptions value) => KeberatanOptionsCodec.Write(writer, value);
}

internal sealed class EvaluasiPeriodeOptionsConverter : AsnConverter<EvaluasiPeriodeOptions>
{
    protected override EvaluasiPeriodeOptions ReadValue(Node node) => EvaluasiPeriodeOptionsCodec.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, EvaluasiPeriodeOptions value) => EvaluasiPeriodeOptionsCodec.Write(writer, value);
}

internal sealed class PenilaianPegawaiConverter : AsnConverter<PenilaianPegawai>
{
    protected override PenilaianPegawai ReadValue(Node node) => PenilaianPegawaiCodec.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, PenilaianPegawai value) => PenilaianPegawaiCodec.Write(writer, value);
}

internal sealed class EvaluasiPeriodeInputConverter : AsnConverter<EvaluasiPeriodeInput>
{
    protected override EvaluasiPeriodeInput ReadValue(Node node) => EvaluasiPeriodeInputCodec.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, EvaluasiPeriodeInput value) => EvaluasiPeriodeInputCodec.Write(writer, value);
}

internal sealed class PenetapanPredikatConverter : AsnConverter<PenetapanPredikat>
{
    protected override PenetapanPredikat ReadValue(Node node) => PenetapanPredikatCodec.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, PenetapanPredikat value) => PenetapanPredikatCodec.Write(writer, value);
}

internal sealed class PutusanKeberatanConverter : AsnConverter<PutusanKeberatan>
{
    protected override PutusanKeberatan ReadValue(Node node) => PutusanKeberatanCodec.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, PutusanKeberatan value) => PutusanKeberatanCodec.Write(writer, value);
}

internal sealed class CatatanKeberatanConverter : AsnConverter<CatatanKeberatan>
{
    protected override CatatanKeberatan ReadValue(Node node) => CatatanKeberatanCodec.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, CatatanKeberatan value) => CatatanKeberatanCodec.Write(writer, value);
}

internal sealed class KeputusanPeriodeConverter : AsnConverter<KeputusanPeriode>
{
    protected override KeputusanPeriode ReadValue(Node node) => KeputusanPeriodeCodec.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, KeputusanPeriode value) => KeputusanPeriodeCodec.Write(writer, value);
}

internal sealed class KeberatanConverter : AsnConverter<Keberatan>
{
    private readonly RuleSetRegistry _registry;

    public KeberatanConverter()
        : this(RuleSets.Default)
    {
    }

    public KeberatanConverter(RuleSetRegistry registry) => _registry = registry;

    protected override Keberatan ReadValue(Node node) => KeberatanCodec.Read(node, _registry);

    protected override void WriteValue(Utf8JsonWriter writer, Keberatan value) => KeberatanCodec.Write(writer, value);
}

internal sealed class KeputusanKeberatanConverter : AsnConverter<KeputusanKeberatan>
{
    private readonly RuleSetRegistry _registry;

    public KeputusanKeberatanConverter()
        : this(RuleSets.Default)
    {
    }

    public KeputusanKeberatanConverter(RuleSetRegistry registry) => _registry = registry;

    protected override KeputusanKeberatan ReadValue(Node node) => KeputusanKeberatanCodec.Read(node, _registry);

    protected override void WriteValue(Utf8JsonWriter writer, KeputusanKeberatan value) => KeputusanKeberatanCodec.Write(writer, value);
}

internal sealed class PredikatAkhirConverter : AsnConverter<PredikatAkhir>
{
    private readonly RuleSetRegistry _registry;

    public PredikatAkhirConverter()
        : this(RuleSets.Default)
    {
    }

    public PredikatAkhirConverter(RuleSetRegistry registry) => _registry = registry;

    protected override PredikatAkhir ReadValue(Node node) => PredikatAkhirCodec.Read(node, _registry);

    protected override void WriteValue(Utf8JsonWriter writer, PredikatAkhir value) => PredikatAkhirCodec.Write(writer, value);
}

internal sealed class PenghitunganPegawaiConverter : AsnConverter<PenghitunganPegawai>
{
    protected override PenghitunganPegawai ReadValue(Node node) => throw WriteOnly.Error(node, "PenghitunganPegawai", "Recompute it with KebijakanStatusPegawai.Apply from the placements and statuses.");

    protected override void WriteValue(Utf8JsonWriter writer, PenghitunganPegawai value) => PenghitunganPegawaiCodec.Write(writer, value);
}

internal sealed class EvaluasiPegawaiConverter : AsnConverter<EvaluasiPegawai>
{
    protected override EvaluasiPegawai ReadValue(Node node) => throw WriteOnly.Error(node, "EvaluasiPegawai", "Read the EvaluasiPeriodeResult it belongs to, which replays the period.");

    protected override void WriteValue(Utf8JsonWriter writer, EvaluasiPegawai value) => EvaluasiPegawaiCodec.Write(writer, value);
}

internal sealed class EvaluasiUnitConverter : AsnConverter<EvaluasiUnit>
{
    protected override EvaluasiUnit ReadValue(Node node) => throw WriteOnly.Error(node, "EvaluasiUnit", "Read the EvaluasiPeriodeResult it belongs to, which replays the period.");

    protected override void WriteValue(Utf8JsonWriter writer, EvaluasiUnit value) => EvaluasiUnitCodec.Write(writer, value);
}

internal sealed class EvaluasiPeriodeResultConverter : AsnConverter<EvaluasiPeriodeResult>
{
    private readonly DefinitionCatalog _catalog;
    private readonly RuleSetRegistry _registry;

    public EvaluasiPeriodeResultConverter()
        : this(DefinitionCatalog.Default, RuleSets.Default)
    {
    }

    public EvaluasiPeriodeResultConverter(DefinitionCatalog catalog, RuleSetRegistry registry)
    {
        _catalog = catalog;
        _registry = registry;
    }

    protected override EvaluasiPeriodeResult ReadValue(Node node) => EvaluasiPeriodeResultCodec.Read(node, _catalog, _registry);

    protected override void WriteValue(Utf8JsonWriter writer, EvaluasiPeriodeResult value) => EvaluasiPeriodeResultCodec.Write(writer, value);
}

internal sealed class KebutuhanKenaikanConverter : AsnConverter<KebutuhanKenaikan>
{
    protected override KebutuhanKenaikan ReadValue(Node node) => KebutuhanKenaikanCodec.Read(node, TabelAngkaKredit.PermenPanRb1Tahun2023);

    protected override void WriteValue(Utf8JsonWriter writer, KebutuhanKenaikan value) => KebutuhanKenaikanCodec.Write(writer, value);
}

internal sealed class AngkaKreditResultConverter : AsnConverter<AngkaKreditResult>
{
    private readonly RuleSetRegistry _registry;

    public AngkaKreditResultConverter()
        : this(RuleSets.Default)
    {
    }

    public AngkaKreditResultConverter(RuleSetRegistry registry) => _registry = registry;

    protected override AngkaKreditResult ReadValue(Node node) => AngkaKreditResultCodec.Read(node, _registry);

    protected override void WriteValue(Utf8JsonWriter writer, AngkaKreditResult value) => AngkaKreditResultCodec.Write(writer, value);
}

internal sealed class JarakKenaikanConverter : AsnConverter<JarakKenaikan>
{
    private readonly RuleSetRegistry _registry;

    public JarakKenaikanConverter()
        : this(RuleSets.Default)
    {
    }

    public JarakKenaikanConverter(RuleSetRegistry registry) => _registry = registry;

    protected override JarakKenaikan ReadValue(Node node) => JarakKenaikanCodec.Read(node, _registry);

    protected override void WriteValue(Utf8JsonWriter writer, JarakKenaikan value) => JarakKenaikanCodec.Write(writer, value);
}

internal sealed class KotakTalentaConverter : AsnConverter<KotakTalenta>
{
    protected override KotakTalenta ReadValue(Node node) => KotakTalentaCodec.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, KotakTalenta value) => KotakTalentaCodec.Write(writer, value);
}

internal sealed class KinerjaTahunanConverter : AsnConverter<KinerjaTahunan>
{
    protected override KinerjaTahunan ReadValue(Node node) => KinerjaTahunanCodec.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, KinerjaTahunan value) => KinerjaTahunanCodec.Write(writer, value);
}

internal sealed class NilaiPotensialConverter : AsnConverter<NilaiPotensial>
{
    protected override NilaiPotensial ReadValue(Node node) => NilaiPotensialCodec.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, NilaiPotensial value) => NilaiPotensialCodec.Write(writer, value);
}

internal sealed class DataTalentaPegawaiConverter : AsnConverter<DataTalentaPegawai>
{
    protected override DataTalentaPegawai ReadValue(Node node) => DataTalentaPegawaiCodec.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, DataTalentaPegawai value) => DataTalentaPegawaiCodec.Write(writer, value);
}

internal sealed class PetaTalentaOptionsConverter : AsnConverter<PetaTalentaOptions>
{
    protected override PetaTalentaOptions ReadValue(Node node) => PetaTalentaOptionsCodec.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, PetaTalentaOptions value) => PetaTalentaOptionsCodec.Write(writer, value);
}

internal sealed class RekomendasiTindakLanjutConverter : AsnConverter<RekomendasiTindakLanjut>
{
    protected override RekomendasiTindakLanjut ReadValue(Node node) => RekomendasiCodec.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, RekomendasiTindakLanjut value) => RekomendasiCodec.Write(writer, value);
}

internal sealed class PenempatanTalentaConverter : AsnConverter<PenempatanTalenta>
{
    private readonly RuleSetRegistry _registry;

    public PenempatanTalentaConverter()
        : this(RuleSets.Default)
    {
    }

    public PenempatanTalentaConverter(RuleSetRegistry registry) => _registry = registry;

    protected override PenempatanTalenta ReadValue(Node node) => PenempatanTalentaCodec.Read(node, _registry);

    protected override void WriteValue(Utf8JsonWriter writer, PenempatanTalenta value) => PenempatanTalentaCodec.Write(writer, value);
}

internal sealed class PerubahanKotakTalentaConverter : AsnConverter<PerubahanKotakTalenta>
{
    protected override PerubahanKotakTalenta ReadValue(Node node) => throw WriteOnly.Error(node, "PerubahanKotakTalenta", "Recompute it with IPetaTalentaRules.EvaluateUnit (the rules of the unit map's ruleSet).");

    protected override void WriteValue(Utf8JsonWriter writer, PerubahanKotakTalenta value) => PerubahanKotakTalentaCodec.Write(writer, value);
}

internal sealed class PenempatanTalentaResultConverter : AsnConverter<PenempatanTalentaResult>
{
    private readonly RuleSetRegistry _registry;

    public PenempatanTalentaResultConverter()
        : this(RuleSets.Default)
    {
    }

    public PenempatanTalentaResultConverter(RuleSetRegistry registry) => _registry = registry;

    protected override PenempatanTalentaResult ReadValue(Node node) => PenempatanTalentaResultCodec.Read(node, _registry);

    protected override void WriteValue(Utf8JsonWriter writer, PenempatanTalentaResult value) => PenempatanTalentaResultCodec.Write(writer, value);
}

internal sealed class PetaTalentaUnitConverter : AsnConverter<PetaTalentaUnit>
{
    protected override PetaTalentaUnit ReadValue(Node node) => throw WriteOnly.Error(node, "PetaTalentaUnit", "Recompute it with IPetaTalentaRules.EvaluateUnit (the rules of its ruleSet) from the DataTalentaPegawai list.");

    protected override void WriteValue(Utf8JsonWriter writer, PetaTalentaUnit value) => PetaTalentaUnitCodec.Write(writer, value);
}

internal sealed class UmpanBalikConverter : AsnConverter<UmpanBalik>
{
    protected override UmpanBalik ReadValue(Node node) => UmpanBalikCodec.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, UmpanBalik value) => UmpanBalikCodec.Write(writer, value);
}

internal sealed class PenilaianNilaiBerakhlakConverter : AsnConverter<PenilaianNilaiBerakhlak>
{
    protected override PenilaianNilaiBerakhlak ReadValue(Node node) => PenilaianNilaiBerakhlakCodec.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, PenilaianNilaiBerakhlak value) => PenilaianNilaiBerakhlakCodec.Write(writer, value);
}

internal sealed class KebijakanSaranPerilakuConverter : AsnConverter<KebijakanSaranPerilaku>
{
    protected override KebijakanSaranPerilaku ReadValue(Node node) => KebijakanSaranPerilakuCodec.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, KebijakanSaranPerilaku value) => KebijakanSaranPerilakuCodec.Write(writer, value);
}

internal sealed class SaranRatingPerilakuConverter : AsnConverter<SaranRatingPerilaku>
{
    private readonly RuleSetRegistry _registry;

    public SaranRatingPerilakuConverter()
        : this(RuleSets.Default)
    {
    }

    public SaranRatingPerilakuConverter(RuleSetRegistry registry) => _registry = registry;

    protected override SaranRatingPerilaku ReadValue(Node node) => SaranRatingPerilakuCodec.Read(node, _registry);

    protected override void WriteValue(Utf8JsonWriter writer, SaranRatingPerilaku value) => SaranRatingPerilakuCodec.Write(writer, value);
}

internal sealed class PenilaianPerilakuKerjaConverter : AsnConverter<PenilaianPerilakuKerja>
{
    private readonly RuleSetRegistry _registry;

    public PenilaianPerilakuKerjaConverter()
        : this(RuleSets.Default)
    {
    }

    public PenilaianPerilakuKerjaConverter(RuleSetRegistry registry) => _registry = registry;

    protected override PenilaianPerilakuKerja ReadValue(Node node) => PenilaianPerilakuKerjaCodec.Read(node, _registry);

    protected override void WriteValue(Utf8JsonWriter writer, PenilaianPerilakuKerja value) => PenilaianPerilakuKerjaCodec.Write(writer, value);
}

internal sealed class CatatanPerilakuKerjaConverter : AsnConverter<CatatanPerilakuKerja>
{
    private readonly RuleSetRegistry _registry;

    public CatatanPerilakuKerjaConverter()
        : this(RuleSets.Default)
    {
    }

    public CatatanPerilakuKerjaConverter(RuleSetRegistry registry) => _registry = registry;

    protected override CatatanPerilakuKerja ReadValue(Node node) => CatatanPerilakuKerjaCodec.Read(node, _registry);

    protected override void WriteValue(Utf8JsonWriter writer, CatatanPerilakuKerja value) => CatatanPerilakuKerjaCodec.Write(writer, value);
}

internal sealed class KatalogBerakhlakConverter : AsnConverter<KatalogBerakhlak>
{
    private readonly RuleSetRegistry _registry;

    public KatalogBerakhlakConverter()
        : this(RuleSets.Default)
    {
    }

    public KatalogBerakhlakConverter(RuleSetRegistry registry) => _registry = registry;

    protected override KatalogBerakhlak ReadValue(Node node) => KatalogBerakhlakCodec.Read(node, _registry);

    protected override void WriteValue(Utf8JsonWriter writer, KatalogBerakhlak value) => KatalogBerakhlakCodec.Write(writer, value);
}
internal sealed class PerilakuKerjaOptionsConverter : AsnConverter<PerilakuKerjaOptions>
{
    protected override PerilakuKerjaOptions ReadValue(Node node) => PerilakuKerjaOptionsCodec.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, PerilakuKerjaOptions value) => PerilakuKerjaOptionsCodec.Write(writer, value);
}


internal sealed class StrukturOrganisasiConverter : AsnConverter<StrukturOrganisasi>
{
    protected override StrukturOrganisasi ReadValue(Node node) => StrukturCodec.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, StrukturOrganisasi value) => StrukturCodec.Write(writer, value);
}

internal sealed class TimKerjaConverter : AsnConverter<TimKerja>
{
    protected override TimKerja ReadValue(Node node) => TimKerjaCodec.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, TimKerja value) => TimKerjaCodec.Write(writer, value);
}

internal sealed class CascadingOptionsConverter : AsnConverter<CascadingOptions>
{
    protected override CascadingOptions ReadValue(Node node) => CascadingOptionsCodec.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, CascadingOptions value) => CascadingOptionsCodec.Write(writer, value);
}

internal sealed class CascadingGraphConverter : AsnConverter<CascadingGraph>
{
    protected override CascadingGraph ReadValue(Node node) => CascadingGraphCodec.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, CascadingGraph value) => CascadingGraphCodec.Write(writer, value);
}

internal sealed class RhkNodeConverter : AsnConverter<RhkNode>
{
    protected override RhkNode ReadValue(Node node) => throw WriteOnly.Error(node, "RhkNode", "Read the cascade input (CascadingGraph) and look the RHK up with CascadingGraph.GetNode.");

    protected override void WriteValue(Utf8JsonWriter writer, RhkNode value) => RhkNodeCodec.Write(writer, value);
}

internal sealed class CascadeLineageConverter : AsnConverter<CascadeLineage>
{
    protected override CascadeLineage ReadValue(Node node) => throw WriteOnly.Error(node, "CascadeLineage", "Read the cascade input (CascadingGraph) and recompute it with CascadingGraph.GetLineage.");

    protected override void WriteValue(Utf8JsonWriter writer, CascadeLineage value) => CascadeLineageCodec.Write(writer, value);
}

internal sealed class KolomMphConverter : AsnConverter<KolomMph>
{
    protected override KolomMph ReadValue(Node node) => throw WriteOnly.Error(node, "KolomMph", "Read the cascade input (CascadingGraph) and recompute the matrix with CascadingGraph.GetMatriksPeranHasil.");

    protected override void WriteValue(Utf8JsonWriter writer, KolomMph value) => KolomMphCodec.Write(writer, value);
}

internal sealed class MatriksPeranHasilConverter : AsnConverter<MatriksPeranHasil>
{
    protected override MatriksPeranHasil ReadValue(Node node) => throw WriteOnly.Error(node, "MatriksPeranHasil", "Read the cascade input (CascadingGraph) and recompute it with CascadingGraph.GetMatriksPeranHasil.");

    protected override void WriteValue(Utf8JsonWriter writer, MatriksPeranHasil value) => MatriksPeranHasilCodec.Write(writer, value);
}

internal sealed class KebijakanPenjumlahanTargetConverter : AsnConverter<KebijakanPenjumlahanTarget>
{
    protected override KebijakanPenjumlahanTarget ReadValue(Node node) => Labels.PenjumlahanTarget.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, KebijakanPenjumlahanTarget value) => writer.WriteStringValue(Labels.PenjumlahanTarget.ToLabel(value));
}

internal sealed class KebijakanPerspektifJptConverter : AsnConverter<KebijakanPerspektifJpt>
{
    protected override KebijakanPerspektifJpt ReadValue(Node node) => Labels.PerspektifJpt.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, KebijakanPerspektifJpt value) => writer.WriteStringValue(Labels.PerspektifJpt.ToLabel(value));
}

internal sealed class LineageEndConverter : AsnConverter<LineageEnd>
{
    protected override LineageEnd ReadValue(Node node) => Labels.LineageEnd.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, LineageEnd value) => writer.WriteStringValue(Labels.LineageEnd.ToLabel(value));
}

internal sealed class JenisKolomMphConverter : AsnConverter<JenisKolomMph>
{
    protected override JenisKolomMph ReadValue(Node node) => Labels.JenisKolomMph.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, JenisKolomMph value) => writer.WriteStringValue(Labels.JenisKolomMph.ToLabel(value));
}

internal sealed class EkspektasiConverter : AsnConverter<Ekspektasi>
{
    protected override Ekspektasi ReadValue(Node node) => Labels.ReadEkspektasi(node);

    protected override void WriteValue(Utf8JsonWriter writer, Ekspektasi value) => writer.WriteStringValue(Preconditions.IsDefined(value) ? value.ToLabel() : throw new JsonException("An undefined Ekspektasi cannot be written."));
}

internal sealed class PredikatKinerjaConverter : AsnConverter<PredikatKinerja>
{
    protected override PredikatKinerja ReadValue(Node node) => Labels.ReadPredikat(node);

    protected override void WriteValue(Utf8JsonWriter writer, PredikatKinerja value) => writer.WriteStringValue(Preconditions.IsDefined(value) ? value.ToLabel() : throw new JsonException("An undefined PredikatKinerja cannot be written."));
}

internal sealed class PredikatKinerjaOrganisasiConverter : AsnConverter<PredikatKinerjaOrganisasi>
{
    protected override PredikatKinerjaOrganisasi ReadValue(Node node) => Labels.ReadPredikatOrganisasi(node);

    protected override void WriteValue(Utf8JsonWriter writer, PredikatKinerjaOrganisasi value) => writer.WriteStringValue(Preconditions.IsDefined(value) ? value.ToLabel() : throw new JsonException("An undefined PredikatKinerjaOrganisasi cannot be written."));
}

internal sealed class FindingSeverityConverter : AsnConverter<FindingSeverity>
{
    protected override FindingSeverity ReadValue(Node node) => Labels.Severity.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, FindingSeverity value) => writer.WriteStringValue(Labels.Severity.ToLabel(value));
}

internal sealed class ConfidenceConverter : AsnConverter<Confidence>
{
    protected override Confidence ReadValue(Node node) => Labels.Confidence.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, Confidence value) => writer.WriteStringValue(Labels.Confidence.ToLabel(value));
}

internal sealed class JenisJabatanConverter : AsnConverter<JenisJabatan>
{
    protected override JenisJabatan ReadValue(Node node) => Labels.JenisJabatan.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, JenisJabatan value) => writer.WriteStringValue(Labels.JenisJabatan.ToLabel(value));
}

internal sealed class JenjangFungsionalConverter : AsnConverter<JenjangFungsional>
{
    protected override JenjangFungsional ReadValue(Node node) => Labels.Jenjang.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, JenjangFungsional value) => writer.WriteStringValue(Labels.Jenjang.ToLabel(value));
}

internal sealed class JenisPeriodeConverter : AsnConverter<JenisPeriode>
{
    protected override JenisPeriode ReadValue(Node node) => Labels.JenisPeriode.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, JenisPeriode value) => writer.WriteStringValue(Labels.JenisPeriode.ToLabel(value));
}

internal sealed class StatusKepegawaianConverter : AsnConverter<StatusKepegawaian>
{
    protected override StatusKepegawaian ReadValue(Node node) => Labels.StatusKepegawaian.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, StatusKepegawaian value) => writer.WriteStringValue(Labels.StatusKepegawaian.ToLabel(value));
}

internal sealed class PendekatanSkpConverter : AsnConverter<PendekatanSkp>
{
    protected override PendekatanSkp ReadValue(Node node) => Labels.Pendekatan.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, PendekatanSkp value) => writer.WriteStringValue(Labels.Pendekatan.ToLabel(value));
}

internal sealed class StatusSkpConverter : AsnConverter<StatusSkp>
{
    protected override StatusSkp ReadValue(Node node) => Labels.StatusSkp.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, StatusSkp value) => writer.WriteStringValue(Labels.StatusSkp.ToLabel(value));
}

internal sealed class JenisRhkConverter : AsnConverter<JenisRhk>
{
    protected override JenisRhk ReadValue(Node node) => Labels.JenisRhk.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, JenisRhk value) => writer.WriteStringValue(Labels.JenisRhk.ToLabel(value));
}

internal sealed class KlasifikasiRhkConverter : AsnConverter<KlasifikasiRhk>
{
    protected override KlasifikasiRhk ReadValue(Node node) => Labels.KlasifikasiRhk.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, KlasifikasiRhk value) => writer.WriteStringValue(Labels.KlasifikasiRhk.ToLabel(value));
}

internal sealed class AspekIkiConverter : AsnConverter<AspekIki>
{
    protected override AspekIki ReadValue(Node node) => Labels.Aspek.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, AspekIki value) => writer.WriteStringValue(Labels.Aspek.ToLabel(value));
}

internal sealed class PerspektifIkiConverter : AsnConverter<PerspektifIki>
{
    protected override PerspektifIki ReadValue(Node node) => Labels.Perspektif.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, PerspektifIki value) => writer.WriteStringValue(Labels.Perspektif.ToLabel(value));
}

internal sealed class MetodeCascadingConverter : AsnConverter<MetodeCascading>
{
    protected override MetodeCascading ReadValue(Node node) => Labels.MetodeCascading.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, MetodeCascading value) => writer.WriteStringValue(Labels.MetodeCascading.ToLabel(value));
}

internal sealed class KewenanganPenilaiConverter : AsnConverter<KewenanganPenilai>
{
    protected override KewenanganPenilai ReadValue(Node node) => Labels.Kewenangan.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, KewenanganPenilai value) => writer.WriteStringValue(Labels.Kewenangan.ToLabel(value));
}

internal sealed class StatusPenilaiConverter : AsnConverter<StatusPenilai>
{
    protected override StatusPenilai ReadValue(Node node) => Labels.StatusPenilai.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, StatusPenilai value) => writer.WriteStringValue(Labels.StatusPenilai.ToLabel(value));
}

internal sealed class JabatanNonAsnConverter : AsnConverter<JabatanNonAsn>
{
    protected override JabatanNonAsn ReadValue(Node node) => Labels.JabatanNonAsn.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, JabatanNonAsn value) => writer.WriteStringValue(Labels.JabatanNonAsn.ToLabel(value));
}

internal sealed class TugasTambahanConverter : AsnConverter<TugasTambahan>
{
    protected override TugasTambahan ReadValue(Node node) => Labels.TugasTambahan.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, TugasTambahan value) => writer.WriteStringValue(Labels.TugasTambahan.ToLabel(value));
}

internal sealed class JenisPertimbanganConverter : AsnConverter<JenisPertimbangan>
{
    protected override JenisPertimbangan ReadValue(Node node) => Labels.JenisPertimbangan.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, JenisPertimbangan value) => writer.WriteStringValue(Labels.JenisPertimbangan.ToLabel(value));
}

internal sealed class JenisSkpConverter : AsnConverter<JenisSkp>
{
    protected override JenisSkp ReadValue(Node node) => Labels.JenisSkp.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, JenisSkp value) => writer.WriteStringValue(Labels.JenisSkp.ToLabel(value));
}

internal sealed class DasarAkumulasiConverter : AsnConverter<DasarAkumulasi>
{
    protected override DasarAkumulasi ReadValue(Node node) => Labels.DasarAkumulasi.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, DasarAkumulasi value) => writer.WriteStringValue(Labels.DasarAkumulasi.ToLabel(value));
}

internal sealed class NilaiBerakhlakConverter : AsnConverter<NilaiBerakhlak>
{
    protected override NilaiBerakhlak ReadValue(Node node) => Labels.NilaiBerakhlak.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, NilaiBerakhlak value) => writer.WriteStringValue(Labels.NilaiBerakhlak.ToLabel(value));
}

internal sealed class PembulatanConverter : AsnConverter<Pembulatan>
{
    protected override Pembulatan ReadValue(Node node) => Labels.Pembulatan.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, Pembulatan value) => writer.WriteStringValue(Labels.Pembulatan.ToLabel(value));
}

internal sealed class MaknaSebagianBesarConverter : AsnConverter<MaknaSebagianBesar>
{
    protected override MaknaSebagianBesar ReadValue(Node node) => Labels.SebagianBesar.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, MaknaSebagianBesar value) => writer.WriteStringValue(Labels.SebagianBesar.ToLabel(value));
}

internal sealed class KebijakanUnitKecilConverter : AsnConverter<KebijakanUnitKecil>
{
    protected override KebijakanUnitKecil ReadValue(Node node) => Labels.UnitKecil.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, KebijakanUnitKecil value) => writer.WriteStringValue(Labels.UnitKecil.ToLabel(value));
}

internal sealed class PenghitunganKepalaUnitConverter : AsnConverter<PenghitunganKepalaUnit>
{
    protected override PenghitunganKepalaUnit ReadValue(Node node) => Labels.KepalaUnit.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, PenghitunganKepalaUnit value) => writer.WriteStringValue(Labels.KepalaUnit.ToLabel(value));
}

internal sealed class TingkatPenegakanConverter : AsnConverter<TingkatPenegakan>
{
    protected override TingkatPenegakan ReadValue(Node node) => Labels.Penegakan.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, TingkatPenegakan value) => writer.WriteStringValue(Labels.Penegakan.ToLabel(value));
}

internal sealed class StatusDistribusiConverter : AsnConverter<StatusDistribusi>
{
    protected override StatusDistribusi ReadValue(Node node) => Labels.StatusDistribusi.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, StatusDistribusi value) => writer.WriteStringValue(Labels.StatusDistribusi.ToLabel(value));
}

internal sealed class JenisBatasanConverter : AsnConverter<JenisBatasan>
{
    protected override JenisBatasan ReadValue(Node node) => Labels.JenisBatasan.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, JenisBatasan value) => writer.WriteStringValue(Labels.JenisBatasan.ToLabel(value));
}

internal sealed class MetodeSaranTahunanConverter : AsnConverter<MetodeSaranTahunan>
{
    protected override MetodeSaranTahunan ReadValue(Node node) => Labels.MetodeSaranTahunan.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, MetodeSaranTahunan value) => writer.WriteStringValue(Labels.MetodeSaranTahunan.ToLabel(value));
}

internal sealed class GolonganRuangConverter : AsnConverter<GolonganRuang>
{
    protected override GolonganRuang ReadValue(Node node) => Labels.Golongan.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, GolonganRuang value) => writer.WriteStringValue(Labels.Golongan.ToLabel(value));
}

internal sealed class TingkatPotensialConverter : AsnConverter<TingkatPotensial>
{
    protected override TingkatPotensial ReadValue(Node node) => Labels.Potensial.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, TingkatPotensial value) => writer.WriteStringValue(Labels.Potensial.ToLabel(value));
}

internal sealed class PenggabunganKinerjaConverter : AsnConverter<PenggabunganKinerja>
{
    protected override PenggabunganKinerja ReadValue(Node node) => Labels.Penggabungan.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, PenggabunganKinerja value) => writer.WriteStringValue(Labels.Penggabungan.ToLabel(value));
}
internal sealed class SumberPotensialConverter : AsnConverter<SumberPotensial>
{
    protected override SumberPotensial ReadValue(Node node) => Labels.SumberPotensial.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, SumberPotensial value) => writer.WriteStringValue(Labels.SumberPotensial.ToLabel(value));
}

internal sealed class KebijakanPredikatBelumDitetapkanConverter : AsnConverter<KebijakanPredikatBelumDitetapkan>
{
    protected override KebijakanPredikatBelumDitetapkan ReadValue(Node node) => Labels.PredikatBelumDitetapkan.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, KebijakanPredikatBelumDitetapkan value) => writer.WriteStringValue(Labels.PredikatBelumDitetapkan.ToLabel(value));
}

internal sealed class KebijakanSumberPotensialConverter : AsnConverter<KebijakanSumberPotensial>
{
    protected override KebijakanSumberPotensial ReadValue(Node node) => Labels.KebijakanSumberPotensial.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, KebijakanSumberPotensial value) => writer.WriteStringValue(Labels.KebijakanSumberPotensial.ToLabel(value));
}


internal sealed class SumberUmpanBalikConverter : AsnConverter<SumberUmpanBalik>
{
    protected override SumberUmpanBalik ReadValue(Node node) => Labels.SumberUmpanBalik.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, SumberUmpanBalik value) => writer.WriteStringValue(Labels.SumberUmpanBalik.ToLabel(value));
}

internal sealed class LanguageConverter : AsnConverter<Language>
{
    protected override Language ReadValue(Node node) => Labels.Language.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, Language value) => writer.WriteStringValue(Labels.Language.ToLabel(value));
}

internal sealed class RuleDomainConverter : AsnConverter<RuleDomain>
{
    protected override RuleDomain ReadValue(Node node) => Labels.RuleDomain.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, RuleDomain value) => writer.WriteStringValue(Labels.RuleDomain.ToLabel(value));
}

internal sealed class SemesterConverter : AsnConverter<Semester>
{
    protected override Semester ReadValue(Node node) => Labels.Semester.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, Semester value) => writer.WriteStringValue(Labels.Semester.ToLabel(value));
}

internal sealed class TriwulanConverter : AsnConverter<Triwulan>
{
    protected override Triwulan ReadValue(Node node) => Labels.Triwulan.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, Triwulan value) => writer.WriteStringValue(Labels.Triwulan.ToLabel(value));
}

internal sealed class JenisKelaminConverter : AsnConverter<JenisKelamin>
{
    protected override JenisKelamin ReadValue(Node node) => Labels.JenisKelamin.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, JenisKelamin value) => writer.WriteStringValue(Labels.JenisKelamin.ToLabel(value));
}

internal sealed class JenisStatusPegawaiConverter : AsnConverter<JenisStatusPegawai>
{
    protected override JenisStatusPegawai ReadValue(Node node) => Labels.JenisStatusPegawai.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, JenisStatusPegawai value) => writer.WriteStringValue(Labels.JenisStatusPegawai.ToLabel(value));
}

internal sealed class BatasPenetapanSkpConverter : AsnConverter<BatasPenetapanSkp>
{
    protected override BatasPenetapanSkp ReadValue(Node node) => Labels.BatasPenetapanSkp.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, BatasPenetapanSkp value) => writer.WriteStringValue(Labels.BatasPenetapanSkp.ToLabel(value));
}

internal sealed class PenghitunganHariKeberatanConverter : AsnConverter<PenghitunganHariKeberatan>
{
    protected override PenghitunganHariKeberatan ReadValue(Node node) => Labels.PenghitunganHariKeberatan.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, PenghitunganHariKeberatan value) => writer.WriteStringValue(Labels.PenghitunganHariKeberatan.ToLabel(value));
}

internal sealed class SumberPredikatAkhirConverter : AsnConverter<SumberPredikatAkhir>
{
    protected override SumberPredikatAkhir ReadValue(Node node) => Labels.SumberPredikatAkhir.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, SumberPredikatAkhir value) => writer.WriteStringValue(Labels.SumberPredikatAkhir.ToLabel(value));
}

internal sealed class PerlakuanStatusPegawaiConverter : AsnConverter<PerlakuanStatusPegawai>
{
    protected override PerlakuanStatusPegawai ReadValue(Node node) => Labels.PerlakuanStatusPegawai.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, PerlakuanStatusPegawai value) => writer.WriteStringValue(Labels.PerlakuanStatusPegawai.ToLabel(value));
}

internal sealed class CakupanStatusPegawaiConverter : AsnConverter<CakupanStatusPegawai>
{
    protected override CakupanStatusPegawai ReadValue(Node node) => Labels.CakupanStatusPegawai.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, CakupanStatusPegawai value) => writer.WriteStringValue(Labels.CakupanStatusPegawai.ToLabel(value));
}

internal sealed class UnitPenghitunganMutasiConverter : AsnConverter<UnitPenghitunganMutasi>
{
    protected override UnitPenghitunganMutasi ReadValue(Node node) => Labels.UnitPenghitunganMutasi.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, UnitPenghitunganMutasi value) => writer.WriteStringValue(Labels.UnitPenghitunganMutasi.ToLabel(value));
}

internal sealed class PenghitunganBulanConverter : AsnConverter<PenghitunganBulan>
{
    protected override PenghitunganBulan ReadValue(Node node) => Labels.PenghitunganBulan.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, PenghitunganBulan value) => writer.WriteStringValue(Labels.PenghitunganBulan.ToLabel(value));
}

internal sealed class KebijakanSisaAngkaKreditConverter : AsnConverter<KebijakanSisaAngkaKredit>
{
    protected override KebijakanSisaAngkaKredit ReadValue(Node node) => Labels.KebijakanSisaAngkaKredit.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, KebijakanSisaAngkaKredit value) => writer.WriteStringValue(Labels.KebijakanSisaAngkaKredit.ToLabel(value));
}

internal sealed class TindakLanjutTalentaConverter : AsnConverter<TindakLanjutTalenta>
{
    protected override TindakLanjutTalenta ReadValue(Node node) => Labels.TindakLanjutTalenta.Read(node);

    protected override void WriteValue(Utf8JsonWriter writer, TindakLanjutTalenta value) => writer.WriteStringValue(Labels.TindakLanjutTalenta.ToLabel(value));
}

internal sealed class LocalDateConverter : AsnConverter<LocalDate>
{
    protected override LocalDate ReadValue(Node node) => R.Date(node);

    protected override void WriteValue(Utf8JsonWriter writer, LocalDate value) => writer.WriteStringValue(W.Date(value));
}

internal sealed class YearMonthConverter : AsnConverter<YearMonth>
{
    protected override YearMonth ReadValue(Node node) => R.YearMonth(node);

    protected override void WriteValue(Utf8JsonWriter writer, YearMonth value) => writer.WriteStringValue(value.Calendar == CalendarSystem.Iso ? NodaTime.Text.YearMonthPattern.Iso.Format(value) : throw new JsonException("Only ISO-calendar year-months can be written."));
}

internal sealed class NipConverter : AsnConverter<Nip>
{
    protected override Nip ReadValue(Node node) => R.Nip(node);

    protected override void WriteValue(Utf8JsonWriter writer, Nip value) => writer.WriteStringValue(W.Nip(value));
}
