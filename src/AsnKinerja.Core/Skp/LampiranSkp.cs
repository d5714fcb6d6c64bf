using System.Collections.Immutable;

namespace AsnKinerja;

/// <summary>
/// The SKP annex (<em>lampiran</em>): resource support (<em>dukungan sumber daya</em>), the accountability scheme
/// (<em>skema pertanggungjawaban</em>) and the consequences (<em>konsekuensi</em>).
/// </summary>
/// <remarks>Immutable and thread-safe. Equality compares the three lists in order.</remarks>
public sealed class LampiranSkp : IEquatable<LampiranSkp>
{
    /// <summary>An empty annex.</summary>
    public static LampiranSkp Kosong { get; } = new(Array.Empty<string>(), Array.Empty<string>(), Array.Empty<string>());

    /// <summary>Creates an annex.</summary>
    /// <param name="dukunganSumberDaya">Resource support: people, budget, facilities.</param>
    /// <param name="skemaPertanggungjawaban">How and when results are reported.</param>
    /// <param name="konsekuensi">Consequences of meeting or missing the results.</param>
    /// <exception cref="ArgumentNullException">A list is null.</exception>
    /// <exception cref="ArgumentException">An element of a list is null.</exception>
    public LampiranSkp(IEnumerable<string> dukunganSumberDaya, IEnumerable<string> skemaPertanggungjawaban, IEnumerable<string> konsekuensi)
    {
        DukunganSumberDaya = Freeze(dukunganSumberDaya, nameof(dukunganSumberDaya));
        SkemaPertanggungjawaban = Freeze(skemaPertanggungjawaban, nameof(skemaPertanggungjawaban));
        Konsekuensi = Freeze(konsekuensi, nameof(konsekuensi));
    }

    /// <summary>Resource support.</summary>
    public ImmutableArray<string> DukunganSumberDaya { get; }

    /// <summary>The accountability scheme.</summary>
    public ImmutableArray<string> SkemaPertanggungjawaban { get; }

    /// <summary>The consequences.</summary>
    public ImmutableArray<string> Konsekuensi { get; }

    /// <summary>Whether two annexes are equal.</summary>
    /// <param name="left">The first annex.</param>
    /// <param name="right">The second annex.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(LampiranSkp? left, LampiranSkp? right) => Equals(left, right);

    /// <summary>Whether two annexes differ.</summary>
    /// <param name="left">The first annex.</param>
    /// <param name="right">The second annex.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(LampiranSkp? left, LampiranSkp? right) => !Equals(left, right);

    /// <inheritdoc />
    public bool Equals(LampiranSkp? other) =>
        other is not null && DukunganSumberDaya.SequenceEqual(other.DukunganSumberDaya, StringComparer.Ordinal)
        && SkemaPertanggungjawaban.SequenceEqual(other.SkemaPertanggungjawaban, StringComparer.Ordinal)
        && Konsekuensi.SequenceEqual(other.Konsekuensi, StringComparer.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as LampiranSkp);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(DukunganSumberDaya.Length, SkemaPertanggungjawaban.Length, Konsekuensi.Length);

    private static ImmutableArray<string> Freeze(IEnumerable<string> items, string name)
    {
        var result = Preconditions.CheckNotNull(items, name).ToImmutableArray();
        Preconditions.CheckArgument(!result.Contains(null!), name, "Annex entries must not be null.");
        return result;
    }
}
