using System.Collections.Immutable;

namespace AsnKinerja;

/// <summary>
/// The findings of a rule check. Rule outcomes are returned here, never thrown.
/// </summary>
/// <remarks>Immutable and thread-safe. <see cref="IsValid"/> is false when any finding is an <see cref="FindingSeverity.Error"/>.</remarks>
public sealed class ValidationResult
{
    /// <summary>A result with no findings.</summary>
    public static readonly ValidationResult Empty = new(ImmutableArray<Finding>.Empty);

    /// <summary>Creates a result from findings.</summary>
    /// <param name="findings">The findings, in the order the rules produced them.</param>
    /// <exception cref="ArgumentException">A finding is null.</exception>
    public ValidationResult(IEnumerable<Finding> findings)
    {
        Findings = Preconditions.CheckNotNull(findings).ToImmutableArray();
        Preconditions.CheckArgument(!Findings.Contains(null!), nameof(findings), "Findings must not contain null.");
    }

    /// <summary>All findings, in the order the rules produced them.</summary>
    public ImmutableArray<Finding> Findings { get; }

    /// <summary>True when no finding is an error.</summary>
    public bool IsValid => !Findings.Any(f => f.Severity == FindingSeverity.Error);

    /// <summary>The findings that are errors.</summary>
    public IEnumerable<Finding> Errors => Findings.Where(f => f.Severity == FindingSeverity.Error);

    /// <summary>The findings that are warnings.</summary>
    public IEnumerable<Finding> Warnings => Findings.Where(f => f.Severity == FindingSeverity.Warning);

    /// <summary>Whether a finding with this code was produced.</summary>
    /// <param name="code">The stable code.</param>
    /// <returns>True when present.</returns>
    public bool Has(string code) => Findings.Any(f => string.Equals(f.Code, code, StringComparison.Ordinal));
}
