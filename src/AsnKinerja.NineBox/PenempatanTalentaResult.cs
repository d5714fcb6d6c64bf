using System.Collections.Immutable;

namespace AsnKinerja.NineBox;

/// <summary>
/// The outcome of placing one employee: the placement when no finding is an error, every finding either way, and
/// what produced it (the rule set, its options, the employee's data and the year). Rule outcomes are returned here,
/// never thrown.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class PenempatanTalentaResult
{
    private readonly PenempatanTalenta? _value;

    internal PenempatanTalentaResult(RuleSetId ruleSet, PetaTalentaOptions options, DataTalentaPegawai pegawai, int tahun, PenempatanTalenta? value, ImmutableArray<Finding> findings)
    {
        RuleSet = ruleSet;
        Options = options;
        Pegawai = pegawai;
        Tahun = tahun;
        Findings = findings;
        _value = findings.Any(f => f.Severity == FindingSeverity.Error) ? null : value;
    }

    /// <summary>The rule set whose rules evaluated the employee.</summary>
    public RuleSetId RuleSet { get; }

    /// <summary>The policies the rules were configured with.</summary>
    public PetaTalentaOptions Options { get; }

    /// <summary>The employee's data.</summary>
    public DataTalentaPegawai Pegawai { get; }

    /// <summary>The year of the map.</summary>
    public int Tahun { get; }

    /// <summary>True when the employee was placed (no finding is an error).</summary>
    public bool IsSuccess => _value is not null;

    /// <summary>The placement.</summary>
    /// <exception cref="InvalidOperationException">The employee could not be placed; read <see cref="Findings"/>.</exception>
    public PenempatanTalenta Value => _value ?? throw new InvalidOperationException("No placement: the input has errors. Read Findings for the rule outcomes.");

    /// <summary>The placement, or null when the employee could not be placed.</summary>
    public PenempatanTalenta? ValueOrNull => _value;

    /// <summary>All findings (errors, warnings and information).</summary>
    public ImmutableArray<Finding> Findings { get; }

    /// <summary>The findings as a <see cref="ValidationResult"/>.</summary>
    public ValidationResult Validation => new(Findings);
}
