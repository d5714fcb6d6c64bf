namespace AsnKinerja;

/// <summary>
/// The stable identifier of a rule set, tied to the regulation it encodes (for example
/// <c>PermenPanRb6Tahun2022</c>). Identifiers never change once shipped; a new regulation is a new rule set.
/// </summary>
/// <remarks>
/// <c>default(RuleSetId)</c> is the empty identifier, which names no rule set. Equality is ordinal.
/// </remarks>
public readonly struct RuleSetId : IEquatable<RuleSetId>, IComparable<RuleSetId>
{
    private readonly string? _value;

    /// <summary>Creates an identifier.</summary>
    /// <param name="value">Letters and digits only, starting with a letter, e.g. <c>PermenPanRb6Tahun2022</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is blank or has other characters.</exception>
    public RuleSetId(string value)
    {
        Preconditions.CheckNotBlank(value);
        Preconditions.CheckArgument(char.IsLetter(value[0]) && value.All(c => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9')), nameof(value), "A rule set ID has ASCII letters and digits only and starts with a letter.");
        _value = value;
    }

    /// <summary>PermenPANRB 6/2022 on the management of ASN performance: SKP, cascading, the quadrant.</summary>
    public static RuleSetId PermenPanRb6Tahun2022 { get; } = new("PermenPanRb6Tahun2022");

    /// <summary>SE MenPANRB 3/2023 on setting performance predicates (often cited as "SE 1/2023"): organisation predicate and distribution patterns.</summary>
    public static RuleSetId SeMenPanRb3Tahun2023 { get; } = new("SeMenPanRb3Tahun2023");

    /// <summary>PermenPANRB 1/2023 with Peraturan BKN 3/2023: converting predicates into <em>angka kredit</em>.</summary>
    public static RuleSetId PermenPanRb1Tahun2023 { get; } = new("PermenPanRb1Tahun2023");

    /// <summary>SE MenPANRB 20/2021: the BerAKHLAK core values and their behaviour guides.</summary>
    public static RuleSetId SeMenPanRb20Tahun2021 { get; } = new("SeMenPanRb20Tahun2021");

    /// <summary>PermenPANRB 3/2020 on ASN talent management: the nine-box, as it stood before PermenPANRB 20/2025.</summary>
    public static RuleSetId PermenPanRb3Tahun2020 { get; } = new("PermenPanRb3Tahun2020");

    /// <summary>PermenPANRB 20/2025, amending PermenPANRB 3/2020: the nine-box whose performance axis is the predicate set after the distribution.</summary>
    public static RuleSetId PermenPanRb20Tahun2025 { get; } = new("PermenPanRb20Tahun2025");

    /// <summary>The identifier; empty for <c>default</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Whether two identifiers are equal.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(RuleSetId left, RuleSetId right) => left.Equals(right);

    /// <summary>Whether two identifiers differ.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(RuleSetId left, RuleSetId right) => !left.Equals(right);

    /// <summary>Ordinal order.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>True when <paramref name="left"/> sorts first.</returns>
    public static bool operator <(RuleSetId left, RuleSetId right) => left.CompareTo(right) < 0;

    /// <summary>Ordinal order.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>True when <paramref name="left"/> sorts last.</returns>
    public static bool operator >(RuleSetId left, RuleSetId right) => left.CompareTo(right) > 0;

    /// <summary>Ordinal order.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>True unless <paramref name="left"/> sorts last.</returns>
    public static bool operator <=(RuleSetId left, RuleSetId right) => left.CompareTo(right) <= 0;

    /// <summary>Ordinal order.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>True unless <paramref name="left"/> sorts first.</returns>
    public static bool operator >=(RuleSetId left, RuleSetId right) => left.CompareTo(right) >= 0;

    /// <inheritdoc />
    public bool Equals(RuleSetId other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RuleSetId other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <inheritdoc />
    public int CompareTo(RuleSetId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>The identifier.</summary>
    /// <returns>The identifier.</returns>
    public override string ToString() => Value;
}
