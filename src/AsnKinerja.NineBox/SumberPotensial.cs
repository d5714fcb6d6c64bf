namespace AsnKinerja.NineBox;

/// <summary>
/// Where an employee's potential comes from. PermenPANRB 20/2025 reads competence and potential from
/// assessment-centre results [M]; whether other sources still count is a policy (<see cref="PetaTalentaOptions.SumberPotensial"/>).
/// </summary>
/// <remarks>The numeric values are not a wire format. <c>default(SumberPotensial)</c> is not a defined member.</remarks>
public enum SumberPotensial
{
    /// <summary>The result of a competency and potential assessment at an assessment centre (<em>hasil assessment center</em>).</summary>
    AssessmentCenter = 1,

    /// <summary>Another source: track record, a talent committee, a local test.</summary>
    Lainnya = 2,
}
