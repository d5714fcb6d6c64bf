using System.Globalization;

namespace AsnKinerja;

/// <summary>
/// Where a rule comes from: the regulation's short name (for example <c>PermenPANRB 6/2022</c>), the article or
/// section where known, and how firmly the rule rests on it.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. Equality compares all three parts; the regulation and article ordinally.
/// </remarks>
public sealed class RegulationReference : IEquatable<RegulationReference>
{
    /// <summary>Creates a reference.</summary>
    /// <param name="regulation">The short name, e.g. <c>SE MenPANRB 3/2023</c>.</param>
    /// <param name="article">The article, section or table (e.g. <c>Pasal 5</c>, <c>Lampiran</c>), or null when not known.</param>
    /// <param name="confidence">How firmly the rule rests on this source.</param>
    /// <exception cref="ArgumentException"><paramref name="regulation"/> is blank, or <paramref name="confidence"/> undefined.</exception>
    public RegulationReference(string regulation, string? article, Confidence confidence)
    {
        Regulation = Preconditions.CheckNotBlank(regulation);
        Article = string.IsNullOrWhiteSpace(article) ? null : article;
        Confidence = Preconditions.CheckDefined(confidence);
    }

    /// <summary>The regulation's short name, e.g. <c>PermenPANRB 6/2022</c>.</summary>
    public string Regulation { get; }

    /// <summary>The article, section or table, or null when the source does not pin one.</summary>
    public string? Article { get; }

    /// <summary>How firmly the rule rests on this source.</summary>
    public Confidence Confidence { get; }

    /// <summary>Whether two references are equal.</summary>
    /// <param name="left">The first reference.</param>
    /// <param name="right">The second reference.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(RegulationReference? left, RegulationReference? right) => Equals(left, right);

    /// <summary>Whether two references differ.</summary>
    /// <param name="left">The first reference.</param>
    /// <param name="right">The second reference.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(RegulationReference? left, RegulationReference? right) => !Equals(left, right);

    /// <inheritdoc />
    public bool Equals(RegulationReference? other) =>
        other is not null && string.Equals(Regulation, other.Regulation, StringComparison.Ordinal)
        && string.Equals(Article, other.Article, StringComparison.Ordinal) && Confidence == other.Confidence;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RegulationReference);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Regulation), Article is null ? 0 : StringComparer.Ordinal.GetHashCode(Article), Confidence);

    /// <summary>A citation such as <c>PermenPANRB 6/2022, Lampiran [H]</c>.</summary>
    /// <returns>The citation.</returns>
    public override string ToString()
    {
        var mark = Confidence switch { Confidence.High => "H", Confidence.Medium => "M", _ => "L" };
        return Article is null
            ? string.Format(CultureInfo.InvariantCulture, "{0} [{1}]", Regulation, mark)
            : string.Format(CultureInfo.InvariantCulture, "{0}, {1} [{2}]", Regulation, Article, mark);
    }
}
