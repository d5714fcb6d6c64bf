using System.Globalization;

namespace AsnKinerja.Serialization.SystemTextJson;

/// <summary>
/// The size limits of a document read in the wire format, checked before the work they bound: an array longer than
/// <see cref="MaxArrayLength"/> or a string longer than <see cref="MaxStringLength"/> is a <see cref="WireFormatException"/>
/// naming its path before any of its items is read. The nesting depth is limited too (<see cref="AsnKinerjaJson.MaxDepth"/>).
/// </summary>
/// <remarks>
/// Immutable and thread-safe. Reading is linear in the size of the document, so the limits are not needed against
/// slow reads; they let a server refuse documents larger than its use (an SKP service may allow a few hundred items,
/// a whole-agency upload a million). The defaults fit the largest agency; see <c>docs/limits.md</c>.
/// </remarks>
public sealed class WireFormatLimits
{
    /// <summary>The default <see cref="MaxArrayLength"/>: 1,000,000 items (more placements than any agency has employees).</summary>
    public const int DefaultMaxArrayLength = 1_000_000;

    /// <summary>The default <see cref="MaxStringLength"/>: 100,000 characters (a description is a few hundred).</summary>
    public const int DefaultMaxStringLength = 100_000;

    /// <summary>Creates limits.</summary>
    /// <param name="maxArrayLength">The most items an array of the document may hold (at least 1).</param>
    /// <param name="maxStringLength">The most characters (UTF-16 code units) a string of the document may hold (at least 1).</param>
    /// <exception cref="ArgumentOutOfRangeException">A limit is below 1.</exception>
    public WireFormatLimits(int maxArrayLength = DefaultMaxArrayLength, int maxStringLength = DefaultMaxStringLength)
    {
        MaxArrayLength = maxArrayLength >= 1 ? maxArrayLength : throw new ArgumentOutOfRangeException(nameof(maxArrayLength), maxArrayLength, "The limit must be at least 1.");
        MaxStringLength = maxStringLength >= 1 ? maxStringLength : throw new ArgumentOutOfRangeException(nameof(maxStringLength), maxStringLength, "The limit must be at least 1.");
    }

    /// <summary>The default limits: <see cref="DefaultMaxArrayLength"/> and <see cref="DefaultMaxStringLength"/>.</summary>
    public static WireFormatLimits Default { get; } = new();

    /// <summary>The most items an array of a document may hold.</summary>
    public int MaxArrayLength { get; }

    /// <summary>The most characters (UTF-16 code units) a string of a document may hold.</summary>
    public int MaxStringLength { get; }

    /// <inheritdoc/>
    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "MaxArrayLength={0}, MaxStringLength={1}", MaxArrayLength, MaxStringLength);
}
