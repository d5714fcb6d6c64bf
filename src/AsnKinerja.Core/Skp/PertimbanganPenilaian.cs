namespace AsnKinerja;

/// <summary>
/// An adviser in an evaluation: a member of the performance team (<em>tim kinerja</em>) or another official who gives
/// the PPK a consideration (<em>pemberi pertimbangan</em>). Advisers inform the judgement; the PPK decides.
/// </summary>
/// <remarks>Immutable and thread-safe. Equality compares both parts.</remarks>
public sealed class PertimbanganPenilaian : IEquatable<PertimbanganPenilaian>
{
    /// <summary>Creates the record.</summary>
    /// <param name="jenis">The advisory role.</param>
    /// <param name="pejabat">The adviser.</param>
    /// <exception cref="ArgumentNullException"><paramref name="pejabat"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="jenis"/> is undefined.</exception>
    public PertimbanganPenilaian(JenisPertimbangan jenis, Pejabat pejabat)
    {
        Jenis = Preconditions.CheckDefined(jenis);
        Pejabat = Preconditions.CheckNotNull(pejabat);
    }

    /// <summary>The advisory role.</summary>
    public JenisPertimbangan Jenis { get; }

    /// <summary>The adviser.</summary>
    public Pejabat Pejabat { get; }

    /// <summary>Whether two records are equal.</summary>
    /// <param name="left">The first record.</param>
    /// <param name="right">The second record.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(PertimbanganPenilaian? left, PertimbanganPenilaian? right) => Equals(left, right);

    /// <summary>Whether two records differ.</summary>
    /// <param name="left">The first record.</param>
    /// <param name="right">The second record.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(PertimbanganPenilaian? left, PertimbanganPenilaian? right) => !Equals(left, right);

    /// <inheritdoc />
    public bool Equals(PertimbanganPenilaian? other) => other is not null && Jenis == other.Jenis && Pejabat == other.Pejabat;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PertimbanganPenilaian);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Jenis, Pejabat);

    /// <summary>The role and the adviser.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => Jenis + ": " + Pejabat;
}
