namespace AsnKinerja;

/// <summary>
/// The appraising official (<em>Pejabat Penilai Kinerja</em>, PPK) of an SKP: who (an ASN official, possibly heading a
/// unit under an additional duty, or a non-ASN official such as a regent), and on what authority (the holder of the
/// position, Plt, Plh, or delegated).
/// </summary>
/// <remarks>Immutable and thread-safe. Equality compares the official and the authority.</remarks>
public sealed class PejabatPenilaiKinerja : IEquatable<PejabatPenilaiKinerja>
{
    /// <summary>Creates the record of an ASN PPK.</summary>
    /// <param name="nip">The official's NIP; not empty.</param>
    /// <param name="jabatan">The official's position; not unset.</param>
    /// <param name="kewenangan">The authority.</param>
    /// <exception cref="ArgumentException">The NIP is empty, the position unset, or the authority undefined.</exception>
    public PejabatPenilaiKinerja(Nip nip, Jabatan jabatan, KewenanganPenilai kewenangan = KewenanganPenilai.Definitif)
        : this(Pejabat.Asn(nip, jabatan), kewenangan)
    {
    }

    /// <summary>Creates the record of a PPK: an ASN official with a known position, or a non-ASN official.</summary>
    /// <param name="pejabat">The official; an ASN official's position must be known.</param>
    /// <param name="kewenangan">The authority.</param>
    /// <exception cref="ArgumentNullException"><paramref name="pejabat"/> is null.</exception>
    /// <exception cref="ArgumentException">An ASN official without a position, or the authority undefined.</exception>
    public PejabatPenilaiKinerja(Pejabat pejabat, KewenanganPenilai kewenangan = KewenanganPenilai.Definitif)
    {
        Preconditions.CheckNotNull(pejabat);
        Preconditions.CheckArgument(pejabat.Status == StatusPenilai.NonAsn || pejabat.Jabatan is not null, nameof(pejabat), "An ASN appraising official needs a known position (Jabatan).");
        Pejabat = pejabat;
        Kewenangan = Preconditions.CheckDefined(kewenangan);
    }

    /// <summary>The official.</summary>
    public Pejabat Pejabat { get; }

    /// <summary>The official's NIP; null for a non-ASN official.</summary>
    public Nip? Nip => Pejabat.Nip;

    /// <summary>The official's ASN position; null for a non-ASN official.</summary>
    public Jabatan? Jabatan => Pejabat.Jabatan;

    /// <summary>ASN or non-ASN (SIASN's <c>statusPenilai</c>).</summary>
    public StatusPenilai Status => Pejabat.Status;

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
    public bool Equals(PejabatPenilaiKinerja? other) => other is not null && Pejabat == other.Pejabat && Kewenangan == other.Kewenangan;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PejabatPenilaiKinerja);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Pejabat, Kewenangan);

    /// <summary>The official and the authority.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => Pejabat + " (" + Kewenangan + ")";
}
