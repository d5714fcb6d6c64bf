namespace AsnKinerja.NineBox;

// The labels of the other NineBox enums, the same the wire format writes.
public static partial class PetaTalentaLabels
{
    /// <summary>The label of how annual performance is combined: <c>Tahun Terakhir</c>, <c>Terendah Dua Tahun Terakhir</c>, <c>Rata-Rata Dua Tahun Terakhir</c>.</summary>
    /// <param name="value">A defined member.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static string ToLabel(this PenggabunganKinerja value) => Preconditions.CheckDefined(value) switch
    {
        PenggabunganKinerja.TahunTerakhir => "Tahun Terakhir",
        PenggabunganKinerja.TerendahDuaTahunTerakhir => "Terendah Dua Tahun Terakhir",
        _ => "Rata-Rata Dua Tahun Terakhir",
    };

    /// <summary>The label of a kind of follow-up: <c>Dipromosikan</c>, <c>Dipertahankan</c>, <c>Kelompok Rencana Suksesi Nasional</c>, ….</summary>
    /// <param name="value">A defined member.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static string ToLabel(this TindakLanjutTalenta value) => Preconditions.CheckDefined(value) switch
    {
        TindakLanjutTalenta.Dipromosikan => "Dipromosikan",
        TindakLanjutTalenta.Dipertahankan => "Dipertahankan",
        TindakLanjutTalenta.KelompokRencanaSuksesiNasional => "Kelompok Rencana Suksesi Nasional",
        TindakLanjutTalenta.Penghargaan => "Penghargaan",
        TindakLanjutTalenta.KelompokRencanaSuksesiInstansi => "Kelompok Rencana Suksesi Instansi",
        TindakLanjutTalenta.RotasiPerluasanJabatan => "Rotasi Perluasan Jabatan",
        TindakLanjutTalenta.BimbinganKinerja => "Bimbingan Kinerja",
        TindakLanjutTalenta.RotasiPengayaanJabatan => "Rotasi Pengayaan Jabatan",
        TindakLanjutTalenta.PengembanganKompetensi => "Pengembangan Kompetensi",
        TindakLanjutTalenta.TugasBelajar => "Tugas Belajar",
        TindakLanjutTalenta.PenempatanSesuai => "Penempatan Sesuai",
        TindakLanjutTalenta.KonselingKinerja => "Konseling Kinerja",
        TindakLanjutTalenta.Rotasi => "Rotasi",
        _ => "Diproses Sesuai Ketentuan",
    };

    /// <summary>The label of the source of a potential score: <c>Assessment Center</c>, <c>Lainnya</c>.</summary>
    /// <param name="value">A defined member.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static string ToLabel(this SumberPotensial value) => Preconditions.CheckDefined(value) switch
    {
        SumberPotensial.AssessmentCenter => "Assessment Center",
        _ => "Lainnya",
    };

    /// <summary>The label of the potential-source policy: <c>Disarankan</c>, <c>Wajib</c>.</summary>
    /// <param name="value">A defined member.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static string ToLabel(this KebijakanSumberPotensial value) => Preconditions.CheckDefined(value) switch
    {
        KebijakanSumberPotensial.Disarankan => "Disarankan",
        _ => "Wajib",
    };

    /// <summary>The label of the policy for a predicate not yet set after the distribution: <c>Tidak Dipetakan</c>, <c>Pakai Predikat Terhitung</c>.</summary>
    /// <param name="value">A defined member.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static string ToLabel(this KebijakanPredikatBelumDitetapkan value) => Preconditions.CheckDefined(value) switch
    {
        KebijakanPredikatBelumDitetapkan.TidakDipetakan => "Tidak Dipetakan",
        _ => "Pakai Predikat Terhitung",
    };
}
