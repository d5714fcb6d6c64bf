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
/// nullable form, arrays, lists and string-keyed dictionaries of it) are made from this list, and a test checks that
/// every public type of the packages covered is either here or in <see cref="Excluded"/> with its reason.
/// </summary>
internal static class WireTable
{
    /// <summary>
    /// Public types of the covered packages that are deliberately not in <c>asnkinerja/1</c>, with the reason
    /// (docs/wire-format.md lists the same). Static classes are never data and need no entry.
    /// </summary>
    public static readonly IReadOnlyList<(Type Type, string Reason)> Excluded = new (Type, string)[]
    {
        (typeof(RuleSet), "a regulation descriptor: documents name it by its RuleSetId, and the registry in the options resolves it"),
        (typeof(RuleSetRegistry), "behaviour, not data: it is given to the serializer options"),
        (typeof(RuleDomain), "a registry key, never part of a document"),
        (typeof(IRules), "behaviour: documents name rules by their rule set ID"),
        (typeof(ISkpRules), "behaviour: documents name rules by their rule set ID"),
        (typeof(ICascadingRules), "behaviour: documents name rules by their rule set ID"),
        (typeof(IKuadranRules), "behaviour: documents name rules by their rule set ID"),
        (typeof(IDistribusiRules), "behaviour: documents name rules by their rule set ID"),
        (typeof(IAngkaKreditRules), "behaviour: documents name rules by their rule set ID"),
        (typeof(IPerilakuKerjaRules), "behaviour: documents name rules by their rule set ID"),
        (typeof(IPetaTalentaRules), "behaviour: documents name rules by their rule set ID"),
        (typeof(FindingDefinition), "a catalogue entry: a finding is written with its code and read from the catalogue in the options"),
        (typeof(ExplanationDefinition), "a catalogue entry: an explanation is written with its key and read from the catalogue in the options"),
        (typeof(LocalizedText), "written inside the findings and explanations that carry it, as text per language"),
        (typeof(Language), "a rendering choice of the caller, never part of a document"),
        (typeof(Result<>), "a wrapper: its value and findings are written by their own types (a result type such as PenempatanTalentaResult carries both)"),
        (typeof(Saran<>), "only Saran<Ekspektasi> and Saran<PredikatKinerja> exist; they are registered"),
        (typeof(SkpBuilder), "mutable: an SKP is written as the Skp it builds"),
        (typeof(SkpRuleOptions), "the options of ISkpRules, configured in code or DI, not exchanged"),
        (typeof(BatasPenetapanSkp), "computed by ISkpRules.GetBatasPenetapan from the SKP, which is in the format"),
        (typeof(SelKuadran), "a cell of the quadrant table of IKuadranRules, which is code"),
        (typeof(PolaDistribusi), "a pattern of a distribution rule set, which is code: verdicts name their rule set"),
        (typeof(BatasanDistribusi), "a constraint of a pattern, written inside BatasanResult"),
        (typeof(AngkaKreditOptions), "recovered from the result that used it (the Pemula coefficient is written in AngkaKreditResult)"),
        (typeof(PenghitunganBulan), "a policy of AngkaKreditOptions, which is not exchanged"),
        (typeof(TabelAngkaKredit), "a table of a rule set, which is code: KebutuhanKenaikan is read against it"),
        (typeof(AkumulasiAngkaKredit), "not in asnkinerja/1 yet: recompute it with IAngkaKreditRules.Accumulate"),
        (typeof(KebijakanSisaAngkaKredit), "not in asnkinerja/1 yet: a policy of the accumulation"),
        (typeof(BulkInput), "column data for the bulk engine (arrays of numbers), exchanged as the caller's own columns"),
        (typeof(BulkOptions), "a run setting of the bulk engine, not a document"),
        (typeof(BulkResult), "column data of the bulk engine; read its verdicts with GetVerdict and write those"),
        (typeof(Semester), "written inside PeriodeKinerja as its dates"),
        (typeof(Triwulan), "written inside PeriodeKinerja as its dates"),
        (typeof(NilaiDasarBerakhlak), "a catalogue entry of a BerAKHLAK rule set, which is code: KatalogBerakhlak is written as its rule set ID"),
        (typeof(PanduanPerilaku), "a catalogue entry of a BerAKHLAK rule set, which is code"),
        (typeof(SaranPerilakuArguments), "the argument of a caller's own suggestion policy (code), never a document"),
        (typeof(TindakLanjutTalenta), "written as its follow-up code inside RekomendasiTindakLanjut"),
        (typeof(Keberatan), "not in asnkinerja/1 yet: the objection records of the period pipeline"),
        (typeof(KeputusanKeberatan), "not in asnkinerja/1 yet: the objection records of the period pipeline"),
        (typeof(KeberatanOptions), "not in asnkinerja/1 yet: the objection records of the period pipeline"),
        (typeof(PenghitunganHariKeberatan), "not in asnkinerja/1 yet: a policy of the objection records"),
        (typeof(PredikatAkhir), "not in asnkinerja/1 yet: the final predicates of the period pipeline"),
        (typeof(SumberPredikatAkhir), "not in asnkinerja/1 yet: the final predicates of the period pipeline"),
        (typeof(StatusPegawai), "not in asnkinerja/1 yet: the employment records of the period pipeline"),
        (typeof(JenisStatusPegawai), "not in asnkinerja/1 yet: the employment records of the period pipeline"),
        (typeof(RiwayatPenempatan), "not in asnkinerja/1 yet: the employment records of the period pipeline"),
        (typeof(KebijakanStatusPegawai), "not in asnkinerja/1 yet: the employment records of the period pipeline"),
        (typeof(PerlakuanStatusPegawai), "not in asnkinerja/1 yet: a policy of the employment records"),
        (typeof(CakupanStatusPegawai), "not in asnkinerja/1 yet: a policy of the employment records"),
        (typeof(UnitPenghitunganMutasi), "not in asnkinerja/1 yet: a policy of the employment records"),
        (typeof(PenghitunganPegawai), "not in asnkinerja/1 yet: the employment records of the period pipeline"),
        (typeof(PenghitunganPegawaiResult), "not in asnkinerja/1 yet: the employment records of the period pipeline"),
        (typeof(PemetaanIpk), "not in asnkinerja/1 yet: a policy of the period pipeline"),
        (typeof(JenisKelamin), "not in asnkinerja/1 yet: read from the NIP, which is in the format"),
    };

    /// <summary>Every type of the format, each with its converter, for the given catalogue, rule sets and limits.</summary>
    public static IReadOnlyList<WireType> Create(DefinitionCatalog catalog, RuleSetRegistry registry, WireFormatLimits limits)
    {
        var t = new Builder(limits);

        // Core
        t.Text<RuleSetId>(RuleSetIdCodec.Read, RuleSetIdCodec.Format);
        t.Object<FindingValue>(FindingValueCodec.Read, FindingValueCodec.Write);
        t.Object<AppliedPolicy>(AppliedPolicyCodec.Read, AppliedPolicyCodec.Write);
        t.Object<RegulationReference>(RegulationReferenceCodec.Read, RegulationReferenceCodec.Write);
        t.Object<Explanation>(n => ExplanationCodec.Read(n, catalog), ExplanationCodec.Write);
        t.Object<Finding>(n => FindingCodec.Read(n, catalog), FindingCodec.Write);
        t.Object<ValidationResult>(n => ValidationResultCodec.Read(n, catalog), ValidationResultCodec.Write);
        t.Object<Jabatan>(JabatanCodec.Read, JabatanCodec.Write);
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
        t.Text<LocalDate>(R.Date, W.Date);
        t.Text<YearMonth>(R.YearMonth, W.YearMonth);
        t.Text<Nip>(R.Nip, W.Nip);

        // Predicates
        t.Object<JumlahPredikat>(JumlahPredikatCodec.Read, JumlahPredikatCodec.Write);
        t.Object<DistribusiOptions>(DistribusiOptionsCodec.Read, DistribusiOptionsCodec.Write);
        t.Object<PenilaianRhk>(PenilaianRhkCodec.Read, PenilaianRhkCodec.Write);
        t.Object<PredikatPeriode>(PredikatPeriodeCodec.Read, PredikatPeriodeCodec.Write);
        t.Object<PegawaiKalibrasi>(PegawaiKalibrasiCodec.Read, PegawaiKalibrasiCodec.Write);
        t.Object<PemetaanRatingPimpinan>(PemetaanRatingPimpinanCodec.Read, PemetaanRatingPimpinanCodec.Write);
        t.Object<PredikatTerhitung>(n => PredikatTerhitungCodec.Read(n, registry), PredikatTerhitungCodec.Write);
        t.Object<KeputusanPredikat>(n => KeputusanPredikatCodec.Read(n, registry), KeputusanPredikatCodec.Write);
        t.WriteOnly<Saran<Ekspektasi>>(SaranCodec.Write, "Recompute it with SaranRatingHasilKerja.Suggest from the per-RHK assessments (PenilaianRhk).");
        t.WriteOnly<Saran<PredikatKinerja>>(SaranCodec.Write, "Recompute it with SaranPredikatTahunan.Suggest from the period predicates (PredikatPeriode).");
        t.Object<RentangKuota>(RentangKuotaCodec.Read, RentangKuotaCodec.Write);
        t.Object<KuotaResult>(n => KuotaResultCodec.Read(n, registry), KuotaResultCodec.Write);
        t.WriteOnly<BatasanResult>(BatasanResultCodec.Write, "Read the PemeriksaanDistribusiResult that contains it.");
        t.Object<PemeriksaanDistribusiResult>(n => PemeriksaanDistribusiResultCodec.Read(n, catalog, registry), PemeriksaanDistribusiResultCodec.Write);
        t.WriteOnly<UsulanKalibrasi>(UsulanKalibrasiCodec.Write, "Recompute it with IDistribusiRules.ProposeKalibrasi from the employees (PegawaiKalibrasi).");
        t.WriteOnly<PerubahanPredikat>(PerubahanPredikatCodec.Write, "Recompute the UsulanKalibrasi with IDistribusiRules.ProposeKalibrasi.");
        t.WriteOnly<StatistikDistribusi>(StatistikDistribusiCodec.Write, "Recompute it with StatistikDistribusi.From over the unit verdicts.");
        t.Object<KebutuhanKenaikan>(n => KebutuhanKenaikanCodec.Read(n, TabelAngkaKredit.PermenPanRb1Tahun2023), KebutuhanKenaikanCodec.Write);
        t.Object<AngkaKreditResult>(n => AngkaKreditResultCodec.Read(n, registry), AngkaKreditResultCodec.Write);
        t.Object<JarakKenaikan>(n => JarakKenaikanCodec.Read(n, registry), JarakKenaikanCodec.Write);

        // NineBox
        t.Object<KotakTalenta>(KotakTalentaCodec.Read, KotakTalentaCodec.Write);
        t.Object<KinerjaTahunan>(KinerjaTahunanCodec.Read, KinerjaTahunanCodec.Write);
        t.Object<NilaiPotensial>(NilaiPotensialCodec.Read, NilaiPotensialCodec.Write);
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

        /// <summary>A type written as a JSON object (or any form its codec writes), parsed once per document.</summary>
        public void Object<T>(Func<Node, T> read, Action<Utf8JsonWriter, T> write) =>
            Types.Add(new WireType<T>(new WireConverter<T>(read, write, null, null, string.Empty, _limits)));

        /// <summary>A type read only to be refused: its inputs are not in the document, so it cannot be recomputed.</summary>
        public void WriteOnly<T>(Action<Utf8JsonWriter, T> write, string how) =>
            Types.Add(new WireType<T>(new WireConverter<T>(null, write, null, null, how, _limits)));

        /// <summary>A type written as one string: read from the reader without a document, and usable as a dictionary key.</summary>
        public void Text<T>(Func<Node, T> read, Func<T, string> format) =>
            Types.Add(new WireType<T>(new WireConverter<T>(read, (w, v) => w.WriteStringValue(format(v)), format, null, string.Empty, _limits)));

        /// <summary>An enum written as its canonical label; a canonical label is matched on its UTF-8 bytes.</summary>
        public void Label<T>(LabelSet<T> labels)
            where T : struct, Enum =>
            Types.Add(new WireType<T>(new WireConverter<T>(labels.Read, (w, v) => w.WriteStringValue(labels.ToLabel(v)), labels.ToLabel, labels.TryMatch, string.Empty, _limits)));
    }
}
