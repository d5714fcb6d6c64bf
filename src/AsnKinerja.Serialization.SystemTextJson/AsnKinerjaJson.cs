using System.Text.Json;
using System.Text.Json.Serialization;
using AsnKinerja.Serialization.SystemTextJson.Internal;

namespace AsnKinerja.Serialization.SystemTextJson;

/// <summary>
/// The AsnKinerja wire format for System.Text.Json: its version marker, its nesting limit, and the one call that
/// sets up a <see cref="JsonSerializerOptions"/> for it. The format is described in docs/wire-format.md.
/// </summary>
public static class AsnKinerjaJson
{
    /// <summary>The version of the wire format written by this package and the only one it reads: <c>asnkinerja/1</c>.</summary>
    public const string FormatVersion = "asnkinerja/1";

    /// <summary>The name of the version marker property written on top-level objects: <c>$format</c>.</summary>
    public const string FormatPropertyName = "$format";

    /// <summary>The maximum nesting depth of a document (32); deeper documents are rejected with a <see cref="JsonException"/>.</summary>
    public const int MaxDepth = 32;

    /// <summary>
    /// Every built-in rules object of the packages this one covers (the <c>All</c> lists of <c>KuadranRules</c>,
    /// <c>DistribusiRules</c>, <c>AngkaKreditRules</c>, …): the registry results are recomputed with when the options
    /// name none. Add your own rule sets with <see cref="RuleSetRegistry.With(IRules)"/> and pass the result to
    /// <see cref="ConfigureForAsnKinerja"/>.
    /// </summary>
    public static RuleSetRegistry DefaultRegistry => RuleSets.Default;

    /// <summary>
    /// Configures <paramref name="options"/> for the AsnKinerja wire format: adds a converter for every public
    /// model, result and label type, sets <see cref="JsonSerializerOptions.MaxDepth"/> to <see cref="MaxDepth"/>, and
    /// appends <see cref="AsnKinerjaJsonContext"/> to the <see cref="JsonSerializerOptions.TypeInfoResolverChain"/>
    /// (after any resolver already there), so the options work trimmed and AOT-compiled.
    /// </summary>
    /// <param name="options">The options to configure; they must not be in use yet (not read-only).</param>
    /// <param name="catalog">The finding and explanation catalogue used to read them back (default: <see cref="DefinitionCatalog.Default"/>).</param>
    /// <param name="registry">
    /// The rule sets a document may name: a result is read by recomputing it with the rules registered under the ID in
    /// its <c>ruleSet</c>, configured with the options the document carries; an unknown ID is a <see cref="JsonException"/>
    /// naming the path (default: <see cref="DefaultRegistry"/>).
    /// </param>
    /// <returns>The same <paramref name="options"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="options"/> is already read-only (used for serialization).</exception>
    /// <remarks>
    /// Calling it twice adds nothing twice. Your own types that contain AsnKinerja types need a resolver of their
    /// own (your source-generated context, or <c>DefaultJsonTypeInfoResolver</c> when reflection is allowed) in the chain.
    /// </remarks>
    public static JsonSerializerOptions ConfigureForAsnKinerja(this JsonSerializerOptions options, DefinitionCatalog? catalog = null, RuleSetRegistry? registry = null)
    {
        Preconditions.CheckNotNull(options);
        if (options.IsReadOnly)
        {
            throw new InvalidOperationException("The options are read-only (already used for serialization): configure them before first use.");
        }

        catalog ??= DefinitionCatalog.Default;
        registry ??= RuleSets.Default;
        options.MaxDepth = MaxDepth;
        foreach (var converter in ConverterTable.Create(catalog, registry))
        {
            var type = converter.GetType();
            for (var i = options.Converters.Count - 1; i >= 0; i--)
            {
                if (options.Converters[i].GetType() == type)
                {
                    options.Converters.RemoveAt(i);
                }
            }

            options.Converters.Add(converter);
        }

        if (!options.TypeInfoResolverChain.Contains(AsnKinerjaJsonContext.Default))
        {
            options.TypeInfoResolverChain.Add(AsnKinerjaJsonContext.Default);
        }

        return options;
    }

    /// <summary>Creates new options configured for the wire format (see <see cref="ConfigureForAsnKinerja"/>).</summary>
    /// <param name="catalog">The finding and explanation catalogue used to read them back (default: <see cref="DefinitionCatalog.Default"/>).</param>
    /// <param name="registry">The rule sets a document may name (default: <see cref="DefaultRegistry"/>).</param>
    /// <returns>New, configured options.</returns>
    public static JsonSerializerOptions CreateOptions(DefinitionCatalog? catalog = null, RuleSetRegistry? registry = null) => new JsonSerializerOptions().ConfigureForAsnKinerja(catalog, registry);
}
