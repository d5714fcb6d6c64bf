using System.Collections.Immutable;

namespace AsnKinerja.NineBox;

/// <summary>The findings of the talent map (codes <c>NBX001</c>…). Codes never change once shipped.</summary>
public static class PetaTalentaFindings
{
    private static readonly RegulationReference TahunKebijakan = new(RegulationNames.PermenPanRb3Tahun2020, "Sumbu kinerja peta talenta; tahun yang dihitung menurut kebijakan " + PetaTalentaOptions.PenggabunganPolicyName, Confidence.Low);
    private static readonly RegulationReference SatuKotak = new(RegulationNames.PermenPanRb3Tahun2020, "Pemetaan talenta: satu pegawai ditempatkan pada satu kotak", Confidence.Medium);
    private static readonly RegulationReference Perubahan = new(RegulationNames.KebijakanPustaka, "Perubahan kotak antartahun", Confidence.Low);
    private static readonly RegulationReference Berlaku = new(RegulationNames.PermenPanRb3Tahun2020, "Mulai berlaku", Confidence.High);
    private static readonly RegulationReference PredikatDitetapkan = new(RegulationNames.PermenPanRb20Tahun2025, "Pasal 17: sumbu kinerja dari predikat kinerja yang ditetapkan setelah pola distribusi; predikat yang belum ditetapkan menurut kebijakan " + PetaTalentaOptions.PredikatBelumDitetapkanPolicyName, Confidence.Low);
    private static readonly RegulationReference AssessmentCenter = new(RegulationNames.PermenPanRb20Tahun2025, "Pasal 17: kompetensi dan potensial dari hasil assessment center; sumber lain menurut kebijakan " + PetaTalentaOptions.SumberPotensialPolicyName, Confidence.Low);
    private static readonly RegulationReference TahunTalenta = new(RegulationNames.PermenPanRb20Tahun2025, "Mulai berlaku: tahun talenta yang diatur", Confidence.Medium);

    /// <summary>NBX001: the predicates of a year the combination policy needs are missing, so the employee is not placed.</summary>
    public static FindingDefinition KinerjaTidakLengkap { get; } = new("NBX001", FindingSeverity.Error, TahunKebijakan,
        "Pegawai {nip} tidak dapat dipetakan pada peta talenta tahun {tahun}: predikat kinerja tahun {tahunKosong} tidak tersedia, padahal kebijakan {kebijakan} membutuhkannya.",
        "Employee {nip} cannot be placed in the {tahun} talent map: there is no performance predicate for {tahunKosong}, which policy {kebijakan} needs.");

    /// <summary>NBX002: an employee appears more than once in a unit's data; none of the entries is placed.</summary>
    public static FindingDefinition PegawaiGanda { get; } = new("NBX002", FindingSeverity.Error, SatuKotak,
        "Pegawai {nip} tercantum {jumlah} kali dalam data unit; pegawai ini tidak dipetakan sampai datanya diperbaiki.",
        "Employee {nip} is listed {jumlah} times in the unit's data; the employee is not placed until the data is corrected.");

    /// <summary>NBX003: the previous year's box is neither recorded nor computable, so a change of box cannot be reported.</summary>
    public static FindingDefinition KotakSebelumnyaTidakDiketahui { get; } = new("NBX003", FindingSeverity.Info, Perubahan,
        "Perubahan kotak pegawai {nip} sejak tahun {tahunSebelumnya} tidak dapat ditentukan: kotak tahun itu tidak tercatat dan predikat kinerjanya tidak lengkap.",
        "Whether employee {nip} changed box since {tahunSebelumnya} cannot be told: that year's box is not recorded and its performance predicates are incomplete.");

    /// <summary>NBX004: the two years combined differ by two levels (Di Atas one year, Di Bawah the other); the combined level hides the swing.</summary>
    public static FindingDefinition KinerjaBerfluktuasi { get; } = new("NBX004", FindingSeverity.Warning, TahunKebijakan,
        "Kinerja pegawai {nip} berubah tajam: {kinerjaSebelumnya} pada tahun {tahunSebelumnya} dan {kinerjaTerakhir} pada tahun {tahun}; kebijakan {kebijakan} menghasilkan {kinerja}. Periksa sebelum kotak ditetapkan.",
        "The performance of employee {nip} swings sharply: {kinerjaSebelumnya} in {tahunSebelumnya} and {kinerjaTerakhir} in {tahun}; policy {kebijakan} gives {kinerja}. Review before the box is confirmed.");

    /// <summary>NBX005: the map's year is before PermenPANRB 3/2020 took effect.</summary>
    public static FindingDefinition AturanBelumBerlaku { get; } = new("NBX005", FindingSeverity.Warning, Berlaku,
        "Peta talenta tahun {tahun} dibuat dengan aturan PermenPANRB 3/2020 yang baru berlaku sejak {berlaku}.",
        "The {tahun} talent map uses PermenPANRB 3/2020, which applies only from {berlaku}.");

    /// <summary>
    /// NBX006: under PermenPANRB 20/2025, a year the map reads has a computed predicate only, not yet set after the
    /// distribution check; what follows is the policy <see cref="PetaTalentaOptions.PredikatBelumDitetapkan"/>
    /// (not placed: an error; the computed predicate stands in: a warning).
    /// </summary>
    public static FindingDefinition PredikatBelumDitetapkan { get; } = new("NBX006", FindingSeverity.Error, PredikatDitetapkan,
        "Predikat kinerja pegawai {nip} tahun {tahunBelumDitetapkan} baru terhitung dan belum ditetapkan setelah pemeriksaan distribusi, padahal PermenPANRB 20/2025 membaca predikat yang ditetapkan. Kebijakan {kebijakan}{@akibat}",
        "The performance predicate of employee {nip} for {tahunBelumDitetapkan} is only computed, not yet set after the distribution check, while PermenPANRB 20/2025 reads the set predicate. Policy {kebijakan}{@akibat}",
        new KeyValuePair<string, LocalizedText>[]
        {
            new(nameof(KebijakanPredikatBelumDitetapkan.TidakDipetakan), new LocalizedText(
                ": pegawai tidak dipetakan sampai predikatnya ditetapkan.",
                ": the employee is not placed until the predicate is set.")),
            new(nameof(KebijakanPredikatBelumDitetapkan.PakaiPredikatTerhitung), new LocalizedText(
                ": predikat terhitung dipakai sementara, dan penempatan ini perlu ditinjau setelah predikat ditetapkan.",
                ": the computed predicate stands in for now, and this placement must be reviewed once the predicate is set.")),
        });

    /// <summary>
    /// NBX007: under PermenPANRB 20/2025, the potential does not come from an assessment centre (another source, or none
    /// stated); what follows is the policy <see cref="PetaTalentaOptions.SumberPotensial"/> (placed with a warning, or
    /// not placed: an error).
    /// </summary>
    public static FindingDefinition PotensialBukanAssessmentCenter { get; } = new("NBX007", FindingSeverity.Warning, AssessmentCenter,
        "Potensial pegawai {nip} {@sumber}, padahal PermenPANRB 20/2025 mengambil potensial dari hasil assessment center. Kebijakan {kebijakan}{@akibat}",
        "The potential of employee {nip} {@sumber}, while PermenPANRB 20/2025 takes potential from assessment-centre results. Policy {kebijakan}{@akibat}",
        new KeyValuePair<string, LocalizedText>[]
        {
            new(nameof(SumberPotensial.Lainnya), new LocalizedText("berasal dari sumber lain", "comes from another source")),
            new("TidakDinyatakan", new LocalizedText("tidak menyebut sumbernya", "states no source")),
            new(nameof(KebijakanSumberPotensial.Disarankan), new LocalizedText(
                ": pegawai tetap dipetakan; pastikan potensial diperoleh dari assessment center.",
                ": the employee is placed; make sure the potential comes from an assessment centre.")),
            new(nameof(KebijakanSumberPotensial.Wajib), new LocalizedText(
                ": pegawai tidak dipetakan sampai potensialnya berasal dari assessment center.",
                ": the employee is not placed until the potential comes from an assessment centre.")),
        });

    /// <summary>NBX008: the map's year is before the talent years the rule set governs (for PermenPANRB 20/2025: before 2025).</summary>
    public static FindingDefinition TahunDiLuarAturan { get; } = new("NBX008", FindingSeverity.Warning, TahunTalenta,
        "Peta talenta tahun {tahun} dibuat dengan {aturan}, yang mengatur tahun talenta sejak {tahunAwal}.",
        "The {tahun} talent map uses {aturan}, which governs talent years from {tahunAwal} on.");

    /// <summary>Every definition, by code.</summary>
    public static ImmutableArray<FindingDefinition> All { get; } = ImmutableArray.Create(
        KinerjaTidakLengkap, PegawaiGanda, KotakSebelumnyaTidakDiketahui, KinerjaBerfluktuasi, AturanBelumBerlaku,
        PredikatBelumDitetapkan, PotensialBukanAssessmentCenter, TahunDiLuarAturan);
}
