using System.Text.Json;

namespace AsnKinerja.Serialization.SystemTextJson.Tests;

/// <summary>Serializes through the configured options (converters + source-generated context).</summary>
internal static class Json
{
    public static readonly JsonSerializerOptions Options = AsnKinerjaJson.CreateOptions();

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Options)!;

    /// <summary>Writes, reads back and writes again: the value is equal (when the type has equality) and the JSON is canonical.</summary>
    public static bool RoundTrips<T>(T value, bool compareValues = true)
    {
        var json = Write(value);
        var back = Read<T>(json);
        var again = Write(back);
        if (!string.Equals(json, again, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("Not canonical:\n" + json + "\n" + again);
        }

        if (compareValues && !EqualityComparer<T>.Default.Equals(value, back))
        {
            throw new InvalidOperationException("Not equal after a round trip:\n" + json);
        }

        return true;
    }

    public static string Write(Type type, object? value) => JsonSerializer.Serialize(value, type, Options);

    public static object? Read(Type type, string json) => JsonSerializer.Deserialize(json, type, Options);

    public static JsonException Fails<T>(string json) => Assert.ThrowsAny<JsonException>(() => Read<T>(json));
}
