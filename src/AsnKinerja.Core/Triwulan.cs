namespace AsnKinerja;

/// <summary>The quarters of the performance year, as the forms label them (<em>Triwulan I, II, III, IV-Akhir</em>).</summary>
public enum Triwulan
{
    /// <summary>January to March.</summary>
    I = 1,

    /// <summary>April to June.</summary>
    II = 2,

    /// <summary>July to September.</summary>
    III = 3,

    /// <summary>October to December (<em>IV-Akhir</em>, the last).</summary>
    IV = 4,
}
