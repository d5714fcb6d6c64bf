using System.Collections.Immutable;
using NodaTime;

namespace AsnKinerja.Siasn;

/// <summary>
/// The body of SIASN's <c>POST angkakredit/save</c>: the <em>angka kredit</em> of a functional official for a period,
/// with SIASN's field names exactly, its misspellings included (<c>bulanMulaiPenailan</c>, <c>tahunMulaiPenailan</c>,
/// <c>bulanSelesaiPenailan</c>, <c>tahunSelesaiPenailan</c>): the kind flags (<c>isKonversi</c>, <c>isIntegrasi</c>,
/// <c>isAngkaKreditPertama</c>), the credit (<c>kreditUtamaBaru</c>, <c>kreditPenunjangBaru</c>,
/// <c>kreditBaruTotal</c>), the decree (<c>nomorSk</c>, <c>tanggalSk</c> as <c>dd-MM-yyyy</c>), <c>rwJabatanId</c>,
/// <c>pnsId</c>, <c>path</c> and <c>id</c>. SIASN takes every one of these as text.
/// </summary>
/// <remarks>
/// Built only by <see cref="SiasnPayloads.AngkaKredit"/>, which validates it, or read back by
/// <see cref="SiasnJson.ReadAngkaKredit"/>. The credit values are the library's exact values rounded half away from
/// zero to three decimals (SIASN keeps three). Immutable and thread-safe. Equality compares every field.
/// </remarks>
public sealed class AngkaKreditPayload : IEquatable<AngkaKreditPayload>
{
    internal AngkaKreditPayload(
        string? id, string pnsId, string rwJabatanId, string nomorSk, LocalDate tanggalSk, YearMonth mulai, YearMonth selesai,
        decimal kreditUtama, decimal kreditPenunjang, decimal kreditTotal, bool isKonversi, bool isIntegrasi, bool isAngkaKreditPertama, ImmutableArray<DokumenSiasn> path)
    {
        Id = id;
        PnsId = pnsId;
        RwJabatanId = rwJabatanId;
        NomorSk = nomorSk;
        TanggalSk = tanggalSk;
        Mulai = mulai;
        Selesai = selesai;
        KreditUtama = kreditUtama;
        KreditPenunjang = kreditPenunjang;
        KreditTotal = kreditTotal;
        IsKonversi = isKonversi;
        IsIntegrasi = isIntegrasi;
        IsAngkaKreditPertama = isAngkaKreditPertama;
        Path = path;
    }

    /// <summary><c>id</c>: SIASN's identifier of the record to update, or null for a new record.</summary>
    public string? Id { get; }

    /// <summary><c>pnsId</c>: SIASN's identifier of the official.</summary>
    public string PnsId { get; }

    /// <summary><c>rwJabatanId</c>: SIASN's identifier of the position-history record the credit belongs to.</summary>
    public string RwJabatanId { get; }

    /// <summary><c>nomorSk</c>: the number of the decree (<em>PAK</em>).</summary>
    public string NomorSk { get; }

    /// <summary><c>tanggalSk</c>: the date of the decree.</summary>
    public LocalDate TanggalSk { get; }

    /// <summary><c>bulanMulaiPenailan</c> and <c>tahunMulaiPenailan</c> (sic): the first month of the period.</summary>
    public YearMonth Mulai { get; }

    /// <summary><c>bulanSelesaiPenailan</c> and <c>tahunSelesaiPenailan</c> (sic): the last month of the period.</summary>
    public YearMonth Selesai { get; }

    /// <summary><c>kreditUtamaBaru</c>: the main credit, three decimals.</summary>
    public decimal KreditUtama { get; }

    /// <summary><c>kreditPenunjangBaru</c>: the supporting credit, three decimals (0 for a conversion from a predicate).</summary>
    public decimal KreditPenunjang { get; }

    /// <summary><c>kreditBaruTotal</c>: the total, main plus supporting.</summary>
    public decimal KreditTotal { get; }

    /// <summary><c>isKonversi</c>: the credit converts a predicate (PermenPANRB 1/2023).</summary>
    public bool IsKonversi { get; }

    /// <summary><c>isIntegrasi</c>: the credit integrates earlier credit into the new system.</summary>
    public bool IsIntegrasi { get; }

    /// <summary><c>isAngkaKreditPertama</c>: the first credit of the official.</summary>
    public bool IsAngkaKreditPertama { get; }

    /// <summary><c>path</c>: the uploaded documents (the decree), in order; empty when none.</summary>
    public ImmutableArray<DokumenSiasn> Path { get; }

    /// <summary>Whether two payloads are equal.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(AngkaKreditPayload? left, AngkaKreditPayload? right) => Equals(left, right);

    /// <summary>Whether two payloads differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(AngkaKreditPayload? left, AngkaKreditPayload? right) => !Equals(left, right);

    /// <inheritdoc />
    public bool Equals(AngkaKreditPayload? other) =>
        other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal) && string.Equals(PnsId, other.PnsId, StringComparison.Ordinal)
        && string.Equals(RwJabatanId, other.RwJabatanId, StringComparison.Ordinal) && string.Equals(NomorSk, other.NomorSk, StringComparison.Ordinal)
        && TanggalSk == other.TanggalSk && Mulai == other.Mulai && Selesai == other.Selesai && KreditUtama == other.KreditUtama
        && KreditPenunjang == other.KreditPenunjang && KreditTotal == other.KreditTotal && IsKonversi == other.IsKonversi
        && IsIntegrasi == other.IsIntegrasi && IsAngkaKreditPertama == other.IsAngkaKreditPertama && Path.SequenceEqual(other.Path);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as AngkaKreditPayload);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(PnsId), StringComparer.Ordinal.GetHashCode(NomorSk), Mulai, Selesai, KreditTotal);

    /// <summary>The official, the period and the total.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => "angkakredit " + PnsId + " " + Mulai + "–" + Selesai + ": " + KreditTotal.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
