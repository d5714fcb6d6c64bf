using System.Collections.Immutable;

namespace AsnKinerja.Cascading;

/// <summary>
/// The findings of the cascading (<em>penyelarasan</em>) checks, codes <c>CAS001</c>…. Codes never change once shipped.
/// </summary>
/// <remarks>Every definition is immutable and thread-safe; <see cref="All"/> lists them in code order.</remarks>
public static class CascadingFindings
{
    private const string PermenPanRb8Tahun2021 = "PermenPANRB 8/2021";

    private static readonly RegulationReference Intervensi = new(RegulationNames.PermenPanRb6Tahun2022, "Lampiran, format SKP JA/JF (RHK atasan yang diintervensi)", Confidence.High);
    private static readonly RegulationReference IntervensiMedium = new(RegulationNames.PermenPanRb6Tahun2022, "Lampiran, format SKP JA/JF (RHK atasan yang diintervensi)", Confidence.Medium);
    private static readonly RegulationReference PersetujuanAtasan = new(RegulationNames.PanduanBkn, "e-Kinerja: SKP bawahan disusun atas SKP atasan yang telah disetujui", Confidence.High);
    private static readonly RegulationReference Mph = new(RegulationNames.PermenPanRb6Tahun2022, "Matriks Peran Hasil", Confidence.Medium);
    private static readonly RegulationReference Langsung = new(PermenPanRb8Tahun2021, "Cascading langsung (target dibagi habis)", Confidence.Low);
    private static readonly RegulationReference Perspektif = new(RegulationNames.PermenPanRb6Tahun2022, "Lampiran, format SKP JPT (perspektif IKI)", Confidence.Medium);
    private static readonly RegulationReference Ppk = new(RegulationNames.PermenPanRb6Tahun2022, "Ketentuan Pejabat Penilai Kinerja (atasan langsung)", Confidence.High);
    private static readonly RegulationReference Data = new(RegulationNames.KebijakanPustaka, "Keutuhan data cascading", Confidence.High);

    /// <summary>CAS001: the superior RHK an RHK intervenes does not exist among the SKPs given.</summary>
    public static FindingDefinition RhkAtasanTidakDitemukan { get; } = new("CAS001", FindingSeverity.Error, Intervensi,
        "RHK '{rhk}' (SKP '{skp}') mengintervensi RHK atasan '{rhkAtasan}' yang tidak ditemukan pada SKP mana pun.",
        "Result '{rhk}' (SKP '{skp}') intervenes superior result '{rhkAtasan}', which is not in any SKP given.");

    /// <summary>CAS002: the intervened RHK belongs to someone who is neither the employee's PPK nor the leader of a work team the employee belongs to.</summary>
    public static FindingDefinition RhkAtasanBukanMilikAtasan { get; } = new("CAS002", FindingSeverity.Error, Intervensi,
        "RHK '{rhk}' mengintervensi RHK '{rhkAtasan}' milik {pemilik}, padahal atasan pegawai {pegawai} adalah PPK {ppk} atau ketua tim kerjanya.",
        "Result '{rhk}' intervenes result '{rhkAtasan}' of {pemilik}, but the superior of employee {pegawai} is the PPK {ppk} or the leader of a work team of theirs.");

    /// <summary>CAS003: the superior's SKP does not overlap the period of the subordinate's SKP.</summary>
    public static FindingDefinition PeriodeTidakBeririsan { get; } = new("CAS003", FindingSeverity.Error, Intervensi,
        "RHK '{rhk}' (periode {periode}) mengintervensi RHK '{rhkAtasan}' pada SKP atasan '{skpAtasan}' dengan periode {periodeAtasan} yang tidak beririsan.",
        "Result '{rhk}' (period {periode}) intervenes result '{rhkAtasan}' of superior SKP '{skpAtasan}', whose period {periodeAtasan} does not overlap.");

    /// <summary>CAS004: the superior's SKP is neither approved (<em>Disetujui</em>) nor closed (<em>Ditutup</em>).</summary>
    public static FindingDefinition SkpAtasanBelumDisetujui { get; } = new("CAS004", FindingSeverity.Error, PersetujuanAtasan,
        "SKP '{skp}' mengintervensi SKP atasan '{skpAtasan}' yang berstatus {status}; SKP atasan harus sudah disetujui.",
        "SKP '{skp}' intervenes superior SKP '{skpAtasan}', whose status is {status}; the superior SKP must be approved first.");

    /// <summary>CAS005: the intervened RHK is a personal result, not an organisation result.</summary>
    public static FindingDefinition RhkAtasanBukanOrganisasi { get; } = new("CAS005", FindingSeverity.Error, IntervensiMedium,
        "RHK '{rhk}' mengintervensi RHK '{rhkAtasan}' yang diklasifikasikan sebagai hasil kerja individu, bukan hasil kerja organisasi.",
        "Result '{rhk}' intervenes result '{rhkAtasan}', which is classified as a personal result, not an organisation result.");

    /// <summary>CAS006: RHK intervene each other in a cycle.</summary>
    public static FindingDefinition Siklus { get; } = new("CAS006", FindingSeverity.Error, Data,
        "RHK berikut saling mengintervensi membentuk siklus: {siklus}.",
        "These results intervene each other in a cycle: {siklus}.");

    /// <summary>CAS007: an organisation RHK of a leader is intervened by no subordinate: nobody delivers it.</summary>
    public static FindingDefinition RhkOrganisasiTanpaPelaksana { get; } = new("CAS007", FindingSeverity.Warning, Mph,
        "RHK organisasi '{rhk}' milik pimpinan {pimpinan} tidak diintervensi oleh bawahan mana pun: tidak ada yang melaksanakannya.",
        "Organisation result '{rhk}' of leader {pimpinan} is intervened by no subordinate: nobody delivers it.");

    /// <summary>CAS008: a main RHK serves nothing: it names no superior RHK, no organisation goal and no assignment.</summary>
    public static FindingDefinition RhkUtamaTidakMelayani { get; } = new("CAS008", FindingSeverity.Error, IntervensiMedium,
        "RHK utama '{rhk}' (SKP '{skp}') tidak mengintervensi RHK atasan, tidak menyebut Perjanjian Kinerja, dan bukan penugasan.",
        "Main result '{rhk}' (SKP '{skp}') intervenes no superior result, names no Perjanjian Kinerja goal and is no assignment.");

    /// <summary>CAS009: in a direct cascade, the subordinates' targets do not add up to the superior's (under the policy in force).</summary>
    public static FindingDefinition TargetCascadingLangsungTidakSesuai { get; } = new("CAS009", FindingSeverity.Warning, Langsung,
        "Cascading langsung RHK '{rhk}': target {target} {satuan} (aspek {aspek}), jumlah target bawahan {jumlah} {satuan} dari {bawahan} (kebijakan {kebijakan}).",
        "Direct cascade of result '{rhk}': target {target} {satuan} (aspect {aspek}), the subordinates' targets add up to {jumlah} {satuan} from {bawahan} (policy {kebijakan}).");

    /// <summary>CAS010: the IKI of a JPT SKP do not cover the four perspectives (severity chosen by a policy).</summary>
    public static FindingDefinition PerspektifJptTidakLengkap { get; } = new("CAS010", FindingSeverity.Warning, Perspektif,
        "IKI pada SKP JPT '{skp}' tidak mencakup perspektif {perspektif} (kebijakan {kebijakan}).",
        "The IKI of JPT SKP '{skp}' do not cover the perspective(s) {perspektif} (policy {kebijakan}).");

    /// <summary>CAS011: the SKP's PPK is not the nearest head above the employee in the organisation tree.</summary>
    public static FindingDefinition PpkBukanAtasanStruktural { get; } = new("CAS011", FindingSeverity.Warning, Ppk,
        "PPK SKP '{skp}' adalah {ppk}, padahal menurut struktur organisasi atasan langsung pegawai {pegawai} adalah {atasan}.",
        "The PPK of SKP '{skp}' is {ppk}, but by the organisation tree the direct superior of employee {pegawai} is {atasan}.");

    /// <summary>CAS012: the SKP's unit is not in the organisation tree given.</summary>
    public static FindingDefinition UnitTidakDikenal { get; } = new("CAS012", FindingSeverity.Warning, Data,
        "Unit '{unit}' pada SKP '{skp}' tidak ada dalam struktur organisasi.",
        "Unit '{unit}' of SKP '{skp}' is not in the organisation tree.");

    /// <summary>CAS013: several SKPs hold an RHK with the same identifier; the cascade cannot tell them apart.</summary>
    public static FindingDefinition RhkIdGanda { get; } = new("CAS013", FindingSeverity.Error, Data,
        "Identitas RHK '{rhk}' dipakai pada lebih dari satu tempat: SKP {skp}; rujukan diarahkan ke yang pertama.",
        "Result ID '{rhk}' is used in more than one place: SKP {skp}; references go to the first.");

    /// <summary>Every definition, in code order.</summary>
    public static ImmutableArray<FindingDefinition> All { get; } = ImmutableArray.Create(
        RhkAtasanTidakDitemukan, RhkAtasanBukanMilikAtasan, PeriodeTidakBeririsan, SkpAtasanBelumDisetujui, RhkAtasanBukanOrganisasi, Siklus,
        RhkOrganisasiTanpaPelaksana, RhkUtamaTidakMelayani, TargetCascadingLangsungTidakSesuai, PerspektifJptTidakLengkap, PpkBukanAtasanStruktural,
        UnitTidakDikenal, RhkIdGanda);
}
