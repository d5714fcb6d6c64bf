using System.Collections.Immutable;

namespace AsnKinerja.Cascading;

/// <summary>
/// A work team (<em>tim kerja</em>) declared by the caller: a leader and members, possibly drawn from several units.
/// A member may intervene the leader's RHK even when the leader is not the member's PPK.
/// </summary>
/// <remarks>Immutable and thread-safe. Equality compares identifier, name, leader and members (in order).</remarks>
public sealed class TimKerja : IEquatable<TimKerja>
{
    /// <summary>Creates a work team.</summary>
    /// <param name="id">The identifier, unique among the teams given to one graph.</param>
    /// <param name="nama">The name, as shown in the Matriks Peran Hasil.</param>
    /// <param name="ketua">The leader's NIP; not empty.</param>
    /// <param name="anggota">The members' NIPs; none empty (the leader may be listed; a member listed twice counts once).</param>
    /// <exception cref="ArgumentException">A text is blank, a NIP empty, or the identifier holds a lone surrogate (not well-formed UTF-16).</exception>
    /// <exception cref="ArgumentNullException"><paramref name="anggota"/> is null.</exception>
    public TimKerja(string id, string nama, Nip ketua, IEnumerable<Nip> anggota)
    {
        Id = Preconditions.CheckIdentifier(id);
        Nama = Preconditions.CheckNotBlank(nama);
        Preconditions.CheckArgument(!ketua.IsEmpty, nameof(ketua), "The leader's NIP must not be empty.");
        Ketua = ketua;
        Anggota = Preconditions.CheckNotNull(anggota).Distinct().ToImmutableArray();
        Preconditions.CheckArgument(!Anggota.Any(n => n.IsEmpty), nameof(anggota), "A member's NIP must not be empty.");
    }

    /// <summary>The identifier.</summary>
    public string Id { get; }

    /// <summary>The name.</summary>
    public string Nama { get; }

    /// <summary>The leader (<em>ketua tim</em>).</summary>
    public Nip Ketua { get; }

    /// <summary>The members, in order, without repeats.</summary>
    public ImmutableArray<Nip> Anggota { get; }

    /// <summary>Whether two teams are equal.</summary>
    /// <param name="left">The first team.</param>
    /// <param name="right">The second team.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(TimKerja? left, TimKerja? right) => Equals(left, right);

    /// <summary>Whether two teams differ.</summary>
    /// <param name="left">The first team.</param>
    /// <param name="right">The second team.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(TimKerja? left, TimKerja? right) => !Equals(left, right);

    /// <inheritdoc />
    public bool Equals(TimKerja? other) =>
        other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal) && string.Equals(Nama, other.Nama, StringComparison.Ordinal)
        && Ketua == other.Ketua && Anggota.SequenceEqual(other.Anggota);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as TimKerja);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Id), Ketua, Anggota.Length);

    /// <summary>The identifier and name.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => Id + " " + Nama;
}
