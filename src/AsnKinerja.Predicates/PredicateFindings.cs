using System.Collections.Immutable;

namespace AsnKinerja.Predicates;

/// <summary>The findings of the predicate rules and suggestions (codes <c>PRD001</c>…). Codes never change once shipped.</summary>
public static class PredicateFindings
{
    private static readonly RegulationReference Suggestion = new(RegulationNames.KebijakanPustaka, "Saran, bukan ketentuan regulasi", Confidence.Low);
    private static readonly RegulationReference Records = new(RegulationNames.KebijakanPustaka, "Riwayat penempatan dan status khusus pegawai", Confidence.Low);
    private static readonly RegulationReference Objection = new(RegulationNames.Pp30Tahun2019, "Pasal 59 (keberatan atas hasil penilaian kinerja)", Confidence.High);
    private static readonly RegulationReference Period = new(RegulationNames.PermenPanRb6Tahun2022, "Penilaian kinerja pegawai dalam unit kerja", Confidence.High);
    private static readonly RegulationReference Pattern = new(RegulationNames.SeMenPanRb3Tahun2023, "Predikat kinerja organisasi menentukan pola distribusi unit", Confidence.High);

    /// <summary>PRD001: a suggestion was asked for with no input to suggest from.</summary>
    public static FindingDefinition TanpaMasukanSaran { get; } = new("PRD001", FindingSeverity.Error, Suggestion,
        "Tidak ada {masukan} untuk menyusun saran; keputusan tetap pada Pejabat Penilai Kinerja.", "There are no {masukan} to suggest from; the decision stays with the appraising official.");

    /// <summary>PRD002: the periods given for an annual suggestion overlap.</summary>
    public static FindingDefinition PeriodeTumpangTindih { get; } = new("PRD002", FindingSeverity.Error, Suggestion,
        "Periode {periode1} dan {periode2} tumpang tindih; predikat tahunan tidak dapat disarankan.", "Periods {periode1} and {periode2} overlap; no annual predicate can be suggested.");

    /// <summary>PRD003: the periods given for an annual suggestion are not in one year.</summary>
    public static FindingDefinition PeriodeLintasTahun { get; } = new("PRD003", FindingSeverity.Error, Suggestion,
        "Periode {periode} tidak berada dalam tahun {tahun}.", "Period {periode} is not within the year {tahun}.");

    /// <summary>PRD004: an objection was filed after the 14 days of PP 30/2019 Pasal 59 (a policy counts the days).</summary>
    public static FindingDefinition KeberatanTerlambat { get; } = new("PRD004", FindingSeverity.Error, Objection,
        "Keberatan {pegawai} diajukan {diajukan}, melewati batas {batas} (14 hari sejak hasil penilaian diterima {diterima}; kebijakan {kebijakan}).",
        "The objection of {pegawai} was filed on {diajukan}, after the deadline {batas} (14 days from receiving the result on {diterima}; policy {kebijakan}).");

    /// <summary>PRD005: an objection was decided by an official other than the PPK's superior.</summary>
    public static FindingDefinition KeberatanBukanOlehAtasanPpk { get; } = new("PRD005", FindingSeverity.Error, Objection,
        "Keberatan {pegawai} diputuskan oleh {oleh}, bukan oleh atasan Pejabat Penilai Kinerja {atasan}.",
        "The objection of {pegawai} was decided by {oleh}, not by the appraising official's superior {atasan}.");

    /// <summary>PRD006: an objection was decided but the PPK's superior is not recorded, so who had to decide cannot be checked.</summary>
    public static FindingDefinition AtasanPpkTidakTercatat { get; } = new("PRD006", FindingSeverity.Warning, Objection,
        "Keberatan {pegawai} diputuskan oleh {oleh}, tetapi atasan Pejabat Penilai Kinerja tidak tercatat; kewenangan pemutus tidak dapat diperiksa.",
        "The objection of {pegawai} was decided by {oleh}, but the appraising official's superior is not recorded; the decider's authority cannot be checked.");

    /// <summary>PRD007: two placements of one employee overlap; on the shared days the one starting later is taken.</summary>
    public static FindingDefinition PenempatanTumpangTindih { get; } = new("PRD007", FindingSeverity.Warning, Records,
        "Penempatan pegawai {nip} tumpang tindih (unit {unit}); pada hari yang sama dipakai penempatan yang mulai paling akhir.",
        "The placements of employee {nip} overlap (units {unit}); on shared days the placement that starts last is taken.");

    /// <summary>PRD008: a special status is recorded for an employee who is not placed in the period; it is ignored.</summary>
    public static FindingDefinition StatusTanpaPenempatan { get; } = new("PRD008", FindingSeverity.Warning, Records,
        "Pegawai {nip} memiliki status khusus pada {periode} tetapi tidak memiliki penempatan pada periode itu; status diabaikan.",
        "Employee {nip} has a special status in {periode} but no placement in that period; the status is ignored.");

    /// <summary>PRD009: no GPA-to-rating mapping was decided for a study-leave result; the PPK assesses it (there is no national table and no default).</summary>
    public static FindingDefinition TanpaPemetaanIpk { get; } = new("PRD009", FindingSeverity.Error, Suggestion,
        "Tidak ada pemetaan IPK ke penilaian yang ditetapkan (IPK {ipk}); tidak ada tabel nasional, sehingga PPK yang menilai hasil akademik ini.",
        "No GPA-to-assessment mapping has been decided (GPA {ipk}); there is no national table, so the PPK assesses this academic result.");

    /// <summary>PRD010: an employee evaluated in the period has no ratings, so no predicate can be computed and the unit cannot be judged.</summary>
    public static FindingDefinition PegawaiTanpaPenilaian { get; } = new("PRD010", FindingSeverity.Error, Period,
        "Pegawai {nip} dinilai pada {periode} (unit '{unit}') tetapi tidak memiliki rating hasil kerja dan rating perilaku kerja.",
        "Employee {nip} is evaluated in {periode} (unit '{unit}') but has no results rating and behaviour rating.");

    /// <summary>PRD011: ratings are given for an employee who is not placed in the period; they are ignored.</summary>
    public static FindingDefinition PenilaianTanpaPenempatan { get; } = new("PRD011", FindingSeverity.Warning, Records,
        "Pegawai {nip} memiliki rating pada {periode} tetapi tidak ditempatkan pada periode itu; rating diabaikan.",
        "Employee {nip} has ratings in {periode} but no placement in that period; the ratings are ignored.");

    /// <summary>PRD012: ratings are given for an employee the special-status policy does not evaluate in the period; they are ignored.</summary>
    public static FindingDefinition PenilaianPegawaiTidakDinilai { get; } = new("PRD012", FindingSeverity.Info, Records,
        "Pegawai {nip} tidak dinilai pada {periode} menurut kebijakan status pegawai; ratingnya diabaikan.",
        "Employee {nip} is not evaluated in {periode} under the special-status policy; the ratings are ignored.");

    /// <summary>PRD013: an employee has more than one set of ratings for the period.</summary>
    public static FindingDefinition PenilaianGanda { get; } = new("PRD013", FindingSeverity.Error, Period,
        "Pegawai {nip} memiliki {jumlah} rating untuk {periode}; hanya satu yang dapat dinilai.",
        "Employee {nip} has {jumlah} sets of ratings for {periode}; only one can be evaluated.");

    /// <summary>PRD014: a unit has no organisation predicate, so its pattern cannot be chosen (nor its head's results rating).</summary>
    public static FindingDefinition UnitTanpaPredikatOrganisasi { get; } = new("PRD014", FindingSeverity.Error, Pattern,
        "Unit '{unit}' tidak memiliki predikat kinerja organisasi untuk {periode}; pola distribusinya tidak dapat dipilih.",
        "Unit '{unit}' has no organisation predicate for {periode}; its distribution pattern cannot be chosen.");

    /// <summary>PRD015: an organisation predicate is given for a unit that is not in the organisation tree; it is ignored.</summary>
    public static FindingDefinition PredikatOrganisasiTanpaUnit { get; } = new("PRD015", FindingSeverity.Warning, Records,
        "Predikat kinerja organisasi diberikan untuk unit '{unit}' yang tidak ada dalam struktur organisasi; diabaikan.",
        "An organisation predicate is given for unit '{unit}', which is not in the organisation tree; it is ignored.");

    /// <summary>PRD016: an objection is filed and not yet decided; the PPK's predicate stands until the PPK's superior decides.</summary>
    public static FindingDefinition KeberatanBelumDiputus { get; } = new("PRD016", FindingSeverity.Info, Objection,
        "Keberatan {pegawai} (diajukan {diajukan}) belum diputus; predikat {predikat} yang ditetapkan PPK berlaku sampai atasan PPK memutus.",
        "The objection of {pegawai} (filed on {diajukan}) is not decided yet; the predicate {predikat} the PPK set stands until the PPK's superior decides.");

    /// <summary>Every definition, by code.</summary>
    public static ImmutableArray<FindingDefinition> All { get; } = ImmutableArray.Create(
        TanpaMasukanSaran, PeriodeTumpangTindih, PeriodeLintasTahun, KeberatanTerlambat, KeberatanBukanOlehAtasanPpk, AtasanPpkTidakTercatat,
        PenempatanTumpangTindih, StatusTanpaPenempatan, TanpaPemetaanIpk, PegawaiTanpaPenilaian, PenilaianTanpaPenempatan, PenilaianPegawaiTidakDinilai,
        PenilaianGanda, UnitTanpaPredikatOrganisasi, PredikatOrganisasiTanpaUnit, KeberatanBelumDiputus);
}
