using System.Reflection;
using System.Text.Json;
using AsnKinerja.BehaviourRubric;
using AsnKinerja.Cascading;
using AsnKinerja.NineBox;
using AsnKinerja.Predicates;

namespace AsnKinerja.Serialization.SystemTextJson.Tests;

/// <summary>Every public enum of every package prints its label (<c>ToLabel()</c>), and the wire format writes exactly that label and reads it back.</summary>
public sealed class EnumLabelTests
{
    private static readonly Assembly[] Packages =
    {
        typeof(Nip).Assembly, typeof(CascadingRules).Assembly, typeof(DistribusiRules).Assembly, typeof(PetaTalentaRules).Assembly, typeof(KatalogBerakhlak).Assembly,
    };

    public static TheoryData<Type> Enums()
    {
        var data = new TheoryData<Type>();
        foreach (var type in Packages.SelectMany(a => a.GetExportedTypes()).Where(t => t.IsEnum).OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            data.Add(type);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Enums))]
    public void PublicEnum_EveryMember_HasADistinctLabelThatTheWireFormatWritesAndReads(Type type)
    {
        var toLabel = Packages.SelectMany(a => a.GetExportedTypes())
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static))
            .SingleOrDefault(m => m.Name == "ToLabel" && m.GetParameters() is [var p] && p.ParameterType == type);
        Assert.True(toLabel is not null, type.FullName + " has no public ToLabel() extension.");

        var labels = new HashSet<string>(StringComparer.Ordinal);
        foreach (var value in Enum.GetValues(type))
        {
            var label = (string)toLabel!.Invoke(null, new[] { value })!;
            Assert.False(string.IsNullOrWhiteSpace(label), type.Name + "." + value + " has a blank label.");
            Assert.True(labels.Add(label), type.Name + "." + value + " shares its label '" + label + "' with another member.");
            Assert.Equal(JsonSerializer.Serialize(label), JsonSerializer.Serialize(value, type, Json.Options));
            Assert.Equal(value, JsonSerializer.Deserialize(JsonSerializer.Serialize(label), type, Json.Options));
        }
    }
}
