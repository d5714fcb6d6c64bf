using System.Collections.Immutable;

namespace AsnKinerja.BehaviourRubric;

/// <summary>The findings of the behaviour rubric (codes <c>BHV001</c>…). Codes never change once shipped.</summary>
public static class PerilakuKerjaFindings
{
    private static readonly RegulationReference UmpanBalikBerkelanjutan = new(RegulationNames.PermenPanRb6Tahun2022, "Pemantauan kinerja dan umpan balik berkelanjutan", Confidence.Medium);
    private static readonly RegulationReference BuktiDukung = new(RegulationNames.PermenPanRb6Tahun2022, "Bukti dukung umpan balik", Confidence.Medium);
    private static readonly RegulationReference RatingPpk = new(RegulationNames.PermenPanRb6Tahun2022, "Rating perilaku kerja ditetapkan oleh Pejabat Penilai Kinerja", Confidence.High);
    private static readonly RegulationReference Masukan360 = new(RegulationNames.PermenPanRb6Tahun2022, "Masukan rekan kerja dan bawahan sebagai bahan pertimbangan PPK", Confidence.Medium);
    private static readonly RegulationReference PeriodeSkp = new(RegulationNames.PermenPanRb6Tahun2022, "Periode SKP", Confidence.High);
    private static readonly RegulationReference TujuhNilai = new(RegulationNames.SeMenPanRb20Tahun2021, "Nilai dasar BerAKHLAK (ketujuh nilai)", Confidence.High);

    /// <summary>BHV001: a value carries the leader's specific expectation but has no PPK feedback in the period (checked once the period is over).</summary>
    public static FindingDefinition EkspektasiTanpaUmpanBalik { get; } = new("BHV001", FindingSeverity.Warning, UmpanBalikBerkelanjutan,
        "Nilai {nilai} pada SKP '{skp}' memiliki ekspektasi khusus pimpinan tetapi tidak ada umpan balik dari Pejabat Penilai Kinerja dalam periode {periode}.",
        "The value {nilai} of SKP '{skp}' has a specific expectation from the leader but no feedback from the appraising official in the period {periode}.");

    /// <summary>BHV002: a feedback entry names no evidence (<em>bukti dukung</em>).</summary>
    public static FindingDefinition UmpanBalikTanpaBuktiDukung { get; } = new("BHV002", FindingSeverity.Warning, BuktiDukung,
        "Umpan balik '{umpanBalik}' atas nilai {nilai} tidak menyebut bukti dukung.",
        "Feedback '{umpanBalik}' on the value {nilai} names no evidence (bukti dukung).");

    /// <summary>BHV003: an overall behaviour rating was given with no feedback at all in the period.</summary>
    public static FindingDefinition RatingTanpaUmpanBalik { get; } = new("BHV003", FindingSeverity.Warning, UmpanBalikBerkelanjutan,
        "Rating perilaku kerja SKP '{skp}' ({rating}) ditetapkan tanpa satu pun umpan balik dalam periode {periode}.",
        "The behaviour rating of SKP '{skp}' ({rating}) was given with no feedback at all in the period {periode}.");

    /// <summary>BHV004: the only basis of an overall behaviour rating is feedback from peers or subordinates (360° input), none from the PPK.</summary>
    public static FindingDefinition RatingHanyaDariMasukan360 { get; } = new("BHV004", FindingSeverity.Warning, Masukan360,
        "Rating perilaku kerja SKP '{skp}' ({rating}) hanya didasarkan pada {jumlah} umpan balik rekan kerja/bawahan; masukan 360° adalah bahan pertimbangan PPK, bukan penilaian PPK.",
        "The behaviour rating of SKP '{skp}' ({rating}) rests only on {jumlah} feedback entries from peers or subordinates; 360° input informs the appraising official, it is not the official's rating.");

    /// <summary>BHV005: a feedback entry from a peer or a subordinate carries a per-value assessment, which is not a rating and is ignored.</summary>
    public static FindingDefinition PenilaianPadaMasukan360 { get; } = new("BHV005", FindingSeverity.Warning, Masukan360,
        "Umpan balik '{umpanBalik}' dari {sumber} memuat penilaian {penilaian} atas nilai {nilai}; penilaian dari rekan kerja/bawahan bukan rating PPK dan tidak dipakai.",
        "Feedback '{umpanBalik}' from {sumber} carries the assessment {penilaian} of the value {nilai}; an assessment by a peer or subordinate is not the appraising official's rating and is not used.");

    /// <summary>BHV006: a feedback entry is dated outside the SKP period.</summary>
    public static FindingDefinition UmpanBalikDiLuarPeriode { get; } = new("BHV006", FindingSeverity.Warning, PeriodeSkp,
        "Umpan balik '{umpanBalik}' bertanggal {tanggal}, di luar periode SKP '{skp}' ({periode}).",
        "Feedback '{umpanBalik}' is dated {tanggal}, outside the period of SKP '{skp}' ({periode}).");

    /// <summary>BHV007: the overall behaviour rating was recorded by someone other than the SKP's appraising official.</summary>
    public static FindingDefinition RatingBukanOlehPpk { get; } = new("BHV007", FindingSeverity.Error, RatingPpk,
        "Rating perilaku kerja SKP '{skp}' ditetapkan oleh {oleh}, bukan oleh Pejabat Penilai Kinerja {ppk}.",
        "The behaviour rating of SKP '{skp}' was recorded by {oleh}, not by the appraising official {ppk}.");

    /// <summary>BHV008: a value has no per-value assessment, so no rating can be suggested.</summary>
    public static FindingDefinition NilaiBelumDinilai { get; } = new("BHV008", FindingSeverity.Error, TujuhNilai,
        "Nilai {nilai} belum dinilai; saran rating perilaku kerja (kebijakan {kebijakan}) memerlukan ketujuh nilai.",
        "The value {nilai} has no assessment; a behaviour rating suggestion (policy {kebijakan}) needs all seven values.");

    /// <summary>Every definition, by code.</summary>
    public static ImmutableArray<FindingDefinition> All { get; } = ImmutableArray.Create(
        EkspektasiTanpaUmpanBalik, UmpanBalikTanpaBuktiDukung, RatingTanpaUmpanBalik, RatingHanyaDariMasukan360,
        PenilaianPadaMasukan360, UmpanBalikDiLuarPeriode, RatingBukanOlehPpk, NilaiBelumDinilai);
}
