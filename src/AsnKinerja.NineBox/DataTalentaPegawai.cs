using System.Collections.Immutable;
using System.Globalization;

namespace AsnKinerja.NineBox;

/// <summary>
/// What the talent map needs about one employee: the NIP, the annual predicates of the years on record, the
/// potential, and optionally the box recorded in last year's map.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. Equality compares every part (the predicates by year).
/// </remarks>
public sealed class DataTalentaPegawai : IEquatable<DataTalentaPegawai>
{
    /// <summary>Creates the record of one employee.</summary>
    /// <param name="nip">The employee's NIP; must not be empty.</param>
    /// <param name="kinerja">The annual predicates, at most one per year, in any order.</param>
    /// <param name="potensial">The potential (a level or a 0–100 score); must not be empty.</param>
    /// <param name="kotakTahunSebelumnya">
    /// The box recorded in the previous year's map (for example after a talent committee's calibration), or null to
    /// let the unit view compute it from the predicates with the same potential.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="kinerja"/> is null.</exception>
    /// <exception cref="ArgumentException">The NIP, the potential, a predicate or the previous box is empty, or a year appears twice.</exception>
    public DataTalentaPegawai(Nip nip, IEnumerable<KinerjaTahunan> kinerja, NilaiPotensial potensial, KotakTalenta? kotakTahunSebelumnya = null)
    {
        Preconditions.CheckArgument(!nip.IsEmpty, nameof(nip), "The NIP must not be empty (default).");
        Preconditions.CheckNotNull(kinerja);
        Preconditions.CheckArgument(!potensial.IsEmpty, nameof(potensial), "The potential must not be empty (default).");
        Preconditions.CheckArgument(kotakTahunSebelumnya is not { IsEmpty: true }, nameof(kotakTahunSebelumnya), "The previous box must not be empty (default); pass null when it is not recorded.");
        var sorted = kinerja.OrderBy(k => k.Tahun).ToImmutableArray();
        for (var i = 0; i < sorted.Length; i++)
        {
            Preconditions.CheckArgument(!sorted[i].IsEmpty, nameof(kinerja), "An annual predicate is empty (default).");
            Preconditions.CheckArgument(
                i == 0 || sorted[i].Tahun != sorted[i - 1].Tahun,
                nameof(kinerja),
                string.Format(CultureInfo.InvariantCulture, "The year {0} appears more than once; give one annual predicate per year.", sorted[i].Tahun));
        }

        Nip = nip;
        Kinerja = sorted;
        Potensial = potensial;
        KotakTahunSebelumnya = kotakTahunSebelumnya;
    }

    /// <summary>The employee's NIP.</summary>
    public Nip Nip { get; }

    /// <summary>The annual predicates, earliest year first.</summary>
    public ImmutableArray<KinerjaTahunan> Kinerja { get; }

    /// <summary>The potential.</summary>
    public NilaiPotensial Potensial { get; }

    /// <summary>The box recorded in the previous year's map, or null when not recorded.</summary>
    public KotakTalenta? KotakTahunSebelumnya { get; }

    /// <summary>Whether two records are equal.</summary>
    /// <param name="left">The first record.</param>
    /// <param name="right">The second record.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(DataTalentaPegawai? left, DataTalentaPegawai? right) => Equals(left, right);

    /// <summary>Whether two records differ.</summary>
    /// <param name="left">The first record.</param>
    /// <param name="right">The second record.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(DataTalentaPegawai? left, DataTalentaPegawai? right) => !Equals(left, right);

    /// <summary>The predicates of a year, or null when none is on record.</summary>
    /// <param name="tahun">The year.</param>
    /// <returns>The year's predicates, or null.</returns>
    public KinerjaTahunan? GetKinerja(int tahun)
    {
        foreach (var k in Kinerja)
        {
            if (k.Tahun == tahun)
            {
                return k;
            }
        }

        return null;
    }

    /// <inheritdoc />
    public bool Equals(DataTalentaPegawai? other) =>
        other is not null && Nip == other.Nip && Kinerja.SequenceEqual(other.Kinerja) && Potensial == other.Potensial && KotakTahunSebelumnya == other.KotakTahunSebelumnya;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as DataTalentaPegawai);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Nip, Kinerja.Length, Potensial, KotakTahunSebelumnya);

    /// <summary>The NIP, the predicates and the potential, invariant.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() =>
        Nip.ToString() + " [" + string.Join("; ", Kinerja) + "] potensial " + Potensial.ToString();
}
