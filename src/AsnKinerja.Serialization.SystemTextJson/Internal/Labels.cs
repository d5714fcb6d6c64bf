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
    private readonly Dictionary<string, TEnum> _keys = new(StringComparer.Ordinal);
    private readonly string _what;
    private readonly string _known;

    public LabelSet(string what, params (TEnum Value, string Label)[] labels)
    {
        _what = what;
        foreach (var (value, label) in labels)
        {
            _labels[value] = label;
            _keys[Normalize(label)] = value;
            _keys[Normalize(value.ToString())] = value;
        }

        _known = string.Join(", ", labels.Select(l => l.Label));
    }

    public IEnumerable<string> Canonical => _labels.Values;

    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && c != '_' && c != '-' && c != '/')
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    public string ToLabel(TEnum value) =>
        _labels.TryGetValue(value, out var label) ? label : throw new JsonException(string.Format(CultureInfo.InvariantCulture, "{0} is not a defined {1}; it cannot be written.", Convert.ToInt64(value, CultureInfo.InvariantCulture), _what));

    public bool TryParse(string? text, out TEnum value)
    {
        value = default;
        return text is not null && _keys.TryGetValue(Normalize(text), out value);
    }

    public TEnum Read(Node node)
    {
        var text = node.String();
        return _keys.TryGetValue(Normalize(text), out var value) ? value : throw node.Error("unknown " + _what + " label '" + text + "'. Known labels: " + _known + ".");
    }

    public void Write(Utf8JsonWriter writer, string name, TEnum value) => writer.WriteString(name, ToLabel(value));
}

/// <summary>Every label set of the wire format, in one place (docs/wire-format.md lists the same labels).</summary>
internal static class Labels
{
    public static readonly LabelSet<FindingSeverity> Severity = new("severity (FindingSeverity)", (FindingSeverity.Info, "Info"), (FindingSeverity.Warning, "Warning"), (FindingSeverity.Error, "Error"));

    public static readonly LabelSet<Confidence> Confidence = new("confidence", (AsnKinerja.Confidence.Low, "Low"), (AsnKinerja.Confidence.Medium, "Medium"), (AsnKinerja.Confidence.High, "High"));

    public static readonly LabelSet<JenisJabatan> JenisJabatan = new(
        "position kind (JenisJabatan)",
        (AsnKinerja.JenisJabatan.JptUtama, "JPT Utama"),
        (AsnKinerja.JenisJabatan.JptMadya, "JPT Madya"),
        (AsnKinerja.JenisJabatan.JptPratama, "JPT Pratama"),
        (AsnKinerja.JenisJabatan.Administrator, "Administrator"),
        (AsnKinerja.JenisJabatan.Pengawas, "Pengawas"),
        (AsnKinerja.JenisJabatan.Pelaksana, "Pelaksana"),
        (AsnKinerja.JenisJabatan.Fungsional, "Fungsional"));

    public static readonly LabelSet<JenjangFungsional> Jenjang = new(
        "functional level (JenjangFungsional)",
        new[] { JenjangFungsional.Pemula, JenjangFungsional.Terampil, JenjangFungsional.Mahir, JenjangFungsional.Penyelia, JenjangFungsional.AhliPertama, JenjangFungsional.AhliMuda, JenjangFungsional.AhliMadya, JenjangFungsional.AhliUtama }.Select(j => (j, j.ToLabel())).ToArray());

    public static readonly LabelSet<JenisPeriode> JenisPeriode = new("period kind (JenisPeriode)", (AsnKinerja.JenisPeriode.Tahunan, "Tahunan"), (AsnKinerja.JenisPeriode.Triwulanan, "Triwulanan"), (AsnKinerja.JenisPeriode.Bulanan, "Bulanan"), (AsnKinerja.JenisPeriode.Rentang, "Rentang"), (AsnKinerja.JenisPeriode.Semesteran, "Semesteran"));

    public static readonly LabelSet<StatusKepegawaian> StatusKepegawaian = new("employment status (StatusKepegawaian)", (AsnKinerja.StatusKepegawaian.Pns, "PNS"), (AsnKinerja.StatusKepegawaian.Pppk, "PPPK"));

    public static readonly LabelSet<PendekatanSkp> Pendekatan = new("SKP approach (PendekatanSkp)", (PendekatanSkp.Kuantitatif, "Kuantitatif"), (PendekatanSkp.Kualitatif, "Kualitatif"));

    public static readonly LabelSet<StatusSkp> StatusSkp = new("SKP status (StatusSkp)", (AsnKinerja.StatusSkp.Draf, "Draf"), (AsnKinerja.StatusSkp.Diajukan, "Diajukan"), (AsnKinerja.StatusSkp.Disetujui, "Disetujui"), (AsnKinerja.StatusSkp.Ditutup, "Ditutup"));

    public static readonly LabelSet<JenisRhk> JenisRhk = new("result kind (JenisRhk)", (AsnKinerja.JenisRhk.Utama, "Utama"), (AsnKinerja.JenisRhk.Tambahan, "Tambahan"));

    public static readonly LabelSet<KlasifikasiRhk> KlasifikasiRhk = new("result classification (KlasifikasiRhk)", (AsnKinerja.KlasifikasiRhk.Organisasi, "Organisasi"), (AsnKinerja.KlasifikasiRhk.Individu, "Individu"));

    public static readonly LabelSet<AspekIki> Aspek = new("IKI aspect (AspekIki)", (AspekIki.Kuantitas, "Kuantitas"), (AspekIki.Kualitas, "Kualitas"), (AspekIki.Waktu, "Waktu"), (AspekIki.Biaya, "Biaya"));

    public static readonly LabelSet<PerspektifIki> Perspektif = new("IKI perspective (PerspektifIki)", (PerspektifIki.PenerimaLayanan, "Penerima Layanan"), (PerspektifIki.ProsesBisnis, "Proses Bisnis"), (PerspektifIki.PenguatanInternal, "Penguatan Internal"), (PerspektifIki.Anggaran, "Anggaran"));

    public static readonly LabelSet<MetodeCascading> MetodeCascading = new("cascading method (MetodeCascading)", (AsnKinerja.MetodeCascading.Langsung, "Langsung"), (AsnKinerja.MetodeCascading.TidakLangsung, "Tidak Langsung"));

    public static readonly LabelSet<KewenanganPenilai> Kewenangan = new("appraiser authority (KewenanganPenilai)", (KewenanganPenilai.Definitif, "Definitif"), (KewenanganPenilai.Plt, "Plt"), (KewenanganPenilai.Plh, "Plh"), (KewenanganPenilai.Delegasi, "Delegasi"));

    public static readonly LabelSet<JabatanNonAsn> JabatanNonAsn = new(
        "non-ASN office (JabatanNonAsn)",
        (AsnKinerja.JabatanNonAsn.Menteri, "Menteri"),
        (AsnKinerja.JabatanNonAsn.KepalaLembaga, "Kepala Lembaga"),
        (AsnKinerja.JabatanNonAsn.Gubernur, "Gubernur"),
        (AsnKinerja.JabatanNonAsn.Bupati, "Bupati"),
        (AsnKinerja.JabatanNonAsn.WaliKota, "Wali Kota"),
        (AsnKinerja.JabatanNonAsn.Lainnya, "Lainnya"));

    public static readonly LabelSet<TugasTambahan> TugasTambahan = new(
        "additional duty (TugasTambahan)",
        (AsnKinerja.TugasTambahan.KepalaSekolah, "Kepala Sekolah"),
        (AsnKinerja.TugasTambahan.KepalaPuskesmas, "Kepala Puskesmas"),
        (AsnKinerja.TugasTambahan.KepalaUnitLain, "Kepala Unit Lain"));

    public static readonly LabelSet<JenisPertimbangan> JenisPertimbangan = new("advisory role (JenisPertimbangan)", (AsnKinerja.JenisPertimbangan.TimKinerja, "Tim Kinerja"), (AsnKinerja.JenisPertimbangan.PemberiPertimbangan, "Pemberi Pertimbangan"));

    public static readonly LabelSet<StatusPenilai> StatusPenilai = new("evaluator status (StatusPenilai)", (AsnKinerja.StatusPenilai.Asn, "ASN"), (AsnKinerja.StatusPenilai.NonAsn, "NON ASN"));

    public static readonly LabelSet<DasarAkumulasi> DasarAkumulasi = new("accumulation basis (DasarAkumulasi)", (Predicates.DasarAkumulasi.SejakPangkatTerakhir, "Sejak Pangkat Terakhir"), (Predicates.DasarAkumulasi.DalamJenjang, "Dalam Jenjang"));

    public static readonly LabelSet<JenisSkp> JenisSkp = new("SKP kind (JenisSkp)", (AsnKinerja.JenisSkp.Reguler, "Reguler"), (AsnKinerja.JenisSkp.TugasBelajar, "Tugas Belajar"));

    public static readonly LabelSet<NilaiBerakhlak> NilaiBerakhlak = new(
        "BerAKHLAK value (NilaiBerakhlak)",
        (AsnKinerja.NilaiBerakhlak.BerorientasiPelayanan, "Berorientasi Pelayanan"),
        (AsnKinerja.NilaiBerakhlak.Akuntabel, "Akuntabel"),
        (AsnKinerja.NilaiBerakhlak.Kompeten, "Kompeten"),
        (AsnKinerja.NilaiBerakhlak.Harmonis, "Harmonis"),
        (AsnKinerja.NilaiBerakhlak.Loyal, "Loyal"),
        (AsnKinerja.NilaiBerakhlak.Adaptif, "Adaptif"),
        (AsnKinerja.NilaiBerakhlak.Kolaboratif, "Kolaboratif"));

    public static readonly LabelSet<Pembulatan> Pembulatan = new("rounding (Pembulatan)", (Predicates.Pembulatan.Ketat, "Ketat"), (Predicates.Pembulatan.SetengahKeAtas, "Setengah Ke Atas"));

    public static readonly LabelSet<MaknaSebagianBesar> SebagianBesar = new("meaning of 'most' (MaknaSebagianBesar)", (MaknaSebagianBesar.LebihDariSetengah, "Lebih Dari Setengah"), (MaknaSebagianBesar.KelompokTerbesar, "Kelompok Terbesar"));

    public static readonly LabelSet<KebijakanUnitKecil> UnitKecil = new("small-unit policy (KebijakanUnitKecil)", (KebijakanUnitKecil.Ketat, "Ketat"), (KebijakanUnitKecil.SaranDiBawahAmbang, "Saran Di Bawah Ambang"), (KebijakanUnitKecil.GabungKeInduk, "Gabung Ke Induk"));

    public static readonly LabelSet<PenghitunganKepalaUnit> KepalaUnit = new("unit-head counting (PenghitunganKepalaUnit)", (PenghitunganKepalaUnit.UnitInduk, "Unit Induk"), (PenghitunganKepalaUnit.UnitSendiri, "Unit Sendiri"));

    public static readonly LabelSet<TingkatPenegakan> Penegakan = new("enforcement (TingkatPenegakan)", (TingkatPenegakan.Saran, "Saran"), (TingkatPenegakan.Tegakkan, "Tegakkan"));

    public static readonly LabelSet<StatusDistribusi> StatusDistribusi = new(
        "distribution status (StatusDistribusi)",
        (Predicates.StatusDistribusi.Memenuhi, "Memenuhi"),
        (Predicates.StatusDistribusi.TidakMemenuhi, "Tidak Memenuhi"),
        (Predicates.StatusDistribusi.TidakMungkin, "Tidak Mungkin"),
        (Predicates.StatusDistribusi.Kosong, "Kosong"),
        (Predicates.StatusDistribusi.Digabung, "Digabung"));

    public static readonly LabelSet<JenisBatasan> JenisBatasan = new(
        "constraint kind (JenisBatasan)",
        (Predicates.JenisBatasan.Maksimum, "Maksimum"),
        (Predicates.JenisBatasan.Minimum, "Minimum"),
        (Predicates.JenisBatasan.WajibAda, "Wajib Ada"),
        (Predicates.JenisBatasan.Dilarang, "Dilarang"),
        (Predicates.JenisBatasan.Dominan, "Dominan"));

    public static readonly LabelSet<MetodeSaranTahunan> MetodeSaranTahunan = new("annual suggestion method (MetodeSaranTahunan)", (Predicates.MetodeSaranTahunan.Terakhir, "Terakhir"), (Predicates.MetodeSaranTahunan.Terburuk, "Terburuk"), (Predicates.MetodeSaranTahunan.BerbobotDurasi, "Berbobot Durasi"));

    public static readonly LabelSet<GolonganRuang> Golongan = new(
        "rank (GolonganRuang)",
        Enumerable.Range(1, 13).Select(i => ((GolonganRuang)i, GolonganLabel((GolonganRuang)i))).ToArray());

    public static readonly LabelSet<TingkatPotensial> Potensial = new("potential level (TingkatPotensial)", (TingkatPotensial.Rendah, "Rendah"), (TingkatPotensial.Menengah, "Menengah"), (TingkatPotensial.Tinggi, "Tinggi"));

    public static readonly LabelSet<PenggabunganKinerja> Penggabungan = new(
        "annual performance combination (PenggabunganKinerja)",
        (PenggabunganKinerja.TahunTerakhir, "Tahun Terakhir"),
        (PenggabunganKinerja.TerendahDuaTahunTerakhir, "Terendah Dua Tahun Terakhir"),
        (PenggabunganKinerja.RataRataDuaTahunTerakhir, "Rata-Rata Dua Tahun Terakhir"));

    public static readonly LabelSet<SumberPotensial> SumberPotensial = new("potential source (SumberPotensial)", (NineBox.SumberPotensial.AssessmentCenter, "Assessment Center"), (NineBox.SumberPotensial.Lainnya, "Lainnya"));

    public static readonly LabelSet<KebijakanPredikatBelumDitetapkan> PredikatBelumDitetapkan = new(
        "unset-predicate policy (KebijakanPredikatBelumDitetapkan)",
        (KebijakanPredikatBelumDitetapkan.TidakDipetakan, "Tidak Dipetakan"),
        (KebijakanPredikatBelumDitetapkan.PakaiPredikatTerhitung, "Pakai Predikat Terhitung"));

    public static readonly LabelSet<KebijakanSumberPotensial> KebijakanSumberPotensial = new("potential-source policy (KebijakanSumberPotensial)", (NineBox.KebijakanSumberPotensial.Disarankan, "Disarankan"), (NineBox.KebijakanSumberPotensial.Wajib, "Wajib"));

    public static readonly LabelSet<SumberUmpanBalik> SumberUmpanBalik = new("feedback source (SumberUmpanBalik)", (BehaviourRubric.SumberUmpanBalik.PejabatPenilai, "Pejabat Penilai"), (BehaviourRubric.SumberUmpanBalik.RekanKerja, "Rekan Kerja"), (BehaviourRubric.SumberUmpanBalik.Bawahan, "Bawahan"));

    public static readonly LabelSet<KebijakanPenjumlahanTarget> PenjumlahanTarget = new(
        "target-sum policy (KebijakanPenjumlahanTarget)",
        (KebijakanPenjumlahanTarget.Tepat, "Tepat"),
        (KebijakanPenjumlahanTarget.PalingSedikit, "Paling Sedikit"),
        (KebijakanPenjumlahanTarget.Toleransi, "Toleransi"));

    public static readonly LabelSet<KebijakanPerspektifJpt> PerspektifJpt = new("JPT perspective policy (KebijakanPerspektifJpt)", (KebijakanPerspektifJpt.Disarankan, "Disarankan"), (KebijakanPerspektifJpt.Wajib, "Wajib"));

    public static readonly LabelSet<LineageEnd> LineageEnd = new(
        "lineage end (LineageEnd)",
        (Cascading.LineageEnd.Unlinked, "Unlinked"),
        (Cascading.LineageEnd.UnknownParent, "Unknown Parent"),
        (Cascading.LineageEnd.Cycle, "Cycle"),
        (Cascading.LineageEnd.Penugasan, "Penugasan"),
        (Cascading.LineageEnd.SumberKinerjaOrganisasi, "Sumber Kinerja Organisasi"));

    public static readonly LabelSet<JenisKolomMph> JenisKolomMph = new("MPH column kind (JenisKolomMph)", (Cascading.JenisKolomMph.Pegawai, "Pegawai"), (Cascading.JenisKolomMph.TimKerja, "Tim Kerja"));

    public static void Write(Utf8JsonWriter writer, string name, Ekspektasi value) => writer.WriteString(name, Defined(value).ToLabel());

    public static void Write(Utf8JsonWriter writer, string name, PredikatKinerja value) => writer.WriteString(name, Defined(value).ToLabel());

    public static void Write(Utf8JsonWriter writer, string name, PredikatKinerjaOrganisasi value) => writer.WriteString(name, Defined(value).ToLabel());

    public static Ekspektasi ReadEkspektasi(Node node)
    {
        var text = node.String();
        return AsnLabels.TryParseEkspektasi(text, out var value) ? value : throw node.Error("unknown rating (Ekspektasi) label '" + text + "'. Known labels: Di Bawah Ekspektasi, Sesuai Ekspektasi, Di Atas Ekspektasi.");
    }

    public static PredikatKinerja ReadPredikat(Node node)
    {
        var text = node.String();
        return AsnLabels.TryParsePredikatKinerja(text, out var value) ? value : throw node.Error("unknown employee predicate (PredikatKinerja) label '" + text + "'. Known labels: Sangat Kurang, Kurang/Misconduct, Butuh Perbaikan, Baik, Sangat Baik.");
    }

    public static PredikatKinerjaOrganisasi ReadPredikatOrganisasi(Node node)
    {
        var text = node.String();
        return AsnLabels.TryParsePredikatKinerjaOrganisasi(text, out var value) ? value : throw node.Error("unknown organisation predicate (PredikatKinerjaOrganisasi) label '" + text + "'. Known labels: Sangat Kurang, Kurang, Butuh Perbaikan, Baik, Istimewa.");
    }

    public static string GolonganLabel(GolonganRuang golongan)
    {
        var name = golongan.ToString();
        return name.Insert(name.Length - 1, "/");
    }

    private static T Defined<T>(T value)
        where T : struct, Enum =>
        Preconditions.IsDefined(value) ? value : throw new JsonException(string.Format(CultureInfo.InvariantCulture, "{0} is not a defined {1}; it cannot be written.", Convert.ToInt64(value, CultureInfo.InvariantCulture), typeof(T).Name));
}
