namespace AsnKinerja.BehaviourRubric;

/// <summary>
/// What a suggestion policy is given: the PPK's complete per-value assessments and their counts. One struct, so
/// fields can be added later without breaking custom policies.
/// </summary>
/// <remarks>
/// A policy is only called with all seven values assessed. <c>default(SaranPerilakuArguments)</c> carries
/// <see cref="PenilaianNilaiBerakhlak.Kosong"/> and is never passed to a policy.
/// </remarks>
public readonly struct SaranPerilakuArguments : IEquatable<SaranPerilakuArguments>
{
    private readonly PenilaianNilaiBerakhlak? _penilaian;

    internal SaranPerilakuArguments(PenilaianNilaiBerakhlak penilaian)
    {
        _penilaian = penilaian;
    }

    /// <summary>The per-value assessments (all seven present).</summary>
    public PenilaianNilaiBerakhlak Penilaian => _penilaian ?? PenilaianNilaiBerakhlak.Kosong;

    /// <summary>How many values are <see cref="Ekspektasi.DiBawah"/>.</summary>
    public int JumlahDiBawah => Penilaian.Count(Ekspektasi.DiBawah);

    /// <summary>How many values are <see cref="Ekspektasi.Sesuai"/>.</summary>
    public int JumlahSesuai => Penilaian.Count(Ekspektasi.Sesuai);

    /// <summary>How many values are <see cref="Ekspektasi.DiAtas"/>.</summary>
    public int JumlahDiAtas => Penilaian.Count(Ekspektasi.DiAtas);

    /// <summary>Whether two argument sets are equal.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(SaranPerilakuArguments left, SaranPerilakuArguments right) => left.Equals(right);

    /// <summary>Whether two argument sets differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(SaranPerilakuArguments left, SaranPerilakuArguments right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(SaranPerilakuArguments other) => Penilaian.Equals(other.Penilaian);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SaranPerilakuArguments other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Penilaian.GetHashCode();

    /// <summary>The assessments.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => Penilaian.ToString();
}
