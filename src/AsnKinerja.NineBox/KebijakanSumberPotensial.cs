namespace AsnKinerja.NineBox;

/// <summary>
/// What a rule set that reads potential from assessment-centre results (PermenPANRB 20/2025) does with a potential from
/// another source, or whose source is not stated. How strictly the amendment means it is not known [L]; this is a
/// policy, reported in the finding (<c>NBX007</c>) and in every explanation under that rule set.
/// </summary>
/// <remarks><c>default(KebijakanSumberPotensial)</c> is not a defined member.</remarks>
public enum KebijakanSumberPotensial
{
    /// <summary>Default. The employee is placed, and <c>NBX007</c> warns that the potential is not from an assessment centre.</summary>
    Disarankan = 1,

    /// <summary>The employee is not placed (<c>NBX007</c> as an error) until the potential comes from an assessment centre.</summary>
    Wajib = 2,
}
