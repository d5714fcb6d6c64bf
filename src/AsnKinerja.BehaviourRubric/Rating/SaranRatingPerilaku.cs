using System.Collections.Immutable;

namespace AsnKinerja.BehaviourRubric;

/// <summary>
/// A suggested overall <em>rating perilaku kerja</em>: the rule set and the policy that made it, the per-value
/// assessments it read, the suggestion (or none, when a value is not assessed), the findings and an explanation that
/// says it is a suggestion.
/// </summary>
/// <remarks>
/// Produced by <see cref="IPerilakuKerjaRules.Suggest"/>. A suggestion is never the rating: the PPK decides, and may
/// decide otherwise (<see cref="PenilaianPerilakuKerja"/>). Immutable and thread-safe. Equality compares the rule set,
/// the policy, the assessments and the suggestion.
/// </remarks>
public sealed class SaranRatingPerilaku : IEquatable<SaranRatingPerilaku>
{
    internal SaranRatingPerilaku(RuleSetId ruleSet, KebijakanSaranPerilaku kebijakan, PenilaianNilaiBerakhlak penilaian, Ekspektasi? saran, ImmutableArray<Finding> findings, Explanation explanation)
    {
        RuleSet = ruleSet;
        Kebijakan = kebijakan;
        Penilaian = penilaian;
        Saran = saran;
        Findings = findings;
        Explanation = explanation;
    }

    /// <summary>The rule set whose rules made the suggestion.</summary>
    public RuleSetId RuleSet { get; }

    /// <summary>The policy that made the suggestion (<see cref="PerilakuKerjaOptions.KebijakanSaran"/> of the rules).</summary>
    public KebijakanSaranPerilaku Kebijakan { get; }

    /// <summary>The per-value assessments the policy read.</summary>
    public PenilaianNilaiBerakhlak Penilaian { get; }

    /// <summary>The suggested rating, or null when a value is not assessed (see <see cref="Findings"/>).</summary>
    public Ekspektasi? Saran { get; }

    /// <summary>Whether a suggestion could be made (all seven values assessed).</summary>
    public bool IsAvailable => Saran is not null;

    /// <summary>The findings: one <c>BHV008</c> per value not assessed; empty when a suggestion was made.</summary>
    public ImmutableArray<Finding> Findings { get; }

    /// <summary>How the suggestion was reached; its source is a library policy with low confidence, never the regulation.</summary>
    public Explanation Explanation { get; }

    /// <summary>Whether two suggestions are equal.</summary>
    /// <param name="left">The first suggestion.</param>
    /// <param name="right">The second suggestion.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(SaranRatingPerilaku? left, SaranRatingPerilaku? right) => Equals(left, right);

    /// <summary>Whether two suggestions differ.</summary>
    /// <param name="left">The first suggestion.</param>
    /// <param name="right">The second suggestion.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(SaranRatingPerilaku? left, SaranRatingPerilaku? right) => !Equals(left, right);

    /// <inheritdoc />
    public bool Equals(SaranRatingPerilaku? other) =>
        other is not null && RuleSet == other.RuleSet && Kebijakan.Equals(other.Kebijakan) && Penilaian.Equals(other.Penilaian) && Saran == other.Saran;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as SaranRatingPerilaku);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(RuleSet, Kebijakan, Penilaian, Saran);

    /// <summary><c>Saran SatuDiBawah: Sesuai</c>, or <c>Saran SatuDiBawah: -</c> when none.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => "Saran " + Kebijakan.Name + ": " + (Saran?.ToString() ?? "-");
}
