using System.Collections.Immutable;

namespace AsnKinerja.NineBox;

/// <summary>
/// The outcome of placing one employee: the placement when no finding is an error, and every finding either way.
/// Rule outcomes are returned here, never thrown.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class PenempatanTalentaResult
{
    private readonly PenempatanTalenta? _value;

    internal PenempatanTalentaResult(PenempatanTalenta? value, ImmutableArray<Finding> findings)
    {
        Findings = findings;
        _value = findings.Any(f => f.Severity == FindingSeverity.Error) ? null : value;
    }

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
