using System.Globalization;

namespace AsnKinerja.Predicates;

/// <summary>
/// One employee's ratings for a period as the PPK gave them: the results rating (<em>rating hasil kerja</em>), the
/// behaviour rating (<em>rating perilaku kerja</em>), an optional ranking score inside the unit for calibration, and who
/// evaluates (the PPK) and who decides objections (the PPK's superior), where known.
/// </summary>
/// <remarks>
/// For a unit head the leader rule replaces the results rating with the one the unit's organisation predicate gives
/// (SE MenPANRB 3/2023); the rating given here is kept as recorded. Immutable and thread-safe. Equality compares every part.
/// </remarks>
public sealed class PenilaianPegawai : IEquatable<PenilaianPegawai>
{
    /// <summary>Creates the record.</summary>
    /// <param name="nip">The employee; not empty.</param>
    /// <param name="ratingHasilKerja">The results rating.</param>
    /// <param name="ratingPerilakuKerja">The behaviour rating.</param>
    /// <param name="skorPeringkat">The PPK's ranking score inside the unit (higher is better), or null; calibration uses scores only when every employee of a unit has one.</param>
    /// <param name="pejabatPenilai">The PPK, or null when not recorded.</param>
    /// <param name="atasanPejabatPenilai">The PPK's superior, who decides objections, or null when not recorded.</param>
    /// <exception cref="ArgumentException"><paramref name="nip"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A rating is undefined.</exception>
    public PenilaianPegawai(
        Nip nip, Ekspektasi ratingHasilKerja, Ekspektasi ratingPerilakuKerja, decimal? skorPeringkat = null, PejabatPenilaiKinerja? pejabatPenilai = null, Pejabat? atasanPejabatPenilai = null)
    {
        Preconditions.CheckArgument(!nip.IsEmpty, nameof(nip), "The NIP must not be empty.");
        Nip = nip;
        RatingHasilKerja = Preconditions.CheckDefined(ratingHasilKerja);
        RatingPerilakuKerja = Preconditions.CheckDefined(ratingPerilakuKerja);
        SkorPeringkat = skorPeringkat;
        PejabatPenilai = pejabatPenilai;
        AtasanPejabatPenilai = atasanPejabatPenilai;
    }

    /// <summary>The employee.</summary>
    public Nip Nip { get; }

    /// <summary>The results rating as the PPK gave it.</summary>
    public Ekspektasi RatingHasilKerja { get; }

    /// <summary>The behaviour rating.</summary>
    public Ekspektasi RatingPerilakuKerja { get; }

    /// <summary>The ranking score inside the unit, or null.</summary>
    public decimal? SkorPeringkat { get; }

    /// <summary>The PPK (the official and the authority they act under), or null when not recorded.</summary>
    public PejabatPenilaiKinerja? PejabatPenilai { get; }

    /// <summary>The PPK's superior, who decides objections, or null when not recorded.</summary>
    public Pejabat? AtasanPejabatPenilai { get; }

    /// <summary>Whether two records are equal.</summary>
    /// <param name="left">The first record.</param>
    /// <param name="right">The second record.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(PenilaianPegawai? left, PenilaianPegawai? right) => Equals(left, right);

    /// <summary>Whether two records differ.</summary>
    /// <param name="left">The first record.</param>
    /// <param name="right">The second record.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(PenilaianPegawai? left, PenilaianPegawai? right) => !Equals(left, right);

    /// <inheritdoc />
    public bool Equals(PenilaianPegawai? other) =>
        other is not null && Nip == other.Nip && RatingHasilKerja == other.RatingHasilKerja && RatingPerilakuKerja == other.RatingPerilakuKerja
        && SkorPeringkat == other.SkorPeringkat && Equals(PejabatPenilai, other.PejabatPenilai) && Equals(AtasanPejabatPenilai, other.AtasanPejabatPenilai);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PenilaianPegawai);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Nip, RatingHasilKerja, RatingPerilakuKerja, SkorPeringkat);

    /// <summary>The NIP and the two ratings.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() =>
        Nip + ": hasil kerja " + RatingHasilKerja.ToLabel() + ", perilaku kerja " + RatingPerilakuKerja.ToLabel()
        + (SkorPeringkat is { } s ? " (skor " + s.ToString(CultureInfo.InvariantCulture) + ")" : string.Empty);
}
