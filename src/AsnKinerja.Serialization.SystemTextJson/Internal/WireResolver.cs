using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace AsnKinerja.Serialization.SystemTextJson.Internal;

/// <summary>
/// The type information of every type of the format and of its collections, made from the table without reflection:
/// with it in the options, <c>PredikatKinerja[]</c>, <c>List&lt;Skp&gt;</c> or <c>Dictionary&lt;string, Finding&gt;</c>
/// serialize with no other resolver, trimmed or AOT-compiled.
/// </summary>
internal sealed class WireResolver : IJsonTypeInfoResolver
{
    private readonly Dictionary<Type, Func<JsonSerializerOptions, JsonTypeInfo>> _infos = new();

    public WireResolver(IEnumerable<WireType> types)
    {
        foreach (var type in types)
        {
            type.AddTypeInfos(_infos);
            ValueTypes.Add(type.Type);
        }
    }

    /// <summary>The value types of the format (enums and structs), whose default is no valid value.</summary>
    public HashSet<Type> ValueTypes { get; } = new();

    public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options) =>
        _infos.TryGetValue(type, out var create) ? create(options) : null;
}

/// <summary>
/// Wraps a caller's resolver so that a property of a caller's type whose type is an enum or struct of the format is
/// required: a missing <c>predikat</c> is a <see cref="JsonException"/> from the serializer, never a default value
/// (an undefined 0) that reaches the library and fails there as a programmer error.
/// </summary>
internal sealed class RequiredMembersResolver : IJsonTypeInfoResolver
{
    private readonly HashSet<Type> _valueTypes;

    public RequiredMembersResolver(IJsonTypeInfoResolver inner, HashSet<Type> valueTypes)
    {
        Inner = inner;
        _valueTypes = valueTypes;
    }

    public IJsonTypeInfoResolver Inner { get; }

    public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options)
    {
        var info = Inner.GetTypeInfo(type, options);
        if (info is { Kind: JsonTypeInfoKind.Object })
        {
            foreach (var property in info.Properties)
            {
                if (property.Set is not null && _valueTypes.Contains(property.PropertyType))
                {
                    property.IsRequired = true;
                }
            }
        }

        return info;
    }
}
