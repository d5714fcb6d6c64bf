using System.Collections.Immutable;
using System.Globalization;
using AsnKinerja.BehaviourRubric;
using AsnKinerja.Cascading;
using AsnKinerja.NineBox;
using AsnKinerja.Predicates;

namespace AsnKinerja.Serialization.SystemTextJson;

/// <summary>
/// The finding and explanation definitions the wire format can read back: a <see cref="Finding"/> is written with its
/// code and an <see cref="Explanation"/> with its key, and each is read by looking the definition up here and
/// recreating the occurrence from it. An unknown code or key is an error.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. <see cref="Default"/> holds every catalogue of the packages this one covers (the
/// <c>XxxFindings.All</c> and <c>XxxExplanations.All</c> of Core, Cascading, Predicates, NineBox and BehaviourRubric);
/// add your own (or a later package's) with <see cref="With(IEnumerable{FindingDefinition})"/> and
/// <see cref="With(IEnumerable{ExplanationDefinition})"/>.
/// </remarks>
public sealed class DefinitionCatalog
{
    private readonly Dictionary<string, FindingDefinition> _findings;
    private readonly Dictionary<string, ExplanationDefinition> _explanations;

    /// <summary>Creates a catalogue from definitions.</summary>
    /// <param name="findings">The finding definitions; one code may appear more than once only for the same definition.</param>
    /// <param name="explanations">The explanation definitions; one key may appear more than once only for the same definition.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A list contains null, or two different definitions share a code or key.</exception>
    public DefinitionCatalog(IEnumerable<FindingDefinition> findings, IEnumerable<ExplanationDefinition> explanations)
    {
        Findings = Index(Preconditions.CheckNotNull(findings), d => d.Code, (a, b) => a.IsSameAs(b), nameof(findings), "code", out _findings);
        Explanations = Index(Preconditions.CheckNotNull(explanations), d => d.Key, (a, b) => a.IsSameAs(b), nameof(explanations), "key", out _explanations);
    }

    /// <summary>Every catalogue of Core, Cascading, Predicates, NineBox and BehaviourRubric.</summary>
    public static DefinitionCatalog Default { get; } = new(
        SkpFindings.All
            .Concat(OrganisasiFindings.All)
            .Concat(DistribusiFindings.All)
            .Concat(PredicateFindings.All)
            .Concat(PetaTalentaFindings.All)
            .Concat(PerilakuKerjaFindings.All)
            .Concat(CascadingFindings.All),
        PredicateExplanations.All
            .Concat(DistribusiExplanations.All)
            .Concat(PetaTalentaExplanations.All)
            .Concat(PerilakuKerjaExplanations.All)
            .Concat(CascadingExplanations.All));

    /// <summary>The finding definitions, in the order they were given (duplicates removed).</summary>
    public ImmutableArray<FindingDefinition> Findings { get; }

    /// <summary>The explanation definitions, in the order they were given (duplicates removed).</summary>
    public ImmutableArray<ExplanationDefinition> Explanations { get; }

    /// <summary>Returns a catalogue with more finding definitions (for example a later package's <c>XxxFindings.All</c>).</summary>
    /// <param name="findings">The definitions to add.</param>
    /// <returns>A new catalogue.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="findings"/> is null.</exception>
    /// <exception cref="ArgumentException">A definition's code is already used by a different definition.</exception>
    public DefinitionCatalog With(IEnumerable<FindingDefinition> findings) => new(Findings.Concat(Preconditions.CheckNotNull(findings)), Explanations);

    /// <summary>Returns a catalogue with more explanation definitions (for example a later package's <c>XxxExplanations.All</c>).</summary>
    /// <param name="explanations">The definitions to add.</param>
    /// <returns>A new catalogue.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="explanations"/> is null.</exception>
    /// <exception cref="ArgumentException">A definition's key is already used by a different definition.</exception>
    public DefinitionCatalog With(IEnumerable<ExplanationDefinition> explanations) => new(Findings, Explanations.Concat(Preconditions.CheckNotNull(explanations)));

    /// <summary>Looks a finding definition up by its code (ordinal, case-sensitive).</summary>
    /// <param name="code">The code, such as <c>SKP001</c>.</param>
    /// <param name="definition">The definition, or null.</param>
    /// <returns>Whether the code is known.</returns>
    public bool TryGetFinding(string? code, out FindingDefinition? definition)
    {
        definition = null;
        return code is not null && _findings.TryGetValue(code, out definition);
    }

    /// <summary>Looks an explanation definition up by its key (ordinal, case-sensitive).</summary>
    /// <param name="key">The key, such as <c>Kuadran.Sel</c>.</param>
    /// <param name="definition">The definition, or null.</param>
    /// <returns>Whether the key is known.</returns>
    public bool TryGetExplanation(string? key, out ExplanationDefinition? definition)
    {
        definition = null;
        return key is not null && _explanations.TryGetValue(key, out definition);
    }

    internal string DescribeFindings() => string.Join(", ", Findings.Select(d => d.Code.TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9')).Distinct(StringComparer.Ordinal)) + " codes";

    internal string DescribeExplanations() => string.Join(", ", Explanations.Select(d => d.Key.Split('.')[0]).Distinct(StringComparer.Ordinal)) + " keys";

    private static ImmutableArray<T> Index<T>(IEnumerable<T> definitions, Func<T, string> id, Func<T, T, bool> same, string paramName, string what, out Dictionary<string, T> byId)
        where T : class
    {
        byId = new Dictionary<string, T>(StringComparer.Ordinal);
        var ordered = ImmutableArray.CreateBuilder<T>();
        foreach (var definition in definitions)
        {
            Preconditions.CheckArgument(definition is not null, paramName, "Definitions must not contain null.");
            if (byId.TryGetValue(id(definition), out var existing))
            {
                Preconditions.CheckArgument(
                    ReferenceEquals(existing, definition) || same(existing, definition),
                    paramName,
                    string.Format(CultureInfo.InvariantCulture, "Two different definitions share the {0} '{1}'.", what, id(definition)));
                continue;
            }

            byId[id(definition)] = definition;
            ordered.Add(definition);
        }

        return ordered.ToImmutable();
    }
}
