using System.Collections.Immutable;

namespace AsnKinerja.Cascading;

/// <summary>Where the chain of an RHK ends when followed upwards through the RHK it intervenes.</summary>
public enum LineageEnd
{
    /// <summary>The top RHK names no superior RHK, no organisation goal and no assignment: the chain serves nothing.</summary>
    Unlinked = 1,

    /// <summary>The top RHK names a superior RHK that is not in the graph.</summary>
    UnknownParent = 2,

    /// <summary>The chain runs into a cycle.</summary>
    Cycle = 3,

    /// <summary>The top RHK is an assignment (<em>penugasan dari</em>).</summary>
    Penugasan = 4,

    /// <summary>The top RHK derives from an organisation goal (<em>Perjanjian Kinerja</em> / Renstra).</summary>
    SumberKinerjaOrganisasi = 5,
}

/// <summary>
/// The lineage of an RHK: the chain of RHK it serves, from itself up to the top, the organisation goals met on the way,
/// and how the chain ends.
/// </summary>
/// <remarks>Immutable and thread-safe. Equality is reference equality.</remarks>
public sealed class CascadeLineage
{
    internal CascadeLineage(ImmutableArray<RhkNode> chain, ImmutableArray<string> sumber, LineageEnd end)
    {
        Chain = chain;
        SumberKinerjaOrganisasi = sumber;
        End = end;
    }

    /// <summary>The RHK the lineage starts from.</summary>
    public RhkNode Rhk => Chain[0];

    /// <summary>The chain: the RHK itself first, then the RHK it intervenes, and so on up to the top (each RHK once, also on a cycle).</summary>
    public ImmutableArray<RhkNode> Chain { get; }

    /// <summary>The top of the chain.</summary>
    public RhkNode Top => Chain[Chain.Length - 1];

    /// <summary>The organisation goals named on the chain, nearest first, each once.</summary>
    public ImmutableArray<string> SumberKinerjaOrganisasi { get; }

    /// <summary>How the chain ends.</summary>
    public LineageEnd End { get; }

    /// <summary>Whether the chain reaches an organisation goal or an assignment.</summary>
    public bool IsServing => End is LineageEnd.SumberKinerjaOrganisasi or LineageEnd.Penugasan;

    /// <summary>The chain as <c>A -> B -> C [End]</c>.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => string.Join(" -> ", Chain.Select(n => n.Id)) + " [" + End + "]";
}
