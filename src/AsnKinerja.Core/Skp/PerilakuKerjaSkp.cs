namespace AsnKinerja;

/// <summary>
/// One BerAKHLAK value in an SKP's <em>perilaku kerja</em>, with the leader's optional specific expectation
/// (<em>ekspektasi khusus pimpinan</em>).
/// </summary>
/// <remarks>Immutable and thread-safe. Equality compares both parts.</remarks>
public sealed class PerilakuKerjaSkp : IEquatable<PerilakuKerjaSkp>
{
    /// <summary>Creates the entry.</summary>
    /// <param name="nilai">The core value.</param>
    /// <param name="ekspektasiKhusus">The leader's specific expectation, or null (blank is stored as null).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="nilai"/> is undefined.</exception>
    public PerilakuKerjaSkp(NilaiBerakhlak nilai, string? ekspektasiKhusus = null)
    {
        Nilai = Preconditions.CheckDefined(nilai);
        EkspektasiKhusus = string.IsNullOrWhiteSpace(ekspektasiKhusus) ? null : ekspektasiKhusus;
    }

    /// <summary>The core value.</summary>
    public NilaiBerakhlak Nilai { get; }

    /// <summary>The leader's specific expectation, or null.</summary>
    public string? EkspektasiKhusus { get; }

    /// <summary>Whether two entries are equal.</summary>
    /// <param name="left">The first entry.</param>
    /// <param name="right">The second entry.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(PerilakuKerjaSkp? left, PerilakuKerjaSkp? right) => Equals(left, right);

    /// <summary>Whether two entries differ.</summary>
    /// <param name="left">The first entry.</param>
    /// <param name="right">The second entry.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(PerilakuKerjaSkp? left, PerilakuKerjaSkp? right) => !Equals(left, right);

    /// <inheritdoc />
    public bool Equals(PerilakuKerjaSkp? other) =>
        other is not null && Nilai == other.Nilai && string.Equals(EkspektasiKhusus, other.EkspektasiKhusus, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PerilakuKerjaSkp);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Nilai, EkspektasiKhusus is null ? 0 : StringComparer.Ordinal.GetHashCode(EkspektasiKhusus));

    /// <summary>The value, with the expectation when set.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => EkspektasiKhusus is null ? Nilai.ToString() : Nilai + ": " + EkspektasiKhusus;
}
