namespace AsnKinerja.Cascading;

/// <summary>
/// The cascading rules of one rule set, configured with its policies: the alignment checks of a
/// <see cref="CascadingGraph"/> as findings, their explanations, and the direct-cascade sum rule. The built-in rules
/// are <see cref="CascadingRules.PermenPanRb6Tahun2022"/>; a <see cref="RuleSetRegistry"/> hands them out by rule set ID
/// or by decision date and period.
/// </summary>
/// <remarks>
/// Implementations are immutable and thread-safe, and give the same answer for the same graph forever. The library's
/// implementations are internal; an application may implement the interface for a rule set of its own.
/// </remarks>
public interface ICascadingRules : IRules
{
    /// <summary>The policies in force where the regulation is silent or unconfirmed.</summary>
    CascadingOptions Options { get; }

    /// <summary>Checks a cascading graph.</summary>
    /// <param name="graph">The graph.</param>
    /// <returns>The findings, sorted by code, subject and values.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    ValidationResult Validate(CascadingGraph graph);

    /// <summary>
    /// Explains a finding of these rules: the rule (its code), what it says with the finding's values, the source, the
    /// inputs, the rule set, and the policies that shaped it (<c>CAS009</c>: <c>PenjumlahanTarget</c>; <c>CAS010</c>:
    /// <c>PerspektifJpt</c>).
    /// </summary>
    /// <param name="finding">A finding returned by <see cref="Validate"/> of rules with the same options.</param>
    /// <returns>The explanation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="finding"/> is null.</exception>
    /// <exception cref="ArgumentException">The finding is not one of <see cref="CascadingFindings.All"/>.</exception>
    Explanation Explain(Finding finding);

    /// <summary>Whether a direct-cascade sum meets a superior target under <see cref="CascadingOptions.PenjumlahanTarget"/>.</summary>
    /// <param name="target">The superior's target.</param>
    /// <param name="jumlah">The sum of the subordinates' targets.</param>
    /// <returns>True when the sum is acceptable.</returns>
    bool IsPenjumlahanSesuai(decimal target, decimal jumlah);

    /// <summary>The same rules with other policies.</summary>
    /// <param name="options">The policies.</param>
    /// <returns>Rules of the same rule set configured with <paramref name="options"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    ICascadingRules WithOptions(CascadingOptions options);
}
