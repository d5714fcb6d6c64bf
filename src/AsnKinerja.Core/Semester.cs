namespace AsnKinerja;

/// <summary>
/// The halves of the performance year (<em>semester</em>). Teachers' 2024 SKPs ran per half-year (Semester I:
/// January to June 2024).
/// </summary>
public enum Semester
{
    /// <summary>January to June.</summary>
    I = 1,

    /// <summary>July to December.</summary>
    II = 2,
}
