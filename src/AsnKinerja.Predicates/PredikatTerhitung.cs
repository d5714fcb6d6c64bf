namespace AsnKinerja.Predicates;

/// <summary>
/// A predicate computed by a rule, with the ratings it was computed from, what produced it (the rule set and, for a
/// unit head, the organisation predicate and the leader-rule mapping) and the explanation of how.
/// </summary>
/// <remarks>Immutable and thread-safe. Equality compares predicate, ratings, provenance and explanation.</remarks>
public sealed class PredikatTerhitung : IEquatable<PredikatTerhitung>
{
    internal PredikatTerhitung(
        PredikatKinerja predikat,
        Ekspektasi ratingHasilKerja,
        Ekspektasi ratingPerilakuKerja,
        RuleSetId ruleSet,
        PredikatKinerjaOrganisasi? predikatOrganisasi,
        PemetaanRatingPimpinan? pemetaan,
        Explanation explanation)
    {
        Predikat = predikat;
        RatingHasilKerja = ratingHasilKerja;
        RatingPerilakuKerja = ratingPerilakuKerja;
        RuleSet = ruleSet;
        PredikatOrganisasi = predikatOrganisasi;
        Pemetaan = pemetaan;
        Explanation = explanation;
    }

    /// <summary>The computed predicate.</summary>
    public PredikatKinerja Predikat { get; }

    /// <summary>The results rating used (for a unit head, the one the leader rule derived).</summary>
    public Ekspektasi RatingHasilKerja { get; }

    /// <summary>The behaviour rating used.</summary>
    public Ekspektasi RatingPerilakuKerja { get; }

    /// <summary>The rule set of the quadrant rules that computed it (<see cref="IRules.RuleSet"/> of the <see cref="IKuadranRules"/>).</summary>
    public RuleSetId RuleSet { get; }

    /// <summary>Whether the leader rule computed it (the employee heads the unit).</summary>
    public bool IsKepalaUnit => PredikatOrganisasi is not null;

    /// <summary>For a unit head, the unit's organisation predicate the results rating was derived from; null otherwise.</summary>
    public PredikatKinerjaOrganisasi? PredikatOrganisasi { get; }

    /// <summary>For a unit head, the leader-rule mapping that derived the results rating; null otherwise.</summary>
    public PemetaanRatingPimpinan? Pemetaan { get; }

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
        && RatingPerilakuKerja == other.RatingPerilakuKerja && RuleSet == other.RuleSet && PredikatOrganisasi == other.PredikatOrganisasi
        && Equals(Pemetaan, other.Pemetaan) && Explanation == other.Explanation;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PredikatTerhitung);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Predikat, RatingHasilKerja, RatingPerilakuKerja, RuleSet, PredikatOrganisasi);

    /// <summary>The predicate label and the ratings.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => Predikat.ToLabel() + " (hasil kerja " + RatingHasilKerja.ToLabel() + ", perilaku kerja " + RatingPerilakuKerja.ToLabel() + ")";
}
