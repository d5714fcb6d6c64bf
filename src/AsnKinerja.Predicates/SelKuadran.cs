namespace AsnKinerja.Predicates;

/// <summary>One cell of the performance quadrant: a pair of ratings and the predicate the regulation gives it.</summary>
/// <remarks><c>default(SelKuadran)</c> has undefined ratings and predicate. Equality compares all three parts.</remarks>
public readonly struct SelKuadran : IEquatable<SelKuadran>
{
    internal SelKuadran(Ekspektasi ratingHasilKerja, Ekspektasi ratingPerilakuKerja, PredikatKinerja predikat)
    {
        RatingHasilKerja = ratingHasilKerja;
        RatingPerilakuKerja = ratingPerilakuKerja;
        Predikat = predikat;
    }

    /// <summary>The results rating (the row).</summary>
    public Ekspektasi RatingHasilKerja { get; }

    /// <summary>The behaviour rating (the column).</summary>
    public Ekspektasi RatingPerilakuKerja { get; }

    /// <summary>The predicate of the cell.</summary>
    public PredikatKinerja Predikat { get; }

    /// <summary>The cell's name in explanations, e.g. <c>Kuadran[hasil=DiAtas,perilaku=Sesuai]</c>.</summary>
    public string Name => "Kuadran[hasil=" + RatingHasilKerja + ",perilaku=" + RatingPerilakuKerja + "]";

    /// <summary>Whether two cells are equal.</summary>
    /// <param name="left">The first cell.</param>
    /// <param name="right">The second cell.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(SelKuadran left, SelKuadran right) => left.Equals(right);

    /// <summary>Whether two cells differ.</summary>
    /// <param name="left">The first cell.</param>
    /// <param name="right">The second cell.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(SelKuadran left, SelKuadran right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(SelKuadran other) =>
        RatingHasilKerja == other.RatingHasilKerja && RatingPerilakuKerja == other.RatingPerilakuKerja && Predikat == other.Predikat;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SelKuadran other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(RatingHasilKerja, RatingPerilakuKerja, Predikat);

    /// <summary>The cell name and its predicate.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => Name + " = " + Predikat;
}
