using System.Collections.Immutable;

namespace AsnKinerja.NineBox;

/// <summary>The findings of the talent map (codes <c>NBX001</c>…). Codes never change once shipped.</summary>
public static class PetaTalentaFindings
{
    private static readonly RegulationReference TahunKebijakan = new(RegulationNames.PermenPanRb3Tahun2020, "Sumbu kinerja peta talenta; tahun yang dihitung menurut kebijakan " + PetaTalentaOptions.PenggabunganPolicyName, Confidence.Low);
    private static readonly RegulationReference SatuKotak = new(RegulationNames.PermenPanRb3Tahun2020, "Pemetaan talenta: satu pegawai ditempatkan pada satu kotak", Confidence.Medium);
    private static readonly RegulationReference Perubahan = new(RegulationNames.KebijakanPustaka, "Perubahan kotak antartahun", Confidence.Low);
    private static readonly RegulationReference Berlaku = new(RegulationNames.PermenPanRb3Tahun2020, "Mulai berlaku", Confidence.High);

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

    /// <summary>Every definition, by code.</summary>
    public static ImmutableArray<FindingDefinition> All { get; } = ImmutableArray.Create(
        KinerjaTidakLengkap, PegawaiGanda, KotakSebelumnyaTidakDiketahui, KinerjaBerfluktuasi, AturanBelumBerlaku);
}
