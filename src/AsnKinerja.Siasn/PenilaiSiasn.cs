namespace AsnKinerja.Siasn;

/// <summary>
/// The evaluator as SIASN records it: <c>statusPenilai</c> (<c>ASN</c> or <c>NON ASN</c>), the name, the NIP or NRP, the
/// rank (<c>penilaiGolongan</c>), the position and the unit (<c>penilaiUnorNama</c>). A payload's evaluator comes from
/// the library's <see cref="Pejabat"/> (<see cref="From"/>); a SIASN read carries what SIASN holds, which may be
/// incomplete.
/// </summary>
/// <remarks>
/// The rank is sent as <see cref="Pejabat.Golongan"/> records it (the form SIASN keeps, e.g. its rank reference); the
/// library does not translate it. Immutable and thread-safe. Equality compares every part ordinally.
/// </remarks>
public sealed class PenilaiSiasn : IEquatable<PenilaiSiasn>
{
    internal PenilaiSiasn(StatusPenilai status, string? nama, string? nipNrp, string? golongan, string? jabatan, string? unorNama)
    {
        Status = status;
        Nama = nama;
        NipNrp = nipNrp;
        Golongan = golongan;
        Jabatan = jabatan;
        UnorNama = unorNama;
    }

    /// <summary><c>statusPenilai</c>: ASN or non-ASN.</summary>
    public StatusPenilai Status { get; }

    /// <summary>The name (<c>penilaiNama</c>; read as <c>namaPenilai</c>), or null when not recorded.</summary>
    public string? Nama { get; }

    /// <summary>The NIP, else the NRP (<c>penilaiNipNrp</c>; read as <c>nipNrpPenilai</c>), or null (a non-ASN official without one).</summary>
    public string? NipNrp { get; }

    /// <summary>The rank (<c>penilaiGolongan</c>; read as <c>penilaiGolonganId</c>), or null (always null for a non-ASN official in a payload).</summary>
    public string? Golongan { get; }

    /// <summary>The position as written (<c>penilaiJabatan</c>, <c>penilaiJabatanNama</c>; read as <c>penilaiJabatanNm</c>), or null when not recorded.</summary>
    public string? Jabatan { get; }

    /// <summary>The unit (<c>penilaiUnorNama</c>; read as <c>penilaiUnorNm</c>), or null when not recorded.</summary>
    public string? UnorNama { get; }

    /// <summary>The evaluator's NIP when the evaluator is an ASN and <see cref="NipNrp"/> is a NIP; otherwise null.</summary>
    public Nip? Nip => Status == StatusPenilai.Asn && AsnKinerja.Nip.TryParse(NipNrp, out var nip) ? nip : null;

    /// <summary>Whether two records are equal.</summary>
    /// <param name="left">The first record.</param>
    /// <param name="right">The second record.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(PenilaiSiasn? left, PenilaiSiasn? right) => Equals(left, right);

    /// <summary>Whether two records differ.</summary>
    /// <param name="left">The first record.</param>
    /// <param name="right">The second record.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(PenilaiSiasn? left, PenilaiSiasn? right) => !Equals(left, right);

    /// <summary>The SIASN fields of an official: status, name, NIP or NRP (<see cref="Pejabat.NomorInduk"/>), rank, position as written and unit.</summary>
    /// <param name="pejabat">The official.</param>
    /// <returns>The record; whether it is complete enough to send is checked by the payload builders.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pejabat"/> is null.</exception>
    public static PenilaiSiasn From(Pejabat pejabat)
    {
        Preconditions.CheckNotNull(pejabat);
        return new PenilaiSiasn(pejabat.Status, pejabat.Nama, pejabat.NomorInduk, pejabat.Golongan, pejabat.NamaJabatan, pejabat.UnitKerja);
    }

    /// <inheritdoc />
    public bool Equals(PenilaiSiasn? other) =>
        other is not null && Status == other.Status && string.Equals(Nama, other.Nama, StringComparison.Ordinal)
        && string.Equals(NipNrp, other.NipNrp, StringComparison.Ordinal) && string.Equals(Golongan, other.Golongan, StringComparison.Ordinal)
        && string.Equals(Jabatan, other.Jabatan, StringComparison.Ordinal) && string.Equals(UnorNama, other.UnorNama, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PenilaiSiasn);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Status, NipNrp is null ? 0 : StringComparer.Ordinal.GetHashCode(NipNrp), Nama is null ? 0 : StringComparer.Ordinal.GetHashCode(Nama));

    /// <summary>The name, number and status, e.g. <c>Dra. Sri Wahyuni (197504041999092005, ASN)</c>.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => (Nama ?? "-") + " (" + (NipNrp ?? "-") + ", " + SiasnCodec.ToSiasnText(Status) + ")";
}
