using System.Globalization;
using NodaTime;

namespace AsnKinerja.BehaviourRubric;

/// <summary>
/// The PPK's decision on the overall <em>rating perilaku kerja</em> of an SKP: the rating, who decided (NIP), when,
/// and, when it differs from a suggestion, why. The suggestion (if any) is kept beside the decision, so both can be
/// explained.
/// </summary>
/// <remarks>
/// A decision that differs from an available suggestion must give a reason. It is explained by the rules of its rule
/// set (<see cref="IPerilakuKerjaRules.Explain"/>). Immutable and thread-safe. Equality compares the rating, the
/// official, the date, the reason and the suggestion.
/// </remarks>
public sealed class PenilaianPerilakuKerja : IEquatable<PenilaianPerilakuKerja>
{
    /// <summary>Records a decision.</summary>
    /// <param name="rating">The decided rating.</param>
    /// <param name="ditetapkanOleh">The NIP of the official who decided (normally the SKP's PPK).</param>
    /// <param name="tanggal">The date of the decision.</param>
    /// <param name="saran">The suggestion the official saw, or null when none was made.</param>
    /// <param name="alasan">Why; required when <paramref name="rating"/> differs from an available suggestion. Blank is stored as null.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rating"/> is undefined.</exception>
    /// <exception cref="ArgumentException">The NIP is empty, the date is not ISO, or the rating differs from the suggestion without a reason.</exception>
    public PenilaianPerilakuKerja(Ekspektasi rating, Nip ditetapkanOleh, LocalDate tanggal, SaranRatingPerilaku? saran = null, string? alasan = null)
    {
        Rating = Preconditions.CheckDefined(rating);
        Preconditions.CheckArgument(!ditetapkanOleh.IsEmpty, nameof(ditetapkanOleh), "The NIP must not be empty.");
        Preconditions.CheckArgument(tanggal.Calendar == CalendarSystem.Iso, nameof(tanggal), "The date must be in the ISO calendar.");
        DitetapkanOleh = ditetapkanOleh;
        Tanggal = tanggal;
        Saran = saran;
        Alasan = string.IsNullOrWhiteSpace(alasan) ? null : alasan;
        Preconditions.CheckArgument(!BerbedaDariSaran || Alasan is not null, nameof(alasan), "A rating that differs from the suggestion needs a reason.");
    }

    /// <summary>The decided rating.</summary>
    public Ekspektasi Rating { get; }

    /// <summary>The NIP of the official who decided.</summary>
    public Nip DitetapkanOleh { get; }

    /// <summary>The date of the decision.</summary>
    public LocalDate Tanggal { get; }

    /// <summary>The suggestion the official saw, or null.</summary>
    public SaranRatingPerilaku? Saran { get; }

    /// <summary>Why the official decided as they did, or null.</summary>
    public string? Alasan { get; }

    /// <summary>Whether a suggestion was available and the decision differs from it.</summary>
    public bool BerbedaDariSaran => Saran?.Saran is { } s && s != Rating;

    /// <summary>Whether two decisions are equal.</summary>
    /// <param name="left">The first decision.</param>
    /// <param name="right">The second decision.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(PenilaianPerilakuKerja? left, PenilaianPerilakuKerja? right) => Equals(left, right);

    /// <summary>Whether two decisions differ.</summary>
    /// <param name="left">The first decision.</param>
    /// <param name="right">The second decision.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(PenilaianPerilakuKerja? left, PenilaianPerilakuKerja? right) => !Equals(left, right);

    /// <inheritdoc />
    public bool Equals(PenilaianPerilakuKerja? other) =>
        other is not null && Rating == other.Rating && DitetapkanOleh == other.DitetapkanOleh && Tanggal == other.Tanggal
        && string.Equals(Alasan, other.Alasan, StringComparison.Ordinal) && Equals(Saran, other.Saran);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PenilaianPerilakuKerja);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Rating, DitetapkanOleh, Tanggal);

    /// <summary><c>Sesuai oleh 1980... pada 2024-12-31</c>.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "{0} oleh {1} pada {2:yyyy-MM-dd}", Rating, DitetapkanOleh, Tanggal);
}
