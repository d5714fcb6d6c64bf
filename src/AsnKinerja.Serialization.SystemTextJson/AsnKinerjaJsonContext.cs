using System.Text.Json.Serialization;
using AsnKinerja.BehaviourRubric;
using AsnKinerja.Cascading;
using AsnKinerja.NineBox;
using AsnKinerja.Predicates;
using AsnKinerja.Serialization.SystemTextJson.Converters;
using NodaTime;

namespace AsnKinerja.Serialization.SystemTextJson;

/// <summary>
/// The source-generated <see cref="JsonSerializerContext"/> of the AsnKinerja wire format (<c>asnkinerja/1</c>):
/// every public model and result type with its hand-written converter, so serialization works trimmed and
/// AOT-compiled without reflection. Use it directly (<c>JsonSerializer.Serialize(skp, AsnKinerjaJsonContext.Default.Skp)</c>)
/// or through <see cref="AsnKinerjaJson.ConfigureForAsnKinerja(System.Text.Json.JsonSerializerOptions, DefinitionCatalog?, RuleSetRegistry?)"/>.
/// </summary>
/// <remarks>The context is immutable and thread-safe. Its maximum depth is <see cref="AsnKinerjaJson.MaxDepth"/>.</remarks>
[JsonSourceGenerationOptions(
    MaxDepth = AsnKinerjaJson.MaxDepth,
    Converters = new[]
    {
        typeof(RuleSetIdConverter),
        typeof(FindingValueConverter),
        typeof(AppliedPolicyConverter),
        typeof(RegulationReferenceConverter),
        typeof(ExplanationConverter),
        typeof(FindingConverter),
        typeof(ValidationResultConverter),
        typeof(JabatanConverter),
        typeof(PeriodeKinerjaConverter),
        typeof(UnitKerjaConverter),
        typeof(PenempatanPegawaiConverter),
        typeof(StrukturOrganisasiConverter),
        typeof(TargetIkiConverter),
        typeof(IndikatorKinerjaIndividuConverter),
        typeof(RencanaHasilKerjaConverter),
        typeof(PerilakuKerjaSkpConverter),
        typeof(LampiranSkpConverter),
        typeof(PejabatConverter),
        typeof(PertimbanganPenilaianConverter),
        typeof(PejabatPenilaiKinerjaConverter),
        typeof(SkpConverter),
        typeof(JumlahPredikatConverter),
        typeof(DistribusiOptionsConverter),
        typeof(PenilaianRhkConverter),
        typeof(PredikatPeriodeConverter),
        typeof(PegawaiKalibrasiConverter),
        typeof(PemetaanRatingPimpinanConverter),
        typeof(PredikatTerhitungConverter),
        typeof(KeputusanPredikatConverter),
        typeof(SaranOfEkspektasiConverter),
        typeof(SaranOfPredikatKinerjaConverter),
        typeof(RentangKuotaConverter),
        typeof(KuotaResultConverter),
        typeof(BatasanResultConverter),
        typeof(PemeriksaanDistribusiResultConverter),
        typeof(UsulanKalibrasiConverter),
        typeof(PerubahanPredikatConverter),
        typeof(StatistikDistribusiConverter),
        typeof(KebutuhanKenaikanConverter),
        typeof(AngkaKreditResultConverter),
        typeof(JarakKenaikanConverter),
        typeof(KotakTalentaConverter),
        typeof(KinerjaTahunanConverter),
        typeof(NilaiPotensialConverter),
        typeof(DataTalentaPegawaiConverter),
        typeof(PetaTalentaOptionsConverter),
        typeof(RekomendasiTindakLanjutConverter),
        typeof(PenempatanTalentaConverter),
        typeof(PerubahanKotakTalentaConverter),
        typeof(PenempatanTalentaResultConverter),
        typeof(PetaTalentaUnitConverter),
        typeof(UmpanBalikConverter),
        typeof(PenilaianNilaiBerakhlakConverter),
        typeof(KebijakanSaranPerilakuConverter),
        typeof(SaranRatingPerilakuConverter),
        typeof(PenilaianPerilakuKerjaConverter),
        typeof(CatatanPerilakuKerjaConverter),
        typeof(KatalogBerakhlakConverter),
        typeof(PerilakuKerjaOptionsConverter),
        typeof(TimKerjaConverter),
        typeof(CascadingOptionsConverter),
        typeof(CascadingGraphConverter),
        typeof(RhkNodeConverter),
        typeof(CascadeLineageConverter),
        typeof(KolomMphConverter),
        typeof(MatriksPeranHasilConverter),
        typeof(EkspektasiConverter),
        typeof(PredikatKinerjaConverter),
        typeof(PredikatKinerjaOrganisasiConverter),
        typeof(FindingSeverityConverter),
        typeof(ConfidenceConverter),
        typeof(JenisJabatanConverter),
        typeof(JenjangFungsionalConverter),
        typeof(JenisPeriodeConverter),
        typeof(StatusKepegawaianConverter),
        typeof(PendekatanSkpConverter),
        typeof(StatusSkpConverter),
        typeof(JenisRhkConverter),
        typeof(KlasifikasiRhkConverter),
        typeof(AspekIkiConverter),
        typeof(PerspektifIkiConverter),
        typeof(MetodeCascadingConverter),
        typeof(KewenanganPenilaiConverter),
        typeof(StatusPenilaiConverter),
        typeof(JabatanNonAsnConverter),
        typeof(TugasTambahanConverter),
        typeof(JenisPertimbanganConverter),
        typeof(JenisSkpConverter),
        typeof(DasarAkumulasiConverter),
        typeof(NilaiBerakhlakConverter),
        typeof(PembulatanConverter),
        typeof(MaknaSebagianBesarConverter),
        typeof(KebijakanUnitKecilConverter),
        typeof(PenghitunganKepalaUnitConverter),
        typeof(TingkatPenegakanConverter),
        typeof(StatusDistribusiConverter),
        typeof(JenisBatasanConverter),
        typeof(MetodeSaranTahunanConverter),
        typeof(GolonganRuangConverter),
        typeof(TingkatPotensialConverter),
        typeof(PenggabunganKinerjaConverter),
        typeof(SumberPotensialConverter),
        typeof(KebijakanPredikatBelumDitetapkanConverter),
        typeof(KebijakanSumberPotensialConverter),
        typeof(SumberUmpanBalikConverter),
        typeof(KebijakanPenjumlahanTargetConverter),
        typeof(KebijakanPerspektifJptConverter),
        typeof(LineageEndConverter),
        typeof(JenisKolomMphConverter),
        typeof(LocalDateConverter),
        typeof(YearMonthConverter),
        typeof(NipConverter),
    })]
[JsonSerializable(typeof(RuleSetId))]
[JsonSerializable(typeof(FindingValue))]
[JsonSerializable(typeof(AppliedPolicy))]
[JsonSerializable(typeof(RegulationReference))]
[JsonSerializable(typeof(Explanation))]
[JsonSerializable(typeof(Finding))]
[JsonSerializable(typeof(ValidationResult))]
[JsonSerializable(typeof(Jabatan))]
[JsonSerializable(typeof(PeriodeKinerja))]
[JsonSerializable(typeof(UnitKerja))]
[JsonSerializable(typeof(PenempatanPegawai))]
[JsonSerializable(typeof(StrukturOrganisasi))]
[JsonSerializable(typeof(TargetIki))]
[JsonSerializable(typeof(IndikatorKinerjaIndividu))]
[JsonSerializable(typeof(RencanaHasilKerja))]
[JsonSerializable(typeof(PerilakuKerjaSkp))]
[JsonSerializable(typeof(LampiranSkp))]
[JsonSerializable(typeof(Pejabat))]
[JsonSerializable(typeof(PertimbanganPenilaian))]
[JsonSerializable(typeof(PejabatPenilaiKinerja))]
[JsonSerializable(typeof(Skp))]
[JsonSerializable(typeof(JumlahPredikat))]
[JsonSerializable(typeof(DistribusiOptions))]
[JsonSerializable(typeof(PenilaianRhk))]
[JsonSerializable(typeof(PredikatPeriode))]
[JsonSerializable(typeof(PegawaiKalibrasi))]
[JsonSerializable(typeof(PemetaanRatingPimpinan))]
[JsonSerializable(typeof(PredikatTerhitung))]
[JsonSerializable(typeof(KeputusanPredikat))]
[JsonSerializable(typeof(Saran<Ekspektasi>), TypeInfoPropertyName = "SaranOfEkspektasi")]
[JsonSerializable(typeof(Saran<PredikatKinerja>), TypeInfoPropertyName = "SaranOfPredikatKinerja")]
[JsonSerializable(typeof(RentangKuota))]
[JsonSerializable(typeof(KuotaResult))]
[JsonSerializable(typeof(BatasanResult))]
[JsonSerializable(typeof(PemeriksaanDistribusiResult))]
[JsonSerializable(typeof(UsulanKalibrasi))]
[JsonSerializable(typeof(PerubahanPredikat))]
[JsonSerializable(typeof(StatistikDistribusi))]
[JsonSerializable(typeof(KebutuhanKenaikan))]
[JsonSerializable(typeof(AngkaKreditResult))]
[JsonSerializable(typeof(JarakKenaikan))]
[JsonSerializable(typeof(KotakTalenta))]
[JsonSerializable(typeof(KinerjaTahunan))]
[JsonSerializable(typeof(NilaiPotensial))]
[JsonSerializable(typeof(DataTalentaPegawai))]
[JsonSerializable(typeof(PetaTalentaOptions))]
[JsonSerializable(typeof(RekomendasiTindakLanjut))]
[JsonSerializable(typeof(PenempatanTalenta))]
[JsonSerializable(typeof(PerubahanKotakTalenta))]
[JsonSerializable(typeof(PenempatanTalentaResult))]
[JsonSerializable(typeof(PetaTalentaUnit))]
[JsonSerializable(typeof(UmpanBalik))]
[JsonSerializable(typeof(PenilaianNilaiBerakhlak))]
[JsonSerializable(typeof(KebijakanSaranPerilaku))]
[JsonSerializable(typeof(SaranRatingPerilaku))]
[JsonSerializable(typeof(PenilaianPerilakuKerja))]
[JsonSerializable(typeof(CatatanPerilakuKerja))]
[JsonSerializable(typeof(KatalogBerakhlak))]
[JsonSerializable(typeof(PerilakuKerjaOptions))]
[JsonSerializable(typeof(TimKerja))]
[JsonSerializable(typeof(CascadingOptions))]
[JsonSerializable(typeof(CascadingGraph))]
[JsonSerializable(typeof(RhkNode))]
[JsonSerializable(typeof(CascadeLineage))]
[JsonSerializable(typeof(KolomMph))]
[JsonSerializable(typeof(MatriksPeranHasil))]
[JsonSerializable(typeof(Ekspektasi))]
[JsonSerializable(typeof(PredikatKinerja))]
[JsonSerializable(typeof(PredikatKinerjaOrganisasi))]
[JsonSerializable(typeof(FindingSeverity))]
[JsonSerializable(typeof(Confidence))]
[JsonSerializable(typeof(JenisJabatan))]
[JsonSerializable(typeof(JenjangFungsional))]
[JsonSerializable(typeof(JenisPeriode))]
[JsonSerializable(typeof(StatusKepegawaian))]
[JsonSerializable(typeof(PendekatanSkp))]
[JsonSerializable(typeof(StatusSkp))]
[JsonSerializable(typeof(JenisRhk))]
[JsonSerializable(typeof(KlasifikasiRhk))]
[JsonSerializable(typeof(AspekIki))]
[JsonSerializable(typeof(PerspektifIki))]
[JsonSerializable(typeof(MetodeCascading))]
[JsonSerializable(typeof(KewenanganPenilai))]
[JsonSerializable(typeof(StatusPenilai))]
[JsonSerializable(typeof(JabatanNonAsn))]
[JsonSerializable(typeof(TugasTambahan))]
[JsonSerializable(typeof(JenisPertimbangan))]
[JsonSerializable(typeof(JenisSkp))]
[JsonSerializable(typeof(DasarAkumulasi))]
[JsonSerializable(typeof(NilaiBerakhlak))]
[JsonSerializable(typeof(Pembulatan))]
[JsonSerializable(typeof(MaknaSebagianBesar))]
[JsonSerializable(typeof(KebijakanUnitKecil))]
[JsonSerializable(typeof(PenghitunganKepalaUnit))]
[JsonSerializable(typeof(TingkatPenegakan))]
[JsonSerializable(typeof(StatusDistribusi))]
[JsonSerializable(typeof(JenisBatasan))]
[JsonSerializable(typeof(MetodeSaranTahunan))]
[JsonSerializable(typeof(GolonganRuang))]
[JsonSerializable(typeof(TingkatPotensial))]
[JsonSerializable(typeof(PenggabunganKinerja))]
[JsonSerializable(typeof(SumberPotensial))]
[JsonSerializable(typeof(KebijakanPredikatBelumDitetapkan))]
[JsonSerializable(typeof(KebijakanSumberPotensial))]
[JsonSerializable(typeof(SumberUmpanBalik))]
[JsonSerializable(typeof(KebijakanPenjumlahanTarget))]
[JsonSerializable(typeof(KebijakanPerspektifJpt))]
[JsonSerializable(typeof(LineageEnd))]
[JsonSerializable(typeof(JenisKolomMph))]
[JsonSerializable(typeof(LocalDate))]
[JsonSerializable(typeof(YearMonth))]
[JsonSerializable(typeof(Nip))]
[JsonSerializable(typeof(Skp[]), TypeInfoPropertyName = "SkpArray")]
[JsonSerializable(typeof(Finding[]), TypeInfoPropertyName = "FindingArray")]
[JsonSerializable(typeof(PemeriksaanDistribusiResult[]), TypeInfoPropertyName = "PemeriksaanDistribusiResultArray")]
[JsonSerializable(typeof(DataTalentaPegawai[]), TypeInfoPropertyName = "DataTalentaPegawaiArray")]
[JsonSerializable(typeof(UmpanBalik[]), TypeInfoPropertyName = "UmpanBalikArray")]
[JsonSerializable(typeof(PredikatTerhitung[]), TypeInfoPropertyName = "PredikatTerhitungArray")]
[JsonSerializable(typeof(PenempatanPegawai[]), TypeInfoPropertyName = "PenempatanPegawaiArray")]
[JsonSerializable(typeof(UnitKerja[]), TypeInfoPropertyName = "UnitKerjaArray")]
[JsonSerializable(typeof(TimKerja[]), TypeInfoPropertyName = "TimKerjaArray")]
public sealed partial class AsnKinerjaJsonContext : JsonSerializerContext
{
}
