using System.Text.Json;

namespace AsnKinerja.Serialization.SystemTextJson.Internal;

/// <summary>
/// Reads one JSON object strictly: duplicate keys, unknown keys and a foreign "$format" are errors, required
/// properties must be present and not null. Values are read first; the caller builds the model only after
/// <see cref="End"/>, so an invalid document never yields a half-built object.
/// </summary>
internal sealed class ObjectReader
{
    private readonly Dictionary<string, JsonElement> _properties = new(StringComparer.Ordinal);
    private readonly List<string> _order = new();
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    public ObjectReader(Node node)
    {
        node.Expect(JsonValueKind.Object, "an object");
        Node = node;
        foreach (var property in node.Element.EnumerateObject())
        {
            if (_properties.ContainsKey(property.Name))
            {
                throw Node.Error(Child(property.Name), "duplicate property '" + property.Name + "'.");
            }

            _properties[property.Name] = property.Value;
            _order.Add(property.Name);
        }

        if (_properties.TryGetValue(AsnKinerjaJson.FormatPropertyName, out var format))
        {
            _used.Add(AsnKinerjaJson.FormatPropertyName);
            var formatNode = new Node(format, Child(AsnKinerjaJson.FormatPropertyName));
            var value = formatNode.String();
            if (!string.Equals(value, AsnKinerjaJson.FormatVersion, StringComparison.Ordinal))
            {
                throw formatNode.Error("unsupported wire format '" + value + "'; this reader understands '" + AsnKinerjaJson.FormatVersion + "'.");
            }
        }
    }

    public Node Node { get; }

    public Node Required(string name)
    {
        _used.Add(name);
        if (!_properties.TryGetValue(name, out var value))
        {
            throw Node.Error("missing required property '" + name + "'.");
        }

        var child = new Node(value, Child(name));
        return child.IsNull ? throw child.Error("required property '" + name + "' must not be null.") : child;
    }

    public Node? Optional(string name)
    {
        _used.Add(name);
        return _properties.TryGetValue(name, out var value) && value.ValueKind != JsonValueKind.Null ? new Node(value, Child(name)) : null;
    }

    public bool Has(string name) => _properties.TryGetValue(name, out var value) && value.ValueKind != JsonValueKind.Null;

    /// <summary>Marks written-for-information properties (explanations, derived values) as known; their content is not read.</summary>
    public void Informative(params string[] names)
    {
        foreach (var name in names)
        {
            _used.Add(name);
        }
    }

    public void End()
    {
        foreach (var name in _order)
        {
            if (!_used.Contains(name))
            {
                throw Node.Error(Child(name), "unknown property '" + name + "'.");
            }
        }
    }

    private string Child(string name) => Node.Path + "." + name;
}
