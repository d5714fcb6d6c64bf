using System.Collections.Immutable;

namespace AsnKinerja.NineBox;

/// <summary>
/// One follow-up recommendation (<em>rekomendasi tindak lanjut</em>) of the talent map: its kind, a stable code
/// (e.g. <c>TL-SUKSESI-INSTANSI</c>), and what it means in Bahasa Indonesia and English (paraphrasing
/// PermenPANRB 3/2020).
/// </summary>
/// <remarks>
/// Instances come only from this catalogue (<see cref="All"/>, <see cref="Get"/>, <see cref="KotakTalenta.Rekomendasi"/>).
/// Codes never change once shipped. Immutable and thread-safe; equality is by <see cref="Jenis"/>.
/// </remarks>
public sealed class RekomendasiTindakLanjut : IEquatable<RekomendasiTindakLanjut>
{
    private static readonly RegulationReference Lampiran = new(RegulationNames.PermenPanRb3Tahun2020, "Lampiran: tindak lanjut hasil pemetaan talenta (sembilan kotak)", Confidence.High);

    private static readonly ImmutableArray<ImmutableArray<RekomendasiTindakLanjut>> ByKotak;

    private RekomendasiTindakLanjut(TindakLanjutTalenta jenis, string kode, string uraian, string description)
    {
        Jenis = jenis;
        Kode = kode;
        Uraian = new LocalizedText(uraian, description);
    }

    static RekomendasiTindakLanjut()
    {
        All = ImmutableArray.Create(
            new RekomendasiTindakLanjut(TindakLanjutTalenta.Dipromosikan, "TL-PROMOSI", "Dipromosikan ke jabatan yang lebih tinggi", "Promote to a higher position"),
            new RekomendasiTindakLanjut(TindakLanjutTalenta.Dipertahankan, "TL-DIPERTAHANKAN", "Dipertahankan di instansi dan dijaga agar tidak berpindah", "Retain in the agency"),
            new RekomendasiTindakLanjut(TindakLanjutTalenta.KelompokRencanaSuksesiNasional, "TL-SUKSESI-NASIONAL", "Masuk kelompok rencana suksesi instansi/nasional", "Include in the agency or national succession pool"),
            new RekomendasiTindakLanjut(TindakLanjutTalenta.Penghargaan, "TL-PENGHARGAAN", "Diberikan penghargaan", "Give an award"),
            new RekomendasiTindakLanjut(TindakLanjutTalenta.KelompokRencanaSuksesiInstansi, "TL-SUKSESI-INSTANSI", "Masuk kelompok rencana suksesi instansi", "Include in the agency succession pool"),
            new RekomendasiTindakLanjut(TindakLanjutTalenta.RotasiPerluasanJabatan, "TL-ROTASI-PERLUASAN", "Rotasi atau perluasan jabatan (job enlargement)", "Rotation or job enlargement"),
            new RekomendasiTindakLanjut(TindakLanjutTalenta.BimbinganKinerja, "TL-BIMBINGAN-KINERJA", "Bimbingan kinerja (coaching) oleh atasan", "Performance coaching by the superior"),
            new RekomendasiTindakLanjut(TindakLanjutTalenta.RotasiPengayaanJabatan, "TL-ROTASI-PENGAYAAN", "Rotasi atau pengayaan jabatan (job enrichment)", "Rotation or job enrichment"),
            new RekomendasiTindakLanjut(TindakLanjutTalenta.PengembanganKompetensi, "TL-PENGEMBANGAN-KOMPETENSI", "Pengembangan kompetensi (diklat, kursus, pembelajaran di tempat kerja)", "Competency development (training, courses, on-the-job learning)"),
            new RekomendasiTindakLanjut(TindakLanjutTalenta.TugasBelajar, "TL-TUGAS-BELAJAR", "Diberikan tugas belajar", "Study assignment (tugas belajar)"),
            new RekomendasiTindakLanjut(TindakLanjutTalenta.PenempatanSesuai, "TL-PENEMPATAN-SESUAI", "Ditempatkan pada jabatan yang sesuai dengan kompetensinya", "Placement in a position that suits the employee's competencies"),
            new RekomendasiTindakLanjut(TindakLanjutTalenta.KonselingKinerja, "TL-KONSELING-KINERJA", "Konseling kinerja untuk menggali penyebab kinerja rendah", "Performance counselling to find the causes of low performance"),
            new RekomendasiTindakLanjut(TindakLanjutTalenta.Rotasi, "TL-ROTASI", "Rotasi ke jabatan lain", "Rotation to another position"),
            new RekomendasiTindakLanjut(TindakLanjutTalenta.DiprosesSesuaiKetentuan, "TL-SESUAI-KETENTUAN", "Diproses sesuai ketentuan peraturan perundang-undangan", "Handled under the applicable laws and regulations"));

        ImmutableArray<RekomendasiTindakLanjut> Of(params TindakLanjutTalenta[] kinds) => kinds.Select(Get).ToImmutableArray();

        // Index = ASN box number; index 0 is unused (the empty box has no recommendations).
        ByKotak = ImmutableArray.Create(
            ImmutableArray<RekomendasiTindakLanjut>.Empty,
            Of(TindakLanjutTalenta.DiprosesSesuaiKetentuan),
            Of(TindakLanjutTalenta.BimbinganKinerja, TindakLanjutTalenta.PengembanganKompetensi, TindakLanjutTalenta.PenempatanSesuai),
            Of(TindakLanjutTalenta.BimbinganKinerja, TindakLanjutTalenta.KonselingKinerja, TindakLanjutTalenta.PengembanganKompetensi, TindakLanjutTalenta.PenempatanSesuai),
            Of(TindakLanjutTalenta.Rotasi, TindakLanjutTalenta.PengembanganKompetensi),
            Of(TindakLanjutTalenta.PenempatanSesuai, TindakLanjutTalenta.BimbinganKinerja, TindakLanjutTalenta.PengembanganKompetensi),
            Of(TindakLanjutTalenta.PenempatanSesuai, TindakLanjutTalenta.BimbinganKinerja, TindakLanjutTalenta.KonselingKinerja),
            Of(TindakLanjutTalenta.Dipertahankan, TindakLanjutTalenta.KelompokRencanaSuksesiInstansi, TindakLanjutTalenta.RotasiPengayaanJabatan, TindakLanjutTalenta.PengembanganKompetensi, TindakLanjutTalenta.TugasBelajar),
            Of(TindakLanjutTalenta.Dipertahankan, TindakLanjutTalenta.KelompokRencanaSuksesiInstansi, TindakLanjutTalenta.RotasiPerluasanJabatan, TindakLanjutTalenta.BimbinganKinerja),
            Of(TindakLanjutTalenta.Dipromosikan, TindakLanjutTalenta.Dipertahankan, TindakLanjutTalenta.KelompokRencanaSuksesiNasional, TindakLanjutTalenta.Penghargaan));
    }

    /// <summary>Every recommendation, in <see cref="TindakLanjutTalenta"/> order.</summary>
    public static ImmutableArray<RekomendasiTindakLanjut> All { get; }

    /// <summary>The kind of follow-up.</summary>
    public TindakLanjutTalenta Jenis { get; }

    /// <summary>The stable code, e.g. <c>TL-SUKSESI-INSTANSI</c>; never changes once shipped.</summary>
    public string Kode { get; }

    /// <summary>What the recommendation means, in Bahasa Indonesia and English.</summary>
    public LocalizedText Uraian { get; }

    /// <summary>The regulation the recommendation rests on.</summary>
    public RegulationReference Source { get; } = Lampiran;

    /// <summary>Whether two recommendations are equal.</summary>
    /// <param name="left">The first recommendation.</param>
    /// <param name="right">The second recommendation.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(RekomendasiTindakLanjut? left, RekomendasiTindakLanjut? right) => Equals(left, right);

    /// <summary>Whether two recommendations differ.</summary>
    /// <param name="left">The first recommendation.</param>
    /// <param name="right">The second recommendation.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(RekomendasiTindakLanjut? left, RekomendasiTindakLanjut? right) => !Equals(left, right);

    /// <summary>The recommendation of a kind.</summary>
    /// <param name="jenis">The kind.</param>
    /// <returns>The recommendation.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="jenis"/> is not a defined member.</exception>
    public static RekomendasiTindakLanjut Get(TindakLanjutTalenta jenis) => All[(int)Preconditions.CheckDefined(jenis) - 1];

    /// <summary>The recommendation with a stable code (ordinal, case-sensitive).</summary>
    /// <param name="kode">The code, e.g. <c>TL-ROTASI</c>.</param>
    /// <param name="rekomendasi">The recommendation when the code is known.</param>
    /// <returns>Whether the code is known.</returns>
    public static bool TryGetByKode(string? kode, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out RekomendasiTindakLanjut? rekomendasi)
    {
        rekomendasi = All.FirstOrDefault(r => string.Equals(r.Kode, kode, StringComparison.Ordinal));
        return rekomendasi is not null;
    }

    /// <inheritdoc />
    public bool Equals(RekomendasiTindakLanjut? other) => other is not null && Jenis == other.Jenis;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RekomendasiTindakLanjut);

    /// <inheritdoc />
    public override int GetHashCode() => (int)Jenis;

    /// <summary>The code and the Indonesian text, e.g. <c>TL-ROTASI: Rotasi ke jabatan lain</c>.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => Kode + ": " + Uraian.Indonesian;

    internal static ImmutableArray<RekomendasiTindakLanjut> ForKotak(int nomor) => ByKotak[nomor];
}
