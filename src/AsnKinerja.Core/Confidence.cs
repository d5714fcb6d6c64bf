namespace AsnKinerja;

/// <summary>
/// How firmly a rule rests on its source, as marked in the library's domain reference.
/// </summary>
/// <remarks>
/// A <see cref="Low"/> rule is never hard-coded: the library turns it into a named policy with a documented
/// default, and reports the policy in every explanation that used it.
/// </remarks>
public enum Confidence
{
    /// <summary>[L] Inferred or unconfirmed; encoded only as a policy with a documented default.</summary>
    Low = 1,

    /// <summary>[M] One good source, or several secondary sources that may copy each other.</summary>
    Medium = 2,

    /// <summary>[H] Confirmed by the regulation's own text or several independent sources that agree.</summary>
    High = 3,
}
