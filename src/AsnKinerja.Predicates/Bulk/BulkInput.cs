using System.Globalization;
using System.Runtime.InteropServices;

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
/// <para>The ratings and predicates are one byte each (<see cref="FromByteColumns"/> takes byte columns as they are), so an
/// employee costs 6 bytes: the unit index and two ratings.</para>
/// <para>The columns are not copied and are validated once, here, in one streaming pass per column: the caller must not
/// change them after constructing the input. (If they change anyway the answers are meaningless, but the engine still
/// never reads or writes outside the columns and its own arrays.) Validation makes no allocation per employee. Immutable
/// as far as this type goes, and thread-safe for concurrent reads.</para>
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
    /// Column lengths differ; there are more than 400,000,000 units (<see cref="MaksimumUnit"/>); a unit index, parent or
    /// head is out of range; a head does not belong to the unit; the parents form a cycle; or an enum value is undefined
    /// (for example an int cast to <see cref="Ekspektasi"/>). The message names the column and the first bad position.
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
        var units = CheckJumlahUnit(indukUnit.Length, nameof(indukUnit));
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

        // The unit column must lie in range (the engine indexes its counts with it unchecked); whether it never
        // decreases comes from the same pass and lets the parallel mode split the employees without sharing a unit.
        if (!ColumnChecks.InRange(unitPegawai.Span, 0, units - 1, out var sorted))
        {
            ThrowBadIndex(unitPegawai.Span, units, nameof(unitPegawai), allowMinusOne: false);
        }

        CheckRatings(AsBytes(ratingHasilKerja.Span), nameof(ratingHasilKerja));
        CheckRatings(AsBytes(ratingPerilakuKerja.Span), nameof(ratingPerilakuKerja));
        CheckDecided(AsBytes(predikatDitetapkan.Span), nameof(predikatDitetapkan));
        if (!ColumnChecks.InRange(indukUnit.Span, -1, units - 1))
        {
            ThrowBadIndex(indukUnit.Span, units, nameof(indukUnit), allowMinusOne: true);
        }

        CheckOrganisasi(AsBytes(predikatOrganisasi.Span), nameof(predikatOrganisasi));
        if (!kepalaUnit.IsEmpty)
        {
            if (!ColumnChecks.InRange(kepalaUnit.Span, -1, employees - 1))
            {
                ThrowBadIndex(kepalaUnit.Span, employees, nameof(kepalaUnit), allowMinusOne: true);
            }

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
        IsSortedByUnit = sorted;
        UnitPegawai = unitPegawai;
        RatingHasilKerja = ratingHasilKerja;
        RatingPerilakuKerja = ratingPerilakuKerja;
        PredikatDitetapkan = predikatDitetapkan;
        IndukUnit = indukUnit;
        PredikatOrganisasi = predikatOrganisasi;
        KepalaUnit = kepalaUnit;
    }

    /// <summary>
    /// Builds and validates the input from byte columns, as a columnar file or a database driver hands them over: each byte
    /// is the numeric value of the enum member (<c>(byte)Ekspektasi.Sesuai</c> is 2, <c>(byte)PredikatKinerja.Baik</c> is
    /// 4, <c>(byte)PredikatKinerjaOrganisasi.Istimewa</c> is 5), which is exactly how an array of the enum is laid out. The
    /// bytes are neither copied nor widened; validation and the answers are those of the typed constructor.
    /// </summary>
    /// <remarks>
    /// The numbering is that of the enums in memory, not a wire format: codes from SIASN (where 1 is the best) go through
    /// <see cref="SiasnCodec"/> first.
    /// </remarks>
    /// <param name="unitPegawai">Per employee: the index of the unit the employee belongs to.</param>
    /// <param name="ratingHasilKerja">Per employee: the results rating, 1 to 3 (<see cref="Ekspektasi"/>).</param>
    /// <param name="ratingPerilakuKerja">Per employee: the behaviour rating, 1 to 3 (<see cref="Ekspektasi"/>).</param>
    /// <param name="indukUnit">Per unit: the index of the parent unit, or -1 for a root.</param>
    /// <param name="predikatOrganisasi">Per unit: the organisation predicate, 1 to 5 (<see cref="PredikatKinerjaOrganisasi"/>).</param>
    /// <param name="kepalaUnit">Per unit: the index of the employee who heads it, or -1; empty when no unit records a head.</param>
    /// <param name="predikatDitetapkan">Per employee: a decided predicate, 1 to 5 (<see cref="PredikatKinerja"/>), or 0 for none; empty when there are no decisions.</param>
    /// <returns>The validated input.</returns>
    /// <exception cref="ArgumentException">As for the constructor: column lengths differ; there are more than <see cref="MaksimumUnit"/> units; a unit index, parent or head is out of range; a head does not belong to the unit; the parents form a cycle; or a byte is not a defined value. The message names the column and the first bad position.</exception>
    public static BulkInput FromByteColumns(
        ReadOnlyMemory<int> unitPegawai,
        ReadOnlyMemory<byte> ratingHasilKerja,
        ReadOnlyMemory<byte> ratingPerilakuKerja,
        ReadOnlyMemory<int> indukUnit,
        ReadOnlyMemory<byte> predikatOrganisasi,
        ReadOnlyMemory<int> kepalaUnit = default,
        ReadOnlyMemory<byte> predikatDitetapkan = default) => new(
            unitPegawai,
            ByteMemory<byte, Ekspektasi>.View(ratingHasilKerja),
            ByteMemory<byte, Ekspektasi>.View(ratingPerilakuKerja),
            indukUnit,
            ByteMemory<byte, PredikatKinerjaOrganisasi>.View(predikatOrganisasi),
            kepalaUnit,
            ByteMemory<byte, PredikatKinerja>.View(predikatDitetapkan));

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

    /// <summary>Per unit: its depth (a root has depth 0).</summary>
    internal int[] Depth { get; }

    /// <summary>Whether the unit column never decreases (employees grouped by unit in index order).</summary>
    internal bool IsSortedByUnit { get; }

    internal ReadOnlySpan<byte> HasilBytes => AsBytes(RatingHasilKerja.Span);

    internal ReadOnlySpan<byte> PerilakuBytes => AsBytes(RatingPerilakuKerja.Span);

    internal ReadOnlySpan<byte> DecidedBytes => AsBytes(PredikatDitetapkan.Span);

    internal ReadOnlySpan<byte> OrganisasiBytes => AsBytes(PredikatOrganisasi.Span);

    private static ReadOnlySpan<byte> AsBytes<TEnum>(ReadOnlySpan<TEnum> values)
        where TEnum : struct, Enum => MemoryMarshal.Cast<TEnum, byte>(values);

    /// <summary>
    /// The most units an input may have: 400,000,000. The engine keeps five counts per unit in one array, which must stay
    /// within what every runtime allows an array of <see cref="int"/> (about 2,147,000,000 elements).
    /// </summary>
    public const int MaksimumUnit = 400_000_000;

    /// <summary>The number of units, refused with an <see cref="ArgumentException"/> naming the limit above <see cref="MaksimumUnit"/>.</summary>
    internal static int CheckJumlahUnit(int units, string name)
    {
        if (units > MaksimumUnit)
        {
            throw new ArgumentException(string.Format(CultureInfo.InvariantCulture, "{0} has {1:N0} units; the bulk engine takes at most {2:N0} (BulkInput.MaksimumUnit).", name, units, MaksimumUnit), name);
        }

        return units;
    }

    private static void Same(int length, int expected, string name, string reference)
    {
        if (length != expected)
        {
            throw new ArgumentException(string.Format(CultureInfo.InvariantCulture, "Column {0} has {1} elements but {2} has {3}: every column must have one element per row.", name, length, reference, expected), name);
        }
    }

    private static void ThrowBadIndex(ReadOnlySpan<int> values, int count, string name, bool allowMinusOne)
    {
        var min = allowMinusOne ? -1 : 0;
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] < min || values[i] >= count)
            {
                throw new ArgumentException(string.Format(CultureInfo.InvariantCulture, "{0}[{1}] is {2}; valid values are {3} to {4}.", name, i, values[i], min, count - 1), name);
            }
        }
    }

    private static void CheckRatings(ReadOnlySpan<byte> values, string name)
    {
        if (ColumnChecks.InRange(values, 1, 3))
        {
            return;
        }

        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is < 1 or > 3)
            {
                throw new ArgumentException(string.Format(CultureInfo.InvariantCulture, "{0}[{1}] is {2}, not a defined Ekspektasi (1 to 3).", name, i, values[i]), name);
            }
        }
    }

    private static void CheckDecided(ReadOnlySpan<byte> values, string name)
    {
        if (ColumnChecks.InRange(values, 0, 5))
        {
            return;
        }

        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] > 5)
            {
                throw new ArgumentException(string.Format(CultureInfo.InvariantCulture, "predikatDitetapkan[{0}] is {1}, neither 0 (no decision) nor a defined PredikatKinerja (1 to 5).", i, values[i]), name);
            }
        }
    }

    private static void CheckOrganisasi(ReadOnlySpan<byte> values, string name)
    {
        if (ColumnChecks.InRange(values, 1, 5))
        {
            return;
        }

        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is < 1 or > 5)
            {
                throw new ArgumentException(string.Format(CultureInfo.InvariantCulture, "predikatOrganisasi[{0}] is {1}, not a defined PredikatKinerjaOrganisasi (1 to 5).", i, values[i]), name);
            }
        }
    }

    /// <summary>
    /// Depths, and a parent cycle is an error. When every parent has a smaller index than its child (the usual export
    /// order) one pass in index order settles every depth and no cycle is possible; otherwise parents are walked with
    /// an explicit path (no recursion).
    /// </summary>
    private static int[] ComputeDepths(ReadOnlySpan<int> parent, string name, out int maxDepth)
    {
        var depth = new int[parent.Length];
        maxDepth = 0;
        var u = 0;
        for (; u < parent.Length; u++)
        {
            var p = parent[u];
            if (p >= u)
            {
                break;
            }

            var d = p < 0 ? 0 : depth[p] + 1;
            depth[u] = d;
            maxDepth = Math.Max(maxDepth, d);
        }

        return u == parent.Length ? depth : WalkDepths(parent, name, depth, out maxDepth);
    }

    private static int[] WalkDepths(ReadOnlySpan<int> parent, string name, int[] depth, out int maxDepth)
    {
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
