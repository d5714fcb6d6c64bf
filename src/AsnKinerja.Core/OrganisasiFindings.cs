using System.Collections.Immutable;

namespace AsnKinerja;

/// <summary>The findings an organisation tree can produce (codes <c>ORG001</c>…). Codes never change once shipped.</summary>
public static class OrganisasiFindings
{
    private static readonly RegulationReference Structure = new(RegulationNames.KebijakanPustaka, "Struktur organisasi", Confidence.High);

    /// <summary>ORG001: two units share an identifier.</summary>
    public static FindingDefinition DuplicateUnitId { get; } = new("ORG001", FindingSeverity.Error, Structure,
        "Identitas unit '{unit}' dipakai lebih dari sekali ({jumlah} kali).", "Unit ID '{unit}' is used more than once ({jumlah} times).");

    /// <summary>ORG002: a unit names a parent that does not exist.</summary>
    public static FindingDefinition UnknownParent { get; } = new("ORG002", FindingSeverity.Error, Structure,
        "Unit '{unit}' menyebut induk '{induk}' yang tidak ada.", "Unit '{unit}' names parent '{induk}', which does not exist.");

    /// <summary>ORG003: units form a cycle of parents.</summary>
    public static FindingDefinition Cycle { get; } = new("ORG003", FindingSeverity.Error, Structure,
        "Unit-unit berikut saling menjadi induk (siklus): {siklus}.", "These units are each other's parents (a cycle): {siklus}.");

    /// <summary>ORG004: a unit has more than one head.</summary>
    public static FindingDefinition TwoHeads { get; } = new("ORG004", FindingSeverity.Error, Structure,
        "Unit '{unit}' memiliki lebih dari satu kepala: {kepala}.", "Unit '{unit}' has more than one head: {kepala}.");

    /// <summary>ORG005: a unit has neither employees nor sub-units.</summary>
    public static FindingDefinition EmptyUnit { get; } = new("ORG005", FindingSeverity.Warning, Structure,
        "Unit '{unit}' tidak memiliki pegawai maupun sub-unit.", "Unit '{unit}' has neither employees nor sub-units.");

    /// <summary>ORG006: an employee is placed in a unit that does not exist.</summary>
    public static FindingDefinition UnknownUnit { get; } = new("ORG006", FindingSeverity.Error, Structure,
        "Pegawai {nip} ditempatkan pada unit '{unit}' yang tidak ada.", "Employee {nip} is placed in unit '{unit}', which does not exist.");

    /// <summary>ORG007: an employee is placed more than once.</summary>
    public static FindingDefinition DuplicatePlacement { get; } = new("ORG007", FindingSeverity.Error, Structure,
        "Pegawai {nip} ditempatkan lebih dari sekali ({jumlah} kali).", "Employee {nip} is placed more than once ({jumlah} times).");

    /// <summary>Every definition, by code.</summary>
    public static ImmutableArray<FindingDefinition> All { get; } = ImmutableArray.Create(
        DuplicateUnitId, UnknownParent, Cycle, TwoHeads, EmptyUnit, UnknownUnit, DuplicatePlacement);
}
