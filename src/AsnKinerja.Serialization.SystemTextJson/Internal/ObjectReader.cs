using System.Globalization;
using System.Text.Json;

namespace AsnKinerja.Serialization.SystemTextJson.Internal;

/// <summary>
/// Reads one JSON object strictly: duplicate keys, unknown keys and a foreign "$format" are errors, required
/// properties must be present and not null. Values are read first; the caller builds the model only after
/// <see cref="End"/>, so an invalid document never yields a half-built object.
/// </summary>
/// <remarks>
/// No object of the format has more than <see cref="MaxProperties"/> properties, so a longer one is rejected before its
/// properties are compared (which keeps the duplicate check, a comparison of every pair, small).
/// </remarks>
internal sealed class ObjectReader
{
    /// <summary>More properties than any object of the format has: an object with more is invalid whatever they are.</summary>
    public const int MaxProperties = 64;

    private readonly string[] _names;
    private readonly JsonElement[] _values;
    private readonly bool[] _used;
    private readonly int _count;
    private readonly PathSegment _self;

    public ObjectReader(Node node)
    {
        node.Expect(JsonValueKind.Object, "an object");
        Node = node;
        _self = node.Segment();
        _names = new string[8];
        _values = new JsonElement[8];
        foreach (var property in node.Element.EnumerateObject())
        {
            if (_count == MaxProperties)
            {
                throw node.Error(string.Format(CultureInfo.InvariantCulture, "an object of the wire format has at most {0} properties.", MaxProperties));
            }

            var name = property.Name;
            if (IndexOf(name) >= 0)
            {
                throw Child(name).Error("duplicate property " + Preconditions.Quote(name) + ".");
            }

            if (_count == _names.Length)
            {
                Array.Resize(ref _names, _count * 2);
                Array.Resize(ref _values, _count * 2);
            }

            _names[_count] = name;
            _values[_count] = property.Value;
            _count++;
        }

        _used = new bool[_count];
        var format = IndexOf(AsnKinerjaJson.FormatPropertyName);
        if (format >= 0)
        {
            _used[format] = true;
            var formatNode = node.Property(_self, AsnKinerjaJson.FormatPropertyName, _values[format]);
            var value = formatNode.String();
            if (!string.Equals(value, AsnKinerjaJson.FormatVersion, StringComparison.Ordinal))
            {
                throw formatNode.Error("unsupported wire format " + Preconditions.Quote(value) + "; this reader understands '" + AsnKinerjaJson.FormatVersion + "'.");
            }
        }
    }

    public Node Node { get; }

    public Node Required(string name)
    {
        var i = Use(name);
        if (i < 0)
        {
            throw Node.Error("missing required property '" + name + "'.");
        }

        var child = Node.Property(_self, name, _values[i]);
        return child.IsNull ? throw child.Error("required property '" + name + "' must not be null.") : child;
    }

    public Node? Optional(string name)
    {
        var i = Use(name);
        return i >= 0 && _values[i].ValueKind != JsonValueKind.Null ? Node.Property(_self, name, _values[i]) : null;
    }

    public bool Has(string name)
    {
        var i = IndexOf(name);
        return i >= 0 && _values[i].ValueKind != JsonValueKind.Null;
    }

    /// <summary>Marks written-for-information properties (explanations, derived values) as known; their content is not read.</summary>
    public void Informative(params string[] names)
    {
        foreach (var name in names)
        {
            Use(name);
        }
    }

    public void End()
    {
        for (var i = 0; i < _count; i++)
        {
            if (!_used[i])
            {
                throw Child(_names[i]).Error("unknown property " + Preconditions.Quote(_names[i]) + ".");
            }
        }
    }

    private int Use(string name)
    {
        var i = IndexOf(name);
        if (i >= 0)
        {
            _used[i] = true;
        }

        return i;
    }

    private int IndexOf(string name)
    {
        for (var i = 0; i < _count; i++)
        {
            if (string.Equals(_names[i], name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private Node Child(string name) => Node.Property(_self, name, default);
}
