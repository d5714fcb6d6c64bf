using System.Collections.Immutable;

namespace AsnKinerja.Siasn;

/// <summary>
/// One record of SIASN's <c>GET pns/rw-skp22/{nip}</c>, read back into library values. The read uses other keys than the
/// write: <c>hasilKinerjaNilai</c>, <c>PerilakuKerjaNilai</c> and <c>KuadranKinerjaNilai</c> (capitalised),
/// <c>namaPenilai</c>, <c>nipNrpPenilai</c>, <c>penilaiGolonganId</c>, <c>penilaiJabatanNm</c>, <c>penilaiUnorNm</c>,
/// <c>statusPenilai</c>, <c>pnsDinilaiId</c>, <c>tahun</c>, <c>path</c>, <c>id</c>.
/// </summary>
/// <remarks>Read by <see cref="SiasnJson.ReadRiwayatSkp22"/>. Immutable and thread-safe. Equality compares every field.</remarks>
public sealed class RiwayatSkp22 : IEquatable<RiwayatSkp22>
{
    internal RiwayatSkp22(string? id, Nip pegawai, string? pnsDinilaiId, int tahun, Ekspektasi hasilKinerja, Ekspektasi perilakuKerja, PredikatKinerja predikat, PenilaiSiasn? penilai, ImmutableArray<DokumenSiasn> path)
    {
        Id = id;
        Pegawai = pegawai;
        PnsDinilaiId = pnsDinilaiId;
        Tahun = tahun;
        HasilKinerja = hasilKinerja;
        PerilakuKerja = perilakuKerja;
        Predikat = predikat;
        Penilai = penilai;
        Path = path;
    }

    /// <summary><c>id</c>: SIASN's identifier of the record, or null.</summary>
    public string? Id { get; }

    /// <summary>The employee whose history was read (the NIP of the request).</summary>
    public Nip Pegawai { get; }

    /// <summary><c>pnsDinilaiId</c>: SIASN's identifier of the employee, or null.</summary>
    public string? PnsDinilaiId { get; }

    /// <summary><c>tahun</c>: the performance year.</summary>
    public int Tahun { get; }

    /// <summary><c>hasilKinerjaNilai</c>: the results rating.</summary>
    public Ekspektasi HasilKinerja { get; }

    /// <summary><c>PerilakuKerjaNilai</c>: the behaviour rating.</summary>
    public Ekspektasi PerilakuKerja { get; }

    /// <summary><c>KuadranKinerjaNilai</c>: the predicate SIASN holds.</summary>
    public PredikatKinerja Predikat { get; }

    /// <summary>The evaluator SIASN holds, or null when <c>statusPenilai</c> is empty.</summary>
    public PenilaiSiasn? Penilai { get; }

    /// <summary><c>path</c>: the documents SIASN holds, in order.</summary>
    public ImmutableArray<DokumenSiasn> Path { get; }

    /// <summary>Whether two records are equal.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(RiwayatSkp22? left, RiwayatSkp22? right) => Equals(left, right);

    /// <summary>Whether two records differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(RiwayatSkp22? left, RiwayatSkp22? right) => !Equals(left, right);

    /// <inheritdoc />
    public bool Equals(RiwayatSkp22? other) =>
        other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal) && Pegawai == other.Pegawai && string.Equals(PnsDinilaiId, other.PnsDinilaiId, StringComparison.Ordinal)
        && Tahun == other.Tahun && HasilKinerja == other.HasilKinerja && PerilakuKerja == other.PerilakuKerja && Predikat == other.Predikat
        && Penilai == other.Penilai && Path.SequenceEqual(other.Path);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RiwayatSkp22);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Pegawai, Tahun, HasilKinerja, PerilakuKerja, Predikat);

    /// <summary>The employee, year and predicate.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => "rw-skp22 " + Pegawai + " " + Tahun + ": " + Predikat.ToLabel();
}

/// <summary>
/// One record of SIASN's <c>GET pns/rw-kinerjaperiodik/{nip}</c>, read back into library values: <c>tahun</c>,
/// <c>periodikId</c> with <c>bulanMulaiPenilaian</c>, <c>tahunMulaiPenilaian</c>, <c>bulanSelesaiPenilaian</c>,
/// <c>tahunSelesaiPenilaian</c>, <c>hasilKinerjaNilai</c>, <c>perilakuKerjaNilai</c>, <c>kuadranKinerjaNilai</c>,
/// <c>koefisenId</c> (SIASN's read spelling; <c>koefisienId</c> is read too), <c>namaPenilai</c>, <c>penilaiNipNrp</c>,
/// <c>penilaiGolonganId</c>, <c>penilaiJabatanNama</c>, <c>penilaiUnorNm</c>, <c>statusPenilai</c>, <c>pnsDinilaiId</c>,
/// <c>nip</c>, <c>path</c>, <c>id</c>.
/// </summary>
/// <remarks>Read by <see cref="SiasnJson.ReadRiwayatKinerjaPeriodik"/>. Immutable and thread-safe. Equality compares every field.</remarks>
public sealed class RiwayatKinerjaPeriodik : IEquatable<RiwayatKinerjaPeriodik>
{
    internal RiwayatKinerjaPeriodik(
        string? id, Nip pegawai, string? pnsDinilaiId, PeriodeKinerja periode, Ekspektasi hasilKinerja, Ekspektasi perilakuKerja, PredikatKinerja predikat,
        KoefisienSiasn? koefisien, PenilaiSiasn? penilai, ImmutableArray<DokumenSiasn> path)
    {
        Id = id;
        Pegawai = pegawai;
        PnsDinilaiId = pnsDinilaiId;
        Periode = periode;
        HasilKinerja = hasilKinerja;
        PerilakuKerja = perilakuKerja;
        Predikat = predikat;
        Koefisien = koefisien;
        Penilai = penilai;
        Path = path;
    }

    /// <summary><c>id</c>: SIASN's identifier of the record, or null.</summary>
    public string? Id { get; }

    /// <summary>The employee whose history was read (the NIP of the request, and of <c>nip</c> when present).</summary>
    public Nip Pegawai { get; }

    /// <summary><c>pnsDinilaiId</c>: SIASN's identifier of the employee, or null.</summary>
    public string? PnsDinilaiId { get; }

    /// <summary>The period: a calendar month (<c>periodikId</c> 1) or a quarter (2).</summary>
    public PeriodeKinerja Periode { get; }

    /// <summary><c>hasilKinerjaNilai</c>: the results rating.</summary>
    public Ekspektasi HasilKinerja { get; }

    /// <summary><c>perilakuKerjaNilai</c>: the behaviour rating.</summary>
    public Ekspektasi PerilakuKerja { get; }

    /// <summary><c>kuadranKinerjaNilai</c>: the predicate SIASN holds.</summary>
    public PredikatKinerja Predikat { get; }

    /// <summary><c>koefisenId</c>: the koefisien SIASN holds, or null.</summary>
    public KoefisienSiasn? Koefisien { get; }

    /// <summary>The evaluator SIASN holds, or null when <c>statusPenilai</c> is empty.</summary>
    public PenilaiSiasn? Penilai { get; }

    /// <summary><c>path</c>: the documents SIASN holds, in order.</summary>
    public ImmutableArray<DokumenSiasn> Path { get; }

    /// <summary>Whether two records are equal.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(RiwayatKinerjaPeriodik? left, RiwayatKinerjaPeriodik? right) => Equals(left, right);

    /// <summary>Whether two records differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(RiwayatKinerjaPeriodik? left, RiwayatKinerjaPeriodik? right) => !Equals(left, right);

    /// <inheritdoc />
    public bool Equals(RiwayatKinerjaPeriodik? other) =>
        other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal) && Pegawai == other.Pegawai && string.Equals(PnsDinilaiId, other.PnsDinilaiId, StringComparison.Ordinal)
        && Periode == other.Periode && HasilKinerja == other.HasilKinerja && PerilakuKerja == other.PerilakuKerja && Predikat == other.Predikat
        && Koefisien == other.Koefisien && Penilai == other.Penilai && Path.SequenceEqual(other.Path);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RiwayatKinerjaPeriodik);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Pegawai, Periode, HasilKinerja, PerilakuKerja, Predikat);

    /// <summary>The employee, period and predicate.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => "rw-kinerjaperiodik " + Pegawai + " " + Periode + ": " + Predikat.ToLabel();
}
