using System.Collections.Immutable;
using System.Globalization;

namespace AsnKinerja.NineBox;

/// <summary>
/// One of the nine boxes of the ASN talent map (<em>kotak talenta</em>, PermenPANRB 3/2020 as amended by
/// PermenPANRB 20/2025), numbered as the regulation numbers them:
/// <code>
/// kinerja \ potensial   Rendah  Menengah  Tinggi
/// Di Atas Ekspektasi       4        7        9
/// Sesuai Ekspektasi        2        5        8
/// Di Bawah Ekspektasi      1        3        6
/// </code>
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Nomor"/> is the <b>ASN box number</b>. It is <b>not</b> the row-by-row numbering of generic HR
/// tools (1–9 left to right, bottom to top); the two agree only on boxes 1, 5 and 9, which is why mixing them
/// goes unnoticed. Convert explicitly with <see cref="GenericRowMajorNumbering"/> when a tool needs the generic index.
/// </para>
/// <para>
/// Equality and ordering compare <see cref="Nomor"/> (the regulation's order, in which boxes 7–9 form the
/// succession pool). <c>default(KotakTalenta)</c> is the empty box (<see cref="IsEmpty"/>), which places nobody:
/// it sorts before box 1, prints as an empty string, and its <see cref="Nomor"/>, <see cref="Kinerja"/> and
/// <see cref="Potensial"/> throw <see cref="InvalidOperationException"/>; every API rejects it. It is deliberately
/// not box 1, so an unassigned value is never read as "handle under the applicable regulations".
/// Immutable and thread-safe.
/// </para>
/// </remarks>
public readonly struct KotakTalenta : IEquatable<KotakTalenta>, IComparable<KotakTalenta>
{
    /// <summary>The regulation's grid, top row first (Di Atas), columns Rendah, Menengah, Tinggi.</summary>
    private static readonly byte[,] AsnGrid =
    {
        { 4, 7, 9 },
        { 2, 5, 8 },
        { 1, 3, 6 },
    };

    private static readonly Ekspektasi[] KinerjaByNomor = new Ekspektasi[10];
    private static readonly TingkatPotensial[] PotensialByNomor = new TingkatPotensial[10];

    private readonly byte _nomor;

    static KotakTalenta()
    {
        for (var row = 0; row < 3; row++)
        {
            for (var col = 0; col < 3; col++)
            {
                var nomor = AsnGrid[row, col];
                KinerjaByNomor[nomor] = (Ekspektasi)(3 - row);
                PotensialByNomor[nomor] = (TingkatPotensial)(col + 1);
            }
        }

        All = Enumerable.Range(1, 9).Select(n => new KotakTalenta((byte)n)).ToImmutableArray();
    }

    private KotakTalenta(byte nomor) => _nomor = nomor;

    /// <summary>The nine boxes in ASN number order, box 1 first.</summary>
    public static ImmutableArray<KotakTalenta> All { get; }

    /// <summary>Whether this is <c>default(KotakTalenta)</c>, which places nobody.</summary>
    public bool IsEmpty => _nomor == 0;

    /// <summary>The ASN box number, 1 to 9 (PermenPANRB 3/2020); not the generic row-major index.</summary>
    /// <exception cref="InvalidOperationException">The box is empty.</exception>
    public int Nomor => NonEmpty();

    /// <summary>The performance level (row) of the box.</summary>
    /// <exception cref="InvalidOperationException">The box is empty.</exception>
    public Ekspektasi Kinerja => KinerjaByNomor[NonEmpty()];

    /// <summary>The potential level (column) of the box.</summary>
    /// <exception cref="InvalidOperationException">The box is empty.</exception>
    public TingkatPotensial Potensial => PotensialByNomor[NonEmpty()];

    /// <summary>
    /// Whether the box belongs to the succession pool (<em>kelompok rencana suksesi</em>): boxes 7, 8 and 9.
    /// False for the empty box.
    /// </summary>
    public bool IsKelompokRencanaSuksesi => _nomor >= 7;

    /// <summary>The follow-up recommendations of the box, in the regulation's order.</summary>
    /// <exception cref="InvalidOperationException">The box is empty.</exception>
    public ImmutableArray<RekomendasiTindakLanjut> Rekomendasi => RekomendasiTindakLanjut.ForKotak(NonEmpty());

    /// <summary>Whether two boxes are equal.</summary>
    /// <param name="left">The first box.</param>
    /// <param name="right">The second box.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(KotakTalenta left, KotakTalenta right) => left.Equals(right);

    /// <summary>Whether two boxes differ.</summary>
    /// <param name="left">The first box.</param>
    /// <param name="right">The second box.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(KotakTalenta left, KotakTalenta right) => !left.Equals(right);

    /// <summary>ASN number order.</summary>
    /// <param name="left">The first box.</param>
    /// <param name="right">The second box.</param>
    /// <returns>True when <paramref name="left"/> has the lower number.</returns>
    public static bool operator <(KotakTalenta left, KotakTalenta right) => left.CompareTo(right) < 0;

    /// <summary>ASN number order.</summary>
    /// <param name="left">The first box.</param>
    /// <param name="right">The second box.</param>
    /// <returns>True when <paramref name="left"/> has the higher number.</returns>
    public static bool operator >(KotakTalenta left, KotakTalenta right) => left.CompareTo(right) > 0;

    /// <summary>ASN number order.</summary>
    /// <param name="left">The first box.</param>
    /// <param name="right">The second box.</param>
    /// <returns>True unless <paramref name="left"/> has the higher number.</returns>
    public static bool operator <=(KotakTalenta left, KotakTalenta right) => left.CompareTo(right) <= 0;

    /// <summary>ASN number order.</summary>
    /// <param name="left">The first box.</param>
    /// <param name="right">The second box.</param>
    /// <returns>True unless <paramref name="left"/> has the lower number.</returns>
    public static bool operator >=(KotakTalenta left, KotakTalenta right) => left.CompareTo(right) >= 0;

    /// <summary>The box of a performance level and a potential level (the regulation's table).</summary>
    /// <param name="kinerja">The performance level.</param>
    /// <param name="potensial">The potential level.</param>
    /// <returns>The box.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A level is not a defined member.</exception>
    public static KotakTalenta Of(Ekspektasi kinerja, TingkatPotensial potensial)
    {
        Preconditions.CheckDefined(kinerja);
        Preconditions.CheckDefined(potensial);
        return new KotakTalenta(AsnGrid[3 - (int)kinerja, (int)potensial - 1]);
    }

    /// <summary>The box with an ASN box number (PermenPANRB 3/2020). For the generic row-major index use <see cref="GenericRowMajorNumbering.FromGenericIndex"/>.</summary>
    /// <param name="nomor">The ASN box number, 1 to 9.</param>
    /// <returns>The box.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="nomor"/> is not 1 to 9.</exception>
    public static KotakTalenta FromNomor(int nomor) => new((byte)Preconditions.CheckRange(nomor, 1, 9));

    /// <summary>The short label: <c>Kotak 7</c> in Bahasa Indonesia, <c>Box 7</c> in English; empty for the empty box.</summary>
    /// <param name="culture">The culture (English for English cultures, Bahasa Indonesia otherwise).</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is null.</exception>
    public string ToLabel(CultureInfo culture)
    {
        Preconditions.CheckNotNull(culture);
        return IsEmpty ? string.Empty : Localization.Choose(culture, "Kotak ", "Box ") + _nomor.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The box with its axes, e.g. <c>Kotak 7: kinerja Di Atas Ekspektasi, potensial Menengah</c> or
    /// <c>Box 7: performance above expectation, potential medium</c>; empty for the empty box.
    /// </summary>
    /// <param name="culture">The culture (English for English cultures, Bahasa Indonesia otherwise).</param>
    /// <returns>The description.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is null.</exception>
    public string ToDescription(CultureInfo culture)
    {
        Preconditions.CheckNotNull(culture);
        if (IsEmpty)
        {
            return string.Empty;
        }

        return Localization.IsEnglish(culture)
            ? string.Format(CultureInfo.InvariantCulture, "Box {0}: performance {1}, potential {2}", _nomor, PetaTalentaLabels.ToEnglishLabel(Kinerja), PetaTalentaLabels.ToEnglishLabel(Potensial))
            : string.Format(CultureInfo.InvariantCulture, "Kotak {0}: kinerja {1}, potensial {2}", _nomor, Kinerja.ToLabel(), PetaTalentaLabels.ToLabel(Potensial));
    }

    /// <inheritdoc />
    public bool Equals(KotakTalenta other) => _nomor == other._nomor;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is KotakTalenta other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _nomor;

    /// <inheritdoc />
    public int CompareTo(KotakTalenta other) => _nomor.CompareTo(other._nomor);

    /// <summary><c>Kotak 7</c> (invariant, Bahasa Indonesia); empty for the empty box.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => ToLabel(CultureInfo.InvariantCulture);

    private int NonEmpty() => _nomor != 0 ? _nomor : throw new InvalidOperationException("The talent box is empty (default); it places nobody.");
}
