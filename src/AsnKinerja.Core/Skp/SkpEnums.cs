namespace AsnKinerja;

/// <summary>The SKP approach (<em>pendekatan</em>).</summary>
public enum PendekatanSkp
{
    /// <summary><em>Kuantitatif</em>: measurable IKI with numeric targets and units.</summary>
    Kuantitatif = 1,

    /// <summary><em>Kualitatif</em>: expectations stated in words, no numeric target.</summary>
    Kualitatif = 2,
}

/// <summary>The lifecycle status of an SKP, as every e-Kinerja implementation keeps it.</summary>
public enum StatusSkp
{
    /// <summary><em>Draf</em>: being written.</summary>
    Draf = 1,

    /// <summary><em>Diajukan</em>: submitted to the PPK.</summary>
    Diajukan = 2,

    /// <summary><em>Disetujui / ditetapkan</em>: approved and set by the PPK.</summary>
    Disetujui = 3,

    /// <summary><em>Ditutup</em>: the period is over and evaluated.</summary>
    Ditutup = 4,
}

/// <summary>Whether a result (RHK) is a main or an additional one.</summary>
public enum JenisRhk
{
    /// <summary><em>Utama</em>: main; every SKP has at least one.</summary>
    Utama = 1,

    /// <summary><em>Tambahan</em>: additional, optional.</summary>
    Tambahan = 2,
}

/// <summary>Whether a result serves the organisation or is personal.</summary>
public enum KlasifikasiRhk
{
    /// <summary>An organisation result: may be intervened by subordinates.</summary>
    Organisasi = 1,

    /// <summary>A personal result (<em>individu</em>).</summary>
    Individu = 2,
}

/// <summary>The aspect (<em>aspek</em>) of a quantitative IKI.</summary>
public enum AspekIki
{
    /// <summary><em>Kuantitas</em>: quantity.</summary>
    Kuantitas = 1,

    /// <summary><em>Kualitas</em>: quality.</summary>
    Kualitas = 2,

    /// <summary><em>Waktu</em>: time.</summary>
    Waktu = 3,

    /// <summary><em>Biaya</em>: cost.</summary>
    Biaya = 4,
}

/// <summary>The perspective of a JPT IKI.</summary>
public enum PerspektifIki
{
    /// <summary><em>Penerima Layanan</em>: service recipients.</summary>
    PenerimaLayanan = 1,

    /// <summary><em>Proses Bisnis</em>: business process.</summary>
    ProsesBisnis = 2,

    /// <summary><em>Penguatan Internal</em>: internal strengthening.</summary>
    PenguatanInternal = 3,

    /// <summary><em>Anggaran</em>: budget.</summary>
    Anggaran = 4,
}

/// <summary>How a result cascades from the superior's result (PermenPANRB 8/2021 terms many 6/2022 applications keep).</summary>
public enum MetodeCascading
{
    /// <summary><em>Langsung</em>: the superior's target is split, and the parts add up to the whole.</summary>
    Langsung = 1,

    /// <summary><em>Tidak langsung</em>: subordinates deliver supporting outputs.</summary>
    TidakLangsung = 2,
}

/// <summary>The authority of the appraising official (<em>Pejabat Penilai Kinerja</em>).</summary>
public enum KewenanganPenilai
{
    /// <summary><em>Definitif</em>: the official holds the position.</summary>
    Definitif = 1,

    /// <summary><em>Pelaksana Tugas</em> (Plt).</summary>
    Plt = 2,

    /// <summary><em>Pelaksana Harian</em> (Plh).</summary>
    Plh = 3,

    /// <summary>Authority delegated in writing to another official.</summary>
    Delegasi = 4,
}

/// <summary>
/// The seven BerAKHLAK core values of SE MenPANRB 20/2021, in the order of the acronym. Every SKP carries all seven
/// as <em>perilaku kerja</em>.
/// </summary>
public enum NilaiBerakhlak
{
    /// <summary><em>Berorientasi Pelayanan</em>.</summary>
    BerorientasiPelayanan = 1,

    /// <summary><em>Akuntabel</em>.</summary>
    Akuntabel = 2,

    /// <summary><em>Kompeten</em>.</summary>
    Kompeten = 3,

    /// <summary><em>Harmonis</em>.</summary>
    Harmonis = 4,

    /// <summary><em>Loyal</em>.</summary>
    Loyal = 5,

    /// <summary><em>Adaptif</em>.</summary>
    Adaptif = 6,

    /// <summary><em>Kolaboratif</em>.</summary>
    Kolaboratif = 7,
}
