using System.Collections.Immutable;

namespace AsnKinerja.Predicates;

/// <summary>
/// The distribution rules of one rule set, configured with its <see cref="DistribusiOptions"/>: the patterns chosen by
/// the organisation predicate, the headcount calculator, the one-unit check, calibration and the bulk engine.
/// </summary>
/// <remarks>
/// <para>
/// The library's rule sets are in <see cref="DistribusiRules"/> (<see cref="DistribusiRules.SeMenPanRb3Tahun2023"/>); a
/// caller's own (an agency variant, a draft circular) comes from <see cref="DistribusiRules.Create"/> and behaves like
/// them everywhere, the bulk engine and the wire format included. <see cref="WithOptions"/> gives the same rule set
/// with other policies. Every result names its rule set and options as typed values
/// (<see cref="PemeriksaanDistribusiResult.RuleSet"/>, <see cref="PemeriksaanDistribusiResult.Options"/>, …).
/// </para>
/// <para>Implementations are immutable and thread-safe; a verdict depends only on the counts, never on the order of employees.</para>
/// </remarks>
public interface IDistribusiRules : IRules
{
    /// <summary>The policies in force.</summary>
    DistribusiOptions Options { get; }

    /// <summary>The five patterns, worst organisation predicate first.</summary>
    ImmutableArray<PolaDistribusi> Pola { get; }

    /// <summary>The pattern of an organisation predicate.</summary>
    /// <param name="predikatOrganisasi">The organisation predicate.</param>
    /// <returns>The pattern.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The predicate is undefined.</exception>
    PolaDistribusi GetPola(PredikatKinerjaOrganisasi predikatOrganisasi);

    /// <summary>
    /// The headcount calculator (what the circulated spreadsheet does): for a unit size and an organisation predicate, the
    /// allowed range of each employee predicate, or a clear "infeasible" finding with the reason when no distribution can
    /// meet the pattern under the policies (for example a Kurang unit of 2). The dominant group is advisory and does not
    /// narrow the ranges.
    /// </summary>
    /// <param name="predikatOrganisasi">The unit's organisation predicate.</param>
    /// <param name="jumlahPegawai">The unit size, 0 or more.</param>
    /// <returns>The ranges, or the reason the pattern cannot be met (a DST006 finding whose subject and <c>unit</c> value are <c>-</c>: no unit is named).</returns>
    /// <exception cref="ArgumentOutOfRangeException">The predicate is undefined or the size negative.</exception>
    KuotaResult CalculateKuota(PredikatKinerjaOrganisasi predikatOrganisasi, int jumlahPegawai);

    /// <summary>
    /// Checks one unit's counts against the pattern of its organisation predicate: for every constraint the count, the
    /// percentage, the allowed headcount range, pass or fail with a severity, and the explanation.
    /// </summary>
    /// <param name="unitId">The unit's identifier (for findings and explanations).</param>
    /// <param name="predikatOrganisasi">The unit's organisation predicate.</param>
    /// <param name="jumlah">How many employees counted in the unit hold each predicate.</param>
    /// <returns>The verdict; it reports the policies it applied (where heads count is the bulk engine's business, so it is not among them).</returns>
    /// <exception cref="ArgumentException"><paramref name="unitId"/> is blank or not well-formed UTF-16 (a lone surrogate), or the predicate undefined.</exception>
    PemeriksaanDistribusiResult Check(string unitId, PredikatKinerjaOrganisasi predikatOrganisasi, JumlahPredikat jumlah);

    /// <summary>
    /// The counts-only calibration proposal for the unit a verdict judged: the target distribution with the fewest changed
    /// employees that meets the hard constraints of its pattern (among those, the fewest predicate steps), and how many
    /// move from which predicate to which. The verdict is answered as it is: its unit, pattern and counts are not given
    /// again and the check is not run again.
    /// </summary>
    /// <param name="verdict">The verdict to answer, made by these rules (<see cref="Check"/>, or <see cref="BulkResult.GetVerdict(int, string?, string?)"/> of a bulk run of these rules).</param>
    /// <returns>The target, or the reason there is none (DST006).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="verdict"/> is null.</exception>
    /// <exception cref="ArgumentException">The verdict was made by other rules or options, or is of a unit pooled into its parent (calibrate the parent).</exception>
    SasaranKalibrasi ProposeSasaran(PemeriksaanDistribusiResult verdict);

    /// <summary>
    /// Calibration: the target of <see cref="ProposeSasaran"/> carried out on named employees, each change with its
    /// reason. Who moves: for a move down the lowest ranking scores, for a move up the highest; without a score for every
    /// employee, the order given (the policy <c>PemilihanPegawaiKalibrasi</c> says which). Nothing is changed silently.
    /// </summary>
    /// <param name="verdict">The verdict to answer, made by these rules.</param>
    /// <param name="pegawai">Every employee the verdict judged (for a parent that pooled small units, theirs too), with the predicates it counted; NIPs unique.</param>
    /// <returns>The proposal, or the reason there is none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="verdict"/> or <paramref name="pegawai"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// The verdict was made by other rules or options or is of a pooled unit; an employee is null or appears twice; or the
    /// employees' predicates are not the counts the verdict judged.
    /// </exception>
    UsulanKalibrasi ProposeKalibrasi(PemeriksaanDistribusiResult verdict, IEnumerable<PegawaiKalibrasi> pegawai);

    /// <summary>
    /// The bulk engine: every employee's predicate (with <paramref name="kuadran"/>: quadrant, leader rule, decided
    /// predicates), the counts per unit (heads counted per <see cref="DistribusiOptions.KepalaUnit"/>, small units pooled
    /// per <see cref="DistribusiOptions.UnitKecil"/>) and every unit's verdict, in one pass over the employees with no
    /// allocation per employee. Its verdicts agree exactly with <see cref="Check"/>.
    /// </summary>
    /// <param name="input">The validated columns.</param>
    /// <param name="kuadran">The quadrant and leader rules that compute the predicates.</param>
    /// <param name="predikatPegawai">Receives each employee's predicate (the decided one where given); empty to skip, otherwise one element per employee.</param>
    /// <param name="options">How the run is carried out; null for <see cref="BulkOptions.Default"/>.</param>
    /// <returns>Per-unit counts and verdicts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> or <paramref name="kuadran"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="predikatPegawai"/> is neither empty nor one element per employee.</exception>
    BulkResult Evaluate(BulkInput input, IKuadranRules kuadran, Memory<PredikatKinerja> predikatPegawai, BulkOptions? options = null);

    /// <summary>The same rule set with other policies.</summary>
    /// <param name="options">The policies.</param>
    /// <returns>The configured rules.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    IDistribusiRules WithOptions(DistribusiOptions options);
}
