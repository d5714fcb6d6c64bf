using System.Collections.Immutable;

namespace AsnKinerja.Predicates;

/// <summary>The findings of the distribution check (codes <c>DST001</c>…). Codes never change once shipped.</summary>
public static class DistribusiFindings
{
    private static readonly RegulationReference Pattern = new(RegulationNames.SeMenPanRb3Tahun2023, "Pola distribusi predikat kinerja pegawai", Confidence.Medium);
    private static readonly RegulationReference Dominance = new(RegulationNames.SeMenPanRb3Tahun2023, "Pola distribusi: kelompok dominan (sebagian besar)", Confidence.High);
    private static readonly RegulationReference Policy = new(RegulationNames.KebijakanPustaka, "Kebijakan unit kecil", Confidence.Low);

    /// <summary>DST001: a cap is exceeded.</summary>
    public static FindingDefinition MelebihiMaksimum { get; } = new("DST001", FindingSeverity.Warning, Pattern,
        "Unit '{unit}' ({predikatOrganisasi}): {kelompok} {jumlah} dari {total} pegawai ({persen}%), melebihi batas {batasPersen}% = {maks} pegawai.",
        "Unit '{unit}' ({predikatOrganisasi}): {kelompok} is {jumlah} of {total} employees ({persen}%), above the cap of {batasPersen}% = {maks} employees.");

    /// <summary>DST002: a floor is not reached.</summary>
    public static FindingDefinition KurangDariMinimum { get; } = new("DST002", FindingSeverity.Warning, Pattern,
        "Unit '{unit}' ({predikatOrganisasi}): {kelompok} {jumlah} dari {total} pegawai ({persen}%), di bawah batas {batasPersen}% = {min} pegawai.",
        "Unit '{unit}' ({predikatOrganisasi}): {kelompok} is {jumlah} of {total} employees ({persen}%), below the floor of {batasPersen}% = {min} employees.");

    /// <summary>DST003: a group that must exist is missing.</summary>
    public static FindingDefinition KelompokWajibTidakAda { get; } = new("DST003", FindingSeverity.Warning, Pattern,
        "Unit '{unit}' ({predikatOrganisasi}): tidak ada pegawai berpredikat {kelompok}, padahal pola mewajibkan paling sedikit satu.",
        "Unit '{unit}' ({predikatOrganisasi}): no employee is {kelompok}, though the pattern requires at least one.");

    /// <summary>DST004: a forbidden predicate is present.</summary>
    public static FindingDefinition PredikatDilarang { get; } = new("DST004", FindingSeverity.Warning, Pattern,
        "Unit '{unit}' ({predikatOrganisasi}): {jumlah} pegawai berpredikat {kelompok}, padahal pola tidak membolehkannya.",
        "Unit '{unit}' ({predikatOrganisasi}): {jumlah} employees are {kelompok}, which the pattern does not allow.");

    /// <summary>DST005: the dominant group is not the dominant one (a softer finding).</summary>
    public static FindingDefinition BukanKelompokDominan { get; } = new("DST005", FindingSeverity.Info, Dominance,
        "Unit '{unit}' ({predikatOrganisasi}): {kelompok} {jumlah} dari {total} pegawai, bukan sebagian besar ({makna}).",
        "Unit '{unit}' ({predikatOrganisasi}): {kelompok} is {jumlah} of {total} employees, not most of them ({makna}).");

    /// <summary>DST006: no distribution of this unit size can meet the pattern under the chosen policies.</summary>
    public static FindingDefinition PolaTidakMungkin { get; } = new("DST006", FindingSeverity.Warning, Pattern,
        "Unit '{unit}' ({predikatOrganisasi}, {total} pegawai): pola tidak mungkin dipenuhi: {@alasan} (pembulatan {pembulatan}).",
        "Unit '{unit}' ({predikatOrganisasi}, {total} employees): the pattern cannot be met: {@alasan} (rounding {pembulatan}).",
        DistribusiExplanations.AlasanTidakMungkin);

    /// <summary>DST007: a small unit's outcomes are advisory only.</summary>
    public static FindingDefinition UnitKecilSaran { get; } = new("DST007", FindingSeverity.Info, Policy,
        "Unit '{unit}' hanya {total} pegawai (di bawah ambang {ambang}); hasil pemeriksaan pola hanya sebagai saran.",
        "Unit '{unit}' has only {total} employees (below the threshold of {ambang}); the pattern check is advisory only.");

    /// <summary>DST008: a small unit is pooled into its parent unit.</summary>
    public static FindingDefinition UnitKecilDigabung { get; } = new("DST008", FindingSeverity.Info, Policy,
        "Unit '{unit}' hanya {total} pegawai (di bawah ambang {ambang}); pegawainya dihitung dalam distribusi unit '{induk}'.",
        "Unit '{unit}' has only {total} employees (below the threshold of {ambang}); they are counted in the distribution of unit '{induk}'.");

    /// <summary>DST009: a unit has no employees to check.</summary>
    public static FindingDefinition UnitKosong { get; } = new("DST009", FindingSeverity.Info, Pattern,
        "Unit '{unit}' tidak memiliki pegawai untuk diperiksa.", "Unit '{unit}' has no employees to check.");

    /// <summary>DST010: a small unit cannot be pooled because it has no parent.</summary>
    public static FindingDefinition UnitKecilTanpaInduk { get; } = new("DST010", FindingSeverity.Info, Policy,
        "Unit '{unit}' hanya {total} pegawai tetapi tidak memiliki unit induk untuk digabung; unit diperiksa sebagai saran.",
        "Unit '{unit}' has only {total} employees but no parent unit to pool into; the check is advisory.");

    /// <summary>Every definition, by code.</summary>
    public static ImmutableArray<FindingDefinition> All { get; } = ImmutableArray.Create(
        MelebihiMaksimum, KurangDariMinimum, KelompokWajibTidakAda, PredikatDilarang, BukanKelompokDominan, PolaTidakMungkin,
        UnitKecilSaran, UnitKecilDigabung, UnitKosong, UnitKecilTanpaInduk);
}
