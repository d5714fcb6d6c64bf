using System.Collections;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using System.Text;
using System.Text.Json;
using AsnKinerja.Testing;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace AsnKinerja.Conventions.Tests.Exceptions;

/// <summary>
/// Arguments for calling public members: <b>benign</b> values (well-formed, defined, modest, and instances of the
/// library's own types gathered from its well-known values and from calling its members) and <b>edge</b> values
/// (null, undefined enum values, default structs, empty, white space, very long and ill-formed text, extreme numbers,
/// dates at the ends of the calendar and in other calendars, empty and default arrays, collections holding null).
/// </summary>
internal sealed class ArgumentSource
{
    /// <summary>The length of the very long text among the edge values.</summary>
    public const int LongTextLength = 100_000;

    private static readonly string[] BenignText =
    [
        "x", "unit-1", "198503122010011003", "196805101993031004", "197805122005012003", "SB", "Baik", "Sangat Baik", "Kolaboratif", "Di Atas Ekspektasi", "2024", "{}",
    ];

    private static readonly string[] EdgeText =
    [
        "", " ", "\t\n", "\0", "\uD800", "a\uDC00b", "\u212A", "ＳＢ", "٣", "-1", "null", "[]", "{\"$format\":",
        new string('9', LongTextLength), new string('\u212A', LongTextLength),
    ];

    private readonly Dictionary<Type, List<object>> pool = [];
    private readonly Dictionary<Type, object[]> assignable = [];

    /// <summary>The types of the values in the pool.</summary>
    public IEnumerable<Type> Types => pool.Keys;

    /// <summary>How many distinct values the pool holds.</summary>
    public int Count => pool.Values.Sum(v => v.Count);

    /// <summary>Adds a value (and, for a collection, its first elements) to the pool of benign values.</summary>
    public void Add(object? value, int depth = 0)
    {
        if (value is null || depth > 2 || value is Delegate or Pointer || IsFresh(value.GetType()))
        {
            return;
        }

        var type = value.GetType();
        if (!pool.TryGetValue(type, out var list))
        {
            pool[type] = list = [];
        }

        if (list.Count >= (type == typeof(string) ? 64 : 12) || list.Any(v => Same(v, value)))
        {
            return;
        }

        list.Add(value);
        if (value is IEnumerable items and not string)
        {
            var n = 0;
            foreach (var item in items)
            {
                if (++n > 12)
                {
                    break;
                }

                Add(item is DictionaryEntry entry ? entry.Value : item, depth + 1);
            }
        }
    }

    /// <summary>A well-formed value of the type, or null when there is none (a type nothing produced yet).</summary>
    public object? Benign(Type type, Random random, int depth = 0)
    {
        if (TryBenign(type, random, depth, out var value))
        {
            return value;
        }

        return type.IsValueType ? Activator.CreateInstance(type) : null;
    }

    /// <summary>Whether a well-formed value of the type exists.</summary>
    public bool TryBenign(Type type, Random random, int depth, out object? value)
    {
        value = null;
        if (type.IsByRef)
        {
            type = type.GetElementType()!;
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return TryBenign(underlying, random, depth, out value);
        }

        if (type.IsEnum)
        {
            var values = Enum.GetValues(type);
            if (values.Length == 0)
            {
                return false;
            }

            value = values.GetValue(random.Next(values.Length));
            return true;
        }

        if (Fresh(type) is { } fresh)
        {
            value = fresh;
            return true;
        }

        if (Primitive(type, random) is { } primitive)
        {
            value = primitive;
            return true;
        }

        if (depth < 3 && Collection(type, random, depth, edge: false) is { } collection)
        {
            value = collection;
            return true;
        }

        if (typeof(Delegate).IsAssignableFrom(type))
        {
            value = Callback(type, random, depth);
            return value is not null;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(KeyValuePair<,>) && type.GetGenericArguments() is [var k, var v])
        {
            if (!TryBenign(k, random, depth + 1, out var key) || !TryBenign(v, random, depth + 1, out var item))
            {
                return false;
            }

            value = Activator.CreateInstance(type, key, item);
            return true;
        }

        var candidates = Assignable(type);
        if (candidates.Length > 0)
        {
            value = candidates[random.Next(candidates.Length)];
            return true;
        }

        return false;
    }

    /// <summary>The edge values of a type (null, undefined, empty, extreme), each created anew.</summary>
    public IReadOnlyList<Func<object?>> Edges(Type type, Random random, int depth = 0)
    {
        if (type.IsByRef)
        {
            type = type.GetElementType()!;
        }

        var edges = new List<Func<object?>>();
        if (!type.IsValueType || Nullable.GetUnderlyingType(type) is not null || type.IsByRefLike)
        {
            edges.Add(() => null);
        }

        var t = Nullable.GetUnderlyingType(type) ?? type;
        if (t.IsValueType && !t.IsPrimitive && !t.IsEnum && t != typeof(decimal) && !t.IsByRefLike)
        {
            edges.Add(() => Activator.CreateInstance(t));
        }

        if (t.IsEnum)
        {
            foreach (var raw in new long[] { 0, 255, -1, int.MaxValue })
            {
                var undefined = Enum.ToObject(t, raw);
                if (!Enum.IsDefined(t, undefined))
                {
                    edges.Add(() => undefined);
                }
            }
        }
        else if (t == typeof(string))
        {
            edges.AddRange(EdgeText.Select(s => (Func<object?>)(() => s)));
        }
        else if (t == typeof(TextReader) || t == typeof(StringReader))
        {
            edges.AddRange(EdgeText.Select(s => (Func<object?>)(() => new StringReader(s))));
        }
        else if (t == typeof(Stream) || t == typeof(MemoryStream))
        {
            edges.AddRange(EdgeText.Select(s => (Func<object?>)(() => new MemoryStream(Encoding.UTF8.GetBytes(s)))));
        }
        else if (CollectionElement(t) == typeof(char))
        {
            // A span or array of characters: the edge texts as characters.
            edges.AddRange(EdgeText.Select(s => (Func<object?>)(() => Build(t, typeof(char), s.Select(c => (object?)c).ToList()))));
        }
        else if (CollectionElement(t) == typeof(byte))
        {
            // A span or array of bytes: the edge texts as UTF-8, and bytes that are not UTF-8.
            edges.AddRange(EdgeText.Append("\uFFFF").Select(s => (Func<object?>)(() => Build(t, typeof(byte), Encoding.UTF8.GetBytes(s).Select(b => (object?)b).ToList()))));
            edges.Add(() => Build(t, typeof(byte), [(object?)(byte)0xFF, (byte)0xC0, (byte)0x80]));
        }
        else if (t == typeof(int))
        {
            edges.AddRange(new[] { int.MinValue, int.MaxValue, -1, 0, int.MaxValue - 1 }.Select(v => (Func<object?>)(() => v)));
        }
        else if (t == typeof(long))
        {
            edges.AddRange(new[] { long.MinValue, long.MaxValue, -1L, 0L }.Select(v => (Func<object?>)(() => v)));
        }
        else if (t == typeof(short))
        {
            edges.AddRange(new short[] { short.MinValue, short.MaxValue, -1, 0 }.Select(v => (Func<object?>)(() => v)));
        }
        else if (t == typeof(byte))
        {
            edges.AddRange(new byte[] { 0, 255 }.Select(v => (Func<object?>)(() => v)));
        }
        else if (t == typeof(decimal))
        {
            edges.AddRange(new[] { decimal.MinValue, decimal.MaxValue, -1m, 0m, 0.0000000000000000000000000001m, -0.5m }.Select(v => (Func<object?>)(() => v)));
        }
        else if (t == typeof(double))
        {
            edges.AddRange(new[] { double.NaN, double.PositiveInfinity, double.NegativeInfinity, double.MaxValue, -1d, 0d, double.Epsilon }.Select(v => (Func<object?>)(() => v)));
        }
        else if (t == typeof(float))
        {
            edges.AddRange(new[] { float.NaN, float.PositiveInfinity, float.MinValue, -1f }.Select(v => (Func<object?>)(() => v)));
        }
        else if (t == typeof(char))
        {
            edges.AddRange(new[] { '\0', '\uD800', '\uDC00', '\u212A', ' ' }.Select(v => (Func<object?>)(() => v)));
        }
        else if (t == typeof(LocalDate))
        {
            edges.AddRange(Dates().Select(d => (Func<object?>)(() => d)));
        }
        else if (t == typeof(DateInterval))
        {
            edges.Add(() => new DateInterval(LocalDate.MinIsoValue, LocalDate.MaxIsoValue));
            edges.Add(() => new DateInterval(new LocalDate(2024, 1, 1, CalendarSystem.Julian), new LocalDate(2024, 12, 31, CalendarSystem.Julian)));
        }
        else if (t == typeof(CancellationToken))
        {
            edges.Add(() => new CancellationToken(canceled: true));
        }
        else if (t == typeof(object))
        {
            edges.Add(() => new object());
            edges.Add(() => "x");
            edges.Add(() => 1);
        }
        else if (t == typeof(CultureInfo) || t == typeof(IFormatProvider))
        {
            edges.AddRange(Cultures.All.Select(c => (Func<object?>)(() => c)));
        }
        else if (depth < 2 && CollectionElement(t) is { } element)
        {
            if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(ImmutableArray<>))
            {
                edges.Add(() => Activator.CreateInstance(t));
            }

            edges.Add(() => Build(t, element, []));
            var elementEdges = Edges(element, random, depth + 1);
            foreach (var edge in elementEdges.Take(6))
            {
                edges.Add(() => Build(t, element, [edge()]));
            }

            edges.Add(() =>
            {
                var one = Benign(element, random, depth + 1);
                return Build(t, element, [one, one]);
            });
        }
        else if (typeof(Delegate).IsAssignableFrom(t))
        {
            edges.AddRange(ConfigureEdges(t, random, depth));
        }
        else if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(KeyValuePair<,>) && t.GetGenericArguments() is [var pairKey, var pairValue])
        {
            foreach (var edge in Edges(pairKey, random, depth + 1).Take(3))
            {
                edges.Add(() => Activator.CreateInstance(t, edge(), Benign(pairValue, random, depth + 1)));
            }

            foreach (var edge in Edges(pairValue, random, depth + 1).Take(3))
            {
                edges.Add(() => Activator.CreateInstance(t, Benign(pairKey, random, depth + 1), edge()));
            }
        }
        else if (t.IsGenericType && t.GetGenericTypeDefinition() is var definition
            && (definition == typeof(IReadOnlyDictionary<,>) || definition == typeof(IDictionary<,>) || definition == typeof(Dictionary<,>)
                || definition == typeof(ImmutableDictionary<,>) || definition == typeof(IImmutableDictionary<,>)))
        {
            var (key, value) = (t.GetGenericArguments()[0], t.GetGenericArguments()[1]);
            edges.Add(() => Map(t, key, value, []));
            foreach (var edge in Edges(key, random, depth + 1).Where(e => e() is not null).Take(3))
            {
                edges.Add(() => Map(t, key, value, [(edge(), Benign(value, random, depth + 1))]));
            }

            foreach (var edge in Edges(value, random, depth + 1).Take(3))
            {
                edges.Add(() => Map(t, key, value, [(Benign(key, random, depth + 1), edge())]));
            }
        }

        return edges;
    }

    /// <summary>Dates at the ends of the ISO calendar, the default date, a leap day, and dates in other calendars.</summary>
    public static IEnumerable<LocalDate> Dates() =>
    [
        LocalDate.MinIsoValue,
        LocalDate.MaxIsoValue,
        default(LocalDate),
        new LocalDate(2024, 2, 29),
        new LocalDate(2024, 1, 1, CalendarSystem.Julian),
        new LocalDate(5784, 10, 1, CalendarSystem.HebrewCivil),
        new LocalDate(1445, 6, 1, CalendarSystem.IslamicBcl),
        new LocalDate(1, 1, 1, CalendarSystem.Gregorian),
    ];

    /// <summary>True for types a call may change, of which every call gets a new instance.</summary>
    public static bool IsFresh(Type type) =>
        typeof(IServiceCollection).IsAssignableFrom(type) || type == typeof(JsonSerializerOptions) || typeof(Stream).IsAssignableFrom(type)
        || typeof(TextWriter).IsAssignableFrom(type) || typeof(TextReader).IsAssignableFrom(type) || type == typeof(StringBuilder)
        || type == typeof(Utf8JsonWriter);

    private static object? Fresh(Type type) =>
        type == typeof(IServiceCollection) || type == typeof(ServiceCollection) ? new ServiceCollection()
        : type == typeof(JsonSerializerOptions) ? new JsonSerializerOptions()
        : type == typeof(Stream) || type == typeof(MemoryStream) ? new MemoryStream()
        : type == typeof(TextWriter) || type == typeof(StringWriter) ? new StringWriter(CultureInfo.InvariantCulture)
        : type == typeof(TextReader) || type == typeof(StringReader) ? new StringReader("{}")
        : type == typeof(StringBuilder) ? new StringBuilder()
        : type == typeof(Utf8JsonWriter) ? new Utf8JsonWriter(new MemoryStream())
        : null;

    private object? Primitive(Type type, Random random)
    {
        if (type == typeof(string))
        {
            // Now and then a text a member returned (a serialized document, a label), so readers get their own output.
            return pool.TryGetValue(typeof(string), out var texts) && random.Next(3) == 0
                ? texts[random.Next(texts.Count)]
                : BenignText[random.Next(BenignText.Length)];
        }

        if (type == typeof(int))
        {
            return new[] { 0, 1, 2, 3, 5, 12, 100, 2024 }[random.Next(8)];
        }

        if (type == typeof(long))
        {
            return (long)random.Next(0, 1000);
        }

        if (type == typeof(short))
        {
            return (short)random.Next(0, 100);
        }

        if (type == typeof(byte))
        {
            return (byte)random.Next(0, 10);
        }

        if (type == typeof(decimal))
        {
            return new[] { 0m, 1m, 0.5m, 2m, 80m, 100m, 110m, 120m }[random.Next(8)];
        }

        if (type == typeof(double))
        {
            return new[] { 0d, 0.5d, 1d, 80d }[random.Next(4)];
        }

        if (type == typeof(float))
        {
            return 1f;
        }

        if (type == typeof(bool))
        {
            return random.Next(2) == 0;
        }

        if (type == typeof(char))
        {
            return 'x';
        }

        if (type == typeof(LocalDate))
        {
            return new[] { new LocalDate(2024, 1, 1), new LocalDate(2023, 2, 15), new LocalDate(2024, 12, 31), new LocalDate(2022, 6, 30), new LocalDate(2025, 3, 1) }[random.Next(5)];
        }

        if (type == typeof(DateInterval))
        {
            return new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31));
        }

        if (type == typeof(CancellationToken))
        {
            return CancellationToken.None;
        }

        if (type == typeof(CultureInfo) || type == typeof(IFormatProvider))
        {
            return Cultures.All[random.Next(Cultures.All.Length)];
        }

        if (type == typeof(object))
        {
            return "x";
        }

        if (type == typeof(Type))
        {
            return typeof(string);
        }

        return null;
    }

    private object? Collection(Type type, Random random, int depth, bool edge)
    {
        if (CollectionElement(type) is { } element)
        {
            var n = random.Next(1, 3);
            var items = new List<object?>();
            for (var i = 0; i < n; i++)
            {
                if (!TryBenign(element, random, depth + 1, out var item))
                {
                    return edge ? Build(type, element, []) : null;
                }

                items.Add(item);
            }

            return Build(type, element, items);
        }

        if (type.IsGenericType && type.GetGenericArguments() is [var key, var value]
            && (type.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>) || type.GetGenericTypeDefinition() == typeof(IDictionary<,>)
                || type.GetGenericTypeDefinition() == typeof(Dictionary<,>) || type.GetGenericTypeDefinition() == typeof(ImmutableDictionary<,>)))
        {
            return TryBenign(key, random, depth + 1, out var k) && TryBenign(value, random, depth + 1, out var v) ? Map(type, key, value, [(k, v)]) : null;
        }

        return null;
    }

    /// <summary>The element type of the sequences and lists this source can build.</summary>
    private static Type? CollectionElement(Type type)
    {
        if (type.IsArray)
        {
            return type.GetElementType();
        }

        if (!type.IsGenericType || type.GetGenericArguments().Length != 1)
        {
            return null;
        }

        var definition = type.GetGenericTypeDefinition();
        return definition == typeof(IEnumerable<>) || definition == typeof(IReadOnlyList<>) || definition == typeof(IReadOnlyCollection<>)
            || definition == typeof(IList<>) || definition == typeof(ICollection<>) || definition == typeof(List<>)
            || definition == typeof(ImmutableArray<>) || definition == typeof(IImmutableList<>) || definition == typeof(ImmutableList<>)
            || definition == typeof(ISet<>) || definition == typeof(IReadOnlySet<>) || definition == typeof(HashSet<>)
            || definition == typeof(ImmutableHashSet<>) || definition == typeof(IImmutableSet<>) || definition == typeof(ReadOnlySpan<>)
            || definition == typeof(ReadOnlyMemory<>) || definition == typeof(Memory<>) || definition == typeof(Span<>)
                ? type.GetGenericArguments()[0]
                : null;
    }

    private static object? Build(Type type, Type element, List<object?> items)
    {
        var array = Array.CreateInstance(element, items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            array.SetValue(items[i], i);
        }

        if (type.IsArray || !type.IsGenericType)
        {
            return array;
        }

        var definition = type.GetGenericTypeDefinition();
        if (definition == typeof(ImmutableArray<>) || definition == typeof(IImmutableList<>) || definition == typeof(ImmutableList<>))
        {
            var create = typeof(ImmutableArray).GetMethods().Single(m => m.Name == nameof(ImmutableArray.CreateRange) && m.GetParameters().Length == 1)
                .MakeGenericMethod(element);
            var immutable = create.Invoke(null, [array]);
            return definition == typeof(ImmutableArray<>) ? immutable
                : typeof(ImmutableList).GetMethods().Single(m => m.Name == nameof(ImmutableList.CreateRange)).MakeGenericMethod(element).Invoke(null, [array]);
        }

        if (definition == typeof(ISet<>) || definition == typeof(IReadOnlySet<>) || definition == typeof(HashSet<>))
        {
            return Activator.CreateInstance(typeof(HashSet<>).MakeGenericType(element), array);
        }

        if (definition == typeof(ImmutableHashSet<>) || definition == typeof(IImmutableSet<>))
        {
            return typeof(ImmutableHashSet).GetMethods().Single(m => m.Name == nameof(ImmutableHashSet.CreateRange) && m.GetParameters().Length == 1)
                .MakeGenericMethod(element).Invoke(null, [array]);
        }

        if (definition == typeof(IList<>) || definition == typeof(ICollection<>) || definition == typeof(List<>))
        {
            return Activator.CreateInstance(typeof(List<>).MakeGenericType(element), array);
        }

        if (definition == typeof(ReadOnlyMemory<>) || definition == typeof(Memory<>))
        {
            return Activator.CreateInstance(type, array);
        }

        // IEnumerable, IReadOnlyList, IReadOnlyCollection; a span parameter is passed an array and converted by the caller.
        return array;
    }

    private static object Map(Type type, Type key, Type value, IReadOnlyList<(object? Key, object? Value)> entries)
    {
        var dictionary = (IDictionary)Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(key, value))!;
        foreach (var (k, v) in entries)
        {
            if (k is not null && !dictionary.Contains(k))
            {
                dictionary.Add(k, v);
            }
        }

        if (type.GetGenericTypeDefinition() == typeof(ImmutableDictionary<,>) || type.GetGenericTypeDefinition() == typeof(IImmutableDictionary<,>))
        {
            var create = typeof(ImmutableDictionary).GetMethods()
                .Single(m => m.Name == nameof(ImmutableDictionary.CreateRange) && m.GetParameters().Length == 1)
                .MakeGenericMethod(key, value);
            return create.Invoke(null, [dictionary])!;
        }

        return dictionary;
    }

    /// <summary>
    /// For a configuration callback (<c>Action&lt;TOptions&gt;</c>): callbacks that each set one settable property of the
    /// options to one of its edge values, as a caller's <c>configure</c> delegate might.
    /// </summary>
    private List<Func<object?>> ConfigureEdges(Type type, Random random, int depth)
    {
        var edges = new List<Func<object?>>();
        if (depth > 0 || type.GetMethod("Invoke") is not { ReturnType: var returns } invoke || returns != typeof(void)
            || invoke.GetParameters() is not [var options] || !Packages.Assemblies.Contains(options.ParameterType.Assembly))
        {
            return edges;
        }

        var properties = options.ParameterType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0)
            .OrderBy(p => p.Name, StringComparer.Ordinal);
        foreach (var property in properties)
        {
            foreach (var edge in Edges(property.PropertyType, random, depth + 1).Take(4))
            {
                var value = edge();
                var parameter = Expression.Parameter(options.ParameterType, "options");
                var assign = Expression.Assign(Expression.Property(parameter, property), Expression.Constant(value, property.PropertyType));
                var callback = Expression.Lambda(type, assign, parameter).Compile();
                edges.Add(() => callback);
            }
        }

        return edges;
    }

    /// <summary>A callback that ignores its arguments and returns a benign value of its return type.</summary>
    private Delegate? Callback(Type type, Random random, int depth)
    {
        var invoke = type.GetMethod("Invoke");
        if (invoke is null || invoke.GetParameters().Any(p => p.ParameterType.IsByRef || p.ParameterType.IsByRefLike))
        {
            return null;
        }

        // The callback keeps what the library hands it (argument types that only the library creates).
        var parameters = invoke.GetParameters().Select(p => Expression.Parameter(p.ParameterType, p.Name)).ToArray();
        var add = typeof(ArgumentSource).GetMethod(nameof(Add))!;
        var body = new List<Expression>(parameters.Select(p => Expression.Call(Expression.Constant(this), add, Expression.Convert(p, typeof(object)), Expression.Constant(0))));
        if (invoke.ReturnType == typeof(void))
        {
            body.Add(Expression.Empty());
        }
        else if (TryBenign(invoke.ReturnType, random, depth + 1, out var result))
        {
            body.Add(Expression.Constant(result, invoke.ReturnType));
        }
        else
        {
            return null;
        }

        return Expression.Lambda(type, Expression.Block(body), parameters).Compile();
    }

    private object[] Assignable(Type type)
    {
        if (!assignable.TryGetValue(type, out var cached))
        {
            cached = pool
                .Where(p => type.IsAssignableFrom(p.Key))
                .OrderBy(p => p.Key.FullName, StringComparer.Ordinal)
                .SelectMany(p => p.Value)
                .ToArray();
            assignable[type] = cached;
        }

        return cached;
    }

    /// <summary>Forgets the lookups by type, after new values joined the pool.</summary>
    public void Refresh() => assignable.Clear();

    private static bool Same(object a, object b)
    {
        try
        {
            return ReferenceEquals(a, b) || a.Equals(b);
        }
        catch (Exception)
        {
            return false;
        }
    }
}
