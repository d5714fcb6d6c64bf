namespace AsnKinerja.Predicates;

/// <summary>The labels of the Predicates enums as people read them, in Bahasa Indonesia (for example <c>Tidak Memenuhi</c>, <c>III/c</c>), the same the wire format writes.</summary>
/// <remarks>Stateless and thread-safe. Each label is the one the wire format writes for the member.</remarks>
public static class PredicateLabels
{
    /// <summary>The label of a unit's distribution verdict: <c>Memenuhi</c>, <c>Tidak Memenuhi</c>, <c>Tidak Mungkin</c>, ….</summary>
    /// <param name="value">A defined member.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static string ToLabel(this StatusDistribusi value) => Preconditions.CheckDefined(value) switch
    {
        StatusDistribusi.Memenuhi => "Memenuhi",
        StatusDistribusi.TidakMemenuhi => "Tidak Memenuhi",
        StatusDistribusi.TidakMungkin => "Tidak Mungkin",
        StatusDistribusi.Kosong => "Kosong",
        _ => "Digabung",
    };

    /// <summary>The label of a constraint kind: <c>Maksimum</c>, <c>Minimum</c>, <c>Wajib Ada</c>, ….</summary>
    /// <param name="value">A defined member.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static string ToLabel(this JenisBatasan value) => Preconditions.CheckDefined(value) switch
    {
        JenisBatasan.Maksimum => "Maksimum",
        JenisBatasan.Minimum => "Minimum",
        JenisBatasan.WajibAda => "Wajib Ada",
        JenisBatasan.Dilarang => "Dilarang",
        _ => "Dominan",
    };

    /// <summary>The label of the rounding policy: <c>Ketat</c>, <c>Setengah Ke Atas</c>.</summary>
    /// <param name="value">A defined member.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static string ToLabel(this Pembulatan value) => Preconditions.CheckDefined(value) switch
    {
        Pembulatan.Ketat => "Ketat",
        _ => "Setengah Ke Atas",
    };

    /// <summary>The label of the meaning of "most": <c>Lebih Dari Setengah</c>, <c>Kelompok Terbesar</c>.</summary>
    /// <param name="value">A defined member.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static string ToLabel(this MaknaSebagianBesar value) => Preconditions.CheckDefined(value) switch
    {
        MaknaSebagianBesar.LebihDariSetengah => "Lebih Dari Setengah",
        _ => "Kelompok Terbesar",
    };

    /// <summary>The label of the small-unit policy: <c>Ketat</c>, <c>Saran Di Bawah Ambang</c>, <c>Gabung Ke Induk</c>.</summary>
    /// <param name="value">A defined member.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static string ToLabel(this KebijakanUnitKecil value) => Preconditions.CheckDefined(value) switch
    {
        KebijakanUnitKecil.Ketat => "Ketat",
        KebijakanUnitKecil.SaranDiBawahAmbang => "Saran Di Bawah Ambang",
        _ => "Gabung Ke Induk",
    };

    /// <summary>The label of where unit heads are counted: <c>Unit Induk</c>, <c>Unit Sendiri</c>.</summary>
    /// <param name="value">A defined member.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static string ToLabel(this PenghitunganKepalaUnit value) => Preconditions.CheckDefined(value) switch
    {
        PenghitunganKepalaUnit.UnitInduk => "Unit Induk",
        _ => "Unit Sendiri",
    };

    /// <summary>The label of the enforcement level: <c>Saran</c>, <c>Tegakkan</c>.</summary>
    /// <param name="value">A defined member.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static string ToLabel(this TingkatPenegakan value) => Preconditions.CheckDefined(value) switch
    {
        TingkatPenegakan.Saran => "Saran",
        _ => "Tegakkan",
    };

    /// <summary>The label of the annual suggestion method: <c>Terakhir</c>, <c>Terburuk</c>, <c>Berbobot Durasi</c>.</summary>
    /// <param name="value">A defined member.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static string ToLabel(this MetodeSaranTahunan value) => Preconditions.CheckDefined(value) switch
    {
        MetodeSaranTahunan.Terakhir => "Terakhir",
        MetodeSaranTahunan.Terburuk => "Terburuk",
        _ => "Berbobot Durasi",
    };

    /// <summary>The label of how the 14 objection days are counted: <c>Hari Kalender</c>, <c>Hari Kerja</c>.</summary>
    /// <param name="value">A defined member.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static string ToLabel(this PenghitunganHariKeberatan value) => Preconditions.CheckDefined(value) switch
    {
        PenghitunganHariKeberatan.HariKalender => "Hari Kalender",
        _ => "Hari Kerja",
    };

    /// <summary>The label of where a final predicate comes from: <c>Terhitung</c>, <c>Keputusan PPK</c>, <c>Keputusan Keberatan</c>.</summary>
    /// <param name="value">A defined member.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static string ToLabel(this SumberPredikatAkhir value) => Preconditions.CheckDefined(value) switch
    {
        SumberPredikatAkhir.Terhitung => "Terhitung",
        SumberPredikatAkhir.KeputusanPpk => "Keputusan PPK",
        _ => "Keputusan Keberatan",
    };

    /// <summary>The label of the treatment of a special status: <c>Dinilai dan Dihitung</c>, <c>Dinilai Tidak Dihitung</c>, <c>Tidak Dinilai</c>.</summary>
    /// <param name="value">A defined member.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static string ToLabel(this PerlakuanStatusPegawai value) => Preconditions.CheckDefined(value) switch
    {
        PerlakuanStatusPegawai.DinilaiDanDihitung => "Dinilai dan Dihitung",
        PerlakuanStatusPegawai.DinilaiTidakDihitung => "Dinilai Tidak Dihitung",
        _ => "Tidak Dinilai",
    };

    /// <summary>The label of when a partial status applies: <c>Seluruh Periode</c>, <c>Lebih Dari Setengah Periode</c>, <c>Sebagian Periode</c>.</summary>
    /// <param name="value">A defined member.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static string ToLabel(this CakupanStatusPegawai value) => Preconditions.CheckDefined(value) switch
    {
        CakupanStatusPegawai.SeluruhPeriode => "Seluruh Periode",
        CakupanStatusPegawai.LebihDariSetengahPeriode => "Lebih Dari Setengah Periode",
        _ => "Sebagian Periode",
    };

    /// <summary>The label of which unit counts a moved employee: <c>Unit Akhir Periode</c>, <c>Unit Terlama</c>.</summary>
    /// <param name="value">A defined member.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static string ToLabel(this UnitPenghitunganMutasi value) => Preconditions.CheckDefined(value) switch
    {
        UnitPenghitunganMutasi.UnitAkhirPeriode => "Unit Akhir Periode",
        _ => "Unit Terlama",
    };

    /// <summary>The label of a rank (golongan/ruang): <c>II/a</c>, <c>II/b</c>, <c>II/c</c>, ….</summary>
    /// <param name="value">A defined member.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static string ToLabel(this GolonganRuang value) => Preconditions.CheckDefined(value) switch
    {
        GolonganRuang.IIa => "II/a",
        GolonganRuang.IIb => "II/b",
        GolonganRuang.IIc => "II/c",
        GolonganRuang.IId => "II/d",
        GolonganRuang.IIIa => "III/a",
        GolonganRuang.IIIb => "III/b",
        GolonganRuang.IIIc => "III/c",
        GolonganRuang.IIId => "III/d",
        GolonganRuang.IVa => "IV/a",
        GolonganRuang.IVb => "IV/b",
        GolonganRuang.IVc => "IV/c",
        GolonganRuang.IVd => "IV/d",
        _ => "IV/e",
    };

    /// <summary>The label of how months of a period are counted: <c>Bulan Penuh</c>, <c>Bulan Tersentuh</c>.</summary>
    /// <param name="value">A defined member.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static string ToLabel(this PenghitunganBulan value) => Preconditions.CheckDefined(value) switch
    {
        PenghitunganBulan.BulanPenuh => "Bulan Penuh",
        _ => "Bulan Tersentuh",
    };

    /// <summary>The label of what an angka kredit step counts from: <c>Sejak Pangkat Terakhir</c>, <c>Dalam Jenjang</c>.</summary>
    /// <param name="value">A defined member.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static string ToLabel(this DasarAkumulasi value) => Preconditions.CheckDefined(value) switch
    {
        DasarAkumulasi.SejakPangkatTerakhir => "Sejak Pangkat Terakhir",
        _ => "Dalam Jenjang",
    };

    /// <summary>The label of the surplus policy: <c>Dibawa</c>, <c>Hangus</c>.</summary>
    /// <param name="value">A defined member.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static string ToLabel(this KebijakanSisaAngkaKredit value) => Preconditions.CheckDefined(value) switch
    {
        KebijakanSisaAngkaKredit.Dibawa => "Dibawa",
        _ => "Hangus",
    };
}
