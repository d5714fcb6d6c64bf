using System.Collections.Immutable;

namespace AsnKinerja.Siasn;

/// <summary>
/// The body of SIASN's <c>POST skp22/save</c>: one employee's annual evaluation under PermenPANRB 6/2022, with SIASN's
/// field names and codes: <c>tahun</c>, <c>hasilKinerjaNilai</c> and <c>perilakuKerjaNilai</c> (1 Di Atas, 2 Sesuai,
/// 3 Di Bawah), <c>kuadranKinerjaNilai</c> (1 Sangat Baik … 5 Sangat Kurang), the evaluator
/// (<c>penilaiNama</c>, <c>penilaiNipNrp</c>, <c>penilaiGolongan</c>, <c>penilaiJabatan</c>, <c>penilaiUnorNama</c>,
/// <c>statusPenilai</c>), <c>pnsDinilaiOrang</c> (SIASN's identifier of the employee), <c>path</c> and <c>id</c>.
/// </summary>
/// <remarks>
/// Built only by the <c>Skp22</c> builders of <see cref="SiasnPayloads"/>, which validate it, or read back by <see cref="SiasnJson.ReadSkp22"/>, which validates it again: a value of
/// this type is always complete. Immutable and thread-safe. Equality compares every field.
/// </remarks>
public sealed class Skp22Payload : IEquatable<Skp22Payload>
{
    internal Skp22Payload(string? id, int tahun, Ekspektasi hasilKinerja, Ekspektasi perilakuKerja, PredikatKinerja predikat, PenilaiSiasn penilai, string pnsDinilaiOrang, ImmutableArray<DokumenSiasn> path)
    {
        Id = id;
        Tahun = tahun;
        HasilKinerja = hasilKinerja;
        PerilakuKerja = perilakuKerja;
        Predikat = predikat;
        Penilai = penilai;
        PnsDinilaiOrang = pnsDinilaiOrang;
        Path = path;
    }

    /// <summary><c>id</c>: SIASN's identifier of the record to update, or null for a new record.</summary>
    public string? Id { get; }

    /// <summary><c>tahun</c>: the performance year.</summary>
    public int Tahun { get; }

    /// <summary><c>hasilKinerjaNilai</c>: the results rating.</summary>
    public Ekspektasi HasilKinerja { get; }

    /// <summary><c>perilakuKerjaNilai</c>: the behaviour rating.</summary>
    public Ekspektasi PerilakuKerja { get; }

    /// <summary><c>kuadranKinerjaNilai</c>: the employee's final predicate.</summary>
    public PredikatKinerja Predikat { get; }

    /// <summary>The evaluator (<c>penilai*</c> and <c>statusPenilai</c>).</summary>
    public PenilaiSiasn Penilai { get; }

    /// <summary><c>pnsDinilaiOrang</c>: SIASN's identifier of the evaluated employee.</summary>
    public string PnsDinilaiOrang { get; }

    /// <summary><c>path</c>: the uploaded documents, in order; empty when none.</summary>
    public ImmutableArray<DokumenSiasn> Path { get; }

    /// <summary>Whether two payloads are equal.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(Skp22Payload? left, Skp22Payload? right) => Equals(left, right);

    /// <summary>Whether two payloads differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(Skp22Payload? left, Skp22Payload? right) => !Equals(left, right);

    /// <inheritdoc />
    public bool Equals(Skp22Payload? other) =>
        other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal) && Tahun == other.Tahun && HasilKinerja == other.HasilKinerja
        && PerilakuKerja == other.PerilakuKerja && Predikat == other.Predikat && Penilai == other.Penilai
        && string.Equals(PnsDinilaiOrang, other.PnsDinilaiOrang, StringComparison.Ordinal) && Path.SequenceEqual(other.Path);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Skp22Payload);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Tahun, HasilKinerja, PerilakuKerja, Predikat, StringComparer.Ordinal.GetHashCode(PnsDinilaiOrang));

    /// <summary>The employee, year and predicate.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => "skp22 " + PnsDinilaiOrang + " " + Tahun + ": " + Predikat.ToLabel();
}
