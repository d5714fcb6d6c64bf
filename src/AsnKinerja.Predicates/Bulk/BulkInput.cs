using System.Globalization;

namespace AsnKinerja.Predicates;

/// <summary>
/// The input of the bulk engine (<see cref="IDistribusiRules.Evaluate"/>): employee columns (unit, results rating, behaviour rating, optional decided
/// predicate) and a unit table (parent, organisation predicate, head). Every column is validated when the input is
/// built, so bad input is a clear error before any work is done.
/// </summary>
/// <remarks>
/// <para>Employee <c>i</c> is described by element <c>i</c> of every employee column; unit <c>u</c> by element
/// <c>u</c> of every unit column. A parent of <c>-1</c> marks a root; a head of <c>-1</c> marks a unit without one;
/// a decided predicate of <c>0</c> (<c>default</c>) means "no decision: use the computed one".</para>
/// <para>The columns are not copied and are validated once, here: the caller must not change them after constructing the input. Validation makes no
/// allocation per employee. Immutable as far as this type goes, and thread-safe for concurrent reads.</para>
/// </remarks>
public sealed partial class BulkInput
{
    /// <summary>Builds and validates the input.</summary>
    /// <param name="unitPegawai">Per employee: the index of the unit the employee belongs to.</param>
    /// <param name="ratingHasilKerja">Per employee: the results rating.</param>
    /// <param name="ratingPerilakuKerja">Per employee: the behaviour rating.</param>
    /// <param name="indukUnit">Per unit: the index of the parent unit, or -1 for a root.</param>
    /// <param name="predikatOrganisasi">Per unit: the organisation predicate.</param>
    /// <param name="kepalaUnit">Per unit: the index of the employee who heads it, or -1; empty when no unit records a head.</param>
    /// <param name="predikatDitetapkan">Per employee: a decided predicate that replaces the computed one, or 0 for none; empty when there are no decisions.</param>
    /// <exception cref="ArgumentException">
    /// Column lengths differ; a unit index, parent or head is out of range; a head does not belong to the unit; the parents
    /// form a cycle; or an enum value is undefined (for example an int cast to <see cref="Ekspektasi"/>). The message names
    /// the column and the first bad position.
    /// </exception>
    public BulkInput(
        ReadOnlyMemory<int> unitPegawai,
        ReadOnlyMemory<Ekspektasi> ratingHasilKerja,
        ReadOnlyMemory<Ekspektasi> ratingPerilakuKerja,
        ReadOnlyMemory<int> indukUnit,
        ReadOnlyMemory<PredikatKinerjaOrganisasi> predikatOrganisasi,
        ReadOnlyMemory<int> kepalaUnit = default,
        ReadOnlyMemory<PredikatKinerja> predikatDitetapkan = default)
    {
        var employees = unitPegawai.Length;
        var units = indukUnit.Length;
        Same(ratingHasilKerja.Length, employees, nameof(ratingHasilKerja), nameof(unitPegawai));
        Same(ratingPerilakuKerja.Length, employees, nameof(ratingPerilakuKerja), nameof(unitPegawai));
        if (!predikatDitetapkan.IsEmpty)
        {
            Same(predikatDitetapkan.Length, employees, nameof(predikatDitetapkan), nameof(unitPegawai));
        }

        Same(predikatOrganisasi.Length, units, nameof(predikatOrganisasi), nameof(indukUnit));
        if (!kepalaUnit.IsEmpty)
        {
            Same(kepalaUnit.Length, units, nameof(kepalaUnit), nameof(indukUnit));
        }

        CheckIndexes(unitPegawai.Span, units, nameof(unitPegawai), allowMinusOne: false);
        CheckRatings(ratingHasilKerja.Span, nameof(ratingHasilKerja));
        CheckRatings(ratingPerilakuKerja.Span, nameof(ratingPerilakuKerja));
        CheckDecided(predikatDitetapkan.Span, nameof(predikatDitetapkan));
        CheckIndexes(indukUnit.Span, units, nameof(indukUnit), allowMinusOne: true);
        CheckOrganisasi(predikatOrganisasi.Span, nameof(predikatOrganisasi));
        if (!kepalaUnit.IsEmpty)
        {
            CheckIndexes(kepalaUnit.Span, employees, nameof(kepalaUnit), allowMinusOne: true);
            var heads = kepalaUnit.Span;
            var members = unitPegawai.Span;
            for (var u = 0; u < heads.Length; u++)
            {
                if (heads[u] >= 0 && members[heads[u]] != u)
                {
                    throw new ArgumentException(string.Format(CultureInfo.InvariantCulture, "kepalaUnit[{0}] is employee {1}, who belongs to unit {2}, not unit {0}.", u, heads[u], members[heads[u]]), nameof(kepalaUnit));
                }
            }
        }

        Depth = ComputeDepths(indukUnit.Span, nameof(indukUnit), out var maxDepth);
        MaxDepth = maxDepth;
        UnitPegawai = unitPegawai;
        RatingHasilKerja = ratingHasilKerja;
        RatingPerilakuKerja = ratingPerilakuKerja;
        PredikatDitetapkan = predikatDitetapkan;
        IndukUnit = indukUnit;
        PredikatOrganisasi = predikatOrganisasi;
        KepalaUnit = kepalaUnit;
    }

    /// <summary>The number of employees.</summary>
    public int JumlahPegawai => UnitPegawai.Length;

    /// <summary>The number of units.</summary>
    public int JumlahUnit => IndukUnit.Length;

    /// <summary>Per employee: the unit index.</summary>
    public ReadOnlyMemory<int> UnitPegawai { get; }

    /// <summary>Per employee: the results rating.</summary>
    public ReadOnlyMemory<Ekspektasi> RatingHasilKerja { get; }

    /// <summary>Per employee: the behaviour rating.</summary>
    public ReadOnlyMemory<Ekspektasi> RatingPerilakuKerja { get; }

    /// <summary>Per employee: the decided predicate or 0; empty when there are none.</summary>
    public ReadOnlyMemory<PredikatKinerja> PredikatDitetapkan { get; }

    /// <summary>Per unit: the parent index or -1.</summary>
    public ReadOnlyMemory<int> IndukUnit { get; }

    /// <summary>Per unit: the organisation predicate.</summary>
    public ReadOnlyMemory<PredikatKinerjaOrganisasi> PredikatOrganisasi { get; }

    /// <summary>Per unit: the head's employee index or -1; empty when none is recorded.</summary>
    public ReadOnlyMemory<int> KepalaUnit { get; }

    /// <summary>The depth of the deepest unit (a root has depth 0).</summary>
    public int MaxDepth { get; }

    internal int[] Depth { get; }

    private static void Same(int length, int expected, string name, string reference)
    {
        if (length != expected)
        {
            throw new ArgumentException(string.Format(CultureInfo.InvariantCulture, "Column {0} has {1} elements but {2} has {3}: every column must have one element per row.", name, length, reference, expected), name);
        }
    }

    private static void CheckIndexes(ReadOnlySpan<int> values, int count, string name, bool allowMinusOne)
    {
        // One branch-free pass; the slow search for the position runs only when something is wrong.
        var bad = false;
        var min = allowMinusOne ? -1 : 0;
        foreach (var v in values)
        {
            bad |= v < min || v >= count;
        }

        if (!bad)
        {
            return;
        }

        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] < min || values[i] >= count)
            {
                throw new ArgumentException(string.Format(CultureInfo.InvariantCulture, "{0}[{1}] is {2}; valid values are {3} to {4}.", name, i, values[i], min, count - 1), name);
            }
        }
    }

    private static void CheckRatings(ReadOnlySpan<Ekspektasi> values, string name)
    {
        var bad = false;
        foreach (var v in values)
        {
            bad |= unchecked((uint)(v - Ekspektasi.DiBawah)) > 2u;
        }

        if (!bad)
        {
            return;
        }

        for (var i = 0; i < values.Length; i++)
        {
            if (unchecked((uint)(values[i] - Ekspektasi.DiBawah)) > 2u)
            {
                throw new ArgumentException(string.Format(CultureInfo.InvariantCulture, "{0}[{1}] is {2}, not a defined Ekspektasi (1 to 3).", name, i, (int)values[i]), name);
            }
        }
    }

    private static void CheckDecided(ReadOnlySpan<PredikatKinerja> values, string name)
    {
        var bad = false;
        foreach (var v in values)
        {
            bad |= unchecked((uint)v) > 5u;
        }

        if (!bad)
        {
            return;
        }

        for (var i = 0; i < values.Length; i++)
        {
            if (unchecked((uint)values[i]) > 5u)
            {
                throw new ArgumentException(string.Format(CultureInfo.InvariantCulture, "predikatDitetapkan[{0}] is {1}, neither 0 (no decision) nor a defined PredikatKinerja (1 to 5).", i, (int)values[i]), name);
            }
        }
    }

    private static void CheckOrganisasi(ReadOnlySpan<PredikatKinerjaOrganisasi> values, string name)
    {
        for (var i = 0; i < values.Length; i++)
        {
            if (unchecked((uint)(values[i] - PredikatKinerjaOrganisasi.SangatKurang)) > 4u)
            {
                throw new ArgumentException(string.Format(CultureInfo.InvariantCulture, "predikatOrganisasi[{0}] is {1}, not a defined PredikatKinerjaOrganisasi (1 to 5).", i, (int)values[i]), name);
            }
        }
    }

    /// <summary>Depths by walking parents with an explicit path (no recursion); a parent cycle is an error.</summary>
    private static int[] ComputeDepths(ReadOnlySpan<int> parent, string name, out int maxDepth)
    {
        var depth = new int[parent.Length];
        var state = new byte[parent.Length]; // 0 unknown, 1 on the current path, 2 known
        var path = new List<int>();
        maxDepth = 0;
        for (var start = 0; start < parent.Length; start++)
        {
            if (state[start] == 2)
            {
                continue;
            }

            path.Clear();
            var u = start;
            while (u >= 0 && state[u] == 0)
            {
                state[u] = 1;
                path.Add(u);
                u = parent[u];
            }

            if (u >= 0 && state[u] == 1)
            {
                throw new ArgumentException(string.Format(CultureInfo.InvariantCulture, "indukUnit has a cycle through unit {0}: a unit cannot be its own ancestor.", u), name);
            }

            var d = u < 0 ? -1 : depth[u];
            for (var k = path.Count - 1; k >= 0; k--)
            {
                d++;
                depth[path[k]] = d;
                state[path[k]] = 2;
            }

            maxDepth = Math.Max(maxDepth, d);
        }

        return depth;
    }
}
