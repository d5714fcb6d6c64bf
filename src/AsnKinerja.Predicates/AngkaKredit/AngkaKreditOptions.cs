using System.Collections.Immutable;
using System.Globalization;

namespace AsnKinerja.Predicates;

/// <summary>
/// The policies of the <em>angka kredit</em> rules for what the regulation leaves open [L]: the annual coefficient of
/// the Pemula level and how the months of a period that is not whole months are counted.
/// </summary>
/// <remarks>
/// Defaults: <see cref="KoefisienPemula"/> 3.75, <see cref="PenghitunganBulan.BulanPenuh"/>. Immutable and thread-safe;
/// validated once at construction, with every error reported together. Equality compares every policy.
/// </remarks>
public sealed class AngkaKreditOptions : IEquatable<AngkaKreditOptions>
{
    /// <summary>The documented default Pemula coefficient (unconfirmed [L]).</summary>
    public const decimal KoefisienPemulaBawaan = 3.75m;

    /// <summary>Creates options.</summary>
    /// <param name="koefisienPemula">The annual coefficient of the Pemula level, greater than 0 and at most 50.</param>
    /// <param name="penghitunganBulan">How months are counted when a period is not whole months.</param>
    /// <exception cref="ArgumentException">One or more values are invalid; the message lists every one.</exception>
    public AngkaKreditOptions(decimal koefisienPemula = KoefisienPemulaBawaan, PenghitunganBulan penghitunganBulan = PenghitunganBulan.BulanPenuh)
    {
        var errors = new List<string>();
        if (koefisienPemula <= 0m || koefisienPemula > 50m)
        {
            errors.Add(string.Format(CultureInfo.InvariantCulture, "{0} must be greater than 0 and at most 50 (was {1}).", nameof(koefisienPemula), koefisienPemula));
        }

        if (!Preconditions.IsDefined(penghitunganBulan))
        {
            errors.Add(string.Format(CultureInfo.InvariantCulture, "{0} is not a defined PenghitunganBulan ({1}).", nameof(penghitunganBulan), (int)penghitunganBulan));
        }

        if (errors.Count > 0)
        {
            throw new ArgumentException("Invalid angka kredit options: " + string.Join(" ", errors));
        }

        KoefisienPemula = koefisienPemula;
        PenghitunganBulan = penghitunganBulan;
        Policies = ImmutableArray.Create(
            new AppliedPolicy("KoefisienPemula", koefisienPemula.ToString(CultureInfo.InvariantCulture), koefisienPemula == KoefisienPemulaBawaan),
            new AppliedPolicy("PenghitunganBulan", penghitunganBulan.ToString(), penghitunganBulan == PenghitunganBulan.BulanPenuh));
    }

    /// <summary>The documented defaults.</summary>
    public static AngkaKreditOptions Default { get; } = new();

    /// <summary>The annual coefficient of the Pemula level.</summary>
    public decimal KoefisienPemula { get; }

    /// <summary>How months are counted when a period is not whole months.</summary>
    public PenghitunganBulan PenghitunganBulan { get; }

    /// <summary>The policies in force, as explanations report them (each only where it applies).</summary>
    public ImmutableArray<AppliedPolicy> Policies { get; }

    /// <summary>Whether two option sets are equal.</summary>
    /// <param name="left">The first options.</param>
    /// <param name="right">The second options.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(AngkaKreditOptions? left, AngkaKreditOptions? right) => Equals(left, right);

    /// <summary>Whether two option sets differ.</summary>
    /// <param name="left">The first options.</param>
    /// <param name="right">The second options.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(AngkaKreditOptions? left, AngkaKreditOptions? right) => !Equals(left, right);

    /// <inheritdoc />
    public bool Equals(AngkaKreditOptions? other) => other is not null && KoefisienPemula == other.KoefisienPemula && PenghitunganBulan == other.PenghitunganBulan;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as AngkaKreditOptions);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(KoefisienPemula, PenghitunganBulan);

    /// <summary>The policies in force.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => string.Join(", ", Policies);
}
