namespace AsnKinerja;

/// <summary>
/// The appraising official (<em>Pejabat Penilai Kinerja</em>, PPK) of an SKP: who, in which position, and on what
/// authority (the holder of the position, Plt, Plh, or delegated).
/// </summary>
/// <remarks>Immutable and thread-safe. Equality compares every part.</remarks>
public sealed class PejabatPenilaiKinerja : IEquatable<PejabatPenilaiKinerja>
{
    /// <summary>Creates the PPK record.</summary>
    /// <param name="nip">The official's NIP; not empty.</param>
    /// <param name="jabatan">The official's position; not unset.</param>
    /// <param name="kewenangan">The authority.</param>
    /// <exception cref="ArgumentException">The NIP is empty, the position unset, or the authority undefined.</exception>
    public PejabatPenilaiKinerja(Nip nip, Jabatan jabatan, KewenanganPenilai kewenangan = KewenanganPenilai.Definitif)
    {
        Preconditions.CheckArgument(!nip.IsEmpty, nameof(nip), "The NIP must not be empty.");
        Preconditions.CheckArgument(!jabatan.IsUnset, nameof(jabatan), "The position must not be unset.");
        Nip = nip;
        Jabatan = jabatan;
        Kewenangan = Preconditions.CheckDefined(kewenangan);
    }

    /// <summary>The official's NIP.</summary>
    public Nip Nip { get; }

    /// <summary>The official's position.</summary>
    public Jabatan Jabatan { get; }

    /// <summary>The authority.</summary>
    public KewenanganPenilai Kewenangan { get; }

    /// <summary>Whether two records are equal.</summary>
    /// <param name="left">The first record.</param>
    /// <param name="right">The second record.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(PejabatPenilaiKinerja? left, PejabatPenilaiKinerja? right) => Equals(left, right);

    /// <summary>Whether two records differ.</summary>
    /// <param name="left">The first record.</param>
    /// <param name="right">The second record.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(PejabatPenilaiKinerja? left, PejabatPenilaiKinerja? right) => !Equals(left, right);

    /// <inheritdoc />
    public bool Equals(PejabatPenilaiKinerja? other) => other is not null && Nip == other.Nip && Jabatan == other.Jabatan && Kewenangan == other.Kewenangan;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PejabatPenilaiKinerja);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Nip, Jabatan, Kewenangan);

    /// <summary>The NIP, position and authority.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => Nip + " " + Jabatan + " (" + Kewenangan + ")";
}
