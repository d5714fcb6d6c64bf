using System.Globalization;

namespace AsnKinerja.NineBox;

/// <summary>
/// An employee's annual performance predicate (<em>predikat kinerja tahunan</em>) for one year, as far as it is known:
/// the predicate computed from the ratings (<see cref="PredikatTerhitung"/>, before the distribution check) and the
/// predicate set after the distribution check (<see cref="PredikatDitetapkan"/>, the employee's final predicate).
/// At least one of them is known.
/// </summary>
/// <remarks>
/// PermenPANRB 20/2025 reads the talent map's performance axis from the predicate set after the distribution, so a
/// year whose predicate is only computed is handled by a named policy under that rule set
/// (<see cref="PetaTalentaOptions.PredikatBelumDitetapkan"/>). <c>default(KinerjaTahunan)</c> has year 0 and no
/// predicate (<see cref="IsEmpty"/>); every API rejects it. Equality compares the year and both predicates. Immutable
/// and thread-safe.
/// </remarks>
public readonly struct KinerjaTahunan : IEquatable<KinerjaTahunan>
{
    /// <summary>The earliest year accepted.</summary>
    public const int TahunMinimum = 1900;

    /// <summary>The latest year accepted.</summary>
    public const int TahunMaksimum = 2099;

    /// <summary>Creates the predicates of one year.</summary>
    /// <param name="tahun">The performance year, 1900 to 2099.</param>
    /// <param name="predikatTerhitung">The predicate computed from the ratings (the quadrant), or null when not known.</param>
    /// <param name="predikatDitetapkan">The predicate set after the distribution check, or null while not set (or not known).</param>
    /// <exception cref="ArgumentOutOfRangeException">The year is out of range or a predicate undefined.</exception>
    /// <exception cref="ArgumentException">Both predicates are null.</exception>
    public KinerjaTahunan(int tahun, PredikatKinerja? predikatTerhitung, PredikatKinerja? predikatDitetapkan)
    {
        Tahun = Preconditions.CheckRange(tahun, TahunMinimum, TahunMaksimum);
        Preconditions.CheckArgument(predikatTerhitung is not null || predikatDitetapkan is not null, nameof(predikatDitetapkan), "A year needs a computed or a final predicate.");
        PredikatTerhitung = predikatTerhitung is { } t ? Preconditions.CheckDefined(t, nameof(predikatTerhitung)) : null;
        PredikatDitetapkan = predikatDitetapkan is { } d ? Preconditions.CheckDefined(d, nameof(predikatDitetapkan)) : null;
    }

    /// <summary>The performance year; 0 for <c>default</c>.</summary>
    public int Tahun { get; }

    /// <summary>The predicate computed from the ratings, before the distribution check; null when not known.</summary>
    public PredikatKinerja? PredikatTerhitung { get; }

    /// <summary>The predicate set after the distribution check (the employee's final predicate); null while not set.</summary>
    public PredikatKinerja? PredikatDitetapkan { get; }

    /// <summary>Whether the predicate has been set after the distribution check.</summary>
    public bool IsDitetapkan => PredikatDitetapkan is not null;

    /// <summary>
    /// The predicate on record: the one set after the distribution check when there is one, otherwise the computed
    /// one. Undefined (0) for <c>default</c>.
    /// </summary>
    public PredikatKinerja Predikat => PredikatDitetapkan ?? PredikatTerhitung ?? default;

    /// <summary>Whether this is <c>default(KinerjaTahunan)</c>.</summary>
    public bool IsEmpty => Tahun == 0;

    /// <summary>Whether two values are equal.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(KinerjaTahunan left, KinerjaTahunan right) => left.Equals(right);

    /// <summary>Whether two values differ.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(KinerjaTahunan left, KinerjaTahunan right) => !left.Equals(right);

    /// <summary>A year whose predicate is computed but not yet set after the distribution check.</summary>
    /// <param name="tahun">The performance year, 1900 to 2099.</param>
    /// <param name="predikat">The computed predicate.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is out of range or the predicate undefined.</exception>
    public static KinerjaTahunan Terhitung(int tahun, PredikatKinerja predikat) => new(tahun, predikat, null);

    /// <summary>A year whose predicate has been set after the distribution check (the computed one not recorded).</summary>
    /// <param name="tahun">The performance year, 1900 to 2099.</param>
    /// <param name="predikat">The final predicate.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is out of range or the predicate undefined.</exception>
    public static KinerjaTahunan Ditetapkan(int tahun, PredikatKinerja predikat) => new(tahun, null, predikat);

    /// <inheritdoc />
    public bool Equals(KinerjaTahunan other) => Tahun == other.Tahun && PredikatTerhitung == other.PredikatTerhitung && PredikatDitetapkan == other.PredikatDitetapkan;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is KinerjaTahunan other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Tahun, PredikatTerhitung, PredikatDitetapkan);

    /// <summary>
    /// <c>2024: Baik</c> for a final predicate, <c>2024: Baik (terhitung)</c> for a computed one, <c>2024: Baik (terhitung
    /// Sangat Baik)</c> when the two differ; empty for <c>default</c>.
    /// </summary>
    /// <returns>The text form.</returns>
    public override string ToString()
    {
        if (IsEmpty)
        {
            return string.Empty;
        }

        var head = Tahun.ToString(CultureInfo.InvariantCulture) + ": " + Predikat.ToLabel();
        return PredikatDitetapkan is null ? head + " (terhitung)"
            : PredikatTerhitung is { } t && t != PredikatDitetapkan ? head + " (terhitung " + t.ToLabel() + ")"
            : head;
    }
}
