namespace AsnKinerja;

/// <summary>
/// A policy that a decision used where the regulation is silent: its stable name, the choice in force, and
/// whether that choice is the library's documented default.
/// </summary>
/// <remarks><c>default(AppliedPolicy)</c> has empty texts. Equality is ordinal on the texts.</remarks>
public readonly struct AppliedPolicy : IEquatable<AppliedPolicy>
{
    private readonly string? _name;
    private readonly string? _choice;

    /// <summary>Creates the record of a policy use.</summary>
    /// <param name="name">The policy's stable name, e.g. <c>Pembulatan</c>.</param>
    /// <param name="choice">The choice in force, e.g. <c>Ketat</c>.</param>
    /// <param name="isDefault">Whether the choice is the documented default.</param>
    /// <exception cref="ArgumentException">A text is blank.</exception>
    public AppliedPolicy(string name, string choice, bool isDefault)
    {
        _name = Preconditions.CheckNotBlank(name);
        _choice = Preconditions.CheckNotBlank(choice);
        IsDefault = isDefault;
    }

    /// <summary>The policy's stable name.</summary>
    public string Name => _name ?? string.Empty;

    /// <summary>The choice in force.</summary>
    public string Choice => _choice ?? string.Empty;

    /// <summary>Whether the choice is the documented default.</summary>
    public bool IsDefault { get; }

    /// <summary>Whether two records are equal.</summary>
    /// <param name="left">The first record.</param>
    /// <param name="right">The second record.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(AppliedPolicy left, AppliedPolicy right) => left.Equals(right);

    /// <summary>Whether two records differ.</summary>
    /// <param name="left">The first record.</param>
    /// <param name="right">The second record.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(AppliedPolicy left, AppliedPolicy right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(AppliedPolicy other) =>
        string.Equals(Name, other.Name, StringComparison.Ordinal) && string.Equals(Choice, other.Choice, StringComparison.Ordinal) && IsDefault == other.IsDefault;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is AppliedPolicy other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Name), StringComparer.Ordinal.GetHashCode(Choice), IsDefault);

    /// <summary><c>Name=Choice</c>, with <c> (default)</c> when it is the default.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => Name + "=" + Choice + (IsDefault ? " (default)" : string.Empty);
}
