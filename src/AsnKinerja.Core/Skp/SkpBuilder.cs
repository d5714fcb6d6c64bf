using System.Globalization;
using NodaTime;

namespace AsnKinerja;

/// <summary>
/// Builds an immutable <see cref="Skp"/>. Programmer errors (null, blank, undefined enum values, an RHK or value
/// added twice, no PPK) throw; rule outcomes are left to <see cref="SkpRules"/>.
/// </summary>
/// <remarks>Mutable and not thread-safe; <see cref="Build"/> may be called more than once.</remarks>
public sealed class SkpBuilder
{
    private readonly List<RencanaHasilKerja> _hasilKerja = new();
    private readonly HashSet<string> _hasilKerjaIds = new(StringComparer.Ordinal); // so each add is O(1), not a scan
    private readonly List<PerilakuKerjaSkp> _perilakuKerja = new();
    private readonly List<PertimbanganPenilaian> _pertimbangan = new();

    /// <summary>Starts an SKP.</summary>
    /// <param name="id">The SKP identifier.</param>
    /// <param name="pegawai">The employee's NIP; not empty.</param>
    /// <param name="jabatan">The employee's position; not unset.</param>
    /// <param name="unitId">The employee's unit.</param>
    /// <param name="periode">The period the SKP covers.</param>
    /// <exception cref="ArgumentException">An argument is blank, empty or unset, or an identifier holds a lone surrogate (not well-formed UTF-16).</exception>
    /// <exception cref="ArgumentNullException"><paramref name="periode"/> is null.</exception>
    public SkpBuilder(string id, Nip pegawai, Jabatan jabatan, string unitId, PeriodeKinerja periode)
    {
        Id = Preconditions.CheckIdentifier(id);
        Preconditions.CheckArgument(!pegawai.IsEmpty, nameof(pegawai), "The NIP must not be empty.");
        Preconditions.CheckArgument(!jabatan.IsUnset, nameof(jabatan), "The position must not be unset.");
        Pegawai = pegawai;
        Jabatan = jabatan;
        UnitId = Preconditions.CheckIdentifier(unitId);
        Periode = Preconditions.CheckNotNull(periode);
    }

    internal SkpBuilder(Skp skp)
    {
        Id = skp.Id;
        Pegawai = skp.Pegawai;
        Jabatan = skp.Jabatan;
        UnitId = skp.UnitId;
        Periode = skp.Periode;
        Jenis = skp.Jenis;
        StatusKepegawaian = skp.StatusKepegawaian;
        PejabatPenilai = skp.PejabatPenilai;
        AtasanPejabatPenilai = skp.AtasanPejabatPenilai;
        Pendekatan = skp.Pendekatan;
        Status = skp.Status;
        TanggalPenetapan = skp.TanggalPenetapan;
        _hasilKerja.AddRange(skp.HasilKerja);
        _hasilKerjaIds.UnionWith(skp.HasilKerja.Select(r => r.Id));
        _perilakuKerja.AddRange(skp.PerilakuKerja);
        _pertimbangan.AddRange(skp.Pertimbangan);
        Lampiran = skp.Lampiran;
    }

    internal string Id { get; }

    internal Nip Pegawai { get; }

    internal Jabatan Jabatan { get; }

    internal string UnitId { get; }

    internal PeriodeKinerja Periode { get; }

    internal JenisSkp Jenis { get; private set; } = JenisSkp.Reguler;

    internal StatusKepegawaian StatusKepegawaian { get; private set; } = StatusKepegawaian.Pns;

    internal PejabatPenilaiKinerja? PejabatPenilai { get; private set; }

    internal Pejabat? AtasanPejabatPenilai { get; private set; }

    internal IReadOnlyList<PertimbanganPenilaian> Pertimbangan => _pertimbangan;

    internal PendekatanSkp Pendekatan { get; private set; } = PendekatanSkp.Kuantitatif;

    internal StatusSkp Status { get; private set; } = StatusSkp.Draf;

    internal LocalDate? TanggalPenetapan { get; private set; }

    internal IReadOnlyList<RencanaHasilKerja> HasilKerja => _hasilKerja;

    internal IReadOnlyList<PerilakuKerjaSkp> PerilakuKerja => _perilakuKerja;

    internal LampiranSkp Lampiran { get; private set; } = LampiranSkp.Kosong;

    /// <summary>Sets PNS or PPPK (default PNS).</summary>
    /// <param name="status">The status.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is undefined.</exception>
    public SkpBuilder WithStatusKepegawaian(StatusKepegawaian status)
    {
        StatusKepegawaian = Preconditions.CheckDefined(status);
        return this;
    }

    /// <summary>Sets the appraising official (required).</summary>
    /// <param name="pejabatPenilai">The PPK.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pejabatPenilai"/> is null.</exception>
    public SkpBuilder WithPejabatPenilai(PejabatPenilaiKinerja pejabatPenilai)
    {
        PejabatPenilai = Preconditions.CheckNotNull(pejabatPenilai);
        return this;
    }

    /// <summary>Sets the PPK's superior (<em>atasan pejabat penilai</em>), an ASN or a non-ASN official.</summary>
    /// <param name="atasan">The superior, or null to clear.</param>
    /// <returns>This builder.</returns>
    public SkpBuilder WithAtasanPejabatPenilai(Pejabat? atasan)
    {
        AtasanPejabatPenilai = atasan;
        return this;
    }

    /// <summary>Sets the PPK's superior when it is an ASN known only by NIP.</summary>
    /// <param name="atasan">The superior's NIP; not empty.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="atasan"/> is empty.</exception>
    public SkpBuilder WithAtasanPejabatPenilai(Nip atasan) => WithAtasanPejabatPenilai(Pejabat.Asn(atasan));

    /// <summary>Sets the kind of SKP (default <see cref="JenisSkp.Reguler"/>; <see cref="JenisSkp.TugasBelajar"/> for study leave).</summary>
    /// <param name="jenis">The kind.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="jenis"/> is undefined.</exception>
    public SkpBuilder WithJenis(JenisSkp jenis)
    {
        Jenis = Preconditions.CheckDefined(jenis);
        return this;
    }

    /// <summary>Adds an adviser (<em>tim kinerja</em> or <em>pemberi pertimbangan</em>).</summary>
    /// <param name="pertimbangan">The adviser.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pertimbangan"/> is null.</exception>
    public SkpBuilder AddPertimbangan(PertimbanganPenilaian pertimbangan)
    {
        _pertimbangan.Add(Preconditions.CheckNotNull(pertimbangan));
        return this;
    }

    /// <summary>Sets the approach (default <see cref="PendekatanSkp.Kuantitatif"/>).</summary>
    /// <param name="pendekatan">The approach.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pendekatan"/> is undefined.</exception>
    public SkpBuilder WithPendekatan(PendekatanSkp pendekatan)
    {
        Pendekatan = Preconditions.CheckDefined(pendekatan);
        return this;
    }

    /// <summary>Sets the lifecycle status (default <see cref="StatusSkp.Draf"/>) and, when set, the date of <em>penetapan</em>.</summary>
    /// <param name="status">The status.</param>
    /// <param name="tanggalPenetapan">The date the PPK set the SKP (ISO calendar), or null.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is undefined.</exception>
    /// <exception cref="ArgumentException"><paramref name="tanggalPenetapan"/> is not in the ISO calendar.</exception>
    public SkpBuilder WithStatus(StatusSkp status, LocalDate? tanggalPenetapan = null)
    {
        Status = Preconditions.CheckDefined(status);
        TanggalPenetapan = tanggalPenetapan is { } tanggal ? Preconditions.CheckIso(tanggal, nameof(tanggalPenetapan)) : null;
        return this;
    }

    /// <summary>Adds a result, in constant time (an SKP of n results is built in O(n)).</summary>
    /// <param name="rhk">The result; its identifier must be new in this SKP.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rhk"/> is null.</exception>
    /// <exception cref="ArgumentException">An RHK with this identifier was already added.</exception>
    public SkpBuilder AddHasilKerja(RencanaHasilKerja rhk)
    {
        Preconditions.CheckNotNull(rhk);
        Preconditions.CheckArgument(
            _hasilKerjaIds.Add(rhk.Id),
            nameof(rhk),
            string.Format(CultureInfo.InvariantCulture, "RHK ID {0} was already added to SKP {1}.", Preconditions.Quote(rhk.Id), Preconditions.Quote(Id)));
        _hasilKerja.Add(rhk);
        return this;
    }

    /// <summary>Adds a BerAKHLAK value with the leader's optional specific expectation.</summary>
    /// <param name="nilai">The value; not already added.</param>
    /// <param name="ekspektasiKhusus">The specific expectation, or null.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The value was already added.</exception>
    public SkpBuilder AddPerilakuKerja(NilaiBerakhlak nilai, string? ekspektasiKhusus = null)
    {
        var entry = new PerilakuKerjaSkp(nilai, ekspektasiKhusus);
        Preconditions.CheckArgument(
            !_perilakuKerja.Any(p => p.Nilai == nilai),
            nameof(nilai),
            string.Format(CultureInfo.InvariantCulture, "Value {0} was already added to SKP {1}.", nilai, Preconditions.Quote(Id)));
        _perilakuKerja.Add(entry);
        return this;
    }

    /// <summary>Adds every BerAKHLAK value not yet added, without a specific expectation, in the order of the acronym.</summary>
    /// <returns>This builder.</returns>
    public SkpBuilder AddSemuaNilaiBerakhlak()
    {
        for (var v = NilaiBerakhlak.BerorientasiPelayanan; v <= NilaiBerakhlak.Kolaboratif; v++)
        {
            if (!_perilakuKerja.Any(p => p.Nilai == v))
            {
                _perilakuKerja.Add(new PerilakuKerjaSkp(v));
            }
        }

        return this;
    }

    /// <summary>Sets the annex.</summary>
    /// <param name="lampiran">The annex.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="lampiran"/> is null.</exception>
    public SkpBuilder WithLampiran(LampiranSkp lampiran)
    {
        Lampiran = Preconditions.CheckNotNull(lampiran);
        return this;
    }

    /// <summary>Builds the SKP.</summary>
    /// <returns>The immutable SKP.</returns>
    /// <exception cref="InvalidOperationException">No PPK was set, or the PPK is the employee.</exception>
    public Skp Build()
    {
        Preconditions.CheckState(PejabatPenilai is not null, "An SKP needs a Pejabat Penilai Kinerja: call WithPejabatPenilai.");
        Preconditions.CheckState(PejabatPenilai.Nip != Pegawai, "The Pejabat Penilai Kinerja cannot be the employee.");
        return new Skp(this);
    }
}
