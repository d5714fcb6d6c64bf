namespace AsnKinerja;

/// <summary>
/// The kind of position. The order is by level of the structural ladder (JPT Utama highest), with
/// <see cref="Fungsional"/> last because its level is its <see cref="JenjangFungsional"/>.
/// </summary>
public enum JenisJabatan
{
    /// <summary><em>Jabatan Pimpinan Tinggi Utama</em>.</summary>
    JptUtama = 1,

    /// <summary><em>Jabatan Pimpinan Tinggi Madya</em> (eselon I).</summary>
    JptMadya = 2,

    /// <summary><em>Jabatan Pimpinan Tinggi Pratama</em> (eselon II).</summary>
    JptPratama = 3,

    /// <summary><em>Jabatan Administrator</em> (eselon III).</summary>
    Administrator = 4,

    /// <summary><em>Jabatan Pengawas</em> (eselon IV).</summary>
    Pengawas = 5,

    /// <summary><em>Jabatan Pelaksana</em>.</summary>
    Pelaksana = 6,

    /// <summary><em>Jabatan Fungsional</em>, with a <see cref="JenjangFungsional"/>.</summary>
    Fungsional = 7,
}
