namespace AsnKinerja.Predicates;

/// <summary>Convenience overloads of <see cref="IDistribusiRules"/>.</summary>
public static class DistribusiRulesExtensions
{
    /// <summary>Checks a unit from its employees' predicates (see <see cref="IDistribusiRules.Check"/>).</summary>
    /// <param name="rules">The rules.</param>
    /// <param name="unitId">The unit's identifier.</param>
    /// <param name="predikatOrganisasi">The unit's organisation predicate.</param>
    /// <param name="predikatPegawai">The predicate of each employee counted in the unit.</param>
    /// <returns>The verdict.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> or <paramref name="predikatPegawai"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="unitId"/> is blank, or a predicate is undefined.</exception>
    public static PemeriksaanDistribusiResult Check(this IDistribusiRules rules, string unitId, PredikatKinerjaOrganisasi predikatOrganisasi, IEnumerable<PredikatKinerja> predikatPegawai) =>
        Preconditions.CheckNotNull(rules).Check(unitId, predikatOrganisasi, JumlahPredikat.From(predikatPegawai));

    /// <summary>Runs the bulk engine without writing the employees' predicates (see <see cref="IDistribusiRules.Evaluate"/>).</summary>
    /// <param name="rules">The rules.</param>
    /// <param name="input">The validated columns.</param>
    /// <param name="kuadran">The quadrant and leader rules that compute the predicates.</param>
    /// <param name="options">How the run is carried out; null for <see cref="BulkOptions.Default"/>.</param>
    /// <returns>Per-unit counts and verdicts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/>, <paramref name="input"/> or <paramref name="kuadran"/> is null.</exception>
    public static BulkResult Evaluate(this IDistribusiRules rules, BulkInput input, IKuadranRules kuadran, BulkOptions? options = null) =>
        Preconditions.CheckNotNull(rules).Evaluate(input, kuadran, Memory<PredikatKinerja>.Empty, options);

    /// <summary>
    /// Runs the bulk engine and writes each employee's predicate as a byte, the numeric value of
    /// <see cref="PredikatKinerja"/> (1 to 5), for callers who hold byte columns (see <see cref="IDistribusiRules.Evaluate"/>
    /// and <see cref="BulkInput.FromByteColumns"/>). The bytes are written in place: no copy, no widening.
    /// </summary>
    /// <param name="rules">The rules.</param>
    /// <param name="input">The validated columns.</param>
    /// <param name="kuadran">The quadrant and leader rules that compute the predicates.</param>
    /// <param name="predikatPegawai">Receives each employee's predicate (the decided one where given); empty to skip, otherwise one element per employee.</param>
    /// <param name="options">How the run is carried out; null for <see cref="BulkOptions.Default"/>.</param>
    /// <returns>Per-unit counts and verdicts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/>, <paramref name="input"/> or <paramref name="kuadran"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="predikatPegawai"/> is neither empty nor one element per employee.</exception>
    public static BulkResult Evaluate(this IDistribusiRules rules, BulkInput input, IKuadranRules kuadran, Memory<byte> predikatPegawai, BulkOptions? options = null) =>
        Preconditions.CheckNotNull(rules).Evaluate(input, kuadran, ByteMemory<byte, PredikatKinerja>.View(predikatPegawai), options);
}
