using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace AsnKinerja.Serialization.SystemTextJson.Internal;

/// <summary>One type of the wire format: its converter, and the type information of the type and its collections.</summary>
internal abstract class WireType
{
    public abstract Type Type { get; }

    public abstract JsonConverter Converter { get; }

    /// <summary>Whether the format reads the type (a write-only type refuses to be read).</summary>
    public abstract bool IsReadable { get; }

    /// <summary>Adds a factory of type information for the type, its nullable form and its collections.</summary>
    public abstract void AddTypeInfos(Dictionary<Type, Func<JsonSerializerOptions, JsonTypeInfo>> infos);
}

/// <summary>
/// The generic half of <see cref="WireType"/>: every type information is made with <see cref="JsonMetadataServices"/>,
/// as source generation does, from code instantiated for <typeparamref name="T"/> at compile time, so it works trimmed
/// and AOT-compiled without reflection. Collections: <c>T[]</c>, <c>List&lt;T&gt;</c>, <c>IReadOnlyList&lt;T&gt;</c>,
/// <c>ImmutableArray&lt;T&gt;</c>, <c>Dictionary&lt;string, T&gt;</c> and <c>IReadOnlyDictionary&lt;string, T&gt;</c>, and <c>T?</c>
/// for a value type.
///.
/// </summary>
internal sealed class WireType<T> : WireType
{
    private readonly WireConverter<T> _converter;
    private readonly Action<WireType<T>, Dictionary<Type, Func<JsonSerializerOptions, JsonTypeInfo>>>? _addNullable;

    public WireType(WireConverter<T> converter, Action<WireType<T>, Dictionary<Type, Func<JsonSerializerOptions, JsonTypeInfo>>>? addNullable = null)
    {
        _converter = converter;
        _addNullable = addNullable;
    }

    public override Type Type => typeof(T);

    public override JsonConverter Converter => _converter;

    public override bool IsReadable => _converter.IsReadable;

    public override void AddTypeInfos(Dictionary<Type, Func<JsonSerializerOptions, JsonTypeInfo>> infos)
    {
        infos[typeof(T)] = Value;
        infos[typeof(T[])] = o => JsonMetadataServices.CreateArrayInfo(o, Collection<T[]>(o, null));
        infos[typeof(List<T>)] = o => JsonMetadataServices.CreateListInfo<List<T>, T>(o, Collection(o, () => new List<T>()));
        infos[typeof(IReadOnlyList<T>)] = o => JsonMetadataServices.CreateIEnumerableInfo<IReadOnlyList<T>, T>(o, Collection<IReadOnlyList<T>>(o, null));
        infos[typeof(ImmutableArray<T>)] = o => JsonMetadataServices.CreateImmutableEnumerableInfo<ImmutableArray<T>, T>(o, Collection<ImmutableArray<T>>(o, null), ImmutableArray.CreateRange);
        infos[typeof(Dictionary<string, T>)] = o => JsonMetadataServices.CreateDictionaryInfo<Dictionary<string, T>, string, T>(o, Dictionary(o, () => new Dictionary<string, T>(StringComparer.Ordinal)));
        infos[typeof(IReadOnlyDictionary<string, T>)] = o => JsonMetadataServices.CreateIReadOnlyDictionaryInfo<IReadOnlyDictionary<string, T>, string, T>(o, Dictionary<IReadOnlyDictionary<string, T>>(o, null));
        _addNullable?.Invoke(this, infos);
    }

    internal JsonTypeInfo<T> Value(JsonSerializerOptions options) => JsonMetadataServices.CreateValueInfo<T>(options, _converter);

    private JsonCollectionInfoValues<TCollection> Collection<TCollection>(JsonSerializerOptions options, Func<TCollection>? create) => new()
    {
        ObjectCreator = create,
        ElementInfo = Value(options),
    };

    private JsonCollectionInfoValues<TCollection> Dictionary<TCollection>(JsonSerializerOptions options, Func<TCollection>? create) => new()
    {
        ObjectCreator = create,
        KeyInfo = JsonMetadataServices.CreateValueInfo<string>(options, JsonMetadataServices.StringConverter),
        ElementInfo = Value(options),
    };
}

/// <summary>The nullable form of a value type of the format.</summary>
internal static class NullableInfo
{
    public static void Add<T>(WireType<T> type, Dictionary<Type, Func<JsonSerializerOptions, JsonTypeInfo>> infos)
        where T : struct =>
        infos[typeof(T?)] = o => JsonMetadataServices.CreateValueInfo<T?>(o, JsonMetadataServices.GetNullableConverter(type.Value(o)));
}
