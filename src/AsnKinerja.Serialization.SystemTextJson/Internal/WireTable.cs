using System.Text.Json;
using AsnKinerja.BehaviourRubric;
using AsnKinerja.Cascading;
using AsnKinerja.NineBox;
using AsnKinerja.Predicates;
using AsnKinerja.Serialization.SystemTextJson.Codecs;
using NodaTime;
using NodaTime.Text;

namespace AsnKinerja.Serialization.SystemTextJson.Internal;

/// <summary>
/// The wire format's one list of types: each type is registered once, here, with the codec that maps it to JSON.
/// The converters (one <see cref="WireConverter{T}"/> per type) and the resolver's type information (the type, its
/// arrays, lists and string-keyed dictionaries of it) are made from this list, and a test checks that
/// every public type of the packages covered is either here or listed as deliberately excluded, with its reason.
/// </summary>
internal static class WireTable
{
    /// <summary>Every type of the format, each with its converter, for the given catalogue, rule sets and limits.</summary>
    public static IReadOnlyList<WireType> Create(DefinitionCatalog catalog, RuleSetRegistry registry, WireFormatLimits limits)
    {
        var t = new Builder(limits);

        // Core
        t.TextStruct<RuleSetId>(RuleSetIdCodec.Read, RuleSetIdCodec.Format);
        t.Struct<FindingValue>(FindingValueCodec.Read, FindingValueCodec.Write);
        t.Struct<AppliedPolicy>(AppliedPolicyCodec.Read, AppliedPolicyCodec.Write);
        t.Object<RegulationReference>(RegulationReferenceCodec.Read, RegulationReferenceCodec.Write);
        t.Object<Explanation>(n => ExplanationCodec.Read(n, catalog), ExplanationCodec.Write);
        t.Object<Finding>(n => FindingCodec.Read(n, catalog), FindingCodec.Write);
        t.Object<ValidationResult>(n => ValidationResultCodec.Read(n, catalog), ValidationResultCodec.Write);
        t.Struct<Jabatan>(JabatanCodec.Read, JabatanCodec.Write);
        t.Object<PeriodeKinerja>(PeriodeKinerjaCodec.Read, PeriodeKinerjaCodec.Write);
        t.Object<UnitKerja>(UnitKerjaCodec.Read, UnitKerjaCodec.Write);
        t.Object<PenempatanPegawai>(PenempatanPegawaiCodec.Read, PenempatanPegawaiCodec.Write);
        t.Object<StrukturOrganisasi>(StrukturCodec.Read, StrukturCodec.Write);
        t.Object<TargetIki>(TargetIkiCodec.Read, TargetIkiCodec.Write);
        t.Object<IndikatorKinerjaIndividu>(IkiCodec.Read, IkiCodec.Write);
        t.Object<RencanaHasilKerja>(RhkCodec.Read, RhkCodec.Write);
        t.Object<PerilakuKerjaSkp>(PerilakuKerjaSkpCodec.Read, PerilakuKerjaSkpCodec.Write);
        t.Object<LampiranSkp>(LampiranSkpCodec.Read, LampiranSkpCodec.Write);
        t.Object<Pejabat>(PejabatCodec.Read, PejabatCodec.Write);
        t.Object<PertimbanganPenilaian>(PertimbanganCodec.Read, PertimbanganCodec.Write);
        t.Object<PejabatPenilaiKinerja>(PejabatPenilaiCodec.Read, PejabatPenilaiCodec.Write);
        t.Object<Skp>(SkpCodec.Read, SkpCodec.Write);
        t.TextStruct<LocalDate>(R.Date, W.Date);
        t.TextStruct<YearMonth>(R.YearMonth, W.YearMonth);
        t.TextStruct<Nip>(R.Nip, W.Nip);

        // Predicates
        t.Struct<JumlahPredikat>(JumlahPredikatCodec.Read, JumlahPredikatCodec.Write);
        t.Object<DistribusiOptions>(DistribusiOptionsCodec.Read, DistribusiOptionsCodec.Write);
        t.Object<PenilaianRhk>(PenilaianRhkCodec.Read, PenilaianRhkCodec.Write);
        t.Object<PredikatPeriode>(PredikatPeriodeCodec.Read, PredikatPeriodeCodec.Write);
        t.Object<PegawaiKalibrasi>(PegawaiKalibrasiCodec.Read, PegawaiKalibrasiCodec.Write);
        t.Object<PemetaanRatingPimpinan>(PemetaanRatingPimpinanCodec.Read, PemetaanRatingPimpinanCodec.Write);
        t.Object<PredikatTerhitung>(n => PredikatTerhitungCodec.Read(n, registry), PredikatTerhitungCodec.Write);
        t.Object<KeputusanPredikat>(n => KeputusanPredikatCodec.Read(n, registry), KeputusanPredikatCodec.Write);
        t.WriteOnly<Saran<Ekspektasi>>(SaranCodec.Write, "Recompute it with SaranRatingHasilKerja.Suggest from the per-RHK assessments (PenilaianRhk).");
        t.WriteOnly<Saran<PredikatKinerja>>(SaranCodec.Write, "Recompute it with SaranPredikatTahunan.Suggest from the period predicates (PredikatPeriode).");
        t.Struct<RentangKuota>(RentangKuotaCodec.Read, RentangKuotaCodec.Write);
        t.Object<KuotaResult>(n => KuotaResultCodec.Read(n, registry), KuotaResultCodec.Write);
        t.WriteOnly<BatasanResult>(BatasanResultCodec.Write, "Read the PemeriksaanDistribusiResult that contains it.");
        t.Object<PemeriksaanDistribusiResult>(n => PemeriksaanDistribusiResultCodec.Read(n, catalog, registry), PemeriksaanDistribusiResultCodec.Write);
        t.WriteOnly<UsulanKalibrasi>(UsulanKalibrasiCodec.Write, "Recompute it with IDistribusiRules.ProposeKalibrasi from the verdict and the employees (PegawaiKalibrasi).");
        t.WriteOnly<SasaranKalibrasi>(SasaranKalibrasiCodec.Write, "Recompute it with IDistribusiRules.ProposeSasaran from the verdict it answers.");
        t.WriteOnly<PerubahanPredikat>(PerubahanPredikatCodec.Write, "Recompute the UsulanKalibrasi with IDistribusiRules.ProposeKalibrasi.");
        t.WriteOnly<StatistikDistribusi>(StatistikDistribusiCodec.Write, "Recompute it with StatistikDistribusi.From over the unit verdicts.");
        t.Object<RiwayatPenempatan>(RiwayatPenempatanCodec.Read, RiwayatPenempatanCodec.Write);
        t.Object<StatusPegawai>(StatusPegawaiCodec.Read, StatusPegawaiCodec.Write);
        t.Object<KebijakanStatusPegawai>(KebijakanStatusPegawaiCodec.Read, KebijakanStatusPegawaiCodec.Write);
        t.Object<KeberatanOptions>(KeberatanOptionsCodec.Read, KeberatanOptionsCodec.Write);
        t.Object<EvaluasiPeriodeOptions>(EvaluasiPeriodeOptionsCodec.Read, EvaluasiPeriodeOptionsCodec.Write);
        t.Object<PenilaianPegawai>(PenilaianPegawaiCodec.Read, PenilaianPegawaiCodec.Write);
        t.Object<EvaluasiPeriodeInput>(EvaluasiPeriodeInputCodec.Read, EvaluasiPeriodeInputCodec.Write);
        t.Object<PenetapanPredikat>(PenetapanPredikatCodec.Read, PenetapanPredikatCodec.Write);
        t.Object<PutusanKeberatan>(PutusanKeberatanCodec.Read, PutusanKeberatanCodec.Write);
        t.Object<CatatanKeberatan>(CatatanKeberatanCodec.Read, CatatanKeberatanCodec.Write);
        t.Object<KeputusanPeriode>(KeputusanPeriodeCodec.Read, KeputusanPeriodeCodec.Write);
        t.Object<Keberatan>(n => KeberatanCodec.Read(n, registry), KeberatanCodec.Write);
        t.Object<KeputusanKeberatan>(n => KeputusanKeberatanCodec.Read(n, registry), KeputusanKeberatanCodec.Write);
        t.Object<PredikatAkhir>(n => PredikatAkhirCodec.Read(n, registry), PredikatAkhirCodec.Write);
        t.WriteOnly<PenghitunganPegawai>(PenghitunganPegawaiCodec.Write, "Recompute it with KebijakanStatusPegawai.Apply from the placements and statuses.");
        t.WriteOnly<EvaluasiPegawai>(EvaluasiPegawaiCodec.Write, "Read the EvaluasiPeriodeResult it belongs to, which replays the period.");
        t.WriteOnly<EvaluasiUnit>(EvaluasiUnitCodec.Write, "Read the EvaluasiPeriodeResult it belongs to, which replays the period.");
        t.Object<EvaluasiPeriodeResult>(n => EvaluasiPeriodeResultCodec.Read(n, catalog, registry), EvaluasiPeriodeResultCodec.Write);
        t.Object<KebutuhanKenaikan>(n => KebutuhanKenaikanCodec.Read(n, TabelAngkaKredit.PermenPanRb1Tahun2023), KebutuhanKenaikanCodec.Write);
        t.Object<AngkaKreditResult>(n => AngkaKreditResultCodec.Read(n, registry), AngkaKreditResultCodec.Write);
        t.Object<JarakKenaikan>(n => JarakKenaikanCodec.Read(n, registry), JarakKenaikanCodec.Write);

        // NineBox
        t.Struct<KotakTalenta>(KotakTalentaCodec.Read, KotakTalentaCodec.Write);
        t.Struct<KinerjaTahunan>(KinerjaTahunanCodec.Read, KinerjaTahunanCodec.Write);
        t.Struct<NilaiPotensial>(NilaiPotensialCodec.Read, NilaiPotensialCodec.Write);
        t.Object<DataTalentaPegawai>(DataTalentaPegawaiCodec.Read, DataTalentaPegawaiCodec.Write);
        t.Object<PetaTalentaOptions>(PetaTalentaOptionsCodec.Read, PetaTalentaOptionsCodec.Write);
        t.Text<RekomendasiTindakLanjut>(RekomendasiCodec.Read, r => r.Kode);
        t.Object<PenempatanTalenta>(n => PenempatanTalentaCodec.Read(n, registry), PenempatanTalentaCodec.Write);
        t.WriteOnly<PerubahanKotakTalenta>(PerubahanKotakTalentaCodec.Write, "Recompute it with IPetaTalentaRules.EvaluateUnit (the rules of the unit map's ruleSet).");
        t.Object<PenempatanTalentaResult>(n => PenempatanTalentaResultCodec.Read(n, registry), PenempatanTalentaResultCodec.Write);
        t.WriteOnly<PetaTalentaUnit>(PetaTalentaUnitCodec.Write, "Recompute it with IPetaTalentaRules.EvaluateUnit (the rules of its ruleSet) from the DataTalentaPegawai list.");

        // BehaviourRubric
        t.Object<UmpanBalik>(UmpanBalikCodec.Read, UmpanBalikCodec.Write);
        t.Object<PenilaianNilaiBerakhlak>(PenilaianNilaiBerakhlakCodec.Read, PenilaianNilaiBerakhlakCodec.Write);
        t.Text<KebijakanSaranPerilaku>(KebijakanSaranPerilakuCodec.Read, k => k.Name);
        t.Object<SaranRatingPerilaku>(n => SaranRatingPerilakuCodec.Read(n, registry), SaranRatingPerilakuCodec.Write);
        t.Object<PenilaianPerilakuKerja>(n => PenilaianPerilakuKerjaCodec.Read(n, registry), PenilaianPerilakuKerjaCodec.Write);
        t.Object<CatatanPerilakuKerja>(n => CatatanPerilakuKerjaCodec.Read(n, registry), CatatanPerilakuKerjaCodec.Write);
        t.Text<KatalogBerakhlak>(n => KatalogBerakhlakCodec.Read(n, registry), k => RuleSetIdCodec.Format(k.RuleSet));
        t.Object<PerilakuKerjaOptions>(PerilakuKerjaOptionsCodec.Read, PerilakuKerjaOptionsCodec.Write);

        // Cascading
        t.Object<TimKerja>(TimKerjaCodec.Read, TimKerjaCodec.Write);
        t.Object<CascadingOptions>(CascadingOptionsCodec.Read, CascadingOptionsCodec.Write);
        t.Object<CascadingGraph>(CascadingGraphCodec.Read, CascadingGraphCodec.Write);
        t.WriteOnly<RhkNode>(RhkNodeCodec.Write, "Read the cascade input (CascadingGraph) and look the RHK up with CascadingGraph.GetNode.");
        t.WriteOnly<CascadeLineage>(CascadeLineageCodec.Write, "Read the cascade input (CascadingGraph) and recompute it with CascadingGraph.GetLineage.");
        t.WriteOnly<KolomMph>(KolomMphCodec.Write, "Read the cascade input (CascadingGraph) and recompute the matrix with CascadingGraph.GetMatriksPeranHasil.");
        t.WriteOnly<MatriksPeranHasil>(MatriksPeranHasilCodec.Write, "Read the cascade input (CascadingGraph) and recompute it with CascadingGraph.GetMatriksPeranHasil.");

        // Labels: one canonical label per member, never the enum's number.
        t.Label(Labels.Rating);
        t.Label(Labels.Predikat);
        t.Label(Labels.PredikatOrganisasi);
        t.Label(Labels.Severity);
        t.Label(Labels.Confidence);
        t.Label(Labels.JenisJabatan);
        t.Label(Labels.Jenjang);
        t.Label(Labels.JenisPeriode);
        t.Label(Labels.StatusKepegawaian);
        t.Label(Labels.Pendekatan);
        t.Label(Labels.StatusSkp);
        t.Label(Labels.JenisRhk);
        t.Label(Labels.KlasifikasiRhk);
        t.Label(Labels.Aspek);
        t.Label(Labels.Perspektif);
        t.Label(Labels.MetodeCascading);
        t.Label(Labels.Kewenangan);
        t.Label(Labels.StatusPenilai);
        t.Label(Labels.JabatanNonAsn);
        t.Label(Labels.TugasTambahan);
        t.Label(Labels.JenisPertimbangan);
        t.Label(Labels.JenisSkp);
        t.Label(Labels.DasarAkumulasi);
        t.Label(Labels.NilaiBerakhlak);
        t.Label(Labels.Pembulatan);
        t.Label(Labels.SebagianBesar);
        t.Label(Labels.UnitKecil);
        t.Label(Labels.KepalaUnit);
        t.Label(Labels.Penegakan);
        t.Label(Labels.StatusDistribusi);
        t.Label(Labels.JenisBatasan);
        t.Label(Labels.MetodeSaranTahunan);
        t.Label(Labels.Golongan);
        t.Label(Labels.Potensial);
        t.Label(Labels.Penggabungan);
        t.Label(Labels.SumberPotensial);
        t.Label(Labels.PredikatBelumDitetapkan);
        t.Label(Labels.KebijakanSumberPotensial);
        t.Label(Labels.SumberUmpanBalik);
        t.Label(Labels.PenjumlahanTarget);
        t.Label(Labels.PerspektifJpt);
        t.Label(Labels.LineageEnd);
        t.Label(Labels.JenisKolomMph);
        t.Label(Labels.Language);
        t.Label(Labels.RuleDomain);
        t.Label(Labels.Semester);
        t.Label(Labels.Triwulan);
        t.Label(Labels.JenisKelamin);
        t.Label(Labels.JenisStatusPegawai);
        t.Label(Labels.BatasPenetapanSkp);
        t.Label(Labels.PenghitunganHariKeberatan);
        t.Label(Labels.SumberPredikatAkhir);
        t.Label(Labels.PerlakuanStatusPegawai);
        t.Label(Labels.CakupanStatusPegawai);
        t.Label(Labels.UnitPenghitunganMutasi);
        t.Label(Labels.PenghitunganBulan);
        t.Label(Labels.KebijakanSisaAngkaKredit);
        t.Label(Labels.TindakLanjutTalenta);
        return t.Types;
    }

    /// <summary>A type's name for messages: <c>Saran&lt;Ekspektasi&gt;</c> rather than <c>Saran`1</c>.</summary>
    public static string Name(Type type) =>
        type.IsGenericType ? type.Name.Split('`')[0] + "<" + string.Join(", ", type.GetGenericArguments().Select(Name)) + ">" : type.Name;

    /// <summary>"a Skp", "an Explanation".</summary>
    public static string Describe(Type type) => (type.Name[0] is 'A' or 'E' or 'I' or 'O' or 'U' ? "an " : "a ") + Name(type);

    private sealed class Builder
    {
        private readonly WireFormatLimits _limits;

        public Builder(WireFormatLimits limits) => _limits = limits;

        public List<WireType> Types { get; } = new();

        /// <summary>A class written as a JSON object (or any form its codec writes), parsed once per document.</summary>
        public void Object<T>(Func<Node, T> read, Action<Utf8JsonWriter, T> write)
            where T : class =>
            Types.Add(new WireType<T>(new WireConverter<T>(read, write, null, null, string.Empty, _limits)));

        /// <summary>A struct written as a JSON object; its nullable form is registered too.</summary>
        public void Struct<T>(Func<Node, T> read, Action<Utf8JsonWriter, T> write)
            where T : struct =>
            Types.Add(new WireType<T>(new WireConverter<T>(read, write, null, null, string.Empty, _limits), NullableInfo.Add));

        /// <summary>A class read only to be refused: its inputs are not in the document, so it cannot be recomputed.</summary>
        public void WriteOnly<T>(Action<Utf8JsonWriter, T> write, string how)
            where T : class =>
            Types.Add(new WireType<T>(new WireConverter<T>(null, write, null, null, how, _limits)));

        /// <summary>A class written as one string: read from the reader without a document, and usable as a dictionary key.</summary>
        public void Text<T>(Func<Node, T> read, Func<T, string> format)
            where T : class =>
            Types.Add(new WireType<T>(TextConverter(read, format, null)));

        /// <summary>A struct written as one string (see <see cref="Text{T}"/>); its nullable form is registered too.</summary>
        public void TextStruct<T>(Func<Node, T> read, Func<T, string> format)
            where T : struct =>
            Types.Add(new WireType<T>(TextConverter(read, format, null), NullableInfo.Add));

        /// <summary>An enum written as its canonical label; a canonical label is matched on its UTF-8 bytes.</summary>
        public void Label<T>(LabelSet<T> labels)
            where T : struct, Enum =>
            Types.Add(new WireType<T>(TextConverter(labels.Read, labels.ToLabel, labels.TryMatch), NullableInfo.Add));

        private WireConverter<T> TextConverter<T>(Func<Node, T> read, Func<T, string> format, Utf8Parser<T>? utf8) =>
            new(read, (w, v) => w.WriteStringValue(format(v)), format, utf8, string.Empty, _limits);
    }
}
