namespace AsnKinerja.NineBox;

/// <summary>
/// The kinds of follow-up (<em>tindak lanjut</em>) that PermenPANRB 3/2020 recommends for the boxes of the talent
/// map. <see cref="RekomendasiTindakLanjut"/> carries each kind's stable code and texts.
/// </summary>
/// <remarks>
/// The regulation gives the recommendations per box and no order among kinds; members follow their first
/// appearance from box 9 down. The numeric values are not a wire format: use <see cref="RekomendasiTindakLanjut.Kode"/>.
/// <c>default(TindakLanjutTalenta)</c> is not a defined member.
/// </remarks>
public enum TindakLanjutTalenta
{
    /// <summary><em>Dipromosikan</em>: promote to a higher position (box 9).</summary>
    Dipromosikan = 1,

    /// <summary><em>Dipertahankan</em>: retain (boxes 7–9).</summary>
    Dipertahankan = 2,

    /// <summary><em>Masuk kelompok rencana suksesi instansi/nasional</em>: the agency or national succession pool (box 9).</summary>
    KelompokRencanaSuksesiNasional = 3,

    /// <summary><em>Penghargaan</em>: an award (box 9).</summary>
    Penghargaan = 4,

    /// <summary><em>Masuk kelompok rencana suksesi instansi</em>: the agency succession pool (boxes 7 and 8).</summary>
    KelompokRencanaSuksesiInstansi = 5,

    /// <summary><em>Rotasi/perluasan jabatan</em>: rotation or job enlargement (box 8).</summary>
    RotasiPerluasanJabatan = 6,

    /// <summary><em>Bimbingan kinerja</em>: performance coaching (boxes 8, 6, 5, 3, 2).</summary>
    BimbinganKinerja = 7,

    /// <summary><em>Rotasi/pengayaan jabatan</em>: rotation or job enrichment (box 7).</summary>
    RotasiPengayaanJabatan = 8,

    /// <summary><em>Pengembangan kompetensi</em>: competency development (boxes 7, 5, 4, 3, 2).</summary>
    PengembanganKompetensi = 9,

    /// <summary><em>Tugas belajar</em>: a study assignment (box 7).</summary>
    TugasBelajar = 10,

    /// <summary><em>Penempatan yang sesuai</em>: placement in a suitable position (boxes 6, 5, 3, 2).</summary>
    PenempatanSesuai = 11,

    /// <summary><em>Konseling kinerja</em>: performance counselling (boxes 6 and 3).</summary>
    KonselingKinerja = 12,

    /// <summary><em>Rotasi</em>: rotation to another position (box 4).</summary>
    Rotasi = 13,

    /// <summary><em>Diproses sesuai ketentuan peraturan perundang-undangan</em>: handled under the applicable regulations (box 1).</summary>
    DiprosesSesuaiKetentuan = 14,
}
