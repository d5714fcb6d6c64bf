using System.Collections.Immutable;
using System.Globalization;
using AsnKinerja.BehaviourRubric;
using AsnKinerja.Cascading;
using AsnKinerja.NineBox;
using AsnKinerja.Predicates;

namespace AsnKinerja.Serialization.SystemTextJson;

/// <summary>
/// The finding definitions the wire format can read back, by code: a <see cref="Finding"/> is written with its
/// code and read by looking the definition up here and recreating it with
/// <see cref="FindingDefinition.Create(FindingSeverity, string, FindingValue[])"/>. An unknown code is an error.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. <see cref="Default"/> holds every catalogue of the packages this one covers
/// (SkpFindings, OrganisasiFindings, DistribusiFindings, PredicateFindings, PetaTalentaFindings,
/// PerilakuKerjaFindings, CascadingFindings); add your own (or a later package's) with <see cref="With"/>.
/// </remarks>
public sealed class FindingCatalog
{
    private readonly Dictionary<string, FindingDefinition> _byCode;

    /// <summary>Creates a catalogue from definitions.</summary>
    /// <param name="definitions">The definitions; one code may appear more than once only for the same definition.</param>
    /// <exception cref="ArgumentNullException"><paramref name="definitions"/> is null.</exception>
    /// <exception cref="ArgumentException">It contains null, or two different definitions share a code.</exception>
    public FindingCatalog(IEnumerable<FindingDefinition> definitions)
    {
        Preconditions.CheckNotNull(definitions);
        _byCode = new Dictionary<string, FindingDefinition>(StringComparer.Ordinal);
        var ordered = ImmutableArray.CreateBuilder<FindingDefinition>();
        foreach (var definition in definitions)
        {
            Preconditions.CheckArgument(definition is not null, nameof(definitions), "Definitions must not contain null.");
            if (_byCode.TryGetValue(definition.Code, out var existing))
            {
                Preconditions.CheckArgument(
                    ReferenceEquals(existing, definition) || (existing.Severity == definition.Severity && existing.Source == definition.Source
                        && string.Equals(existing.MessageId, definition.MessageId, StringComparison.Ordinal) && string.Equals(existing.MessageEn, definition.MessageEn, StringComparison.Ordinal)),
                    nameof(definitions),
                    string.Format(CultureInfo.InvariantCulture, "Two different definitions share the code '{0}'.", definition.Code));
                continue;
            }

            _byCode[definition.Code] = definition;
            ordered.Add(definition);
        }

        Definitions = ordered.ToImmutable();
    }

    /// <summary>
    /// Every catalogue of Core, Cascading, Predicates, NineBox and BehaviourRubric.
    /// </summary>
    public static FindingCatalog Default { get; } = new(
        SkpFindings.All
            .Concat(OrganisasiFindings.All)
            .Concat(DistribusiFindings.All)
            .Concat(PredicateFindings.All)
            .Concat(PetaTalentaFindings.All)
            .Concat(PerilakuKerjaFindings.All)
            .Concat(CascadingFindings.All));

    /// <summary>The definitions, in the order they were given (duplicates removed).</summary>
    public ImmutableArray<FindingDefinition> Definitions { get; }

    /// <summary>Returns a catalogue with more definitions (for example a later package's <c>XxxFindings.All</c>).</summary>
    /// <param name="definitions">The definitions to add.</param>
    /// <returns>A new catalogue.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="definitions"/> is null.</exception>
    /// <exception cref="ArgumentException">A definition's code is already used by a different definition.</exception>
    public FindingCatalog With(IEnumerable<FindingDefinition> definitions) => new(Definitions.Concat(Preconditions.CheckNotNull(definitions)));

    /// <summary>Looks a definition up by its code (ordinal, case-sensitive).</summary>
    /// <param name="code">The code, such as <c>SKP001</c>.</param>
    /// <param name="definition">The definition, or null.</param>
    /// <returns>Whether the code is known.</returns>
    public bool TryGet(string? code, out FindingDefinition? definition)
    {
        definition = null;
        return code is not null && _byCode.TryGetValue(code, out definition);
    }

    internal string Describe() => string.Join(", ", Definitions.Select(d => d.Code.TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9')).Distinct(StringComparer.Ordinal)) + " codes";
}
