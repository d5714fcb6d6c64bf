using System.Collections.Immutable;

namespace AsnKinerja.Predicates;

/// <summary>
/// The rules of the performance quadrant (<em>kuadran kinerja</em>) and the leader rule under one rule set: a decision
/// table from the results rating (rows) and the behaviour rating (columns) to the employee predicate, with exactly one
/// answer per cell, and the mapping that turns a unit's organisation predicate into its head's results rating.
/// </summary>
/// <remarks>
/// <para>
/// The implementations the library provides are in <see cref="KuadranRules"/>
/// (<see cref="KuadranRules.PermenPanRb6Tahun2022"/>); a configured instance (<see cref="WithPemetaan"/>) keeps the rule
/// set and changes the mapping policy. Every result says which rule set and which mapping produced it
/// (<see cref="PredikatTerhitung.RuleSet"/>, <see cref="PredikatTerhitung.Pemetaan"/>).
/// </para>
/// <para>Implementations are immutable and thread-safe; the library's own never let a predicate fall when a rating rises.</para>
/// </remarks>
public interface IKuadranRules : IRules
{
    /// <summary>The nine cells, results rating Di Bawah first, then by behaviour rating.</summary>
    ImmutableArray<SelKuadran> Cells { get; }

    /// <summary>The leader-rule mapping in force (a policy [L]: the circular publishes none).</summary>
    PemetaanRatingPimpinan Pemetaan { get; }

    /// <summary>The predicate of a cell, without an explanation (the fast path for bulk use).</summary>
    /// <param name="ratingHasilKerja">The results rating.</param>
    /// <param name="ratingPerilakuKerja">The behaviour rating.</param>
    /// <returns>The predicate.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A rating is undefined.</exception>
    PredikatKinerja GetPredikat(Ekspektasi ratingHasilKerja, Ekspektasi ratingPerilakuKerja);

    /// <summary>Evaluates an employee: the predicate of the cell, with its explanation.</summary>
    /// <param name="ratingHasilKerja">The PPK's results rating.</param>
    /// <param name="ratingPerilakuKerja">The PPK's behaviour rating.</param>
    /// <returns>The computed predicate.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A rating is undefined.</exception>
    PredikatTerhitung Evaluate(Ekspektasi ratingHasilKerja, Ekspektasi ratingPerilakuKerja);

    /// <summary>
    /// Evaluates the head of a unit (the leader rule of SE MenPANRB 3/2023): the unit's organisation predicate becomes the
    /// head's results rating through <see cref="Pemetaan"/>, and the quadrant does the rest.
    /// </summary>
    /// <param name="predikatOrganisasi">The unit's organisation predicate.</param>
    /// <param name="ratingPerilakuKerja">The head's behaviour rating.</param>
    /// <returns>The computed predicate; its explanation names the leader rule, the cell and the mapping policy.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is undefined.</exception>
    PredikatTerhitung EvaluateKepalaUnit(PredikatKinerjaOrganisasi predikatOrganisasi, Ekspektasi ratingPerilakuKerja);

    /// <summary>The same rules with another leader-rule mapping.</summary>
    /// <param name="pemetaan">The mapping.</param>
    /// <returns>The configured rules (the same rule set).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pemetaan"/> is null.</exception>
    IKuadranRules WithPemetaan(PemetaanRatingPimpinan pemetaan);
}
