using System.Text.Json;
using System.Text.Json.Serialization;
using AsnKinerja.Serialization.SystemTextJson.Internal;

namespace AsnKinerja.Serialization.SystemTextJson.Converters;

/// <summary>
/// The base of every converter: reading takes the whole value as a document (depth limited by the reader's
/// MaxDepth), walks it with paths, and builds the model only after every field is read and valid; writing
/// emits the canonical form. Every failure is a <see cref="JsonException"/> whose Path is relative to the value read.
/// </summary>
/// <typeparam name="T">The model type.</typeparam>
internal abstract class AsnConverter<T> : JsonConverter<T>
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var node = new Node(document.RootElement, "$");
        if (node.IsNull)
        {
            throw node.Error("expected a " + typeof(T).Name + ", found null.");
        }

        try
        {
            return ReadValue(node);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or FormatException or OverflowException or KeyNotFoundException or IndexOutOfRangeException)
        {
            // A safety net: the codecs check before they build, but a domain precondition must never escape as another type.
            throw node.Error(e.Message);
        }
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        if (value is null)
        {
            writer.WriteNullValue();
            return;
        }

        WriteValue(writer, value);
    }

    protected abstract T ReadValue(Node node);

    protected abstract void WriteValue(Utf8JsonWriter writer, T value);
}
