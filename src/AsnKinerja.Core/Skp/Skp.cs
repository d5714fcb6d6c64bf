using System.Collections.Immutable;
using NodaTime;

namespace AsnKinerja;

/// <summary>
/// A <em>Sasaran Kinerja Pegawai</em> (SKP): the employee's performance plan for a period, with its results (RHK and
/// IKI), the seven BerAKHLAK values as work behaviour, the annex, the appraising official and the lifecycle status.
/// </summary>
/// <remarks>
/// Built with <see cref="SkpBuilder"/>, which rejects shapes that cannot exist (no PPK, two RHK with one identifier,
/// a value listed twice). Whether the content follows PermenPANRB 6/2022 is checked by <see cref="SkpRules"/>,
/// which returns findings. Immutable and thread-safe. Equality is reference equality: two SKP records are distinct
/// documents even when their content matches; compare <see cref="Id"/> for identity.
/// </remarks>
public sealed class Skp
{
    internal Skp(SkpBuilder b)
    {
        Id = b.Id;
        Pegawai = b.Pegawai;
        Jabatan = b.Jabatan;
        UnitId = b.UnitId;
        Periode = b.Periode;
        Jenis = b.Jenis;
        StatusKepegawaian = b.StatusKepegawaian;
        PejabatPenilai = b.PejabatPenilai!;
        AtasanPejabatPenilai = b.AtasanPejabatPenilai;
        Pertimbangan = b.Pertimbangan.ToImmutableArray();
        Pendekatan = b.Pendekatan;
        Status = b.Status;
        TanggalPenetapan = b.TanggalPenetapan;
        HasilKerja = b.HasilKerja.ToImmutableArray();
        PerilakuKerja = b.PerilakuKerja.ToImmutableArray();
        Lampiran = b.Lampiran;
    }

    /// <summary>The identifier.</summary>
    public string Id { get; }

    /// <summary>The employee's NIP.</summary>
    public Nip Pegawai { get; }

    /// <summary>The employee's position.</summary>
    public Jabatan Jabatan { get; }

    /// <summary>The employee's unit.</summary>
    public string UnitId { get; }

    /// <summary>The period the SKP covers.</summary>
    public PeriodeKinerja Periode { get; }

    /// <summary>A regular SKP, or the SKP of an employee on study leave (<em>tugas belajar</em>).</summary>
    public JenisSkp Jenis { get; }

    /// <summary>PNS or PPPK.</summary>
    public StatusKepegawaian StatusKepegawaian { get; }

    /// <summary>The appraising official (PPK).</summary>
    public PejabatPenilaiKinerja PejabatPenilai { get; }

    /// <summary>
    /// The PPK's own superior (<em>atasan pejabat penilai</em>), who decides objections (PP 30/2019); an ASN or a non-ASN
    /// official (the regent above a regional secretary); null when not recorded.
    /// </summary>
    public Pejabat? AtasanPejabatPenilai { get; }

    /// <summary>The advisers (<em>tim kinerja</em>, <em>pemberi pertimbangan</em>), in order; empty when none.</summary>
    public ImmutableArray<PertimbanganPenilaian> Pertimbangan { get; }

    /// <summary>The approach.</summary>
    public PendekatanSkp Pendekatan { get; }

    /// <summary>The lifecycle status.</summary>
    public StatusSkp Status { get; }

    /// <summary>The date the PPK set (<em>menetapkan</em>) the SKP, or null while it is not set.</summary>
    public LocalDate? TanggalPenetapan { get; }

    /// <summary>The results, in order.</summary>
    public ImmutableArray<RencanaHasilKerja> HasilKerja { get; }

    /// <summary>The work-behaviour values, in order.</summary>
    public ImmutableArray<PerilakuKerjaSkp> PerilakuKerja { get; }

    /// <summary>The annex.</summary>
    public LampiranSkp Lampiran { get; }

    /// <summary>A builder that starts from this SKP, for a revision.</summary>
    /// <returns>A new builder.</returns>
    public SkpBuilder ToBuilder() => new(this);

    /// <summary>The identifier, employee and period.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => Id + " " + Pegawai + " " + Periode;
}
