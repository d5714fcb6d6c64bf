using System.Text.Json.Serialization;
using AsnKinerja.Serialization.SystemTextJson.Converters;

namespace AsnKinerja.Serialization.SystemTextJson.Internal;

/// <summary>
/// Every converter of the wire format, in one list (ConfigureForAsnKinerja adds them all). A converter that reads
/// findings or explanations takes the catalogue; one that recomputes a result takes the registry of rule sets.
/// </summary>
internal static class ConverterTable
{
    public static IEnumerable<JsonConverter> Create(DefinitionCatalog catalog, RuleSetRegistry registry)
    {
        yield return new RuleSetIdConverter();
        yield return new FindingValueConverter();
        yield return new AppliedPolicyConverter();
        yield return new RegulationReferenceConverter();
        yield return new ExplanationConverter(catalog);
        yield return new FindingConverter(catalog);
        yield return new ValidationResultConverter(catalog);
        yield return new JabatanConverter();
        yield return new PeriodeKinerjaConverter();
        yield return new UnitKerjaConverter();
        yield return new PenempatanPegawaiConverter();
        yield return new StrukturOrganisasiConverter();
        yield return new TargetIkiConverter();
        yield return new IndikatorKinerjaIndividuConverter();
        yield return new RencanaHasilKerjaConverter();
        yield return new PerilakuKerjaSkpConverter();
        yield return new LampiranSkpConverter();
        yield return new PejabatConverter();
        yield return new PertimbanganPenilaianConverter();
        yield return new PejabatPenilaiKinerjaConverter();
        yield return new SkpConverter();
        yield return new JumlahPredikatConverter();
        yield return new DistribusiOptionsConverter();
        yield return new PenilaianRhkConverter();
        yield return new PredikatPeriodeConverter();
        yield return new PegawaiKalibrasiConverter();
        yield return new PemetaanRatingPimpinanConverter();
        yield return new PredikatTerhitungConverter(registry);
        yield return new KeputusanPredikatConverter(registry);
        yield return new SaranOfEkspektasiConverter();
        yield return new SaranOfPredikatKinerjaConverter();
        yield return new RentangKuotaConverter();
        yield return new KuotaResultConverter(registry);
        yield return new BatasanResultConverter();
        yield return new PemeriksaanDistribusiResultConverter(catalog, registry);
        yield return new UsulanKalibrasiConverter();
        yield return new PerubahanPredikatConverter();
        yield return new StatistikDistribusiConverter();
        yield return new KebutuhanKenaikanConverter();
        yield return new AngkaKreditResultConverter(registry);
        yield return new JarakKenaikanConverter(registry);
        yield return new KotakTalentaConverter();
        yield return new KinerjaTahunanConverter();
        yield return new NilaiPotensialConverter();
        yield return new DataTalentaPegawaiConverter();
        yield return new PetaTalentaOptionsConverter();
        yield return new RekomendasiTindakLanjutConverter();
        yield return new PenempatanTalentaConverter(registry);
        yield return new PerubahanKotakTalentaConverter();
        yield return new PenempatanTalentaResultConverter(registry);
        yield return new PetaTalentaUnitConverter();
        yield return new UmpanBalikConverter();
        yield return new PenilaianNilaiBerakhlakConverter();
        yield return new KebijakanSaranPerilakuConverter();
        yield return new SaranRatingPerilakuConverter(registry);
        yield return new PenilaianPerilakuKerjaConverter(registry);
        yield return new CatatanPerilakuKerjaConverter(registry);
        yield return new KatalogBerakhlakConverter(registry);
        yield return new PerilakuKerjaOptionsConverter();
        yield return new TimKerjaConverter();
        yield return new CascadingOptionsConverter();
        yield return new CascadingGraphConverter();
        yield return new RhkNodeConverter();
        yield return new CascadeLineageConverter();
        yield return new KolomMphConverter();
        yield return new MatriksPeranHasilConverter();
        yield return new EkspektasiConverter();
        yield return new PredikatKinerjaConverter();
        yield return new PredikatKinerjaOrganisasiConverter();
        yield return new FindingSeverityConverter();
        yield return new ConfidenceConverter();
        yield return new JenisJabatanConverter();
        yield return new JenjangFungsionalConverter();
        yield return new JenisPeriodeConverter();
        yield return new StatusKepegawaianConverter();
        yield return new PendekatanSkpConverter();
        yield return new StatusSkpConverter();
        yield return new JenisRhkConverter();
        yield return new KlasifikasiRhkConverter();
        yield return new AspekIkiConverter();
        yield return new PerspektifIkiConverter();
        yield return new MetodeCascadingConverter();
        yield return new KewenanganPenilaiConverter();
        yield return new StatusPenilaiConverter();
        yield return new JabatanNonAsnConverter();
        yield return new TugasTambahanConverter();
        yield return new JenisPertimbanganConverter();
        yield return new JenisSkpConverter();
        yield return new DasarAkumulasiConverter();
        yield return new NilaiBerakhlakConverter();
        yield return new PembulatanConverter();
        yield return new MaknaSebagianBesarConverter();
        yield return new KebijakanUnitKecilConverter();
        yield return new PenghitunganKepalaUnitConverter();
        yield return new TingkatPenegakanConverter();
        yield return new StatusDistribusiConverter();
        yield return new JenisBatasanConverter();
        yield return new MetodeSaranTahunanConverter();
        yield return new GolonganRuangConverter();
        yield return new TingkatPotensialConverter();
        yield return new PenggabunganKinerjaConverter();
        yield return new SumberPotensialConverter();
        yield return new KebijakanPredikatBelumDitetapkanConverter();
        yield return new KebijakanSumberPotensialConverter();
        yield return new SumberUmpanBalikConverter();
        yield return new KebijakanPenjumlahanTargetConverter();
        yield return new KebijakanPerspektifJptConverter();
        yield return new LineageEndConverter();
        yield return new JenisKolomMphConverter();
        yield return new LocalDateConverter();
        yield return new YearMonthConverter();
        yield return new NipConverter();
    }
}
