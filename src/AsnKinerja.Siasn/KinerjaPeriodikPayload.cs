using System.Collections.Immutable;

namespace AsnKinerja.Siasn;

/// <summary>
/// The body of SIASN's <c>POST kinerjaperiodik/save</c>: one employee's periodic evaluation, with SIASN's field names
/// and codes: the period (<c>bulanMulaiPenilaian</c>, <c>tahunMulaiPenilaian</c>, <c>bulanSelesaiPenilaian</c>,
/// <c>tahunSelesaiPenilaian</c>, <c>periodikId</c> 1 monthly or 2 quarterly, <c>tahun</c>), the ratings and predicate
/// as in <see cref="Skp22Payload"/>, <c>koefisienId</c> for a functional official, the evaluator (with
/// <c>penilaiJabatanNama</c>), <c>pnsDinilaiId</c>, <c>path</c> and <c>id</c>.
/// </summary>
/// <remarks>
/// Built only by the validating <see cref="SiasnPayloads"/> builders or read back by <see cref="SiasnJson.ReadKinerjaPeriodik"/>.
/// <see cref="Periode"/> is always a calendar month (<see cref="PeriodeKinerja.Bulanan"/>) or a quarter
/// (<see cref="PeriodeKinerja.Triwulanan"/>): the only periods SIASN's <c>periodikId</c> expresses. Immutable and
/// thread-safe. Equality compares every field.
/// </remarks>
public sealed class KinerjaPeriodikPayload : IEquatable<KinerjaPeriodikPayload>
{
    internal KinerjaPeriodikPayload(
        string? id, PeriodeKinerja periode, Ekspektasi hasilKinerja, Ekspektasi perilakuKerja, PredikatKinerja predikat, KoefisienSiasn? koefisien,
        PenilaiSiasn penilai, string pnsDinilaiId, ImmutableArray<DokumenSiasn> path)
    {
        Id = id;
        Periode = periode;
        HasilKinerja = hasilKinerja;
        PerilakuKerja = perilakuKerja;
        Predikat = predikat;
        Koefisien = koefisien;
        Penilai = penilai;
        PnsDinilaiId = pnsDinilaiId;
        Path = path;
    }

    /// <summary><c>id</c>: SIASN's identifier of the record to update, or null for a new record.</summary>
    public string? Id { get; }

    /// <summary>The period: a calendar month or a quarter.</summary>
    public PeriodeKinerja Periode { get; }

    /// <summary><c>tahun</c>: the performance year of the period.</summary>
    public int Tahun => Periode.Tahun;

    /// <summary><c>periodikId</c>: 1 for a month, 2 for a quarter.</summary>
    public int PeriodikId => Periode.Jenis == JenisPeriode.Bulanan ? 1 : 2;

    /// <summary><c>hasilKinerjaNilai</c>: the results rating.</summary>
    public Ekspektasi HasilKinerja { get; }

    /// <summary><c>perilakuKerjaNilai</c>: the behaviour rating.</summary>
    public Ekspektasi PerilakuKerja { get; }

    /// <summary><c>kuadranKinerjaNilai</c>: the employee's final predicate for the period.</summary>
    public PredikatKinerja Predikat { get; }

    /// <summary><c>koefisienId</c>: for a functional official, the level's koefisien; null otherwise (sent as null).</summary>
    public KoefisienSiasn? Koefisien { get; }

    /// <summary>The evaluator (<c>penilai*</c>, <c>penilaiJabatanNama</c> and <c>statusPenilai</c>).</summary>
    public PenilaiSiasn Penilai { get; }

    /// <summary><c>pnsDinilaiId</c>: SIASN's identifier of the evaluated employee.</summary>
    public string PnsDinilaiId { get; }

    /// <summary><c>path</c>: the uploaded documents, in order; empty when none.</summary>
    public ImmutableArray<DokumenSiasn> Path { get; }

    /// <summary>Whether two payloads are equal.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(KinerjaPeriodikPayload? left, KinerjaPeriodikPayload? right) => Equals(left, right);

    /// <summary>Whether two payloads differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(KinerjaPeriodikPayload? left, KinerjaPeriodikPayload? right) => !Equals(left, right);

    /// <inheritdoc />
    public bool Equals(KinerjaPeriodikPayload? other) =>
        other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal) && Periode == other.Periode && HasilKinerja == other.HasilKinerja
        && PerilakuKerja == other.PerilakuKerja && Predikat == other.Predikat && Koefisien == other.Koefisien && Penilai == other.Penilai
        && string.Equals(PnsDinilaiId, other.PnsDinilaiId, StringComparison.Ordinal) && Path.SequenceEqual(other.Path);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as KinerjaPeriodikPayload);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Periode, HasilKinerja, PerilakuKerja, Predikat, Koefisien, StringComparer.Ordinal.GetHashCode(PnsDinilaiId));

    /// <summary>The employee, period and predicate.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => "kinerjaperiodik " + PnsDinilaiId + " " + Periode + ": " + Predikat.ToLabel();
}
