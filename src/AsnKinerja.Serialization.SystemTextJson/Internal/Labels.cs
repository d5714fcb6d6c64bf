using System.Globalization;
using System.Text;
using System.Text.Json;
using AsnKinerja.BehaviourRubric;
using AsnKinerja.Cascading;
using AsnKinerja.NineBox;
using AsnKinerja.Predicates;

namespace AsnKinerja.Serialization.SystemTextJson.Internal;

/// <summary>
/// A stable label set for an enum: one canonical label per member (written), and a lenient reading that ignores
/// case, spaces, '_', '-' and '/' (so the C# member name is accepted too). The numeric value is never used.
/// </summary>
/// <typeparam name="TEnum">The enum.</typeparam>
internal sealed class LabelSet<TEnum>
    where TEnum : struct, Enum
{
    private readonly Dictionary<TEnum, string> _labels = new();
    private readonly Dictionary<string, TEnum> _exact = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TEnum> _keys = new(StringComparer.Ordinal);
    private readonly (byte[] Utf8, TEnum Value)[] _utf8;
    private readonly TryParse? _aliases;
    private readonly string _what;
    private readonly string _known;

    public LabelSet(string what, params (TEnum Value, string Label)[] labels)
        : this(what, null, labels)
    {
    }

    /// <summary>A label set whose lenient reading is the library's own parser (with its aliases), after the canonical labels.</summary>
    public LabelSet(string what, TryParse? aliases, params (TEnum Value, string Label)[] labels)
    {
        _what = what;
        _aliases = aliases;
        foreach (var (value, label) in labels)
        {
            _labels[value] = label;
            _exact[label] = value;
            _keys[Normalize(label)] = value;
            _keys[Normalize(value.ToString())] = value;
        }

        _utf8 = labels.Select(l => (Encoding.UTF8.GetBytes(l.Label), l.Value)).ToArray();
        _known = string.Join(", ", labels.Select(l => l.Label));
    }

    public delegate bool TryParse(string text, out TEnum value);

    public IEnumerable<string> Canonical => _labels.Values;

    /// <summary>
    /// The label set of every defined member, each labelled as people read it (the member's <c>ToLabel()</c>), so the
    /// wire format and printed output never disagree; <paramref name="aliases"/> is the library's own parser, if any.
    /// </summary>
    public static LabelSet<TEnum> Of(string what, Func<TEnum, string> toLabel, TryParse? aliases = null) => new(what, aliases, Members().Select(v => (v, toLabel(v))).ToArray());

    private static TEnum[] Members() =>
#if NET5_0_OR_GREATER
        Enum.GetValues<TEnum>();
#else
        (TEnum[])Enum.GetValues(typeof(TEnum));
#endif

    /// <summary>The text without white space, '_', '-' and '/', with the ASCII letters in lower case (nothing else is folded).</summary>
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && c != '_' && c != '-' && c != '/')
            {
                builder.Append(AsciiText.ToLower(c));
            }
        }

        return builder.ToString();
    }

    public string ToLabel(TEnum value) =>
        _labels.TryGetValue(value, out var label) ? label : throw new JsonException(string.Format(CultureInfo.InvariantCulture, "{0} is not a defined {1}; it cannot be written.", Convert.ToInt64(value, CultureInfo.InvariantCulture), _what));

    /// <summary>Matches a canonical label on its UTF-8 bytes, without allocating; anything else is for <see cref="Read"/>.</summary>
    public bool TryMatch(ReadOnlySpan<byte> utf8, out TEnum value)
    {
        foreach (var (label, v) in _utf8)
        {
            if (utf8.SequenceEqual(label))
            {
                value = v;
                return true;
            }
        }

        value = default;
        return false;
    }

    public bool TryParseLabel(string? text, out TEnum value)
    {
        value = default;
        return text is not null && (_exact.TryGetValue(text, out value) || (_aliases is not null ? _aliases(text, out value) : _keys.TryGetValue(Normalize(text), out value)));
    }

    public TEnum Read(Node node)
    {
        var text = node.String();
        return TryParseLabel(text, out var value) ? value : throw node.Error("unknown " + _what + " label " + Preconditions.Quote(text) + ". Known labels: " + _known + ".");
    }

    public void Write(Utf8JsonWriter writer, string name, TEnum value) => writer.WriteString(name, ToLabel(value));
}

/// <summary>Every label set of the wire format, in one place (docs/wire-format.md lists the same labels).</summary>
internal static class Labels
{
    public static readonly LabelSet<Ekspektasi> Rating = LabelSet<Ekspektasi>.Of("rating (Ekspektasi)", v => v.ToLabel(), AsnLabels.TryParseEkspektasi);

    public static readonly LabelSet<PredikatKinerja> Predikat = LabelSet<PredikatKinerja>.Of("employee predicate (PredikatKinerja)", v => v.ToLabel(), AsnLabels.TryParsePredikatKinerja);

    public static readonly LabelSet<PredikatKinerjaOrganisasi> PredikatOrganisasi = LabelSet<PredikatKinerjaOrganisasi>.Of("organisation predicate (PredikatKinerjaOrganisasi)", v => v.ToLabel(), AsnLabels.TryParsePredikatKinerjaOrganisasi);

    public static readonly LabelSet<FindingSeverity> Severity = LabelSet<FindingSeverity>.Of("severity (FindingSeverity)", v => v.ToLabel());

    public static readonly LabelSet<Confidence> Confidence = LabelSet<Confidence>.Of("confidence", v => v.ToLabel());

    public static readonly LabelSet<JenisJabatan> JenisJabatan = LabelSet<JenisJabatan>.Of("position kind (JenisJabatan)", v => v.ToLabel());

    public static readonly LabelSet<JenjangFungsional> Jenjang = LabelSet<JenjangFungsional>.Of("functional level (JenjangFungsional)", v => v.ToLabel());

    public static readonly LabelSet<JenisPeriode> JenisPeriode = LabelSet<JenisPeriode>.Of("period kind (JenisPeriode)", v => v.ToLabel());

    public static readonly LabelSet<StatusKepegawaian> StatusKepegawaian = LabelSet<StatusKepegawaian>.Of("employment status (StatusKepegawaian)", v => v.ToLabel());

    public static readonly LabelSet<PendekatanSkp> Pendekatan = LabelSet<PendekatanSkp>.Of("SKP approach (PendekatanSkp)", v => v.ToLabel());

    public static readonly LabelSet<StatusSkp> StatusSkp = LabelSet<StatusSkp>.Of("SKP status (StatusSkp)", v => v.ToLabel());

    public static readonly LabelSet<JenisRhk> JenisRhk = LabelSet<JenisRhk>.Of("result kind (JenisRhk)", v => v.ToLabel());

    public static readonly LabelSet<KlasifikasiRhk> KlasifikasiRhk = LabelSet<KlasifikasiRhk>.Of("result classification (KlasifikasiRhk)", v => v.ToLabel());

    public static readonly LabelSet<AspekIki> Aspek = LabelSet<AspekIki>.Of("IKI aspect (AspekIki)", v => v.ToLabel());

    public static readonly LabelSet<PerspektifIki> Perspektif = LabelSet<PerspektifIki>.Of("IKI perspective (PerspektifIki)", v => v.ToLabel());

    public static readonly LabelSet<MetodeCascading> MetodeCascading = LabelSet<MetodeCascading>.Of("cascading method (MetodeCascading)", v => v.ToLabel());

    public static readonly LabelSet<KewenanganPenilai> Kewenangan = LabelSet<KewenanganPenilai>.Of("appraiser authority (KewenanganPenilai)", v => v.ToLabel());

    public static readonly LabelSet<JabatanNonAsn> JabatanNonAsn = LabelSet<JabatanNonAsn>.Of("non-ASN office (JabatanNonAsn)", v => v.ToLabel());

    public static readonly LabelSet<TugasTambahan> TugasTambahan = LabelSet<TugasTambahan>.Of("additional duty (TugasTambahan)", v => v.ToLabel());

    public static readonly LabelSet<JenisPertimbangan> JenisPertimbangan = LabelSet<JenisPertimbangan>.Of("advisory role (JenisPertimbangan)", v => v.ToLabel());

    public static readonly LabelSet<StatusPenilai> StatusPenilai = LabelSet<StatusPenilai>.Of("evaluator status (StatusPenilai)", v => v.ToLabel());

    public static readonly LabelSet<DasarAkumulasi> DasarAkumulasi = LabelSet<DasarAkumulasi>.Of("accumulation basis (DasarAkumulasi)", v => v.ToLabel());

    public static readonly LabelSet<JenisSkp> JenisSkp = LabelSet<JenisSkp>.Of("SKP kind (JenisSkp)", v => v.ToLabel());

    public static readonly LabelSet<NilaiBerakhlak> NilaiBerakhlak = LabelSet<NilaiBerakhlak>.Of("BerAKHLAK value (NilaiBerakhlak)", v => v.ToLabel());

    public static readonly LabelSet<Pembulatan> Pembulatan = LabelSet<Pembulatan>.Of("rounding (Pembulatan)", v => v.ToLabel());

    public static readonly LabelSet<MaknaSebagianBesar> SebagianBesar = LabelSet<MaknaSebagianBesar>.Of("meaning of 'most' (MaknaSebagianBesar)", v => v.ToLabel());

    public static readonly LabelSet<KebijakanUnitKecil> UnitKecil = LabelSet<KebijakanUnitKecil>.Of("small-unit policy (KebijakanUnitKecil)", v => v.ToLabel());

    public static readonly LabelSet<PenghitunganKepalaUnit> KepalaUnit = LabelSet<PenghitunganKepalaUnit>.Of("unit-head counting (PenghitunganKepalaUnit)", v => v.ToLabel());

    public static readonly LabelSet<TingkatPenegakan> Penegakan = LabelSet<TingkatPenegakan>.Of("enforcement (TingkatPenegakan)", v => v.ToLabel());

    public static readonly LabelSet<StatusDistribusi> StatusDistribusi = LabelSet<StatusDistribusi>.Of("distribution status (StatusDistribusi)", v => v.ToLabel());

    public static readonly LabelSet<JenisBatasan> JenisBatasan = LabelSet<JenisBatasan>.Of("constraint kind (JenisBatasan)", v => v.ToLabel());

    public static readonly LabelSet<MetodeSaranTahunan> MetodeSaranTahunan = LabelSet<MetodeSaranTahunan>.Of("annual suggestion method (MetodeSaranTahunan)", v => v.ToLabel());

    public static readonly LabelSet<GolonganRuang> Golongan = LabelSet<GolonganRuang>.Of("rank (GolonganRuang)", v => v.ToLabel());

    public static readonly LabelSet<TingkatPotensial> Potensial = LabelSet<TingkatPotensial>.Of("potential level (TingkatPotensial)", v => v.ToLabel());

    public static readonly LabelSet<PenggabunganKinerja> Penggabungan = LabelSet<PenggabunganKinerja>.Of("annual performance combination (PenggabunganKinerja)", v => v.ToLabel());

    public static readonly LabelSet<SumberPotensial> SumberPotensial = LabelSet<SumberPotensial>.Of("potential source (SumberPotensial)", v => v.ToLabel());

    public static readonly LabelSet<KebijakanPredikatBelumDitetapkan> PredikatBelumDitetapkan = LabelSet<KebijakanPredikatBelumDitetapkan>.Of("unset-predicate policy (KebijakanPredikatBelumDitetapkan)", v => v.ToLabel());

    public static readonly LabelSet<KebijakanSumberPotensial> KebijakanSumberPotensial = LabelSet<KebijakanSumberPotensial>.Of("potential-source policy (KebijakanSumberPotensial)", v => v.ToLabel());

    public static readonly LabelSet<SumberUmpanBalik> SumberUmpanBalik = LabelSet<SumberUmpanBalik>.Of("feedback source (SumberUmpanBalik)", v => v.ToLabel());

    public static readonly LabelSet<KebijakanPenjumlahanTarget> PenjumlahanTarget = LabelSet<KebijakanPenjumlahanTarget>.Of("target-sum policy (KebijakanPenjumlahanTarget)", v => v.ToLabel());

    public static readonly LabelSet<KebijakanPerspektifJpt> PerspektifJpt = LabelSet<KebijakanPerspektifJpt>.Of("JPT perspective policy (KebijakanPerspektifJpt)", v => v.ToLabel());

    public static readonly LabelSet<LineageEnd> LineageEnd = LabelSet<LineageEnd>.Of("lineage end (LineageEnd)", v => v.ToLabel());

    public static readonly LabelSet<JenisKolomMph> JenisKolomMph = LabelSet<JenisKolomMph>.Of("MPH column kind (JenisKolomMph)", v => v.ToLabel());

    public static readonly LabelSet<Language> Language = LabelSet<Language>.Of("language (Language)", v => v.ToLabel());

    public static readonly LabelSet<RuleDomain> RuleDomain = LabelSet<RuleDomain>.Of("rule domain (RuleDomain)", v => v.ToLabel());

    public static readonly LabelSet<Semester> Semester = LabelSet<Semester>.Of("half-year (Semester)", v => v.ToLabel());

    public static readonly LabelSet<Triwulan> Triwulan = LabelSet<Triwulan>.Of("quarter (Triwulan)", v => v.ToLabel());

    public static readonly LabelSet<JenisKelamin> JenisKelamin = LabelSet<JenisKelamin>.Of("sex (JenisKelamin)", v => v.ToLabel());

    public static readonly LabelSet<JenisStatusPegawai> JenisStatusPegawai = LabelSet<JenisStatusPegawai>.Of("special status (JenisStatusPegawai)", v => v.ToLabel());

    public static readonly LabelSet<BatasPenetapanSkp> BatasPenetapanSkp = LabelSet<BatasPenetapanSkp>.Of("SKP deadline policy (BatasPenetapanSkp)", v => v.ToLabel());

    public static readonly LabelSet<PenghitunganHariKeberatan> PenghitunganHariKeberatan = LabelSet<PenghitunganHariKeberatan>.Of("objection-day counting (PenghitunganHariKeberatan)", v => v.ToLabel());

    public static readonly LabelSet<SumberPredikatAkhir> SumberPredikatAkhir = LabelSet<SumberPredikatAkhir>.Of("final-predicate source (SumberPredikatAkhir)", v => v.ToLabel());

    public static readonly LabelSet<PerlakuanStatusPegawai> PerlakuanStatusPegawai = LabelSet<PerlakuanStatusPegawai>.Of("special-status treatment (PerlakuanStatusPegawai)", v => v.ToLabel());

    public static readonly LabelSet<CakupanStatusPegawai> CakupanStatusPegawai = LabelSet<CakupanStatusPegawai>.Of("special-status coverage (CakupanStatusPegawai)", v => v.ToLabel());

    public static readonly LabelSet<UnitPenghitunganMutasi> UnitPenghitunganMutasi = LabelSet<UnitPenghitunganMutasi>.Of("move counting unit (UnitPenghitunganMutasi)", v => v.ToLabel());

    public static readonly LabelSet<PenghitunganBulan> PenghitunganBulan = LabelSet<PenghitunganBulan>.Of("month counting (PenghitunganBulan)", v => v.ToLabel());

    public static readonly LabelSet<KebijakanSisaAngkaKredit> KebijakanSisaAngkaKredit = LabelSet<KebijakanSisaAngkaKredit>.Of("angka kredit surplus policy (KebijakanSisaAngkaKredit)", v => v.ToLabel());

    public static readonly LabelSet<TindakLanjutTalenta> TindakLanjutTalenta = LabelSet<TindakLanjutTalenta>.Of("talent follow-up (TindakLanjutTalenta)", v => v.ToLabel());

    public static void Write(Utf8JsonWriter writer, string name, Ekspektasi value) => writer.WriteString(name, Defined(value).ToLabel());

    public static void Write(Utf8JsonWriter writer, string name, PredikatKinerja value) => writer.WriteString(name, Defined(value).ToLabel());

    public static void Write(Utf8JsonWriter writer, string name, PredikatKinerjaOrganisasi value) => writer.WriteString(name, Defined(value).ToLabel());

    public static Ekspektasi ReadEkspektasi(Node node) => Rating.Read(node);

    public static PredikatKinerja ReadPredikat(Node node) => Predikat.Read(node);

    public static PredikatKinerjaOrganisasi ReadPredikatOrganisasi(Node node) => PredikatOrganisasi.Read(node);

    private static T Defined<T>(T value)
        where T : struct, Enum =>
        Preconditions.IsDefined(value) ? value : throw new JsonException(string.Format(CultureInfo.InvariantCulture, "{0} is not a defined {1}; it cannot be written.", Convert.ToInt64(value, CultureInfo.InvariantCulture), typeof(T).Name));
}
