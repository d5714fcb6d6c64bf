namespace AsnKinerja.Cascading;

/// <summary>The labels of the Cascading enums as people read them, the same the wire format writes.</summary>
/// <remarks>Stateless and thread-safe. Each label is the one the wire format writes for the member.</remarks>
public static class CascadingLabels
{
    /// <summary>The label of the target-sum policy: <c>Tepat</c>, <c>Paling Sedikit</c>, <c>Toleransi</c>.</summary>
    /// <param name="value">A defined member.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static string ToLabel(this KebijakanPenjumlahanTarget value) => Preconditions.CheckDefined(value) switch
    {
        KebijakanPenjumlahanTarget.Tepat => "Tepat",
        KebijakanPenjumlahanTarget.PalingSedikit => "Paling Sedikit",
        _ => "Toleransi",
    };

    /// <summary>The label of the JPT perspective policy: <c>Disarankan</c>, <c>Wajib</c>.</summary>
    /// <param name="value">A defined member.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static string ToLabel(this KebijakanPerspektifJpt value) => Preconditions.CheckDefined(value) switch
    {
        KebijakanPerspektifJpt.Disarankan => "Disarankan",
        _ => "Wajib",
    };

    /// <summary>The label of where a lineage ends: <c>Unlinked</c>, <c>Unknown Parent</c>, <c>Cycle</c>, ….</summary>
    /// <param name="value">A defined member.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static string ToLabel(this LineageEnd value) => Preconditions.CheckDefined(value) switch
    {
        LineageEnd.Unlinked => "Unlinked",
        LineageEnd.UnknownParent => "Unknown Parent",
        LineageEnd.Cycle => "Cycle",
        LineageEnd.Penugasan => "Penugasan",
        _ => "Sumber Kinerja Organisasi",
    };

    /// <summary>The label of the kind of a Matriks Peran Hasil column: <c>Pegawai</c>, <c>Tim Kerja</c>.</summary>
    /// <param name="value">A defined member.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static string ToLabel(this JenisKolomMph value) => Preconditions.CheckDefined(value) switch
    {
        JenisKolomMph.Pegawai => "Pegawai",
        _ => "Tim Kerja",
    };
}
