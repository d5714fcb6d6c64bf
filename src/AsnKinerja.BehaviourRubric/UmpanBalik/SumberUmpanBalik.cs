namespace AsnKinerja.BehaviourRubric;

/// <summary>
/// Who gave a feedback entry. Continuous feedback (<em>umpan balik berkelanjutan</em>) is the appraising official's
/// duty; feedback from peers and subordinates (the optional 360° input) is <em>input</em> to the PPK, never a rating.
/// </summary>
/// <remarks>The members have no order. The numeric values are not a wire format.</remarks>
public enum SumberUmpanBalik
{
    /// <summary>The appraising official (<em>Pejabat Penilai Kinerja</em>, PPK) of the SKP.</summary>
    PejabatPenilai = 1,

    /// <summary>A peer (<em>rekan kerja</em>): optional 360° input.</summary>
    RekanKerja = 2,

    /// <summary>A subordinate (<em>bawahan</em>): optional 360° input.</summary>
    Bawahan = 3,
}
