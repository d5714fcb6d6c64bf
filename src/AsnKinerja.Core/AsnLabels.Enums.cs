namespace AsnKinerja;

// The labels of the other Core enums that people read: the domain term in Bahasa Indonesia, and for the programming
// vocabulary (severity, confidence) the word the wire format writes. Each label is the one the wire format writes.
public static partial class AsnLabels
{
    /// <summary>The label of the position kind: <c>JPT Utama</c>, <c>JPT Madya</c>, <c>JPT Pratama</c>, ….</summary>
    /// <param name="value">A defined member.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static string ToLabel(this JenisJabatan value) => Preconditions.CheckDefined(value) switch
    {
        JenisJabatan.JptUtama => "JPT Utama",
        JenisJabatan.JptMadya => "JPT Madya",
        JenisJabatan.JptPratama => "JPT Pratama",
        JenisJabatan.Administrator => "Administrator",
        JenisJabatan.Pengawas => "Pengawas",
        JenisJabatan.Pelaksana => "Pelaksana",
        _ => "Fungsional",
    };

    /// <summary>The label of the period kind: <c>Tahunan</c>, <c>Triwulanan</c>, <c>Bulanan</c>, ….</summary>
    /// <param name="value">A defined member.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static string ToLabel(this JenisPeriode value) => Preconditions.CheckDefined(value) switch
    {
        JenisPeriode.Tahunan => "Tahunan",
        JenisPeriode.Triwulanan => "Triwulanan",
        JenisPeriode.Bulanan => "Bulanan",
        JenisPeriode.Rentang => "Rentang",
        _ => "Semesteran",
    };

    /// <summary>The label of the half of the year: <c>Semester I</c>, <c>Semester II</c>.</summary>
    /// <param name="value">A defined member.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static string ToLabel(this Semester value) => Preconditions.CheckDefined(value) switch
    {
        Semester.I => "Semester I",
        _ => "Semester II",
    };

    /// <summary>The label of the quarter: <c>Triwulan I</c>, <c>Triwulan II</c>, <c>Triwulan III</c>, ….</summary>
    /// <param name="value">A defined member.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static string ToLabel(this Triwulan value) => Preconditions.CheckDefined(value) switch
    {
        Triwulan.I => "Triwulan I",
        Triwulan.II => "Triwulan II",
        Triwulan.III => "Triwulan III",
        _ => "Triwulan IV",
    };

    /// <summary>The label of the employment status: <c>PNS</c>, <c>PPPK</c>.</summary>
    /// <param name="value">A defined member.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static string ToLabel(this StatusKepegawaian value) => Preconditions.CheckDefined(value) switch
    {
        StatusKepegawaian.Pns => "PNS",
        _ => "PPPK",
    };

    /// <summary>The label of the sex recorded in the NIP: <c>Laki-laki</c>, <c>Perempuan</c>.</summary>
    /// <param name="value">A defined member.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static string ToLabel(this JenisKelamin value) => Preconditions.CheckDefined(value) switch
    {
        JenisKelamin.LakiLaki => "Laki-laki",
        _ => "Perempuan",
    };

    /// <summary>The label of the special status: <c>Tugas Belajar</c>, <c>Cuti di Luar Tanggungan Negara</c>, <c>Pemberhentian Sementara</c>, ….</summary>
    /// <param name="value">A defined member.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static string ToLabel(this JenisStatusPegawai value) => Preconditions.CheckDefined(value) switch
    {
        JenisStatusPegawai.TugasBelajar => "Tugas Belajar",
        JenisStatusPegawai.CutiDiLuarTanggunganNegara => "Cuti di Luar Tanggungan Negara",
        JenisStatusPegawai.PemberhentianSementara => "Pemberhentian Sementara",
        JenisStatusPegawai.MasaPersiapanPensiun => "Masa Persiapan Pensiun",
        _ => "Pejabat Negara",
    };

    /// <summary>The label of the SKP approach: <c>Kuantitatif</c>, <c>Kualitatif</c>.</summary>
    /// <param name="value">A defined member.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static string ToLabel(this PendekatanSkp value) => Preconditions.CheckDefined(value) switch
    {
        PendekatanSkp.Kuantitatif => "Kuantitatif",
        _ => "Kualitatif",
    };

    /// <summary>The label of the SKP status: <c>Draf</c>, <c>Diajukan</c>, <c>Disetujui</c>, ….</summary>
    /// <param name="value">A defined member.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static string ToLabel(this StatusSkp value) => Preconditions.CheckDefined(value) switch
    {
        StatusSkp.Draf => "Draf",
        StatusSkp.Diajukan => "Diajukan",
        StatusSkp.Disetujui => "Disetujui",
        _ => "Ditutup",
    };

    /// <summary>The label of the result kind: <c>Utama</c>, <c>Tambahan</c>.</summary>
    /// <param name="value">A defined member.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static string ToLabel(this JenisRhk value) => Preconditions.CheckDefined(value) switch
    {
        JenisRhk.Utama => "Utama",
        _ => "Tambahan",
    };

    /// <summary>The label of the result classification: <c>Organisasi</c>, <c>Individu</c>.</summary>
    /// <param name="value">A defined member.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static string ToLabel(this KlasifikasiRhk value) => Preconditions.CheckDefined(value) switch
    {
        KlasifikasiRhk.Organisasi => "Organisasi",
        _ => "Individu",
    };

    /// <summary>The label of the IKI aspect: <c>Kuantitas</c>, <c>Kualitas</c>, <c>Waktu</c>, ….</summary>
    /// <param name="value">A defined member.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static string ToLabel(this AspekIki value) => Preconditions.CheckDefined(value) switch
    {
        AspekIki.Kuantitas => "Kuantitas",
        AspekIki.Kualitas => "Kualitas",
        AspekIki.Waktu => "Waktu",
        _ => "Biaya",
    };

    /// <summary>The label of the IKI perspective: <c>Penerima Layanan</c>, <c>Proses Bisnis</c>, <c>Penguatan Internal</c>, ….</summary>
    /// <param name="value">A defined member.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static string ToLabel(this PerspektifIki value) => Preconditions.CheckDefined(value) switch
    {
        PerspektifIki.PenerimaLayanan => "Penerima Layanan",
        PerspektifIki.ProsesBisnis => "Proses Bisnis",
        PerspektifIki.PenguatanInternal => "Penguatan Internal",
        _ => "Anggaran",
    };

    /// <summary>The label of the cascading method: <c>Langsung</c>, <c>Tidak Langsung</c>.</summary>
    /// <param name="value">A defined member.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static string ToLabel(this MetodeCascading value) => Preconditions.CheckDefined(value) switch
    {
        MetodeCascading.Langsung => "Langsung",
        _ => "Tidak Langsung",
    };

    /// <summary>The label of the appraiser's authority: <c>Definitif</c>, <c>Plt</c>, <c>Plh</c>, ….</summary>
    /// <param name="value">A defined member.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static string ToLabel(this KewenanganPenilai value) => Preconditions.CheckDefined(value) switch
    {
        KewenanganPenilai.Definitif => "Definitif",
        KewenanganPenilai.Plt => "Plt",
        KewenanganPenilai.Plh => "Plh",
        _ => "Delegasi",
    };

    /// <summary>The label of the BerAKHLAK value: <c>Berorientasi Pelayanan</c>, <c>Akuntabel</c>, <c>Kompeten</c>, ….</summary>
    /// <param name="value">A defined member.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static string ToLabel(this NilaiBerakhlak value) => Preconditions.CheckDefined(value) switch
    {
        NilaiBerakhlak.BerorientasiPelayanan => "Berorientasi Pelayanan",
        NilaiBerakhlak.Akuntabel => "Akuntabel",
        NilaiBerakhlak.Kompeten => "Kompeten",
        NilaiBerakhlak.Harmonis => "Harmonis",
        NilaiBerakhlak.Loyal => "Loyal",
        NilaiBerakhlak.Adaptif => "Adaptif",
        _ => "Kolaboratif",
    };

    /// <summary>The label of the evaluator status as SIASN writes it: <c>ASN</c>, <c>NON ASN</c>.</summary>
    /// <param name="value">A defined member.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static string ToLabel(this StatusPenilai value) => Preconditions.CheckDefined(value) switch
    {
        StatusPenilai.Asn => "ASN",
        _ => "NON ASN",
    };

    /// <summary>The label of the non-ASN office: <c>Menteri</c>, <c>Kepala Lembaga</c>, <c>Gubernur</c>, ….</summary>
    /// <param name="value">A defined member.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static string ToLabel(this JabatanNonAsn value) => Preconditions.CheckDefined(value) switch
    {
        JabatanNonAsn.Menteri => "Menteri",
        JabatanNonAsn.KepalaLembaga => "Kepala Lembaga",
        JabatanNonAsn.Gubernur => "Gubernur",
        JabatanNonAsn.Bupati => "Bupati",
        JabatanNonAsn.WaliKota => "Wali Kota",
        _ => "Lainnya",
    };

    /// <summary>The label of the additional duty: <c>Kepala Sekolah</c>, <c>Kepala Puskesmas</c>, <c>Kepala Unit Lain</c>.</summary>
    /// <param name="value">A defined member.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static string ToLabel(this TugasTambahan value) => Preconditions.CheckDefined(value) switch
    {
        TugasTambahan.KepalaSekolah => "Kepala Sekolah",
        TugasTambahan.KepalaPuskesmas => "Kepala Puskesmas",
        _ => "Kepala Unit Lain",
    };

    /// <summary>The label of the advisory role: <c>Tim Kinerja</c>, <c>Pemberi Pertimbangan</c>.</summary>
    /// <param name="value">A defined member.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static string ToLabel(this JenisPertimbangan value) => Preconditions.CheckDefined(value) switch
    {
        JenisPertimbangan.TimKinerja => "Tim Kinerja",
        _ => "Pemberi Pertimbangan",
    };

    /// <summary>The label of the SKP kind: <c>Reguler</c>, <c>Tugas Belajar</c>.</summary>
    /// <param name="value">A defined member.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static string ToLabel(this JenisSkp value) => Preconditions.CheckDefined(value) switch
    {
        JenisSkp.Reguler => "Reguler",
        _ => "Tugas Belajar",
    };

    /// <summary>The label of the SKP deadline policy: <c>Akhir Bulan Pertama Periode</c>, <c>Akhir Januari</c>, <c>Tidak Diperiksa</c>.</summary>
    /// <param name="value">A defined member.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static string ToLabel(this BatasPenetapanSkp value) => Preconditions.CheckDefined(value) switch
    {
        BatasPenetapanSkp.AkhirBulanPertamaPeriode => "Akhir Bulan Pertama Periode",
        BatasPenetapanSkp.AkhirJanuari => "Akhir Januari",
        _ => "Tidak Diperiksa",
    };

    /// <summary>The label of the rule domain: <c>SKP</c>, <c>Cascading</c>, <c>Kuadran</c>, ….</summary>
    /// <param name="value">A defined member.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static string ToLabel(this RuleDomain value) => Preconditions.CheckDefined(value) switch
    {
        RuleDomain.Skp => "SKP",
        RuleDomain.Cascading => "Cascading",
        RuleDomain.Kuadran => "Kuadran",
        RuleDomain.Distribusi => "Distribusi",
        RuleDomain.AngkaKredit => "Angka Kredit",
        RuleDomain.PerilakuKerja => "Perilaku Kerja",
        _ => "Peta Talenta",
    };

    /// <summary>The label of the language: <c>Bahasa Indonesia</c>, <c>English</c>.</summary>
    /// <param name="value">A defined member.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static string ToLabel(this Language value) => Preconditions.CheckDefined(value) switch
    {
        Language.Indonesian => "Bahasa Indonesia",
        _ => "English",
    };

    /// <summary>The label of the severity (programming vocabulary, as the wire format writes it): <c>Info</c>, <c>Warning</c>, <c>Error</c>.</summary>
    /// <param name="value">A defined member.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static string ToLabel(this FindingSeverity value) => Preconditions.CheckDefined(value) switch
    {
        FindingSeverity.Info => "Info",
        FindingSeverity.Warning => "Warning",
        _ => "Error",
    };

    /// <summary>The label of the confidence mark (programming vocabulary, as the wire format writes it): <c>Low</c>, <c>Medium</c>, <c>High</c>.</summary>
    /// <param name="value">A defined member.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static string ToLabel(this Confidence value) => Preconditions.CheckDefined(value) switch
    {
        Confidence.Low => "Low",
        Confidence.Medium => "Medium",
        _ => "High",
    };
}
