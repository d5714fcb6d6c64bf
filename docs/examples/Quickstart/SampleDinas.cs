using AsnKinerja;
using AsnKinerja.BehaviourRubric;
using AsnKinerja.Predicates;

namespace AsnKinerja.Quickstart;

/// <summary>The embedded sample: a small <em>dinas</em> with four units, about forty employees, SKPs and ratings.</summary>
public sealed class SampleDinas
{
    public string Nama { get; set; } = string.Empty;

    public int Tahun { get; set; }

    public List<UnitKerja> Unit { get; set; } = new();

    public List<PenempatanPegawai> Penempatan { get; set; } = new();

    public List<SampleUnit> PredikatOrganisasi { get; set; } = new();

    public List<SamplePegawai> Pegawai { get; set; } = new();

    public List<Skp> Skp { get; set; } = new();

    public List<UmpanBalik> UmpanBalik { get; set; } = new();
}

/// <summary>A unit's organisation predicate for the year.</summary>
public sealed class SampleUnit
{
    public string UnitId { get; set; } = string.Empty;

    public PredikatKinerjaOrganisasi Predikat { get; set; }
}

/// <summary>One employee: position, the PPK's two ratings, last year's predicate, potential and credit points.</summary>
public sealed class SamplePegawai
{
    public Nip Nip { get; set; }

    public string Nama { get; set; } = string.Empty;

    public Jabatan Jabatan { get; set; }

    public GolonganRuang? Golongan { get; set; }

    public decimal AngkaKreditAwal { get; set; }

    public Ekspektasi RatingHasilKerja { get; set; }

    public Ekspektasi RatingPerilakuKerja { get; set; }

    public PredikatKinerja PredikatTahunLalu { get; set; }

    public decimal SkorPotensial { get; set; }

    public decimal SkorPeringkat { get; set; }
}
