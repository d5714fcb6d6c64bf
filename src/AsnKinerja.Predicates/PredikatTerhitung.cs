namespace AsnKinerja.Predicates;

/// <summary>
/// A predicate computed by a rule, with the ratings it was computed from and the explanation of how.
/// </summary>
/// <remarks>Immutable and thread-safe. Equality compares predicate, ratings and explanation.</remarks>
public sealed class PredikatTerhitung : IEquatable<PredikatTerhitung>
{
    internal PredikatTerhitung(PredikatKinerja predikat, Ekspektasi ratingHasilKerja, Ekspektasi ratingPerilakuKerja, Explanation explanation)
    {
        Predikat = predikat;
        RatingHasilKerja = ratingHasilKerja;
        RatingPerilakuKerja = ratingPerilakuKerja;
        Explanation = explanation;
    }

    /// <summary>The computed predicate.</summary>
    public PredikatKinerja Predikat { get; }

    /// <summary>The results rating used (for a unit head, the one the leader rule derived).</summary>
    public Ekspektasi RatingHasilKerja { get; }

    /// <summary>The behaviour rating used.</summary>
    public Ekspektasi RatingPerilakuKerja { get; }

    /// <summary>How the predicate was reached.</summary>
    public Explanation Explanation { get; }

    /// <summary>Whether two results are equal.</summary>
    /// <param name="left">The first result.</param>
    /// <param name="right">The second result.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(PredikatTerhitung? left, PredikatTerhitung? right) => Equals(left, right);

    /// <summary>Whether two results differ.</summary>
    /// <param name="left">The first result.</param>
    /// <param name="right">The second result.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(PredikatTerhitung? left, PredikatTerhitung? right) => !Equals(left, right);

    /// <inheritdoc />
    public bool Equals(PredikatTerhitung? other) =>
        other is not null && Predikat == other.Predikat && RatingHasilKerja == other.RatingHasilKerja
        && RatingPerilakuKerja == other.RatingPerilakuKerja && Explanation == other.Explanation;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PredikatTerhitung);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Predikat, RatingHasilKerja, RatingPerilakuKerja);

    /// <summary>The predicate label and the ratings.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => Predikat.ToLabel() + " (hasil kerja " + RatingHasilKerja.ToLabel() + ", perilaku kerja " + RatingPerilakuKerja.ToLabel() + ")";
}
