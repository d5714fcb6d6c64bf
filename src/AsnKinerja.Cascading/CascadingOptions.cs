using System.Globalization;

namespace AsnKinerja.Cascading;

/// <summary>
/// How the subordinates' targets of a direct cascade (<em>cascading langsung</em>) must add up to the superior's
/// target. A policy: the rule comes from PermenPANRB 8/2021 and is unconfirmed under 6/2022 [L].
/// </summary>
public enum KebijakanPenjumlahanTarget
{
    /// <summary>The sum must equal the superior's target exactly.</summary>
    Tepat = 1,

    /// <summary>Default. The sum must be at least the superior's target (over-commitment is not a finding).</summary>
    PalingSedikit = 2,

    /// <summary>The sum may differ from the superior's target by at most <see cref="CascadingOptions.ToleransiPersen"/> percent of it, either way.</summary>
    Toleransi = 3,
}

/// <summary>Whether a JPT SKP must cover all four IKI perspectives (a policy [L]: that all four are kept is [M]).</summary>
public enum KebijakanPerspektifJpt
{
    /// <summary>Default. A missing perspective is advice (<see cref="FindingSeverity.Warning"/>).</summary>
    Disarankan = 1,

    /// <summary>A missing perspective is an error (<see cref="FindingSeverity.Error"/>).</summary>
    Wajib = 2,
}

/// <summary>
/// The policies of the cascading checks where the regulation is silent or unconfirmed. Each is named in the findings
/// it causes and in <see cref="Policies"/>.
/// </summary>
/// <remarks>Immutable and thread-safe. <see cref="Default"/> holds the documented defaults.</remarks>
public sealed class CascadingOptions
{
    /// <summary>Creates options.</summary>
    /// <param name="penjumlahanTarget">How direct-cascade targets add up; default <see cref="KebijakanPenjumlahanTarget.PalingSedikit"/>.</param>
    /// <param name="toleransiPersen">The tolerance, in percent of the superior's target, for <see cref="KebijakanPenjumlahanTarget.Toleransi"/>; 0 to 100, default 5.</param>
    /// <param name="perspektifJpt">Whether JPT IKI must cover the four perspectives; default <see cref="KebijakanPerspektifJpt.Disarankan"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">An enum value is undefined or the tolerance is outside 0 to 100.</exception>
    public CascadingOptions(
        KebijakanPenjumlahanTarget penjumlahanTarget = KebijakanPenjumlahanTarget.PalingSedikit,
        decimal toleransiPersen = 5m,
        KebijakanPerspektifJpt perspektifJpt = KebijakanPerspektifJpt.Disarankan)
    {
        PenjumlahanTarget = Preconditions.CheckDefined(penjumlahanTarget);
        ToleransiPersen = Preconditions.CheckRange(toleransiPersen, 0m, 100m);
        PerspektifJpt = Preconditions.CheckDefined(perspektifJpt);
    }

    /// <summary>The documented defaults.</summary>
    public static CascadingOptions Default { get; } = new();

    /// <summary>How direct-cascade targets add up.</summary>
    public KebijakanPenjumlahanTarget PenjumlahanTarget { get; }

    /// <summary>The tolerance in percent of the superior's target (used only by <see cref="KebijakanPenjumlahanTarget.Toleransi"/>).</summary>
    public decimal ToleransiPersen { get; }

    /// <summary>Whether JPT IKI must cover the four perspectives.</summary>
    public KebijakanPerspektifJpt PerspektifJpt { get; }

    /// <summary>The policies in force, as reported in explanations.</summary>
    public IReadOnlyList<AppliedPolicy> Policies => new[]
    {
        new AppliedPolicy("PenjumlahanTarget", PenjumlahanTargetChoice, PenjumlahanTarget == KebijakanPenjumlahanTarget.PalingSedikit),
        new AppliedPolicy("PerspektifJpt", PerspektifJpt.ToString(), PerspektifJpt == KebijakanPerspektifJpt.Disarankan),
    };

    internal string PenjumlahanTargetChoice => PenjumlahanTarget == KebijakanPenjumlahanTarget.Toleransi
        ? string.Format(CultureInfo.InvariantCulture, "Toleransi({0}%)", ToleransiPersen)
        : PenjumlahanTarget.ToString();
}
