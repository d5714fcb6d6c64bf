namespace AsnKinerja.NineBox;

/// <summary>
/// The <b>generic, non-ASN</b> numbering of a nine-box grid used by many HR tools: 1 to 9 left to right, bottom to
/// top, i.e. <c>genericIndex = (kinerjaRow * 3) + potensialColumn + 1</c> with the bottom row (<em>Di Bawah
/// Ekspektasi</em>) as row 0 and <em>Rendah</em> as column 0:
/// <code>
/// kinerja \ potensial   Rendah  Menengah  Tinggi
/// Di Atas Ekspektasi       7        8        9
/// Sesuai Ekspektasi        4        5        6
/// Di Bawah Ekspektasi      1        2        3
/// </code>
/// </summary>
/// <remarks>
/// <b>This is not the ASN box number.</b> PermenPANRB 3/2020 numbers the same cells differently (see
/// <see cref="KotakTalenta.Nomor"/>); the two agree only on 1, 5 and 9. Use this class only at the edge, to
/// exchange data with a tool that uses the generic numbering, and never store a generic index where an ASN
/// number is expected. Stateless and thread-safe.
/// </remarks>
public static class GenericRowMajorNumbering
{
    /// <summary>The generic row-major index (1–9, bottom-left first) of an ASN box. Not the ASN number.</summary>
    /// <param name="kotak">The box.</param>
    /// <returns>The generic index, 1 to 9.</returns>
    /// <exception cref="ArgumentException"><paramref name="kotak"/> is empty.</exception>
    public static int ToGenericIndex(KotakTalenta kotak)
    {
        Preconditions.CheckArgument(!kotak.IsEmpty, nameof(kotak), "The talent box is empty (default).");
        return (((int)kotak.Kinerja - 1) * 3) + (int)kotak.Potensial;
    }

    /// <summary>The ASN box at a generic row-major index (1–9, bottom-left first). The argument is not an ASN number.</summary>
    /// <param name="genericIndex">The generic index, 1 to 9.</param>
    /// <returns>The box (whose <see cref="KotakTalenta.Nomor"/> is the ASN number, usually a different number).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="genericIndex"/> is not 1 to 9.</exception>
    public static KotakTalenta FromGenericIndex(int genericIndex)
    {
        Preconditions.CheckRange(genericIndex, 1, 9);
        var zeroBased = genericIndex - 1;
        return KotakTalenta.Of((Ekspektasi)((zeroBased / 3) + 1), (TingkatPotensial)((zeroBased % 3) + 1));
    }
}
