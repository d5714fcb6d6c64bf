using System.Collections.Immutable;
using System.Globalization;

namespace AsnKinerja.Predicates;

/// <summary>
/// The policy that maps the five organisation predicates to the three-level results rating of a unit head (the leader
/// rule). The circular states the rule but publishes no mapping [L]; the default is
/// Istimewa → Di Atas, Baik → Sesuai, Butuh Perbaikan / Kurang / Sangat Kurang → Di Bawah.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. Every explanation that used a mapping names it. Equality compares the name, the mapping
/// and whether it is the default.
/// </remarks>
public sealed class PemetaanRatingPimpinan : IEquatable<PemetaanRatingPimpinan>
{
    private readonly Ekspektasi[] _map;

    /// <summary>Creates a mapping.</summary>
    /// <param name="name">The policy's name as reported in explanations.</param>
    /// <param name="mapping">One rating for each of the five organisation predicates.</param>
    /// <exception cref="ArgumentException">The name is blank, or a predicate is missing or has an undefined rating, or the mapping is not monotone (a better organisation predicate may never give a lower rating).</exception>
    public PemetaanRatingPimpinan(string name, IReadOnlyDictionary<PredikatKinerjaOrganisasi, Ekspektasi> mapping)
    {
        Name = Preconditions.CheckNotBlank(name);
        Preconditions.CheckNotNull(mapping);
        _map = new Ekspektasi[5];
        var errors = new List<string>();
        for (var p = PredikatKinerjaOrganisasi.SangatKurang; p <= PredikatKinerjaOrganisasi.Istimewa; p++)
        {
            if (!mapping.TryGetValue(p, out var rating))
            {
                errors.Add(string.Format(CultureInfo.InvariantCulture, "No rating for {0}.", p));
            }
            else if (rating is < Ekspektasi.DiBawah or > Ekspektasi.DiAtas)
            {
                errors.Add(string.Format(CultureInfo.InvariantCulture, "The rating for {0} is undefined ({1}).", p, (int)rating));
            }
            else
            {
                _map[(int)p - 1] = rating;
            }
        }

        for (var i = 1; errors.Count == 0 && i < 5; i++)
        {
            if (_map[i] < _map[i - 1])
            {
                errors.Add(string.Format(CultureInfo.InvariantCulture, "The mapping is not monotone: {0} gives a lower rating than {1}.", (PredikatKinerjaOrganisasi)(i + 1), (PredikatKinerjaOrganisasi)i));
            }
        }

        Preconditions.CheckArgument(errors.Count == 0, nameof(mapping), string.Join(" ", errors));
        IsDefault = false;
    }

    private PemetaanRatingPimpinan()
    {
        Name = "Bawaan";
        _map = new[] { Ekspektasi.DiBawah, Ekspektasi.DiBawah, Ekspektasi.DiBawah, Ekspektasi.Sesuai, Ekspektasi.DiAtas };
        IsDefault = true;
    }

    /// <summary>The documented default: Istimewa → Di Atas, Baik → Sesuai, the rest → Di Bawah.</summary>
    public static PemetaanRatingPimpinan Default { get; } = new();

    /// <summary>The policy's name as reported in explanations.</summary>
    public string Name { get; }

    /// <summary>Whether this is the documented default.</summary>
    public bool IsDefault { get; }

    /// <summary>The mapping, for inspection.</summary>
    public ImmutableDictionary<PredikatKinerjaOrganisasi, Ekspektasi> Mapping =>
        Enumerable.Range(1, 5).ToImmutableDictionary(i => (PredikatKinerjaOrganisasi)i, i => _map[i - 1]);

    /// <summary>Whether two mappings are equal.</summary>
    /// <param name="left">The first mapping.</param>
    /// <param name="right">The second mapping.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(PemetaanRatingPimpinan? left, PemetaanRatingPimpinan? right) => Equals(left, right);

    /// <summary>Whether two mappings differ.</summary>
    /// <param name="left">The first mapping.</param>
    /// <param name="right">The second mapping.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(PemetaanRatingPimpinan? left, PemetaanRatingPimpinan? right) => !Equals(left, right);

    /// <summary>The results rating a unit head gets for the unit's organisation predicate.</summary>
    /// <param name="predikatOrganisasi">The organisation predicate.</param>
    /// <returns>The rating.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The predicate is undefined.</exception>
    public Ekspektasi Map(PredikatKinerjaOrganisasi predikatOrganisasi) => _map[(int)Preconditions.CheckDefined(predikatOrganisasi) - 1];

    /// <summary>The policy as reported in explanations.</summary>
    /// <returns>The applied policy record.</returns>
    public AppliedPolicy AsAppliedPolicy() =>
        new("PemetaanRatingPimpinan", Name + " (" + string.Join(", ", Enumerable.Range(1, 5).Select(i => ((PredikatKinerjaOrganisasi)i).ToLabel() + "→" + _map[i - 1])) + ")", IsDefault);

    /// <inheritdoc />
    public bool Equals(PemetaanRatingPimpinan? other) =>
        other is not null && string.Equals(Name, other.Name, StringComparison.Ordinal) && IsDefault == other.IsDefault && _map.SequenceEqual(other._map);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PemetaanRatingPimpinan);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Name), IsDefault, _map[0], _map[1], _map[2], _map[3], _map[4]);

    /// <summary>The policy as reported in explanations: the name and the mapping.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => AsAppliedPolicy().Choice;
}
