namespace AsnKinerja.Siasn;

/// <summary>
/// One entry of a payload's <c>path</c>: a document already uploaded to SIASN (for example the signed evaluation
/// document), as SIASN's upload answers it: <c>dok_id</c>, <c>dok_nama</c>, <c>dok_uri</c>, <c>object</c>, <c>slug</c>.
/// The library passes these through; it uploads nothing.
/// </summary>
/// <remarks>Immutable and thread-safe. Equality compares every part ordinally.</remarks>
public sealed class DokumenSiasn : IEquatable<DokumenSiasn>
{
    /// <summary>Creates an entry.</summary>
    /// <param name="dokId">SIASN's document type (<c>dok_id</c>), or null.</param>
    /// <param name="dokNama">The document's name (<c>dok_nama</c>), or null.</param>
    /// <param name="dokUri">Where SIASN stores it (<c>dok_uri</c>), or null.</param>
    /// <param name="objek">SIASN's object key (<c>object</c>), or null.</param>
    /// <param name="slug">SIASN's slug (<c>slug</c>), or null.</param>
    /// <exception cref="ArgumentException">Every part is null or blank (an entry that names nothing), or a part holds a lone surrogate.</exception>
    public DokumenSiasn(string? dokId, string? dokNama, string? dokUri, string? objek, string? slug)
    {
        Preconditions.CheckArgument(
            !string.IsNullOrWhiteSpace(dokId) || !string.IsNullOrWhiteSpace(dokNama) || !string.IsNullOrWhiteSpace(dokUri) || !string.IsNullOrWhiteSpace(objek) || !string.IsNullOrWhiteSpace(slug),
            nameof(dokUri),
            "A document entry must name something: give at least one of dok_id, dok_nama, dok_uri, object and slug.");
        DokId = Preconditions.CheckWellFormed(dokId);
        DokNama = Preconditions.CheckWellFormed(dokNama);
        DokUri = Preconditions.CheckWellFormed(dokUri);
        Objek = Preconditions.CheckWellFormed(objek);
        Slug = Preconditions.CheckWellFormed(slug);
    }

    /// <summary><c>dok_id</c>: SIASN's document type, or null.</summary>
    public string? DokId { get; }

    /// <summary><c>dok_nama</c>: the document's name, or null.</summary>
    public string? DokNama { get; }

    /// <summary><c>dok_uri</c>: where SIASN stores it, or null.</summary>
    public string? DokUri { get; }

    /// <summary><c>object</c>: SIASN's object key, or null.</summary>
    public string? Objek { get; }

    /// <summary><c>slug</c>: SIASN's slug, or null.</summary>
    public string? Slug { get; }

    /// <summary>Whether two entries are equal.</summary>
    /// <param name="left">The first entry.</param>
    /// <param name="right">The second entry.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(DokumenSiasn? left, DokumenSiasn? right) => Equals(left, right);

    /// <summary>Whether two entries differ.</summary>
    /// <param name="left">The first entry.</param>
    /// <param name="right">The second entry.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(DokumenSiasn? left, DokumenSiasn? right) => !Equals(left, right);

    /// <inheritdoc />
    public bool Equals(DokumenSiasn? other) =>
        other is not null && string.Equals(DokId, other.DokId, StringComparison.Ordinal) && string.Equals(DokNama, other.DokNama, StringComparison.Ordinal)
        && string.Equals(DokUri, other.DokUri, StringComparison.Ordinal) && string.Equals(Objek, other.Objek, StringComparison.Ordinal)
        && string.Equals(Slug, other.Slug, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as DokumenSiasn);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(DokId is null ? 0 : StringComparer.Ordinal.GetHashCode(DokId), DokUri is null ? 0 : StringComparer.Ordinal.GetHashCode(DokUri));

    /// <summary>The name and the URI.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => (DokNama ?? DokId ?? "-") + " " + (DokUri ?? string.Empty);
}
