using System.Collections.Immutable;
using System.Globalization;

namespace AsnKinerja;

/// <summary>
/// A validated organisation tree (<em>struktur organisasi</em>): units with their parent, head and employees.
/// Built from flat records by <see cref="Create"/>, which reports duplicate IDs, unknown parents, cycles, two heads
/// and empty units as findings. Nothing here recurses, so depth is no limit.
/// </summary>
/// <remarks>
/// Queries are cheap on large trees: the parent, depth and head of a unit are array look-ups, the ancestors a walk
/// of at most depth steps, and the descendants one contiguous range of a pre-order numbering (so
/// <see cref="IsAncestorOf"/> is O(1)). Several roots are allowed. Immutable and thread-safe.
/// </remarks>
public sealed class StrukturOrganisasi
{
    private readonly ImmutableArray<UnitKerja> _units;
    private readonly Dictionary<string, int> _index;
    private readonly int[] _parent;
    private readonly int[] _depth;
    private readonly int[] _preorder;     // unit index -> position in pre-order
    private readonly int[] _subtreeEnd;   // unit index -> position after its last descendant
    private readonly int[] _order;        // position -> unit index
    private readonly Nip?[] _heads;
    private readonly ImmutableArray<Nip>[] _employees;
    private readonly Dictionary<Nip, int> _unitOfEmployee;
    private readonly int[] _childStart;
    private readonly int[] _children;

    private StrukturOrganisasi(
        ImmutableArray<UnitKerja> units, Dictionary<string, int> index, int[] parent, int[] depth, int[] preorder, int[] subtreeEnd, int[] order,
        Nip?[] heads, ImmutableArray<Nip>[] employees, Dictionary<Nip, int> unitOfEmployee, int[] childStart, int[] children)
    {
        _childStart = childStart;
        _children = children;
        _units = units;
        _index = index;
        _parent = parent;
        _depth = depth;
        _preorder = preorder;
        _subtreeEnd = subtreeEnd;
        _order = order;
        _heads = heads;
        _employees = employees;
        _unitOfEmployee = unitOfEmployee;
    }

    /// <summary>The units, in pre-order (each unit before its descendants; roots and siblings in input order).</summary>
    public IEnumerable<UnitKerja> Units => _order.Select(i => _units[i]);

    /// <summary>The number of units.</summary>
    public int Count => _units.Length;

    /// <summary>The root units (those with no parent), in input order.</summary>
    public IEnumerable<UnitKerja> Roots => _order.Where(i => _parent[i] < 0).Select(i => _units[i]);

    /// <summary>The deepest depth of any unit (a root has depth 0).</summary>
    public int MaxDepth => _depth.Length == 0 ? 0 : _depth.Max();

    /// <summary>
    /// Builds and validates a tree. Errors (ORG001 duplicate ID, ORG002 unknown parent, ORG003 cycle, ORG004 two heads,
    /// ORG006 unknown unit, ORG007 duplicate placement) leave the result without a value; ORG005 (empty unit) is a warning.
    /// </summary>
    /// <param name="units">The flat unit records.</param>
    /// <param name="penempatan">The employees' placements.</param>
    /// <returns>The tree and the findings.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A unit or placement is null.</exception>
    public static Result<StrukturOrganisasi> Create(IEnumerable<UnitKerja> units, IEnumerable<PenempatanPegawai> penempatan)
    {
        var unitList = Preconditions.CheckNotNull(units).ToImmutableArray();
        var placements = Preconditions.CheckNotNull(penempatan).ToList();
        Preconditions.CheckArgument(!unitList.Contains(null!), nameof(units), "Units must not contain null.");
        Preconditions.CheckArgument(!placements.Contains(null!), nameof(penempatan), "Placements must not contain null.");

        var findings = ImmutableArray.CreateBuilder<Finding>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var duplicates = new SortedDictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < unitList.Length; i++)
        {
            if (index.TryGetValue(unitList[i].Id, out _))
            {
                duplicates[unitList[i].Id] = duplicates.TryGetValue(unitList[i].Id, out var n) ? n + 1 : 2;
            }
            else
            {
                index[unitList[i].Id] = i;
            }
        }

        foreach (var d in duplicates)
        {
            findings.Add(OrganisasiFindings.DuplicateUnitId.Create(d.Key, FindingValue.Of("unit", d.Key), FindingValue.Of("jumlah", d.Value)));
        }

        var count = unitList.Length;
        var parent = new int[count];
        for (var i = 0; i < count; i++)
        {
            var p = unitList[i].ParentId;
            if (p is null)
            {
                parent[i] = -1;
            }
            else if (index.TryGetValue(p, out var pi))
            {
                parent[i] = pi;
            }
            else
            {
                parent[i] = -1;
                findings.Add(OrganisasiFindings.UnknownParent.Create(unitList[i].Id, FindingValue.Of("unit", unitList[i].Id), FindingValue.Of("induk", p)));
            }
        }

        // Children lists in input order (compressed: childStart[i]..childStart[i+1]).
        var childCount = new int[count + 1];
        for (var i = 0; i < count; i++)
        {
            if (parent[i] >= 0)
            {
                childCount[parent[i] + 1]++;
            }
        }

        for (var i = 0; i < count; i++)
        {
            childCount[i + 1] += childCount[i];
        }

        var childStart = (int[])childCount.Clone();
        var children = new int[count];
        var fill = (int[])childCount.Clone();
        for (var i = 0; i < count; i++)
        {
            if (parent[i] >= 0)
            {
                children[fill[parent[i]]++] = i;
            }
        }

        // Iterative pre-order from the roots; units not reached sit on or below a cycle.
        var preorder = new int[count];
        var subtreeEnd = new int[count];
        var depth = new int[count];
        var order = new int[count];
        var reached = new bool[count];
        var position = 0;
        var stack = new Stack<(int Unit, int NextChild)>();
        for (var root = 0; root < count; root++)
        {
            if (parent[root] >= 0)
            {
                continue;
            }

            if (index[unitList[root].Id] != root)
            {
                continue; // a duplicate record: the first one stands for the ID
            }

            stack.Push((root, childStart[root]));
            reached[root] = true;
            depth[root] = 0;
            preorder[root] = position;
            order[position++] = root;
            while (stack.Count > 0)
            {
                var (u, next) = stack.Pop();
                if (next < childStart[u + 1])
                {
                    stack.Push((u, next + 1));
                    var c = children[next];
                    if (index[unitList[c].Id] != c)
                    {
                        continue;
                    }

                    reached[c] = true;
                    depth[c] = depth[u] + 1;
                    preorder[c] = position;
                    order[position++] = c;
                    stack.Push((c, childStart[c]));
                }
                else
                {
                    subtreeEnd[u] = position;
                }
            }
        }

        ReportCycles(unitList, parent, reached, index, findings);

        var heads = new Nip?[count];
        var headLists = new Dictionary<int, List<Nip>>();
        var employees = new List<Nip>[count];
        var unitOfEmployee = new Dictionary<Nip, int>();
        var placementCount = new Dictionary<Nip, int>();
        foreach (var placement in placements)
        {
            placementCount[placement.Nip] = placementCount.TryGetValue(placement.Nip, out var n) ? n + 1 : 1;
            if (!index.TryGetValue(placement.UnitId, out var u))
            {
                findings.Add(OrganisasiFindings.UnknownUnit.Create(placement.Nip.ToString(), FindingValue.Of("nip", placement.Nip.ToString()), FindingValue.Of("unit", placement.UnitId)));
                continue;
            }

            if (placementCount[placement.Nip] == 1)
            {
                unitOfEmployee[placement.Nip] = u;
                (employees[u] ??= new List<Nip>()).Add(placement.Nip);
            }

            if (placement.IsKepala)
            {
                if (!headLists.TryGetValue(u, out var list))
                {
                    headLists[u] = list = new List<Nip>();
                }

                list.Add(placement.Nip);
                heads[u] ??= placement.Nip;
            }
        }

        foreach (var p in placementCount.Where(p => p.Value > 1).OrderBy(p => p.Key))
        {
            findings.Add(OrganisasiFindings.DuplicatePlacement.Create(p.Key.ToString(), FindingValue.Of("nip", p.Key.ToString()), FindingValue.Of("jumlah", p.Value)));
        }

        foreach (var h in headLists.Where(h => h.Value.Count > 1).OrderBy(h => h.Key))
        {
            var id = unitList[h.Key].Id;
            findings.Add(OrganisasiFindings.TwoHeads.Create(id, FindingValue.Of("unit", id), FindingValue.Of("kepala", string.Join(", ", h.Value))));
        }

        for (var i = 0; i < count; i++)
        {
            if (index[unitList[i].Id] == i && employees[i] is null && childStart[i + 1] == childStart[i])
            {
                findings.Add(OrganisasiFindings.EmptyUnit.Create(unitList[i].Id, FindingValue.Of("unit", unitList[i].Id)));
            }
        }

        var frozenEmployees = new ImmutableArray<Nip>[count];
        for (var i = 0; i < count; i++)
        {
            frozenEmployees[i] = employees[i] is null ? ImmutableArray<Nip>.Empty : employees[i].ToImmutableArray();
        }

        var tree = new StrukturOrganisasi(unitList, index, parent, depth, preorder, subtreeEnd, order, heads, frozenEmployees, unitOfEmployee, childStart, children);
        return new Result<StrukturOrganisasi>(tree, findings.ToImmutable());
    }

    /// <summary>Whether a unit with this identifier exists.</summary>
    /// <param name="unitId">The identifier.</param>
    /// <returns>True when it exists.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unitId"/> is null.</exception>
    public bool Contains(string unitId) => _index.ContainsKey(Preconditions.CheckNotNull(unitId));

    /// <summary>The unit with this identifier.</summary>
    /// <param name="unitId">The identifier.</param>
    /// <returns>The unit.</returns>
    /// <exception cref="KeyNotFoundException">No such unit.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="unitId"/> is null.</exception>
    public UnitKerja GetUnit(string unitId) => _units[IndexOf(unitId)];

    /// <summary>The parent of a unit, or null for a root.</summary>
    /// <param name="unitId">The identifier.</param>
    /// <returns>The parent or null.</returns>
    /// <exception cref="KeyNotFoundException">No such unit.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="unitId"/> is null.</exception>
    public UnitKerja? GetParent(string unitId)
    {
        var p = _parent[IndexOf(unitId)];
        return p < 0 ? null : _units[p];
    }

    /// <summary>The depth of a unit: 0 for a root.</summary>
    /// <param name="unitId">The identifier.</param>
    /// <returns>The depth.</returns>
    /// <exception cref="KeyNotFoundException">No such unit.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="unitId"/> is null.</exception>
    public int GetDepth(string unitId) => _depth[IndexOf(unitId)];

    /// <summary>The head of a unit, or null when it has none.</summary>
    /// <param name="unitId">The identifier.</param>
    /// <returns>The head's NIP or null.</returns>
    /// <exception cref="KeyNotFoundException">No such unit.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="unitId"/> is null.</exception>
    public Nip? GetKepala(string unitId) => _heads[IndexOf(unitId)];

    /// <summary>The employees placed in a unit (not its sub-units), in input order.</summary>
    /// <param name="unitId">The identifier.</param>
    /// <returns>The NIPs.</returns>
    /// <exception cref="KeyNotFoundException">No such unit.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="unitId"/> is null.</exception>
    public ImmutableArray<Nip> GetPegawai(string unitId) => _employees[IndexOf(unitId)];

    /// <summary>The unit an employee is placed in, or null when the employee is not placed.</summary>
    /// <param name="nip">The NIP.</param>
    /// <returns>The unit or null.</returns>
    public UnitKerja? GetUnitOf(Nip nip) => _unitOfEmployee.TryGetValue(nip, out var u) ? _units[u] : null;

    /// <summary>The direct sub-units of a unit, in input order.</summary>
    /// <param name="unitId">The identifier.</param>
    /// <returns>The children.</returns>
    /// <exception cref="KeyNotFoundException">No such unit.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="unitId"/> is null.</exception>
    public IEnumerable<UnitKerja> GetChildren(string unitId)
    {
        return Iterate(IndexOf(unitId));
    }

    private IEnumerable<UnitKerja> Iterate(int u)
    {
        for (var k = _childStart[u]; k < _childStart[u + 1]; k++)
        {
            yield return _units[_children[k]];
        }
    }

    /// <summary>The ancestors of a unit, nearest first (parent, grandparent, …, root).</summary>
    /// <param name="unitId">The identifier.</param>
    /// <returns>The ancestors.</returns>
    /// <exception cref="KeyNotFoundException">No such unit.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="unitId"/> is null.</exception>
    public IReadOnlyList<UnitKerja> GetAncestors(string unitId)
    {
        var result = new List<UnitKerja>();
        for (var p = _parent[IndexOf(unitId)]; p >= 0; p = _parent[p])
        {
            result.Add(_units[p]);
        }

        return result;
    }

    /// <summary>All descendants of a unit (not the unit itself), in pre-order.</summary>
    /// <param name="unitId">The identifier.</param>
    /// <returns>The descendants.</returns>
    /// <exception cref="KeyNotFoundException">No such unit.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="unitId"/> is null.</exception>
    public IEnumerable<UnitKerja> GetDescendants(string unitId) => GetDescendantIndexes(IndexOf(unitId)).Select(i => _units[i]);

    /// <summary>The number of descendants of a unit, in O(1).</summary>
    /// <param name="unitId">The identifier.</param>
    /// <returns>The count.</returns>
    /// <exception cref="KeyNotFoundException">No such unit.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="unitId"/> is null.</exception>
    public int CountDescendants(string unitId)
    {
        var u = IndexOf(unitId);
        return _subtreeEnd[u] - _preorder[u] - 1;
    }

    /// <summary>Whether one unit is a proper ancestor of another, in O(1).</summary>
    /// <param name="ancestorId">The possible ancestor.</param>
    /// <param name="unitId">The unit.</param>
    /// <returns>True when <paramref name="ancestorId"/> is above <paramref name="unitId"/>.</returns>
    /// <exception cref="KeyNotFoundException">A unit does not exist.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public bool IsAncestorOf(string ancestorId, string unitId)
    {
        var a = IndexOf(ancestorId);
        var u = IndexOf(unitId);
        return a != u && _preorder[u] > _preorder[a] && _preorder[u] < _subtreeEnd[a];
    }

    private static void ReportCycles(ImmutableArray<UnitKerja> units, int[] parent, bool[] reached, Dictionary<string, int> index, ImmutableArray<Finding>.Builder findings)
    {
        // Colour walk along parent pointers: 0 unvisited, 1 on the current walk, 2 done.
        var colour = new byte[units.Length];
        var walk = new List<int>();
        for (var start = 0; start < units.Length; start++)
        {
            if (reached[start] || colour[start] != 0 || index[units[start].Id] != start)
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
                var members = walk.Skip(walk.IndexOf(u)).Select(i => units[i].Id).OrderBy(id => id, StringComparer.Ordinal).ToList();
                findings.Add(OrganisasiFindings.Cycle.Create(members[0], FindingValue.Of("siklus", string.Join(" -> ", members)), FindingValue.Of("jumlah", members.Count)));
            }

            foreach (var w in walk)
            {
                colour[w] = 2;
            }
        }
    }

    private IEnumerable<int> GetDescendantIndexes(int u)
    {
        for (var pos = _preorder[u] + 1; pos < _subtreeEnd[u]; pos++)
        {
            yield return _order[pos];
        }
    }

    private int IndexOf(string unitId) =>
        _index.TryGetValue(Preconditions.CheckNotNull(unitId), out var i)
            ? i
            : throw new KeyNotFoundException(string.Format(CultureInfo.InvariantCulture, "No unit with ID {0}.", Preconditions.Quote(unitId)));
}
