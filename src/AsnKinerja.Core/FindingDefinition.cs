using System.Collections.Immutable;

namespace AsnKinerja;

/// <summary>
/// The definition of one rule outcome: its stable code, default severity, the regulation it rests on, and
/// its message templates in Bahasa Indonesia and English. Every package publishes its definitions so the whole
/// configuration can be inspected; a <see cref="Finding"/> is one occurrence.
/// </summary>
/// <remarks>
/// Codes never change once shipped. Templates name values in braces, e.g. <c>{jumlah}</c>, filled from the
/// finding's <see cref="Finding.Values"/>. Immutable and thread-safe; equality is by <see cref="Code"/>.
/// </remarks>
public sealed class FindingDefinition : IEquatable<FindingDefinition>
{
    /// <summary>Creates a definition.</summary>
    /// <param name="code">The stable code, e.g. <c>SKP001</c>.</param>
    /// <param name="severity">The default severity.</param>
    /// <param name="source">The regulation the rule rests on.</param>
    /// <param name="messageId">The message template in Bahasa Indonesia.</param>
    /// <param name="messageEn">The message template in English.</param>
    /// <exception cref="ArgumentException">A text is blank or <paramref name="severity"/> is undefined.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    public FindingDefinition(string code, FindingSeverity severity, RegulationReference source, string messageId, string messageEn)
    {
        Code = Preconditions.CheckNotBlank(code);
        Severity = Preconditions.CheckDefined(severity);
        Source = Preconditions.CheckNotNull(source);
        MessageId = Preconditions.CheckNotBlank(messageId);
        MessageEn = Preconditions.CheckNotBlank(messageEn);
    }

    /// <summary>The stable code.</summary>
    public string Code { get; }

    /// <summary>The default severity of an occurrence.</summary>
    public FindingSeverity Severity { get; }

    /// <summary>The regulation the rule rests on.</summary>
    public RegulationReference Source { get; }

    /// <summary>The message template in Bahasa Indonesia.</summary>
    public string MessageId { get; }

    /// <summary>The message template in English.</summary>
    public string MessageEn { get; }

    /// <summary>Whether two definitions have the same code.</summary>
    /// <param name="left">The first definition.</param>
    /// <param name="right">The second definition.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(FindingDefinition? left, FindingDefinition? right) => Equals(left, right);

    /// <summary>Whether two definitions have different codes.</summary>
    /// <param name="left">The first definition.</param>
    /// <param name="right">The second definition.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(FindingDefinition? left, FindingDefinition? right) => !Equals(left, right);

    /// <summary>Creates an occurrence with the default severity.</summary>
    /// <param name="subject">What the finding is about, e.g. an SKP, RHK or unit identifier.</param>
    /// <param name="values">The machine-readable values the message refers to.</param>
    /// <returns>The finding.</returns>
    public Finding Create(string subject, params FindingValue[] values) => new(this, Severity, subject, values);

    /// <summary>Creates an occurrence with a severity chosen by a policy (for example "advise" or "enforce").</summary>
    /// <param name="severity">The severity.</param>
    /// <param name="subject">What the finding is about.</param>
    /// <param name="values">The machine-readable values the message refers to.</param>
    /// <returns>The finding.</returns>
    public Finding Create(FindingSeverity severity, string subject, params FindingValue[] values) => new(this, severity, subject, values);

    /// <inheritdoc />
    public bool Equals(FindingDefinition? other) => other is not null && string.Equals(Code, other.Code, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as FindingDefinition);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    /// <summary>The code.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Code;

    internal static ImmutableArray<FindingValue> Freeze(FindingValue[]? values) =>
        values is null ? ImmutableArray<FindingValue>.Empty : ImmutableArray.Create(values);
}
