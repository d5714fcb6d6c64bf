namespace AsnKinerja.Cascading;

/// <summary>
/// One RHK in a <see cref="CascadingGraph"/>: the result and the SKP that holds it. Ask the graph for the RHK it
/// intervenes, the RHK that intervene it, and its lineage.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. Equality is reference equality: a node belongs to one graph; compare <see cref="Id"/>
/// across graphs.
/// </remarks>
public sealed class RhkNode
{
    internal RhkNode(int index, RencanaHasilKerja rhk, Skp skp)
    {
        Index = index;
        Rhk = rhk;
        Skp = skp;
    }

    /// <summary>The RHK identifier.</summary>
    public string Id => Rhk.Id;

    /// <summary>The result.</summary>
    public RencanaHasilKerja Rhk { get; }

    /// <summary>The SKP that holds the result.</summary>
    public Skp Skp { get; }

    /// <summary>The employee whose SKP holds the result.</summary>
    public Nip Pegawai => Skp.Pegawai;

    internal int Index { get; }

    /// <summary>The RHK identifier, the SKP and the text.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => Rhk.Id + " (" + Skp.Id + ") " + Rhk.Uraian;
}
