namespace AsnKinerja;

/// <summary>
/// The five employee performance predicates (<em>predikat kinerja pegawai</em>) of PermenPANRB 6/2022,
/// ordered worst to best as on the x-axis of the official distribution curve:
/// <c>SangatKurang &lt; KurangMisconduct &lt; ButuhPerbaikan &lt; Baik &lt; SangatBaik</c>.
/// </summary>
/// <remarks>
/// Sorting by the enum sorts as the regulation does. The numeric values are not a wire format: use
/// <see cref="AsnLabels"/> for labels and <see cref="SiasnCodec"/> for SIASN codes (where 1 is the best).
/// <c>default(PredikatKinerja)</c> is not a defined member and is rejected by every API. The underlying type is
/// <see cref="byte"/>, so a column of predicates takes one byte per employee.
/// </remarks>
public enum PredikatKinerja : byte
{
    /// <summary><em>Sangat Kurang</em>: results and behaviour both below expectation.</summary>
    SangatKurang = 1,

    /// <summary><em>Kurang/Misconduct</em>: behaviour below expectation while results are at or above it.</summary>
    KurangMisconduct = 2,

    /// <summary><em>Butuh Perbaikan</em> (also written <em>Cukup</em>): results below expectation, behaviour at or above it.</summary>
    ButuhPerbaikan = 3,

    /// <summary><em>Baik</em>: the expected predicate.</summary>
    Baik = 4,

    /// <summary><em>Sangat Baik</em>: results and behaviour both above expectation.</summary>
    SangatBaik = 5,
}
