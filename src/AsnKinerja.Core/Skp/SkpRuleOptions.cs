namespace AsnKinerja;

/// <summary>How the deadline for setting an SKP is read (a policy: the regulation names end of January for the year's SKP).</summary>
public enum BatasPenetapanSkp
{
    /// <summary>
    /// Default. The end of the first month of the SKP's period: 31 January for an SKP of the whole year, and the end
    /// of the first month for an SKP that starts later (after a move or a change of superior).
    /// </summary>
    AkhirBulanPertamaPeriode = 1,

    /// <summary>31 January of the performance year, for every SKP.</summary>
    AkhirJanuari = 2,

    /// <summary>No deadline is checked.</summary>
    TidakDiperiksa = 3,
}

/// <summary>
/// The policies of the SKP rules where the regulation is silent or unconfirmed. Each is named in the findings it causes.
/// </summary>
/// <remarks>Immutable and thread-safe. <see cref="Default"/> holds the documented defaults.</remarks>
public sealed class SkpRuleOptions
{
    /// <summary>The documented defaults.</summary>
    public static SkpRuleOptions Default { get; } = new();

    /// <summary>Creates options.</summary>
    /// <param name="batasPenetapan">How the deadline is read; default <see cref="BatasPenetapanSkp.AkhirBulanPertamaPeriode"/>.</param>
    /// <param name="wajibAspekInti">Whether every quantitative RHK must have IKI for kuantitas, kualitas and waktu (unconfirmed [L]); default false.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="batasPenetapan"/> is undefined.</exception>
    public SkpRuleOptions(BatasPenetapanSkp batasPenetapan = BatasPenetapanSkp.AkhirBulanPertamaPeriode, bool wajibAspekInti = false)
    {
        BatasPenetapan = Preconditions.CheckDefined(batasPenetapan);
        WajibAspekInti = wajibAspekInti;
    }

    /// <summary>How the deadline is read.</summary>
    public BatasPenetapanSkp BatasPenetapan { get; }

    /// <summary>Whether every quantitative RHK must have IKI for kuantitas, kualitas and waktu.</summary>
    public bool WajibAspekInti { get; }

    /// <summary>The policies in force, as reported in explanations.</summary>
    public IReadOnlyList<AppliedPolicy> Policies => new[]
    {
        new AppliedPolicy("BatasPenetapanSkp", BatasPenetapan.ToString(), BatasPenetapan == BatasPenetapanSkp.AkhirBulanPertamaPeriode),
        new AppliedPolicy("WajibAspekInti", WajibAspekInti ? "Ya" : "Tidak", !WajibAspekInti),
    };
}
