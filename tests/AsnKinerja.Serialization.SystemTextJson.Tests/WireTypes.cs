using System.Text.Json;
using AsnKinerja.Serialization.SystemTextJson.Internal;

namespace AsnKinerja.Serialization.SystemTextJson.Tests;

/// <summary>The types of the wire format, as the package's own table lists them.</summary>
internal static class WireTypes
{
    public static readonly Type[] All = WireTable.Create(DefinitionCatalog.Default, AsnKinerjaJson.DefaultRegistry, WireFormatLimits.Default).Select(t => t.Type).ToArray();

    /// <summary>Whether a golden document is of a write-only type (or a write-only form, such as a pooled verdict).</summary>
    public static bool IsWriteOnly(string type, string json)
    {
        try
        {
            Json.Read(All.Single(t => GoldenDocumentTests.Name(t) == type), json);
            return false;
        }
        catch (JsonException e) when (e.Message.Contains("write-only", StringComparison.Ordinal))
        {
            return true;
        }
    }
}
