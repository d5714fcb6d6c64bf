using System.Text;

namespace AsnKinerja;

/// <summary>
/// An official who takes part in an evaluation: the PPK, the PPK's superior (<em>atasan pejabat penilai</em>), or an
/// adviser. Either an ASN (identified by a NIP, with an ASN position and possibly an additional duty) or a non-ASN
/// official (a minister, governor, regent or mayor: no NIP, identified by the office). Carries the descriptive fields
/// SIASN records for an evaluator: name, NIP or NRP, rank, position and unit, and <see cref="Status"/> for
/// <c>statusPenilai</c>.
/// </summary>
/// <remarks>
/// Built only through <see cref="Asn"/> and <see cref="NonAsn"/>, so an ASN always has a NIP and a non-ASN official
/// always has a name and an office. Immutable and thread-safe. Equality compares every part ordinally;
/// <see cref="IsSameOfficial"/> says whether two records name the same official.
/// </remarks>
public sealed class Pejabat : IEquatable<Pejabat>
{
    private Pejabat(
        StatusPenilai status, Nip? nip, string? nrp, Jabatan? jabatan, TugasTambahan? tugasTambahan, JabatanNonAsn? jabatanNonAsn,
        string? nama, string? namaJabatan, string? golongan, string? unitKerja)
    {
        Status = status;
        Nip = nip;
        Nrp = nrp;
        Jabatan = jabatan;
        TugasTambahan = tugasTambahan;
        JabatanNonAsn = jabatanNonAsn;
        Nama = nama;
        NamaJabatan = namaJabatan;
        Golongan = golongan;
        UnitKerja = unitKerja;
    }

    /// <summary>ASN or non-ASN (SIASN's <c>statusPenilai</c>).</summary>
    public StatusPenilai Status { get; }

    /// <summary>The NIP of an ASN; null for a non-ASN official.</summary>
    public Nip? Nip { get; }

    /// <summary>The NRP (the number of a TNI or Polri officer) of a non-ASN official who has one; otherwise null.</summary>
    public string? Nrp { get; }

    /// <summary>The ASN position (kind and level), when known; null for a non-ASN official.</summary>
    public Jabatan? Jabatan { get; }

    /// <summary>The additional duty that makes a functional official the head of a unit (principal, head of a health centre), or null.</summary>
    public TugasTambahan? TugasTambahan { get; }

    /// <summary>The office of a non-ASN official; null for an ASN.</summary>
    public JabatanNonAsn? JabatanNonAsn { get; }

    /// <summary>The name, when known (always known for a non-ASN official).</summary>
    public string? Nama { get; }

    /// <summary>The position as written on the documents (e.g. <c>Bupati Sleman</c>, <c>Kepala SD Negeri 1 Depok</c>), when known (always for a non-ASN official).</summary>
    public string? NamaJabatan { get; }

    /// <summary>The rank as SIASN records it (e.g. <c>IV/b</c> for a PNS, <c>IX</c> for a PPPK), when known; null for a non-ASN official.</summary>
    public string? Golongan { get; }

    /// <summary>The name of the official's unit or office, when known.</summary>
    public string? UnitKerja { get; }

    /// <summary>The evaluator number SIASN records (<c>penilaiNipNrp</c>): the NIP, else the NRP, else null (a non-ASN official without one).</summary>
    public string? NomorInduk => Nip?.ToString() ?? Nrp;

    /// <summary>Whether the official heads a unit under an additional duty.</summary>
    public bool HasTugasTambahan => TugasTambahan is not null;

    /// <summary>Whether two records are equal.</summary>
    /// <param name="left">The first record.</param>
    /// <param name="right">The second record.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(Pejabat? left, Pejabat? right) => Equals(left, right);

    /// <summary>Whether two records differ.</summary>
    /// <param name="left">The first record.</param>
    /// <param name="right">The second record.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(Pejabat? left, Pejabat? right) => !Equals(left, right);

    /// <summary>An ASN official.</summary>
    /// <param name="nip">The NIP (PNS or PPPK); not empty.</param>
    /// <param name="jabatan">The position, or null when not known; not unset.</param>
    /// <param name="tugasTambahan">An additional duty that makes a functional official head a unit; only with a functional position.</param>
    /// <param name="nama">The name, or null; not blank.</param>
    /// <param name="namaJabatan">The position as written on the documents, or null; not blank.</param>
    /// <param name="golongan">The rank as SIASN records it, or null; not blank.</param>
    /// <param name="unitKerja">The unit's name, or null; not blank.</param>
    /// <returns>The official.</returns>
    /// <exception cref="ArgumentException">The NIP is empty, the position unset, a text blank, or an additional duty is given without a functional position.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The additional duty is undefined.</exception>
    public static Pejabat Asn(
        Nip nip, Jabatan? jabatan = null, TugasTambahan? tugasTambahan = null, string? nama = null, string? namaJabatan = null, string? golongan = null, string? unitKerja = null)
    {
        Preconditions.CheckArgument(!nip.IsEmpty, nameof(nip), "The NIP must not be empty.");
        Preconditions.CheckArgument(jabatan is not { IsUnset: true }, nameof(jabatan), "The position must not be unset; pass null when it is not known.");
        if (tugasTambahan is { } t)
        {
            Preconditions.CheckDefined(t, nameof(tugasTambahan));
            Preconditions.CheckArgument(jabatan is { Jenis: JenisJabatan.Fungsional }, nameof(tugasTambahan), "An additional duty (tugas tambahan) is held by a functional official: give a functional position.");
        }

        return new Pejabat(StatusPenilai.Asn, nip, null, jabatan, tugasTambahan, null, Optional(nama, nameof(nama)), Optional(namaJabatan, nameof(namaJabatan)), Optional(golongan, nameof(golongan)), Optional(unitKerja, nameof(unitKerja)));
    }

    /// <summary>A non-ASN official (no NIP): a minister, agency head, governor, regent or mayor.</summary>
    /// <param name="jabatan">The office.</param>
    /// <param name="nama">The name.</param>
    /// <param name="namaJabatan">The office as written on the documents, e.g. <c>Bupati Sleman</c>.</param>
    /// <param name="unitKerja">The name of the government or institution, or null; not blank.</param>
    /// <param name="nrp">The NRP of a TNI or Polri officer, or null; not blank.</param>
    /// <returns>The official.</returns>
    /// <exception cref="ArgumentException">A text is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The office is undefined.</exception>
    public static Pejabat NonAsn(JabatanNonAsn jabatan, string nama, string namaJabatan, string? unitKerja = null, string? nrp = null) => new(
        StatusPenilai.NonAsn, null, Optional(nrp, nameof(nrp)), null, null, Preconditions.CheckDefined(jabatan),
        Preconditions.CheckNotBlank(nama), Preconditions.CheckNotBlank(namaJabatan), null, Optional(unitKerja, nameof(unitKerja)));

    /// <summary>
    /// Whether two records name the same official: for ASN, the same NIP; for non-ASN officials, the same office (kind
    /// and <see cref="NamaJabatan"/>, ignoring case and spacing), since the office decides whoever holds it. An ASN and a
    /// non-ASN official are never the same.
    /// </summary>
    /// <param name="other">The other record.</param>
    /// <returns>True when they name the same official.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public bool IsSameOfficial(Pejabat other)
    {
        Preconditions.CheckNotNull(other);
        if (Status != other.Status)
        {
            return false;
        }

        return Status == StatusPenilai.Asn
            ? Nip == other.Nip
            : JabatanNonAsn == other.JabatanNonAsn && string.Equals(Fold(NamaJabatan!), Fold(other.NamaJabatan!), StringComparison.Ordinal);
    }

    /// <inheritdoc />
    public bool Equals(Pejabat? other) =>
        other is not null && Status == other.Status && Nip == other.Nip && string.Equals(Nrp, other.Nrp, StringComparison.Ordinal)
        && Jabatan == other.Jabatan && TugasTambahan == other.TugasTambahan && JabatanNonAsn == other.JabatanNonAsn
        && string.Equals(Nama, other.Nama, StringComparison.Ordinal) && string.Equals(NamaJabatan, other.NamaJabatan, StringComparison.Ordinal)
        && string.Equals(Golongan, other.Golongan, StringComparison.Ordinal) && string.Equals(UnitKerja, other.UnitKerja, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Pejabat);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Status, Nip, Jabatan, TugasTambahan, JabatanNonAsn, Nama is null ? 0 : StringComparer.Ordinal.GetHashCode(Nama));

    /// <summary>The NIP (or the office for a non-ASN official), the position and the additional duty.</summary>
    /// <returns>The text form.</returns>
    public override string ToString()
    {
        if (Status == StatusPenilai.NonAsn)
        {
            return NamaJabatan + " (" + Nama + ", NON ASN)";
        }

        var text = Nip.ToString() ?? string.Empty;
        if (Jabatan is { } j)
        {
            text += " " + j;
        }

        return TugasTambahan is { } t ? text + " + " + t : text;
    }

    private static string? Optional(string? text, string paramName)
    {
        Preconditions.CheckArgument(text is null || !string.IsNullOrWhiteSpace(text), paramName, "The text must be null (unknown) or not blank.");
        return text;
    }

    private static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(char.ToUpperInvariant(c));
        }

        return builder.ToString();
    }
}
