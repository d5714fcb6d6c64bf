using System.Collections.Immutable;
using System.Globalization;

namespace AsnKinerja.Predicates;

/// <content>The bulk input built from records: an organisation tree, organisation predicates and ratings, with the NIP and unit identifier of every row.</content>
public sealed partial class BulkInput
{
    private Dictionary<string, int>? _unitIndex;
    private Dictionary<Nip, int>? _pegawaiIndex;

    /// <summary>Whether the input was built from records (<see cref="Create"/>), so rows have NIPs and units have identifiers.</summary>
    public bool HasRecords { get; private init; }

    /// <summary>Per unit: its identifier; empty when the input was built from columns.</summary>
    public ImmutableArray<string> UnitIds { get; private init; } = ImmutableArray<string>.Empty;

    /// <summary>Per employee: the NIP; empty when the input was built from columns.</summary>
    public ImmutableArray<Nip> NipPegawai { get; private init; } = ImmutableArray<Nip>.Empty;

    /// <summary>
    /// Builds the columns from records: every unit of the tree (in its pre-order), every employee placed in it (unit by
    /// unit, in placement order) with the ratings given for them, the heads the tree records, and decided predicates
    /// where given. No index map is made by hand: rows and units keep their NIPs and identifiers
    /// (<see cref="NipPegawai"/>, <see cref="UnitIds"/>), and the bulk result answers by them.
    /// </summary>
    /// <param name="struktur">The organisation tree with its placements.</param>
    /// <param name="predikatOrganisasi">The organisation predicate of every unit of the tree.</param>
    /// <param name="penilaian">The ratings of every employee placed in the tree, one record each.</param>
    /// <param name="predikatDitetapkan">Decided predicates that replace the computed ones, by NIP; null for none.</param>
    /// <returns>The validated input.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="struktur"/>, <paramref name="predikatOrganisasi"/> or <paramref name="penilaian"/> is null, or a rating is null.</exception>
    /// <exception cref="ArgumentException">
    /// A unit has no organisation predicate; an employee placed in the tree has no rating, or two; a rating or decided
    /// predicate names an employee not placed in the tree; or a decided predicate is undefined. The message names the first
    /// unit or NIP of each kind of problem.
    /// </exception>
    public static BulkInput Create(
        StrukturOrganisasi struktur,
        IReadOnlyDictionary<string, PredikatKinerjaOrganisasi> predikatOrganisasi,
        IEnumerable<PenilaianPegawai> penilaian,
        IReadOnlyDictionary<Nip, PredikatKinerja>? predikatDitetapkan = null)
    {
        Preconditions.CheckNotNull(struktur);
        Preconditions.CheckNotNull(predikatOrganisasi);
        var ratings = new Dictionary<Nip, PenilaianPegawai>();
        var errors = new Problems();
        foreach (var p in Preconditions.CheckNotNull(penilaian))
        {
            Preconditions.CheckArgument(p is not null, nameof(penilaian), "Ratings must not contain null.");
            if (ratings.ContainsKey(p!.Nip))
            {
                errors.Add(0, string.Format(CultureInfo.InvariantCulture, "Employee {0} has more than one rating.", p.Nip));
            }
            else
            {
                ratings[p.Nip] = p;
            }
        }

        var units = struktur.Units.ToList();
        var unitIds = ImmutableArray.CreateBuilder<string>(units.Count);
        var org = new PredikatKinerjaOrganisasi[units.Count];
        var parent = new int[units.Count];
        var unitIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var u = 0; u < units.Count; u++)
        {
            unitIndex[units[u].Id] = u;
            unitIds.Add(units[u].Id);
            if (!predikatOrganisasi.TryGetValue(units[u].Id, out org[u]))
            {
                errors.Add(1, "Unit '" + units[u].Id + "' has no organisation predicate.");
            }
        }

        var rows = new List<(Nip Nip, int Unit, bool IsKepala)>();
        for (var u = 0; u < units.Count; u++)
        {
            parent[u] = struktur.GetParent(units[u].Id) is { } p ? unitIndex[p.Id] : -1;
            var kepala = struktur.GetKepala(units[u].Id);
            foreach (var nip in struktur.GetPegawai(units[u].Id))
            {
                rows.Add((nip, u, kepala == nip));
                if (!ratings.ContainsKey(nip))
                {
                    errors.Add(2, string.Format(CultureInfo.InvariantCulture, "Employee {0} is placed in unit '{1}' but has no rating.", nip, units[u].Id));
                }
            }
        }

        var placed = new HashSet<Nip>(rows.Select(r => r.Nip));
        foreach (var n in ratings.Keys.Where(n => !placed.Contains(n)).OrderBy(n => n))
        {
            errors.Add(3, string.Format(CultureInfo.InvariantCulture, "Employee {0} has a rating but is not placed in the tree.", n));
        }

        foreach (var d in (predikatDitetapkan ?? new Dictionary<Nip, PredikatKinerja>()).OrderBy(d => d.Key))
        {
            if (!placed.Contains(d.Key))
            {
                errors.Add(4, string.Format(CultureInfo.InvariantCulture, "Employee {0} has a decided predicate but is not placed in the tree.", d.Key));
            }
            else if (!Preconditions.IsDefined(d.Value))
            {
                errors.Add(5, string.Format(CultureInfo.InvariantCulture, "The decided predicate of {0} is undefined ({1}).", d.Key, (int)d.Value));
            }
        }

        if (errors.Any)
        {
            throw new ArgumentException("The records do not make a bulk input: " + errors, nameof(penilaian));
        }

        var rowRatings = rows.Select(r => ratings[r.Nip]).ToList();
        return FromRows(
            unitIds.MoveToImmutable(),
            parent,
            org,
            rows.Select(r => r.Nip).ToImmutableArray(),
            rows.Select(r => r.Unit).ToArray(),
            rows.Select(r => r.IsKepala).ToArray(),
            rowRatings.Select(r => r.RatingHasilKerja).ToArray(),
            rowRatings.Select(r => r.RatingPerilakuKerja).ToArray(),
            predikatDitetapkan is null ? null : rows.Select(r => predikatDitetapkan.TryGetValue(r.Nip, out var d) ? d : default).ToArray());
    }

    /// <summary>The index of a unit by its identifier.</summary>
    /// <param name="unitId">The identifier.</param>
    /// <returns>The unit index.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unitId"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The input was built from columns (<see cref="HasRecords"/> is false).</exception>
    /// <exception cref="KeyNotFoundException">No unit has that identifier.</exception>
    public int GetUnitIndex(string unitId)
    {
        Preconditions.CheckNotNull(unitId);
        Preconditions.CheckState(HasRecords, "The input was built from columns: units have indexes, not identifiers. Build it with BulkInput.Create.");
        var index = LazyInitializer.EnsureInitialized(ref _unitIndex, () => Enumerable.Range(0, UnitIds.Length).ToDictionary(u => UnitIds[u], StringComparer.Ordinal))!;
        return index.TryGetValue(unitId, out var u) ? u : throw new KeyNotFoundException(string.Format(CultureInfo.InvariantCulture, "No unit with ID '{0}'.", unitId));
    }

    /// <summary>The row of an employee by NIP.</summary>
    /// <param name="nip">The employee.</param>
    /// <returns>The row index.</returns>
    /// <exception cref="InvalidOperationException">The input was built from columns (<see cref="HasRecords"/> is false).</exception>
    /// <exception cref="KeyNotFoundException">No row has that NIP.</exception>
    public int GetPegawaiIndex(Nip nip)
    {
        Preconditions.CheckState(HasRecords, "The input was built from columns: employees have rows, not NIPs. Build it with BulkInput.Create.");
        var index = LazyInitializer.EnsureInitialized(ref _pegawaiIndex, () => Enumerable.Range(0, NipPegawai.Length).ToDictionary(i => NipPegawai[i]))!;
        return index.TryGetValue(nip, out var i) ? i : throw new KeyNotFoundException(string.Format(CultureInfo.InvariantCulture, "No employee {0} in the input.", nip));
    }

    /// <summary>The input of rows already resolved to unit indexes (shared by <see cref="Create"/> and the period pipeline).</summary>
    internal static BulkInput FromRows(
        ImmutableArray<string> unitIds, int[] parent, PredikatKinerjaOrganisasi[] org, ImmutableArray<Nip> nips, int[] unit, bool[] isKepala,
        Ekspektasi[] hasil, Ekspektasi[] perilaku, PredikatKinerja[]? ditetapkan)
    {
        int[]? heads = null;
        for (var i = 0; i < unit.Length; i++)
        {
            if (isKepala[i])
            {
                heads ??= Enumerable.Repeat(-1, unitIds.Length).ToArray();
                heads[unit[i]] = i;
            }
        }

        var decided = ditetapkan is not null && ditetapkan.Any(d => d != default) ? ditetapkan : null;
        return new BulkInput(unit, hasil, perilaku, parent, org, heads is null ? default : heads, decided is null ? default : decided)
        {
            HasRecords = true,
            UnitIds = unitIds,
            NipPegawai = nips,
        };
    }

    /// <summary>Problems by kind: the first of each kind is named, with how many there are like it.</summary>
    private sealed class Problems
    {
        private readonly List<string>?[] _byKind = new List<string>?[6];

        internal bool Any => _byKind.Any(k => k is not null);

        internal void Add(int kind, string message) => (_byKind[kind] ??= new List<string>()).Add(message);

        public override string ToString() => string.Join(" ", _byKind.Where(k => k is not null).Select(k =>
            k![0] + (k.Count > 1 ? string.Format(CultureInfo.InvariantCulture, " ({0} like this.)", k.Count) : string.Empty)));
    }
}
