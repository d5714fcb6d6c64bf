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

/// <summary>Creates <see cref="Result{T}"/> values.</summary>
public static class Result
{
    /// <summary>A result with a value and, optionally, findings that are not errors.</summary>
    /// <typeparam name="T">The type of the value.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="findings">Warnings or information; null for none.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentException">A finding is an error (use <see cref="Failure{T}(IEnumerable{Finding})"/>).</exception>
    public static Result<T> Success<T>(T value, IEnumerable<Finding>? findings = null)
        where T : class
    {
        Preconditions.CheckNotNull(value);
        var list = findings?.ToImmutableArray() ?? ImmutableArray<Finding>.Empty;
        Preconditions.CheckArgument(!list.Any(f => f is null || f.Severity == FindingSeverity.Error), nameof(findings), "A successful result carries no error findings and no null.");
        return new Result<T>(value, list);
    }

    /// <summary>A result without a value: at least one finding is an error.</summary>
    /// <typeparam name="T">The type of the missing value.</typeparam>
    /// <param name="findings">The findings; at least one is an error.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="findings"/> is null.</exception>
    /// <exception cref="ArgumentException">No finding is an error, or a finding is null.</exception>
    public static Result<T> Failure<T>(IEnumerable<Finding> findings)
        where T : class
    {
        var list = Preconditions.CheckNotNull(findings).ToImmutableArray();
        Preconditions.CheckArgument(list.Any(f => f is not null && f.Severity == FindingSeverity.Error) && !list.Contains(null!), nameof(findings), "A failed result needs at least one error finding and no null.");
        return new Result<T>(null, list);
    }

    /// <summary>A result without a value, from error findings.</summary>
    /// <typeparam name="T">The type of the missing value.</typeparam>
    /// <param name="findings">The findings; at least one is an error.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="findings"/> is null.</exception>
    /// <exception cref="ArgumentException">No finding is an error, or a finding is null.</exception>
    public static Result<T> Failure<T>(params Finding[] findings)
        where T : class => Failure<T>((IEnumerable<Finding>)findings);
}
