using System.Text.Json;

namespace AsnKinerja.Serialization.SystemTextJson;

/// <summary>
/// A document that is not valid <c>asnkinerja/1</c>: the <see cref="JsonException"/> every AsnKinerja converter throws,
/// with the place of the offending value and the reason kept apart, for an HTTP problem response
/// (<c>docs/wire-format.md</c>, "ASP.NET Core").
/// </summary>
/// <remarks>
/// <para>
/// <see cref="JsonException.Path"/> is where System.Text.Json was when the AsnKinerja value failed: for a document
/// that is itself an AsnKinerja value, the exact path (<c>$.hasilKerja[0].id</c>); for an AsnKinerja value inside
/// your own type, the path of that value (<c>$.skp</c>, <c>$.predikat[1]</c>), filled in by the serializer.
/// <see cref="DocumentPath"/> is always the whole path to the offending value (<c>$.skp.hasilKerja[0].id</c>), and
/// <see cref="Exception.Message"/> is <c>DocumentPath: Reason</c>.
/// </para>
/// <para>Messages quote at most 64 characters of an offending value (then <c>…</c> and its length).</para>
/// </remarks>
public sealed class WireFormatException : JsonException
{
    private readonly bool _rooted;

    internal WireFormatException(string relativePath, string reason)
        : base(reason)
    {
        RelativePath = relativePath;
        Reason = reason;
    }

    private WireFormatException(WireFormatException inner)
        : base(inner.Reason, "$" + inner.RelativePath, null, null)
    {
        RelativePath = inner.RelativePath;
        Reason = inner.Reason;
        _rooted = true;
    }

    /// <summary>Why the value is invalid, without its place (for example <c>must not be empty or blank.</c>).</summary>
    public string Reason { get; }

    /// <summary>The whole JSONPath of the offending value, from the root of the document that was read.</summary>
    public string DocumentPath => _rooted ? Path! : (Path ?? "$") + RelativePath;

    /// <inheritdoc/>
    public override string Message => DocumentPath + ": " + Reason;

    /// <summary>The path below the AsnKinerja value being read ("" for the value itself).</summary>
    internal string RelativePath { get; }

    /// <summary>The same error for a value that is the root of the document: its path is known whole.</summary>
    internal WireFormatException AtRoot() => new(this);
}
