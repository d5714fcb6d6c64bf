namespace AsnKinerja.NineBox;

/// <summary>
/// The potential axis of the ASN talent map (<em>potensial</em>, PermenPANRB 3/2020): low, medium or high, from
/// the competency and potential assessment and the track record.
/// </summary>
/// <remarks>
/// Members are ordered low to high, so <c>&lt;</c> and <c>&gt;</c> compare levels. The numeric values are not a
/// wire format. <c>default(TingkatPotensial)</c> is not a defined member and is rejected by every API with an
/// <see cref="ArgumentOutOfRangeException"/>.
/// </remarks>
public enum TingkatPotensial
{
    /// <summary><em>Rendah</em>: low potential.</summary>
    Rendah = 1,

    /// <summary><em>Menengah</em>: medium potential.</summary>
    Menengah = 2,

    /// <summary><em>Tinggi</em>: high potential.</summary>
    Tinggi = 3,
}
