using System.Collections.Immutable;

namespace AsnKinerja.Documents;

/// <summary>
/// The findings of the documents built from an evaluation period (codes <c>DOK001</c>…). Codes never change once shipped.
/// DOK001–DOK002 stop a document (errors: there is nothing for it to set); DOK003–DOK005 warn before it is signed.
/// </summary>
public static class DokumenFindings
{
    private static readonly RegulationReference Penetapan = new(RegulationNames.SeMenPanRb3Tahun2023, "Format penetapan predikat kinerja pegawai", Confidence.Medium);
    private static readonly RegulationReference Keberatan = new(RegulationNames.PermenPanRb6Tahun2022, "Keberatan atas predikat kinerja", Confidence.High);
    private static readonly RegulationReference Lampiran = new(RegulationNames.KebijakanPustaka, "Lampiran format penetapan", Confidence.High);

    /// <summary>DOK001: the unit is a small unit pooled into another for the distribution; its employees' predicates are set in that unit's Format Penetapan.</summary>
    public static FindingDefinition UnitDigabung { get; } = new("DOK001", FindingSeverity.Error, Penetapan,
        "Unit {unit} digabung ke unit {gabungan} untuk distribusi predikat; predikat pegawainya ditetapkan pada Format Penetapan unit {gabungan}.",
        "Unit {unit} is pooled into the unit {gabungan} for the distribution of predicates; its staff's predicates are set in the Format Penetapan of {gabungan}.");

    /// <summary>DOK002: nobody is counted in the unit's distribution (its head counts in the parent unit, its staff are not evaluated), so there is no predicate to set.</summary>
    public static FindingDefinition UnitKosong { get; } = new("DOK002", FindingSeverity.Error, Penetapan,
        "Tidak ada pegawai yang dihitung pada distribusi unit {unit}; tidak ada predikat untuk ditetapkan.",
        "Nobody is counted in the distribution of the unit {unit}; there is no predicate to set.");

    /// <summary>DOK003: the unit's distribution of final predicates does not meet its pattern (or cannot); the official signs a determination outside the pattern.</summary>
    public static FindingDefinition DistribusiTidakMemenuhi { get; } = new("DOK003", FindingSeverity.Warning, Penetapan,
        "Distribusi predikat akhir unit {unit} berstatus {status} terhadap pola distribusi organisasi {pola}.",
        "The distribution of the final predicates of the unit {unit} is {status} against the distribution pattern of an organisation rated {pola}.");

    /// <summary>DOK004: an employee of the annex has an objection not decided yet; the predicate printed (the PPK's, which stands until then) may change.</summary>
    public static FindingDefinition KeberatanBelumDiputus { get; } = new("DOK004", FindingSeverity.Warning, Keberatan,
        "Keberatan {pegawai} pada unit {unit} belum diputus; predikat {predikat} dapat berubah.",
        "The objection of {pegawai} in the unit {unit} is not decided yet; the predicate {predikat} may change.");

    /// <summary>DOK005: no record (name, position) is given for an employee of the annex; the annex prints the NIP alone.</summary>
    public static FindingDefinition DataPegawaiTidakDiberikan { get; } = new("DOK005", FindingSeverity.Warning, Lampiran,
        "Data {pegawai} pada unit {unit} tidak diberikan; lampiran memuat NIP saja.",
        "No record of {pegawai} in the unit {unit} is given; the annex prints the NIP alone.");

    /// <summary>Every definition, by code.</summary>
    public static ImmutableArray<FindingDefinition> All { get; } = ImmutableArray.Create(
        UnitDigabung, UnitKosong, DistribusiTidakMemenuhi, KeberatanBelumDiputus, DataPegawaiTidakDiberikan);
}
