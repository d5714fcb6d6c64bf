using System.Collections.Immutable;

namespace AsnKinerja;

/// <summary>
/// A value built from input that may break rules: the value when no finding is an error, and every finding
/// either way. Rule outcomes are returned here, never thrown.
/// </summary>
/// <typeparam name="T">The type of the value.</typeparam>
/// <remarks>Immutable and thread-safe when <typeparamref name="T"/> is.</remarks>
public sealed class Result<T>
    where T : class
{
    private readonly T? _value;

    internal Result(T? value, ImmutableArray<Finding> findings)
    {
        Findings = findings;
        _value = findings.Any(f => f.Severity == FindingSeverity.Error) ? null : value;
    }

    /// <summary>True when the value was built (no finding is an error).</summary>
    public bool IsSuccess => _value is not null;

    /// <summary>The value.</summary>
    /// <exception cref="InvalidOperationException">The input had errors; read <see cref="Findings"/>.</exception>
    public T Value => _value ?? throw new InvalidOperationException("No value: the input has errors. Read Findings for the rule outcomes.");

    /// <summary>The value, or null when the input had errors.</summary>
    public T? ValueOrNull => _value;

    /// <summary>All findings (errors, warnings and information).</summary>
    public ImmutableArray<Finding> Findings { get; }

    /// <summary>The findings as a <see cref="ValidationResult"/>.</summary>
    public ValidationResult Validation => new(Findings);
}
