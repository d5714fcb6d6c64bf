using System.Collections.Immutable;

namespace AsnKinerja.Cascading;

/// <summary>
/// The explanations of the cascading checks as a catalogue: one per finding of <see cref="CascadingFindings.All"/>,
/// keyed <c>Cascading.</c> + the finding's code, with the finding's own template, sub-texts and source (an
/// explanation of a cascading finding says what the finding says, with the rule set and the policies that shaped it).
/// Keys never change once shipped.
/// </summary>
public static class CascadingExplanations
{
    /// <summary>Every definition, in the order of <see cref="CascadingFindings.All"/>.</summary>
    public static ImmutableArray<ExplanationDefinition> All { get; } = CascadingFindings.All
        .Select(f => new ExplanationDefinition("Cascading." + f.Code, f.Source, f.Message.Indonesian, f.Message.English, f.Texts))
        .ToImmutableArray();

    /// <summary>The explanation definition of a cascading finding.</summary>
    /// <param name="finding">One of <see cref="CascadingFindings.All"/>.</param>
    /// <returns>The definition keyed <c>Cascading.</c> + its code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="finding"/> is null.</exception>
    /// <exception cref="ArgumentException">The definition is not a cascading finding.</exception>
    public static ExplanationDefinition For(FindingDefinition finding)
    {
        Preconditions.CheckNotNull(finding);
        var index = CascadingFindings.All.IndexOf(finding);
        Preconditions.CheckArgument(index >= 0, nameof(finding), "The finding is not a cascading finding.");
        return All[index];
    }
}
