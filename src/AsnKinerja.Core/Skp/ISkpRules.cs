using NodaTime;

namespace AsnKinerja;

/// <summary>
/// The SKP rules of one rule set, configured with its policies: the content of an SKP checked as findings, and the
/// deadline for setting it. The built-in rules are <see cref="SkpRules.PermenPanRb6Tahun2022"/>; a
/// <see cref="RuleSetRegistry"/> hands them out by rule set ID or by decision date and period.
/// </summary>
/// <remarks>
/// Implementations are immutable and thread-safe, and give the same answer for the same SKP forever. The library's
/// implementations are internal; an application may implement the interface for a rule set of its own.
/// </remarks>
public interface ISkpRules : IRules
{
    /// <summary>The policies in force where the regulation is silent or unconfirmed.</summary>
    SkpRuleOptions Options { get; }

    /// <summary>Checks the content of an SKP.</summary>
    /// <param name="skp">The SKP.</param>
    /// <returns>The findings, in rule order; a policy that shaped a finding is named in its values.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="skp"/> is null.</exception>
    ValidationResult Validate(Skp skp);

    /// <summary>The deadline for setting an SKP of a period under <see cref="SkpRuleOptions.BatasPenetapan"/>, or null when the policy checks none.</summary>
    /// <param name="periode">The SKP's period.</param>
    /// <returns>The last allowed date, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="periode"/> is null.</exception>
    LocalDate? GetBatasPenetapan(PeriodeKinerja periode);

    /// <summary>The same rules with other policies.</summary>
    /// <param name="options">The policies.</param>
    /// <returns>Rules of the same rule set configured with <paramref name="options"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    ISkpRules WithOptions(SkpRuleOptions options);
}
