namespace AsnKinerja;

/// <summary>
/// The level (<em>jenjang</em>) of a functional position: the skilled track (<em>keterampilan</em>: Pemula,
/// Terampil, Mahir, Penyelia) and the expert track (<em>keahlian</em>: Ahli Pertama, Muda, Madya, Utama),
/// each ordered lowest to highest.
/// </summary>
public enum JenjangFungsional
{
    /// <summary><em>Pemula</em> (skilled track).</summary>
    Pemula = 1,

    /// <summary><em>Terampil</em> (skilled track).</summary>
    Terampil = 2,

    /// <summary><em>Mahir</em> (skilled track).</summary>
    Mahir = 3,

    /// <summary><em>Penyelia</em> (skilled track).</summary>
    Penyelia = 4,

    /// <summary><em>Ahli Pertama</em> (expert track).</summary>
    AhliPertama = 11,

    /// <summary><em>Ahli Muda</em> (expert track).</summary>
    AhliMuda = 12,

    /// <summary><em>Ahli Madya</em> (expert track).</summary>
    AhliMadya = 13,

    /// <summary><em>Ahli Utama</em> (expert track).</summary>
    AhliUtama = 14,
}
