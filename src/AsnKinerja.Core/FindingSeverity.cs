namespace AsnKinerja;

/// <summary>How serious a <see cref="Finding"/> is. Ordered least to most serious.</summary>
public enum FindingSeverity
{
    /// <summary>Information for the reader; nothing to fix.</summary>
    Info = 1,

    /// <summary>Advice: the outcome departs from guidance (for example a distribution pattern, which is <em>pertimbangan</em>).</summary>
    Warning = 2,

    /// <summary>The input breaks a rule; the outcome is not valid.</summary>
    Error = 3,
}
