using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace AsnKinerja.Serialization.SystemTextJson.Internal;

/// <summary>
/// Where a value sits in the document being read: a chain of property names and array indexes, turned into a path
/// string ("$.hasilKerja[0].id") only when an error names it, so reading a large document builds no path strings.
/// </summary>
internal sealed class PathSegment
{
    private readonly PathSegment? _parent;
    private readonly string? _name;
    private readonly int _index;

    public PathSegment(PathSegment? parent, string? name, int index)
    {
        _parent = parent;
        _name = name;
        _index = index;
    }

    /// <summary>The path below the value the converter was given: "" for that value, ".a[2]" below it.</summary>
    public static string Relative(PathSegment? parent, string? name, int index)
    {
        var segments = new List<(string? Name, int Index)>();
        if (name is not null || index >= 0)
        {
            segments.Add((name, index));
        }

        for (var s = parent; s is not null; s = s._parent)
        {
            if (s._name is not null || s._index >= 0)
            {
                segments.Add((s._name, s._index));
            }
        }

        var builder = new StringBuilder();
        for (var i = segments.Count - 1; i >= 0; i--)
        {
            if (segments[i].Name is { } n)
            {
                builder.Append('.').Append(n);
            }
            else
            {
                builder.Append('[').Append(segments[i].Index.ToString(CultureInfo.InvariantCulture)).Append(']');
            }
        }

        return builder.ToString();
    }
}

/// <summary>
/// A JSON value being read, with its place in the document (for error messages) and the limits of the reading.
/// Arrays are walked once with an enumerator (never by index, which costs the position each time), after their
/// length is checked against the limit; strings are checked against theirs before a codec sees them.
/// </summary>
internal readonly struct Node
{
    private readonly PathSegment? _parent;
    private readonly string? _name;
    private readonly int _index;
    private readonly string? _scalar;

    private Node(JsonElement element, string? scalar, PathSegment? parent, string? name, int index, WireFormatLimits limits)
    {
        Element = element;
        _scalar = scalar;
        _parent = parent;
        _name = name;
        _index = index;
        Limits = limits;
    }

    public JsonElement Element { get; }

    public WireFormatLimits Limits { get; }

    public JsonValueKind Kind => _scalar is not null ? JsonValueKind.String : Element.ValueKind;

    public bool IsNull => Kind == JsonValueKind.Null;

    /// <summary>The path below the value the converter was given ("" for that value itself).</summary>
    public string RelativePath => PathSegment.Relative(_parent, _name, _index);

    /// <summary>The value a converter was given, as an element of a parsed document.</summary>
    public static Node Root(JsonElement element, WireFormatLimits limits) => new(element, null, null, null, -1, limits);

    /// <summary>The string a converter was given, read straight from the reader (no document).</summary>
    public static Node RootString(string value, WireFormatLimits limits) => new(default, value, null, null, -1, limits);

    public WireFormatException Error(string reason) => new(RelativePath, reason);

    /// <summary>The place of a property of this object, for an error message only (its value is not looked up).</summary>
    public Node Child(string name) => new(default, null, Segment(), name, -1, Limits);

    /// <summary>The place of an item of this array, for an error message only (its value is not looked up).</summary>
    public Node Item(int index) => new(default, null, Segment(), null, index, Limits);

    internal Node Property(PathSegment self, string name, JsonElement value) => new(value, null, self, name, -1, Limits);

    internal PathSegment Segment() => new(_parent, _name, _index);

    public string String()
    {
        string value;
        if (_scalar is not null)
        {
            value = _scalar;
        }
        else
        {
            Expect(JsonValueKind.String, "a string");
            value = Element.GetString()!;
        }

        return value.Length <= Limits.MaxStringLength
            ? value
            : throw Error(string.Format(CultureInfo.InvariantCulture, "a string of {0} characters is longer than the limit of {1} (WireFormatLimits.MaxStringLength).", value.Length, Limits.MaxStringLength));
    }

    public string NonBlankString()
    {
        var s = String();
        return string.IsNullOrWhiteSpace(s) ? throw Error("must not be empty or blank.") : s;
    }

    public bool Boolean()
    {
        if (Kind is JsonValueKind.True or JsonValueKind.False)
        {
            return Element.GetBoolean();
        }

        throw Error("expected true or false, found " + Describe(Kind) + ".");
    }

    public int Int32(int min, int max)
    {
        Expect(JsonValueKind.Number, "a whole number");
        if (!Element.TryGetInt32(out var value))
        {
            throw Error(string.Format(CultureInfo.InvariantCulture, "{0} is not a whole number between {1} and {2}.", Preconditions.Quote(Element.GetRawText()), min, max));
        }

        if (value < min || value > max)
        {
            throw Error(string.Format(CultureInfo.InvariantCulture, "{0} is out of range: expected a whole number between {1} and {2}.", value, min, max));
        }

        return value;
    }

    public decimal Decimal(decimal min, decimal max)
    {
        Expect(JsonValueKind.Number, "a number");
        if (!Element.TryGetDecimal(out var value))
        {
            throw Error(Preconditions.Quote(Element.GetRawText()) + " is out of range for a decimal number.");
        }

        if (value < min || value > max)
        {
            throw Error(string.Format(CultureInfo.InvariantCulture, "{0} is out of range: expected a number between {1} and {2}.", value, min, max));
        }

        return value;
    }

    public ObjectReader Object() => new(this);

    public ImmutableArray<T> Array<T>(Func<Node, T> read)
    {
        Expect(JsonValueKind.Array, "an array");
        var length = Element.GetArrayLength();
        if (length > Limits.MaxArrayLength)
        {
            throw Error(string.Format(CultureInfo.InvariantCulture, "an array of {0} items is longer than the limit of {1} (WireFormatLimits.MaxArrayLength).", length, Limits.MaxArrayLength));
        }

        var self = Segment();
        var builder = ImmutableArray.CreateBuilder<T>(length);
        var i = 0;
        foreach (var element in Element.EnumerateArray())
        {
            var item = new Node(element, null, self, null, i, Limits);
            if (item.IsNull)
            {
                throw item.Error("an array item must not be null.");
            }

            builder.Add(read(item));
            i++;
        }

        return builder.MoveToImmutable();
    }

    public void Expect(JsonValueKind kind, string what)
    {
        if (Kind != kind)
        {
            throw Error("expected " + what + ", found " + Describe(Kind) + ".");
        }
    }

    internal static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };
}
