using System.Collections.Immutable;
using System.Globalization;

namespace AsnKinerja.Cascading;

/// <summary>
/// The intervention graph of the RHK of an organisation for one period: every RHK points to the superior RHK it
/// intervenes (<em>RHK atasan yang diintervensi</em>); JPT results are rooted in organisation goals
/// (<em>Perjanjian Kinerja</em>) or assignments. Built once from the SKPs, the declared work teams and, optionally,
/// the organisation tree; checked by <see cref="CascadingRules"/>; read through lineage, contributors and the
/// <see cref="MatriksPeranHasil"/>.
/// </summary>
/// <remarks>
/// <para>
/// Building is linear in the number of RHK (hash look-ups and index arrays, no search per RHK). Nothing recurses: the
/// chains are walked with loops, the contributors with an explicit queue, so depth is no limit. The SKPs are ordered
/// by identifier (ordinal) and the RHK by their order in the SKP, so every answer is independent of input order.
/// </para>
/// <para>
/// An RHK identifier names one RHK across the SKPs of a period. When several SKPs use one identifier, references
/// resolve to the first (in SKP identifier order) and the check reports <c>CAS013</c>.
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class CascadingGraph
{
    private static readonly int[] NoIndexes = Array.Empty<int>();

    private readonly Dictionary<string, int> _byId;
    private readonly int[] _nodeSkp;
    private readonly int[] _skpFirstNode; // RHK of SKP s: nodes [_skpFirstNode[s] .. _skpFirstNode[s + 1])
    private readonly int[] _parent;       // index of the intervened RHK, or -1
    private readonly int[] _childStart;   // children of n: _children[_childStart[n] .. _childStart[n + 1])
    private readonly int[] _children;
    private readonly bool[] _onCycle;
    private readonly Dictionary<string, int[]> _goalNodes;
    private readonly Dictionary<Nip, int[]> _skpsOf;
    private readonly Dictionary<Nip, int[]> _skpsByPpk;
    private readonly Dictionary<Nip, int[]> _teamsLedBy;
    private readonly Dictionary<Nip, int[]> _teamsOf;
    private readonly HashSet<(Nip Anggota, Nip Ketua)> _ledBy; // a member (not the leader) of a team and its leader

    private CascadingGraph(
        ImmutableArray<Skp> skps,
        ImmutableArray<TimKerja> teams,
        StrukturOrganisasi? struktur,
        ImmutableArray<RhkNode> nodes,
        Dictionary<string, int> byId,
        int[] nodeSkp,
        int[] skpFirstNode,
        int[] parent,
        int[] childStart,
        int[] children,
        bool[] onCycle,
        ImmutableArray<ImmutableArray<RhkNode>> cycles,
        ImmutableArray<KeyValuePair<string, ImmutableArray<string>>> duplicates,
        Dictionary<string, int[]> goalNodes,
        Dictionary<Nip, int[]> skpsOf,
        Dictionary<Nip, int[]> skpsByPpk,
        Dictionary<Nip, int[]> teamsLedBy,
        Dictionary<Nip, int[]> teamsOf)
    {
        Skps = skps;
        TimKerja = teams;
        Struktur = struktur;
        Nodes = nodes;
        _byId = byId;
        _nodeSkp = nodeSkp;
        _skpFirstNode = skpFirstNode;
        _parent = parent;
        _childStart = childStart;
        _children = children;
        _onCycle = onCycle;
        Cycles = cycles;
        DuplicateRhkIds = duplicates;
        _goalNodes = goalNodes;
        _skpsOf = skpsOf;
        _skpsByPpk = skpsByPpk;
        _teamsLedBy = teamsLedBy;
        _teamsOf = teamsOf;
        _ledBy = new HashSet<(Nip Anggota, Nip Ketua)>();
        foreach (var team in teams)
        {
            foreach (var m in team.Anggota)
            {
                if (m != team.Ketua)
                {
                    _ledBy.Add((m, team.Ketua));
                }
            }
        }

        SumberKinerjaOrganisasi = goalNodes.Keys.OrderBy(k => k, StringComparer.Ordinal).ToImmutableArray();
    }

    /// <summary>The SKPs, ordered by identifier (ordinal).</summary>
    public ImmutableArray<Skp> Skps { get; }

    /// <summary>The declared work teams, ordered by identifier (ordinal).</summary>
    public ImmutableArray<TimKerja> TimKerja { get; }

    /// <summary>The organisation tree, or null when none was given.</summary>
    public StrukturOrganisasi? Struktur { get; }

    /// <summary>Every RHK: SKPs in identifier order, each SKP's RHK in their order.</summary>
    public ImmutableArray<RhkNode> Nodes { get; }

    /// <summary>The organisation goals named by any RHK (<see cref="RencanaHasilKerja.SumberKinerjaOrganisasi"/>), ordered ordinally.</summary>
    public ImmutableArray<string> SumberKinerjaOrganisasi { get; }

    /// <summary>The cycles of intervention, each starting from its smallest RHK identifier (ordinal) and following the links; ordered by that identifier.</summary>
    public ImmutableArray<ImmutableArray<RhkNode>> Cycles { get; }

    internal ImmutableArray<KeyValuePair<string, ImmutableArray<string>>> DuplicateRhkIds { get; }

    /// <summary>Builds the graph.</summary>
    /// <param name="skp">The SKPs of the period (an employee may have several, e.g. after a move); identifiers unique.</param>
    /// <param name="timKerja">The work teams, or null for none; identifiers unique.</param>
    /// <param name="struktur">The organisation tree, or null (then the checks that need it are skipped).</param>
    /// <returns>The graph.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="skp"/> or an element is null.</exception>
    /// <exception cref="ArgumentException">Two SKPs, or two teams, share an identifier.</exception>
    public static CascadingGraph Create(IEnumerable<Skp> skp, IEnumerable<TimKerja>? timKerja = null, StrukturOrganisasi? struktur = null)
    {
        var skpList = Preconditions.CheckNotNull(skp).ToArray();
        Preconditions.CheckArgument(Array.IndexOf(skpList, null) < 0, nameof(skp), "SKPs must not contain null.");
        Array.Sort(skpList, (a, b) => string.CompareOrdinal(a.Id, b.Id));
        for (var i = 1; i < skpList.Length; i++)
        {
            Preconditions.CheckArgument(
                !string.Equals(skpList[i - 1].Id, skpList[i].Id, StringComparison.Ordinal),
                nameof(skp),
                string.Format(CultureInfo.InvariantCulture, "SKP ID {0} appears more than once.", Preconditions.Quote(skpList[i].Id)));
        }

        var teams = (timKerja ?? Array.Empty<TimKerja>()).ToArray();
        Preconditions.CheckArgument(Array.IndexOf(teams, null) < 0, nameof(timKerja), "Work teams must not contain null.");
        Array.Sort(teams, (a, b) => string.CompareOrdinal(a.Id, b.Id));
        for (var i = 1; i < teams.Length; i++)
        {
            Preconditions.CheckArgument(
                !string.Equals(teams[i - 1].Id, teams[i].Id, StringComparison.Ordinal),
                nameof(timKerja),
                string.Format(CultureInfo.InvariantCulture, "Work team ID {0} appears more than once.", Preconditions.Quote(teams[i].Id)));
        }

        var total = 0;
        foreach (var s in skpList)
        {
            total += s.HasilKerja.Length;
        }

        var nodes = new RhkNode[total];
        var nodeSkp = new int[total];
        var byId = new Dictionary<string, int>(total, StringComparer.Ordinal);
        var duplicates = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        var goals = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var skpFirstNode = new int[skpList.Length + 1];
        var n = 0;
        for (var s = 0; s < skpList.Length; s++)
        {
            skpFirstNode[s] = n;
            foreach (var rhk in skpList[s].HasilKerja)
            {
                nodes[n] = new RhkNode(n, rhk, skpList[s]);
                nodeSkp[n] = s;
                if (byId.TryGetValue(rhk.Id, out var first))
                {
                    if (!duplicates.TryGetValue(rhk.Id, out var where))
                    {
                        duplicates[rhk.Id] = where = new List<string> { skpList[nodeSkp[first]].Id };
                    }

                    where.Add(skpList[s].Id);
                }
                else
                {
                    byId[rhk.Id] = n;
                }

                if (rhk.SumberKinerjaOrganisasi is { } goal)
                {
                    if (!goals.TryGetValue(goal, out var list))
                    {
                        goals[goal] = list = new List<int>();
                    }

                    list.Add(n);
                }

                n++;
            }
        }

        skpFirstNode[skpList.Length] = n;

        // Parents, then children in compressed rows (counting sort keeps them in node order).
        var parent = new int[total];
        var childStart = new int[total + 1];
        for (var i = 0; i < total; i++)
        {
            parent[i] = nodes[i].Rhk.RhkAtasanId is { } up && byId.TryGetValue(up, out var p) ? p : -1;
            if (parent[i] >= 0)
            {
                childStart[parent[i] + 1]++;
            }
        }

        for (var i = 0; i < total; i++)
        {
            childStart[i + 1] += childStart[i];
        }

        var children = new int[childStart[total]];
        var fill = new int[total];
        Array.Copy(childStart, fill, total);
        for (var i = 0; i < total; i++)
        {
            if (parent[i] >= 0)
            {
                children[fill[parent[i]]++] = i;
            }
        }

        var (onCycle, cycles) = FindCycles(nodes, parent);

        return new CascadingGraph(
            skpList.ToImmutableArray(),
            teams.ToImmutableArray(),
            struktur,
            nodes.ToImmutableArray(),
            byId,
            nodeSkp,
            skpFirstNode,
            parent,
            childStart,
            children,
            onCycle,
            cycles,
            duplicates.Select(d => new KeyValuePair<string, ImmutableArray<string>>(d.Key, d.Value.ToImmutableArray())).ToImmutableArray(),
            goals.ToDictionary(g => g.Key, g => g.Value.ToArray(), StringComparer.Ordinal),
            Group(skpList.Length, i => skpList[i].Pegawai),
            Group(skpList.Length, i => skpList[i].PejabatPenilai.Nip ?? default),
            Group(teams.Length, i => teams[i].Ketua),
            GroupMembers(teams));
    }

    /// <summary>Whether an RHK with this identifier is in the graph.</summary>
    /// <param name="rhkId">The RHK identifier.</param>
    /// <returns>True when present.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rhkId"/> is null.</exception>
    public bool Contains(string rhkId) => _byId.ContainsKey(Preconditions.CheckNotNull(rhkId));

    /// <summary>The RHK with this identifier (the first, when several SKPs use it).</summary>
    /// <param name="rhkId">The RHK identifier.</param>
    /// <returns>The node.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rhkId"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No such RHK.</exception>
    public RhkNode GetNode(string rhkId) => Nodes[IndexOf(rhkId)];

    /// <summary>The RHK with this identifier, or null.</summary>
    /// <param name="rhkId">The RHK identifier.</param>
    /// <returns>The node or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rhkId"/> is null.</exception>
    public RhkNode? FindNode(string rhkId) => _byId.TryGetValue(Preconditions.CheckNotNull(rhkId), out var i) ? Nodes[i] : null;

    /// <summary>The superior RHK this RHK intervenes, or null when it names none or the named one is not in the graph.</summary>
    /// <param name="rhkId">The RHK identifier.</param>
    /// <returns>The superior RHK or null.</returns>
    /// <exception cref="KeyNotFoundException">No such RHK.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="rhkId"/> is null.</exception>
    public RhkNode? GetRhkAtasan(string rhkId)
    {
        var p = _parent[IndexOf(rhkId)];
        return p < 0 ? null : Nodes[p];
    }

    /// <summary>The RHK that intervene this one directly, in node order.</summary>
    /// <param name="rhkId">The RHK identifier.</param>
    /// <returns>The intervening RHK.</returns>
    /// <exception cref="KeyNotFoundException">No such RHK.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="rhkId"/> is null.</exception>
    public ImmutableArray<RhkNode> GetIntervensi(string rhkId)
    {
        var i = IndexOf(rhkId);
        var builder = ImmutableArray.CreateBuilder<RhkNode>(_childStart[i + 1] - _childStart[i]);
        for (var k = _childStart[i]; k < _childStart[i + 1]; k++)
        {
            builder.Add(Nodes[_children[k]]);
        }

        return builder.MoveToImmutable();
    }

    /// <summary>
    /// The lineage of an RHK: the chain up to the goal or assignment it serves (a loop of at most depth steps, each
    /// O(1): the cost is linear in the length of the chain, however many goals it names).
    /// </summary>
    /// <param name="rhkId">The RHK identifier.</param>
    /// <returns>The lineage.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rhkId"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No such RHK.</exception>
    public CascadeLineage GetLineage(string rhkId)
    {
        var chain = ImmutableArray.CreateBuilder<RhkNode>();
        var goals = ImmutableArray.CreateBuilder<string>();
        var goalsSeen = new HashSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<int>();
        var current = IndexOf(rhkId);
        LineageEnd end;
        while (true)
        {
            seen.Add(current);
            var node = Nodes[current];
            chain.Add(node);
            if (node.Rhk.SumberKinerjaOrganisasi is { } goal && goalsSeen.Add(goal))
            {
                goals.Add(goal);
            }

            var p = _parent[current];
            if (p >= 0 && !seen.Contains(p))
            {
                current = p;
                continue;
            }

            end = p >= 0 ? LineageEnd.Cycle
                : node.Rhk.RhkAtasanId is not null ? LineageEnd.UnknownParent
                : node.Rhk.SumberKinerjaOrganisasi is not null ? LineageEnd.SumberKinerjaOrganisasi
                : node.Rhk.PenugasanDari is not null ? LineageEnd.Penugasan
                : LineageEnd.Unlinked;
            break;
        }

        return new CascadeLineage(chain.ToImmutable(), goals.ToImmutable(), end);
    }

    /// <summary>
    /// Everyone's RHK that contributes to an organisation goal: the RHK naming the goal and every RHK whose chain reaches
    /// one of them, in node order. An RHK is a contributor exactly when the goal is in its <see cref="CascadeLineage.SumberKinerjaOrganisasi"/>.
    /// </summary>
    /// <param name="sumberKinerjaOrganisasi">The goal, as the RHK name it.</param>
    /// <returns>The contributing RHK; empty for a goal nobody names.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sumberKinerjaOrganisasi"/> is null.</exception>
    public ImmutableArray<RhkNode> GetContributors(string sumberKinerjaOrganisasi)
    {
        if (!_goalNodes.TryGetValue(Preconditions.CheckNotNull(sumberKinerjaOrganisasi), out var roots))
        {
            return ImmutableArray<RhkNode>.Empty;
        }

        var seen = new HashSet<int>(roots);
        var queue = new Queue<int>(roots);
        while (queue.Count > 0)
        {
            var u = queue.Dequeue();
            for (var k = _childStart[u]; k < _childStart[u + 1]; k++)
            {
                if (seen.Add(_children[k]))
                {
                    queue.Enqueue(_children[k]);
                }
            }
        }

        var found = seen.ToArray();
        Array.Sort(found);
        return found.Select(i => Nodes[i]).ToImmutableArray();
    }

    /// <summary>The employees who contribute to an organisation goal, ordered by NIP.</summary>
    /// <param name="sumberKinerjaOrganisasi">The goal.</param>
    /// <returns>The NIPs, each once.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sumberKinerjaOrganisasi"/> is null.</exception>
    public ImmutableArray<Nip> GetContributingPegawai(string sumberKinerjaOrganisasi) =>
        GetContributors(sumberKinerjaOrganisasi).Select(n => n.Pegawai).Distinct().OrderBy(x => x).ToImmutableArray();

    /// <summary>The Matriks Peran Hasil of a leader: their RHK against their subordinates and work teams.</summary>
    /// <param name="pimpinan">The leader's NIP.</param>
    /// <param name="periode">Only SKPs overlapping this period, or null for all.</param>
    /// <returns>The matrix (with no rows when the leader has no SKP in the graph).</returns>
    public MatriksPeranHasil GetMatriksPeranHasil(Nip pimpinan, PeriodeKinerja? periode = null) => MatriksPeranHasil.Build(this, pimpinan, periode);

    internal int ParentOf(int node) => _parent[node];

    internal int SkpOf(int node) => _nodeSkp[node];

    internal int FirstNodeOf(int skp) => _skpFirstNode[skp];

    internal int EndNodeOf(int skp) => _skpFirstNode[skp + 1];

    internal bool IsOnCycle(int node) => _onCycle[node];

    internal int ChildCount(int node) => _childStart[node + 1] - _childStart[node];

    internal ReadOnlySpan<int> ChildrenOf(int node) => new(_children, _childStart[node], _childStart[node + 1] - _childStart[node]);

    internal int[] SkpsOf(Nip pegawai) => _skpsOf.TryGetValue(pegawai, out var s) ? s : NoIndexes;

    internal int[] SkpsByPpk(Nip ppk) => _skpsByPpk.TryGetValue(ppk, out var s) ? s : NoIndexes;

    internal int[] TeamsLedBy(Nip ketua) => _teamsLedBy.TryGetValue(ketua, out var t) ? t : NoIndexes;

    internal int[] TeamsOf(Nip anggota) => _teamsOf.TryGetValue(anggota, out var t) ? t : NoIndexes;

    /// <summary>Whether <paramref name="atasan"/> is the PPK of the SKP or leads a work team its employee belongs to (O(1)).</summary>
    internal bool IsAtasan(Skp skp, Nip atasan) => skp.PejabatPenilai.Nip == atasan || _ledBy.Contains((skp.Pegawai, atasan));

    private int IndexOf(string rhkId) =>
        _byId.TryGetValue(Preconditions.CheckNotNull(rhkId), out var i)
            ? i
            : throw new KeyNotFoundException(string.Format(CultureInfo.InvariantCulture, "No RHK with ID {0}.", Preconditions.Quote(rhkId)));

    private static Dictionary<Nip, int[]> Group(int count, Func<int, Nip> key)
    {
        var groups = new Dictionary<Nip, List<int>>();
        for (var i = 0; i < count; i++)
        {
            var k = key(i);
            if (!groups.TryGetValue(k, out var list))
            {
                groups[k] = list = new List<int>(1);
            }

            list.Add(i);
        }

        return groups.ToDictionary(g => g.Key, g => g.Value.ToArray());
    }

    private static Dictionary<Nip, int[]> GroupMembers(TimKerja[] teams)
    {
        var groups = new Dictionary<Nip, List<int>>();
        for (var t = 0; t < teams.Length; t++)
        {
            foreach (var m in teams[t].Anggota)
            {
                if (m == teams[t].Ketua)
                {
                    continue;
                }

                if (!groups.TryGetValue(m, out var list))
                {
                    groups[m] = list = new List<int>(1);
                }

                list.Add(t);
            }
        }

        return groups.ToDictionary(g => g.Key, g => g.Value.ToArray());
    }

    private static (bool[] OnCycle, ImmutableArray<ImmutableArray<RhkNode>> Cycles) FindCycles(RhkNode[] nodes, int[] parent)
    {
        // Each RHK has at most one parent, so a colour walk along parent pointers finds every cycle in O(n):
        // 0 unvisited, 1 on the current walk, 2 done.
        var colour = new byte[nodes.Length];
        var onCycle = new bool[nodes.Length];
        var walk = new List<int>();
        var cycles = new List<ImmutableArray<RhkNode>>();
        for (var start = 0; start < nodes.Length; start++)
        {
            if (colour[start] != 0)
            {
                continue;
            }

            walk.Clear();
            var u = start;
            while (u >= 0 && colour[u] == 0)
            {
                colour[u] = 1;
                walk.Add(u);
                u = parent[u];
            }

            if (u >= 0 && colour[u] == 1)
            {
                var from = walk.IndexOf(u);
                var smallest = u;
                for (var k = from; k < walk.Count; k++)
                {
                    onCycle[walk[k]] = true;
                    if (string.CompareOrdinal(nodes[walk[k]].Id, nodes[smallest].Id) < 0)
                    {
                        smallest = walk[k];
                    }
                }

                var members = ImmutableArray.CreateBuilder<RhkNode>(walk.Count - from);
                var m = smallest;
                do
                {
                    members.Add(nodes[m]);
                    m = parent[m];
                }
                while (m != smallest);
                cycles.Add(members.MoveToImmutable());
            }

            foreach (var w in walk)
            {
                colour[w] = 2;
            }
        }

        cycles.Sort((a, b) => string.CompareOrdinal(a[0].Id, b[0].Id));
        return (onCycle, cycles.ToImmutableArray());
    }
}
