namespace AsnKinerja.Documents;

/// <summary>
/// What an IKI achieved in the period (<em>realisasi</em>) and the PPK's continuous feedback on it (<em>umpan balik
/// berkelanjutan</em>), as the evaluation document prints them beside the target.
/// </summary>
/// <remarks>Immutable and thread-safe. Equality compares every part ordinally.</remarks>
public sealed class RealisasiIki : IEquatable<RealisasiIki>
{
    /// <summary>Creates the record.</summary>
    /// <param name="ikiId">The IKI's identifier in the SKP.</param>
    /// <param name="realisasi">The realisation, as written (e.g. <c>7 aplikasi</c>).</param>
    /// <param name="umpanBalik">The feedback, or null (blank is stored as null).</param>
    /// <exception cref="ArgumentException">The identifier or the realisation is blank, or the identifier holds a lone surrogate.</exception>
    public RealisasiIki(string ikiId, string realisasi, string? umpanBalik = null)
    {
        IkiId = Preconditions.CheckIdentifier(ikiId);
        Realisasi = Preconditions.CheckNotBlank(realisasi);
        UmpanBalik = string.IsNullOrWhiteSpace(umpanBalik) ? null : umpanBalik;
    }

    /// <summary>The IKI's identifier.</summary>
    public string IkiId { get; }

    /// <summary>The realisation.</summary>
    public string Realisasi { get; }

    /// <summary>The feedback, or null.</summary>
    public string? UmpanBalik { get; }

    /// <summary>Whether two records are equal.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(RealisasiIki? left, RealisasiIki? right) => Equals(left, right);

    /// <summary>Whether two records differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(RealisasiIki? left, RealisasiIki? right) => !Equals(left, right);

    /// <inheritdoc />
    public bool Equals(RealisasiIki? other) =>
        other is not null && string.Equals(IkiId, other.IkiId, StringComparison.Ordinal) && string.Equals(Realisasi, other.Realisasi, StringComparison.Ordinal)
        && string.Equals(UmpanBalik, other.UmpanBalik, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RealisasiIki);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(IkiId), StringComparer.Ordinal.GetHashCode(Realisasi));

    /// <summary>The IKI and its realisation.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => IkiId + ": " + Realisasi;
}
