using System.Collections.Immutable;

namespace AsnKinerja.BehaviourRubric;

/// <summary>
/// The policies of the behaviour rules where the regulation is silent: the policy that suggests the overall
/// <em>rating perilaku kerja</em>. Each is reported in every explanation that used it.
/// </summary>
/// <remarks>Immutable and thread-safe. <see cref="Default"/> holds the documented defaults.</remarks>
public sealed class PerilakuKerjaOptions
{
    /// <summary>The name under which the suggestion policy is reported in explanations: <c>SaranRatingPerilaku</c>.</summary>
    public const string KebijakanSaranPolicyName = "SaranRatingPerilaku";

    /// <summary>Creates options.</summary>
    /// <param name="kebijakanSaran">The suggestion policy; null for <see cref="KebijakanSaranPerilaku.Default"/> (<see cref="KebijakanSaranPerilaku.SatuDiBawah"/>).</param>
    public PerilakuKerjaOptions(KebijakanSaranPerilaku? kebijakanSaran = null)
    {
        KebijakanSaran = kebijakanSaran ?? KebijakanSaranPerilaku.Default;
        Policies = ImmutableArray.Create(new AppliedPolicy(KebijakanSaranPolicyName, KebijakanSaran.Name, KebijakanSaran.IsDefault));
    }

    /// <summary>The documented defaults.</summary>
    public static PerilakuKerjaOptions Default { get; } = new();

    /// <summary>The policy that suggests the overall rating.</summary>
    public KebijakanSaranPerilaku KebijakanSaran { get; }

    /// <summary>The policies in force, as reported in explanations.</summary>
    public ImmutableArray<AppliedPolicy> Policies { get; }
}
