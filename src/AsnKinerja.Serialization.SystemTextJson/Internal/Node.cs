using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;

namespace AsnKinerja.Serialization.SystemTextJson.Internal;

/// <summary>A JSON value being read, with the path that names it in error messages ("$.hasilKerja[0].id").</summary>
internal readonly struct Node
{
    public Node(JsonElement element, string path)
    {
        Element = element;
        Path = path;
    }

    public JsonElement Element { get; }

    public string Path { get; }

    public bool IsNull => Element.ValueKind == JsonValueKind.Null;

    public static JsonException Error(string path, string reason) =>
        new(path + ": " + reason, path, null, null);

    public JsonException Error(string reason) => Error(Path, reason);

    public Node Item(int index) => new(Element[index], Path + "[" + index.ToString(CultureInfo.InvariantCulture) + "]");

    public string String()
    {
        Expect(JsonValueKind.String, "a string");
        return Element.GetString()!;
    }

    public string NonBlankString()
    {
        var s = String();
        return string.IsNullOrWhiteSpace(s) ? throw Error("must not be empty or blank.") : s;
    }

    public bool Boolean()
    {
        if (Element.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return Element.GetBoolean();
        }

        throw Error("expected true or false, found " + Describe(Element.ValueKind) + ".");
    }

    public int Int32(int min, int max)
    {
        Expect(JsonValueKind.Number, "a whole number");
        if (!Element.TryGetInt32(out var value))
        {
            throw Error(string.Format(CultureInfo.InvariantCulture, "{0} is not a whole number between {1} and {2}.", Element.GetRawText(), min, max));
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
            throw Error(Element.GetRawText() + " is out of range for a decimal number.");
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
        var builder = ImmutableArray.CreateBuilder<T>(length);
        for (var i = 0; i < length; i++)
        {
            var item = Item(i);
            if (item.IsNull)
            {
                throw item.Error("an array item must not be null.");
            }

            builder.Add(read(item));
        }

        return builder.MoveToImmutable();
    }

    public void Expect(JsonValueKind kind, string what)
    {
        if (Element.ValueKind != kind)
        {
            throw Error("expected " + what + ", found " + Describe(Element.ValueKind) + ".");
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
