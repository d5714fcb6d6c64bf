namespace AsnKinerja.NineBox;

/// <summary>
/// What a rule set that reads the predicate set after the distribution check (PermenPANRB 20/2025) does with a year
/// whose predicate is only computed, not yet set. The amendment does not say [L]; this is a policy, reported in the
/// finding (<c>NBX006</c>) and in every explanation that used it.
/// </summary>
/// <remarks><c>default(KebijakanPredikatBelumDitetapkan)</c> is not a defined member.</remarks>
public enum KebijakanPredikatBelumDitetapkan
{
    /// <summary>Default. The employee is not placed (<c>NBX006</c> as an error) until the predicate is set.</summary>
    TidakDipetakan = 1,

    /// <summary>The computed predicate stands in for the year, and <c>NBX006</c> warns that the placement is provisional.</summary>
    PakaiPredikatTerhitung = 2,
}
