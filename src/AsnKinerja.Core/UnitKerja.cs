namespace AsnKinerja;

/// <summary>
/// One organisation unit (<em>unit kerja</em>) as a flat record: its identifier, name and parent. A unit with no
/// parent is a root (a ministry, agency or regional government).
/// </summary>
/// <remarks>Immutable and thread-safe. Equality compares all three parts ordinally.</remarks>
public sealed class UnitKerja : IEquatable<UnitKerja>
{
    /// <summary>Creates a unit record.</summary>
    /// <param name="id">The identifier, unique in the organisation.</param>
    /// <param name="nama">The name, e.g. <c>Bidang Perencanaan</c>.</param>
    /// <param name="parentId">The parent unit's identifier, or null for a root.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="nama"/> is blank, or <paramref name="parentId"/> is blank but not null, or an identifier holds a lone surrogate (not well-formed UTF-16).</exception>
    public UnitKerja(string id, string nama, string? parentId)
    {
        Id = Preconditions.CheckIdentifier(id);
        Nama = Preconditions.CheckNotBlank(nama);
        Preconditions.CheckArgument(parentId is null || !string.IsNullOrWhiteSpace(parentId), nameof(parentId), "A parent ID must be null (for a root) or not blank.");
        ParentId = Preconditions.CheckWellFormed(parentId);
    }

    /// <summary>The identifier.</summary>
    public string Id { get; }

    /// <summary>The name.</summary>
    public string Nama { get; }

    /// <summary>The parent unit's identifier, or null for a root.</summary>
    public string? ParentId { get; }

    /// <summary>Whether two records are equal.</summary>
    /// <param name="left">The first record.</param>
    /// <param name="right">The second record.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(UnitKerja? left, UnitKerja? right) => Equals(left, right);

    /// <summary>Whether two records differ.</summary>
    /// <param name="left">The first record.</param>
    /// <param name="right">The second record.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(UnitKerja? left, UnitKerja? right) => !Equals(left, right);

    /// <inheritdoc />
    public bool Equals(UnitKerja? other) =>
        other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal) && string.Equals(Nama, other.Nama, StringComparison.Ordinal)
        && string.Equals(ParentId, other.ParentId, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as UnitKerja);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Id), StringComparer.Ordinal.GetHashCode(Nama));

    /// <summary>The identifier and name.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => Id + " " + Nama;
}
