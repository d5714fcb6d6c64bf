namespace AsnKinerja;

/// <summary>
/// The five organisation performance predicates (<em>predikat kinerja organisasi</em>) of
/// SE MenPANRB 3/2023, ordered worst to best: <c>SangatKurang &lt; Kurang &lt; ButuhPerbaikan &lt; Baik &lt; Istimewa</c>.
/// </summary>
/// <remarks>
/// The organisation predicate chooses the unit's distribution pattern (<em>pola distribusi</em>). The numeric
/// values are not a wire format. <c>default(PredikatKinerjaOrganisasi)</c> is not a defined member. The underlying
/// type is <see cref="byte"/>.
/// </remarks>
public enum PredikatKinerjaOrganisasi : byte
{
    /// <summary><em>Sangat Kurang</em>.</summary>
    SangatKurang = 1,

    /// <summary><em>Kurang</em>.</summary>
    Kurang = 2,

    /// <summary><em>Butuh Perbaikan</em> (also written <em>Cukup</em>).</summary>
    ButuhPerbaikan = 3,

    /// <summary><em>Baik</em>.</summary>
    Baik = 4,

    /// <summary><em>Istimewa</em>: the highest organisation predicate.</summary>
    Istimewa = 5,
}
