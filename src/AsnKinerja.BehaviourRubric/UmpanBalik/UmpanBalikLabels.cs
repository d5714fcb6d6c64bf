namespace AsnKinerja.BehaviourRubric;

/// <summary>The labels of the BehaviourRubric enums as people read them, the same the wire format writes.</summary>
/// <remarks>Stateless and thread-safe. Each label is the one the wire format writes for the member.</remarks>
public static class UmpanBalikLabels
{
    /// <summary>The label of the source of feedback: <c>Pejabat Penilai</c>, <c>Rekan Kerja</c>, <c>Bawahan</c>.</summary>
    /// <param name="value">A defined member.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static string ToLabel(this SumberUmpanBalik value) => Preconditions.CheckDefined(value) switch
    {
        SumberUmpanBalik.PejabatPenilai => "Pejabat Penilai",
        SumberUmpanBalik.RekanKerja => "Rekan Kerja",
        _ => "Bawahan",
    };
}
