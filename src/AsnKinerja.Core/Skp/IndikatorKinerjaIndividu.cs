namespace AsnKinerja;

/// <summary>
/// An individual performance indicator (<em>Indikator Kinerja Individu</em>, IKI) of a result: what is measured,
/// its target, its aspect (quantitative approach) and, for a JPT, its perspective.
/// </summary>
/// <remarks>Immutable and thread-safe. Equality compares every part.</remarks>
public sealed class IndikatorKinerjaIndividu : IEquatable<IndikatorKinerjaIndividu>
{
    /// <summary>Creates an IKI.</summary>
    /// <param name="id">The identifier, unique within the SKP.</param>
    /// <param name="uraian">What is measured.</param>
    /// <param name="target">The target.</param>
    /// <param name="aspek">The aspect, or null (required in the quantitative approach; the SKP rules check it).</param>
    /// <param name="perspektif">The perspective, or null (required for a JPT; the SKP rules check it).</param>
    /// <exception cref="ArgumentException">A text is blank, an enum value undefined, or the identifier holds a lone surrogate (not well-formed UTF-16).</exception>
    /// <exception cref="ArgumentNullException"><paramref name="target"/> is null.</exception>
    public IndikatorKinerjaIndividu(string id, string uraian, TargetIki target, AspekIki? aspek = null, PerspektifIki? perspektif = null)
    {
        Id = Preconditions.CheckIdentifier(id);
        Uraian = Preconditions.CheckNotBlank(uraian);
        Target = Preconditions.CheckNotNull(target);
        Aspek = aspek is { } a ? Preconditions.CheckDefined(a, nameof(aspek)) : null;
        Perspektif = perspektif is { } p ? Preconditions.CheckDefined(p, nameof(perspektif)) : null;
    }

    /// <summary>The identifier.</summary>
    public string Id { get; }

    /// <summary>What is measured.</summary>
    public string Uraian { get; }

    /// <summary>The target.</summary>
    public TargetIki Target { get; }

    /// <summary>The aspect, or null.</summary>
    public AspekIki? Aspek { get; }

    /// <summary>The JPT perspective, or null.</summary>
    public PerspektifIki? Perspektif { get; }

    /// <summary>Whether two IKI are equal.</summary>
    /// <param name="left">The first IKI.</param>
    /// <param name="right">The second IKI.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(IndikatorKinerjaIndividu? left, IndikatorKinerjaIndividu? right) => Equals(left, right);

    /// <summary>Whether two IKI differ.</summary>
    /// <param name="left">The first IKI.</param>
    /// <param name="right">The second IKI.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(IndikatorKinerjaIndividu? left, IndikatorKinerjaIndividu? right) => !Equals(left, right);

    /// <inheritdoc />
    public bool Equals(IndikatorKinerjaIndividu? other) =>
        other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal) && string.Equals(Uraian, other.Uraian, StringComparison.Ordinal)
        && Target == other.Target && Aspek == other.Aspek && Perspektif == other.Perspektif;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as IndikatorKinerjaIndividu);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Id), Target, Aspek, Perspektif);

    /// <summary>The identifier and text.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => Id + " " + Uraian;
}
