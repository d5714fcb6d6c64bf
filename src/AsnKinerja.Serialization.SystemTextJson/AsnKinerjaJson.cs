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
    /// Configures <paramref name="options"/> for the AsnKinerja wire format: adds a converter for every type of the format
    /// (models, results and labels), sets <see cref="JsonSerializerOptions.MaxDepth"/> to <see cref="MaxDepth"/>, and
    /// appends a resolver of the type information of those types and of their arrays, lists and string-keyed
    /// dictionaries to the <see cref="JsonSerializerOptions.TypeInfoResolverChain"/>, made without reflection, so the
    /// options work trimmed and AOT-compiled.
    /// </summary>
    /// <param name="options">The options to configure; they must not be in use yet (not read-only).</param>
    /// <param name="catalog">The finding and explanation catalogue used to read them back (default: <see cref="DefinitionCatalog.Default"/>).</param>
    /// <param name="registry">
    /// The rule sets a document may name: a result is read by recomputing it with the rules registered under the ID in
    /// its <c>ruleSet</c>, configured with the options the document carries; an unknown ID is a <see cref="JsonException"/>
    /// naming the path (default: <see cref="DefaultRegistry"/>).
    /// </param>
    /// <param name="limits">The size limits of a document read (default: <see cref="WireFormatLimits.Default"/>).</param>
    /// <returns>The same <paramref name="options"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="options"/> is already read-only (used for serialization).</exception>
    /// <remarks>
    /// <para>
    /// Calling it again replaces what an earlier call added. Your own types that contain AsnKinerja types need a resolver
    /// of their own in the chain (your source-generated context, or <c>DefaultJsonTypeInfoResolver</c> where reflection is
    /// allowed). The resolvers already in the chain are wrapped so that a property of your type whose type is an
    /// AsnKinerja enum or struct is required (a missing one is a <see cref="JsonException"/>, not a default value); call
    /// this method after adding your resolver.
    /// </para>
    /// <para>Every error of the format is a <see cref="WireFormatException"/> naming the path of the offending value.</para>
    /// </remarks>
    public static JsonSerializerOptions ConfigureForAsnKinerja(this JsonSerializerOptions options, DefinitionCatalog? catalog = null, RuleSetRegistry? registry = null, WireFormatLimits? limits = null)
    {
        Preconditions.CheckNotNull(options);
        if (options.IsReadOnly)
        {
            throw new InvalidOperationException("The options are read-only (already used for serialization): configure them before first use.");
        }

        var types = WireTable.Create(catalog ?? DefinitionCatalog.Default, registry ?? RuleSets.Default, limits ?? WireFormatLimits.Default);
        options.MaxDepth = MaxDepth;
        for (var i = options.Converters.Count - 1; i >= 0; i--)
        {
            if (options.Converters[i] is IWireConverter)
            {
                options.Converters.RemoveAt(i);
            }
        }

        foreach (var type in types)
        {
            options.Converters.Add(type.Converter);
        }

        var resolver = new WireResolver(types);
        var chain = options.TypeInfoResolverChain;
        for (var i = chain.Count - 1; i >= 0; i--)
        {
            if (chain[i] is WireResolver)
            {
                chain.RemoveAt(i);
                continue;
            }

            var inner = chain[i] is RequiredMembersResolver wrapped ? wrapped.Inner : chain[i];
            chain[i] = new RequiredMembersResolver(inner, resolver.ValueTypes);
        }

        chain.Add(resolver);
        return options;
    }

    /// <summary>Creates new options configured for the wire format (see <see cref="ConfigureForAsnKinerja"/>).</summary>
    /// <param name="catalog">The finding and explanation catalogue used to read them back (default: <see cref="DefinitionCatalog.Default"/>).</param>
    /// <param name="registry">The rule sets a document may name (default: <see cref="DefaultRegistry"/>).</param>
    /// <param name="limits">The size limits of a document read (default: <see cref="WireFormatLimits.Default"/>).</param>
    /// <returns>New, configured options.</returns>
    public static JsonSerializerOptions CreateOptions(DefinitionCatalog? catalog = null, RuleSetRegistry? registry = null, WireFormatLimits? limits = null) =>
        new JsonSerializerOptions().ConfigureForAsnKinerja(catalog, registry, limits);
}
