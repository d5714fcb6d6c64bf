namespace AsnKinerja;

/// <summary>
/// The three-level rating of PermenPANRB 6/2022 used for both <em>rating hasil kerja</em> and
/// <em>rating perilaku kerja</em>: below, at or above the expectation set in the SKP.
/// </summary>
/// <remarks>
/// Members are ordered worst to best, so <c>&lt;</c> and <c>&gt;</c> compare ratings as the regulation does.
/// The numeric values are not a wire format: use <see cref="AsnLabels"/> for labels and
/// <see cref="SiasnCodec"/> for SIASN codes. <c>default(Ekspektasi)</c> is not a defined member and is
/// rejected by every API with an <see cref="ArgumentOutOfRangeException"/>. The underlying type is <see cref="byte"/>, so
/// a column of ratings takes one byte per employee.
/// </remarks>
public enum Ekspektasi : byte
{
    /// <summary><em>Di Bawah Ekspektasi</em>: below expectation.</summary>
    DiBawah = 1,

    /// <summary><em>Sesuai Ekspektasi</em>: as expected.</summary>
    Sesuai = 2,

    /// <summary><em>Di Atas Ekspektasi</em>: above expectation.</summary>
    DiAtas = 3,
}
