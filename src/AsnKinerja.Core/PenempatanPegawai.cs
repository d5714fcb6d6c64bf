namespace AsnKinerja;

/// <summary>
/// The placement of one employee in a unit, and whether the employee heads it (<em>kepala unit</em>).
/// </summary>
/// <remarks>Immutable and thread-safe. Equality compares all parts.</remarks>
public sealed class PenempatanPegawai : IEquatable<PenempatanPegawai>
{
    /// <summary>Creates a placement.</summary>
    /// <param name="nip">The employee's NIP; not empty.</param>
    /// <param name="unitId">The unit's identifier.</param>
    /// <param name="isKepala">Whether the employee heads the unit.</param>
    /// <exception cref="ArgumentException"><paramref name="nip"/> is empty or <paramref name="unitId"/> blank or not well-formed UTF-16 (a lone surrogate).</exception>
    public PenempatanPegawai(Nip nip, string unitId, bool isKepala)
    {
        Preconditions.CheckArgument(!nip.IsEmpty, nameof(nip), "The NIP must not be empty.");
        Nip = nip;
        UnitId = Preconditions.CheckIdentifier(unitId);
        IsKepala = isKepala;
    }

    /// <summary>The employee's NIP.</summary>
    public Nip Nip { get; }

    /// <summary>The unit's identifier.</summary>
    public string UnitId { get; }

    /// <summary>Whether the employee heads the unit.</summary>
    public bool IsKepala { get; }

    /// <summary>Whether two placements are equal.</summary>
    /// <param name="left">The first placement.</param>
    /// <param name="right">The second placement.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(PenempatanPegawai? left, PenempatanPegawai? right) => Equals(left, right);

    /// <summary>Whether two placements differ.</summary>
    /// <param name="left">The first placement.</param>
    /// <param name="right">The second placement.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(PenempatanPegawai? left, PenempatanPegawai? right) => !Equals(left, right);

    /// <inheritdoc />
    public bool Equals(PenempatanPegawai? other) =>
        other is not null && Nip == other.Nip && string.Equals(UnitId, other.UnitId, StringComparison.Ordinal) && IsKepala == other.IsKepala;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PenempatanPegawai);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Nip, StringComparer.Ordinal.GetHashCode(UnitId), IsKepala);

    /// <summary>The NIP, unit and head flag.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => Nip + "@" + UnitId + (IsKepala ? " (kepala)" : string.Empty);
}
