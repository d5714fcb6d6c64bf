using System.Collections.Immutable;

namespace AsnKinerja.Predicates;

/// <summary>
/// The policies of an evaluation period beside its rules: who is evaluated and counted when employees have special
/// statuses or moved (<see cref="KebijakanStatusPegawai"/>), how the 14 objection days are counted
/// (<see cref="KeberatanOptions"/>), and how the bulk engine runs (<see cref="BulkOptions"/>, which never changes an answer).
/// The distribution policies (rounding, small units, where heads count, ...) are those of the <see cref="IDistribusiRules"/>
/// given, and the leader-rule mapping that of the <see cref="IKuadranRules"/>.
/// </summary>
/// <remarks>Defaults: <see cref="KebijakanStatusPegawai.Default"/>, <see cref="KeberatanOptions.Default"/>, <see cref="BulkOptions.Default"/>. Immutable and thread-safe.</remarks>
public sealed class EvaluasiPeriodeOptions
{
    /// <summary>Creates options.</summary>
    /// <param name="kebijakanStatus">The special-status and move policy; null for <see cref="KebijakanStatusPegawai.Default"/>.</param>
    /// <param name="keberatan">The objection policies; null for <see cref="KeberatanOptions.Default"/>.</param>
    /// <param name="bulk">How the bulk engine runs; null for <see cref="BulkOptions.Default"/>.</param>
    public EvaluasiPeriodeOptions(KebijakanStatusPegawai? kebijakanStatus = null, KeberatanOptions? keberatan = null, BulkOptions? bulk = null)
    {
        KebijakanStatus = kebijakanStatus ?? KebijakanStatusPegawai.Default;
        Keberatan = keberatan ?? KeberatanOptions.Default;
        Bulk = bulk ?? BulkOptions.Default;
    }

    /// <summary>The documented defaults.</summary>
    public static EvaluasiPeriodeOptions Default { get; } = new();

    /// <summary>Who is evaluated and counted when employees have special statuses or moved.</summary>
    public KebijakanStatusPegawai KebijakanStatus { get; }

    /// <summary>How the 14 objection days are counted.</summary>
    public KeberatanOptions Keberatan { get; }

    /// <summary>How the bulk engine runs.</summary>
    public BulkOptions Bulk { get; }

    /// <summary>The policies in force (those of <see cref="KebijakanStatus"/> and <see cref="Keberatan"/>).</summary>
    public ImmutableArray<AppliedPolicy> Policies => KebijakanStatus.Policies.AddRange(Keberatan.Policies);

    /// <summary>The policies in force.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => string.Join(", ", Policies);
}
