namespace AsnKinerja.Predicates;

/// <summary>The PPK's assessment of one result (RHK) against its expectation, the input of a results-rating suggestion.</summary>
/// <remarks>Immutable and thread-safe. Equality compares all parts.</remarks>
public sealed class PenilaianRhk : IEquatable<PenilaianRhk>
{
    /// <summary>Creates an assessment.</summary>
    /// <param name="rhkId">The RHK identifier.</param>
    /// <param name="jenis">Main or additional.</param>
    /// <param name="penilaian">The assessment: below, as or above expectation.</param>
    /// <exception cref="ArgumentException"><paramref name="rhkId"/> is blank or not well-formed UTF-16 (a lone surrogate), or an enum undefined.</exception>
    public PenilaianRhk(string rhkId, JenisRhk jenis, Ekspektasi penilaian)
    {
        RhkId = Preconditions.CheckIdentifier(rhkId);
        Jenis = Preconditions.CheckDefined(jenis);
        Penilaian = Preconditions.CheckDefined(penilaian);
    }

    /// <summary>The RHK identifier.</summary>
    public string RhkId { get; }

    /// <summary>Main or additional.</summary>
    public JenisRhk Jenis { get; }

    /// <summary>The assessment.</summary>
    public Ekspektasi Penilaian { get; }

    /// <summary>Whether two assessments are equal.</summary>
    /// <param name="left">The first assessment.</param>
    /// <param name="right">The second assessment.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(PenilaianRhk? left, PenilaianRhk? right) => Equals(left, right);

    /// <summary>Whether two assessments differ.</summary>
    /// <param name="left">The first assessment.</param>
    /// <param name="right">The second assessment.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(PenilaianRhk? left, PenilaianRhk? right) => !Equals(left, right);

    /// <inheritdoc />
    public bool Equals(PenilaianRhk? other) =>
        other is not null && string.Equals(RhkId, other.RhkId, StringComparison.Ordinal) && Jenis == other.Jenis && Penilaian == other.Penilaian;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PenilaianRhk);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(RhkId), Jenis, Penilaian);

    /// <summary>The RHK and its assessment.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => RhkId + " (" + Jenis + "): " + Penilaian;
}
