namespace AsnKinerja.Predicates;

/// <summary>
/// A suggestion where the regulation leaves the judgement to the PPK: a value and the explanation of the policy that
/// produced it. A suggestion is never the regulation's answer and is always overridable.
/// </summary>
/// <typeparam name="T">The suggested value: a rating or a predicate.</typeparam>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class Saran<T>
    where T : struct, Enum
{
    internal Saran(T nilai, Explanation explanation)
    {
        Nilai = nilai;
        Explanation = explanation;
    }

    /// <summary>The suggested value.</summary>
    public T Nilai { get; }

    /// <summary>How the suggestion was reached, with the policy named.</summary>
    public Explanation Explanation { get; }

    /// <summary>The value and the rule.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => Nilai + " (saran: " + Explanation.Rule + ")";
}
