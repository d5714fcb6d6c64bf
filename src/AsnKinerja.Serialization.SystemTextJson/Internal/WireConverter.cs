using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;
using AsnKinerja.Serialization.SystemTextJson.Codecs;

namespace AsnKinerja.Serialization.SystemTextJson.Internal;

/// <summary>Marks the converters of the format, so configuring options twice replaces them.</summary>
internal interface IWireConverter
{
}

/// <summary>Parses a string value from its UTF-8 bytes without allocating (a label), or says it cannot.</summary>
internal delegate bool Utf8Parser<T>(ReadOnlySpan<byte> utf8, out T value);

/// <summary>
/// The one converter of the wire format, instantiated once per type from the table (<see cref="WireTable"/>): the
/// type's codec says how it maps to JSON, this class does the rest the same way for every type.
/// </summary>
/// <remarks>
/// <para>
/// Reading: a value whose JSON form is a string (a label, a date, a NIP, an ID) is read straight from the reader, a
/// label usually without allocating; any other value is parsed once into a document (depth limited by the reader's
/// MaxDepth) and walked with paths, the model built only after every field is read and valid. The codecs of nested
/// values are called directly, so a document is parsed once, not once per value.
/// </para>
/// <para>
/// Errors are <see cref="WireFormatException"/>s: for the root of the document their path is complete; inside a
/// caller's type System.Text.Json adds the path of the value (<c>$.predikat[1]</c>) and the message names the whole path.
/// JSON null is an error for the root of a document and for a value type; inside a caller's type a null reference is
/// the caller's to accept or refuse.
/// </para>
/// </remarks>
/// <typeparam name="T">The model type.</typeparam>
internal sealed class WireConverter<T> : JsonConverter<T>, IWireConverter
{
    private readonly Func<Node, T>? _read;
    private readonly Action<Utf8JsonWriter, T> _write;
    private readonly Func<T, string>? _format;
    private readonly Utf8Parser<T>? _utf8;
    private readonly string _writeOnly;
    private readonly WireFormatLimits _limits;

    public WireConverter(Func<Node, T>? read, Action<Utf8JsonWriter, T> write, Func<T, string>? format, Utf8Parser<T>? utf8, string writeOnly, WireFormatLimits limits)
    {
        _read = read;
        _write = write;
        _format = format;
        _utf8 = utf8;
        _writeOnly = writeOnly;
        _limits = limits;
    }

    public override bool HandleNull => true;

    /// <summary>Whether the format reads the type (a write-only type refuses to be read).</summary>
    public bool IsReadable => _read is not null;

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var root = reader.CurrentDepth == 0;
        try
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                return root || typeof(T).IsValueType ? throw new WireFormatException(string.Empty, "expected " + WireTable.Describe(typeof(T)) + ", found null.") : default!;
            }

            if (_read is null)
            {
                throw WriteOnly.Error(Node.RootString(string.Empty, _limits), WireTable.Describe(typeof(T)), _writeOnly);
            }

            if (_format is not null && reader.TokenType == JsonTokenType.String)
            {
                return ReadText(ref reader);
            }

            using var document = JsonDocument.ParseValue(ref reader);
            return Guard(Node.Root(document.RootElement, _limits));
        }
        catch (WireFormatException e) when (root)
        {
            throw e.AtRoot();
        }
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        if (value is null)
        {
            writer.WriteNullValue();
            return;
        }

        _write(writer, value);
    }

    public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        _format is not null && _read is not null ? ReadText(ref reader) : base.ReadAsPropertyName(ref reader, typeToConvert, options);

    public override void WriteAsPropertyName(Utf8JsonWriter writer, [DisallowNull] T value, JsonSerializerOptions options)
    {
        if (_format is null)
        {
            base.WriteAsPropertyName(writer, value, options);
            return;
        }

        writer.WritePropertyName(_format(value));
    }

    private T ReadText(ref Utf8JsonReader reader)
    {
        if (_utf8 is not null && !reader.HasValueSequence && !reader.ValueIsEscaped && _utf8(reader.ValueSpan, out var value))
        {
            return value;
        }

        return Guard(Node.RootString(reader.GetString()!, _limits));
    }

    private T Guard(Node node)
    {
        try
        {
            return _read!(node);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or FormatException or OverflowException or KeyNotFoundException or IndexOutOfRangeException)
        {
            // A safety net: the codecs check before they build, but a domain precondition must never escape as another type.
            throw node.Error(e.Message);
        }
    }
}
