using System.Text.Json;
using AsnKinerja.Predicates;
using AsnKinerja.Serialization.SystemTextJson.Codecs;

namespace AsnKinerja.Serialization.SystemTextJson.Internal;

/// <summary>
/// The rule sets a document may name, and the reading and writing of a result's <c>ruleSet</c>: a result is
/// recomputed with the rules the registry holds under the ID it names, so an unknown ID, or one whose rules are not
/// of the result's domain, is a <see cref="JsonException"/> at <c>$.ruleSet</c>; an informative explanation that names
/// another rule set is one at <c>$.explanation.ruleSet</c>.
/// </summary>
internal static class RuleSets
{
    /// <summary>The property that names the rule set of a result.</summary>
    public const string PropertyName = "ruleSet";

    /// <summary>Every built-in rules object of the packages this one covers, from their <c>All</c> lists.</summary>
    public static RuleSetRegistry Default { get; } = RuleSetRegistry.Create(BuiltIn());

    /// <summary>Writes <c>"ruleSet": "&lt;id&gt;"</c>.</summary>
    public static void Write(Utf8JsonWriter writer, RuleSetId id)
    {
        writer.WritePropertyName(PropertyName);
        RuleSetIdCodec.Write(writer, id);
    }

    /// <summary>Reads the required <c>ruleSet</c> of an object and returns the rules of that type the registry holds under it.</summary>
    public static TRules Read<TRules>(ObjectReader o, RuleSetRegistry registry)
        where TRules : class, IRules
    {
        var node = o.Required(PropertyName);
        var id = RuleSetIdCodec.Read(node);
        if (registry.TryGet<TRules>(id, out var rules))
        {
            return rules;
        }

        var known = registry.Rules.Where(r => r is TRules).Select(r => r.RuleSet.Id.Value).ToList();
        throw node.Error(
            "unknown rule set " + Preconditions.Quote(id.Value) + ": no " + typeof(TRules).Name + " is registered under that ID (registered: "
            + (known.Count == 0 ? "none" : string.Join(", ", known)) + "). Register the rule set in the serializer options (ConfigureForAsnKinerja(options, registry: …)).");
    }

    /// <summary>
    /// Checks that the informative explanation named <paramref name="name"/> (when present) names the same rule set as
    /// the result: its content is otherwise recomputed, but a document that says two things about its rules is rejected.
    /// </summary>
    public static void VerifyExplanation(ObjectReader o, string name, RuleSetId expected)
    {
        if (o.Optional(name) is not { } explanation)
        {
            return;
        }

        var e = explanation.Object();
        if (e.Optional(PropertyName) is not { } node)
        {
            return;
        }

        var stated = RuleSetIdCodec.Read(node);
        if (stated != expected)
        {
            throw node.Error("the explanation names rule set " + Preconditions.Quote(stated.Value) + ", but the result's rule set is " + Preconditions.Quote(expected.Value) + ".");
        }
    }

    private static IEnumerable<IRules> BuiltIn() =>
        Enumerable.Empty<IRules>()
            .Concat(SkpRules.All)
            .Concat(Cascading.CascadingRules.All)
            .Concat(KuadranRules.All)
            .Concat(DistribusiRules.All)
            .Concat(AngkaKreditRules.All)
            .Concat(BehaviourRubric.PerilakuKerjaRules.All)
            .Concat(NineBox.PetaTalentaRules.All);
}
