using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace AsnKinerja.Serialization.SystemTextJson.Internal;

/// <summary>Writing helpers: one canonical form per value (optional values are omitted when absent).</summary>
internal static class W
{
    /// <summary>Starts an object; a top-level object carries the "$format" marker.</summary>
    public static void Begin(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        if (writer.CurrentDepth == 1)
        {
            writer.WriteString(AsnKinerjaJson.FormatPropertyName, AsnKinerjaJson.FormatVersion);
        }
    }

    /// <summary>Writes a named value with its codec.</summary>
    public static void Property<T>(Utf8JsonWriter writer, string name, T value, Action<Utf8JsonWriter, T> write)
    {
        writer.WritePropertyName(name);
        write(writer, value);
    }

    /// <summary>Writes a named object with its codec when there is one (an absent optional value is omitted).</summary>
    public static void Optional<T>(Utf8JsonWriter writer, string name, T? value, Action<Utf8JsonWriter, T> write)
        where T : class
    {
        if (value is not null)
        {
            Property(writer, name, value, write);
        }
    }

    /// <summary>Writes a named value with its codec when there is one (an absent optional value is omitted).</summary>
    public static void Optional<T>(Utf8JsonWriter writer, string name, T? value, Action<Utf8JsonWriter, T> write)
        where T : struct
    {
        if (value is { } v)
        {
            Property(writer, name, v, write);
        }
    }

    public static void OptionalString(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    public static string Nip(Nip nip) => nip.IsEmpty ? throw new JsonException("An empty (default) NIP cannot be written.") : nip.ToString();

    public static void Nip(Utf8JsonWriter writer, string name, Nip nip) => writer.WriteString(name, Nip(nip));

    public static void OptionalNip(Utf8JsonWriter writer, string name, Nip? nip)
    {
        if (nip is { } n)
        {
            Nip(writer, name, n);
        }
    }

    public static string Date(LocalDate date) =>
        date.Calendar == CalendarSystem.Iso ? LocalDatePattern.Iso.Format(date) : throw new JsonException("Only ISO-calendar dates can be written.");

    public static void Date(Utf8JsonWriter writer, string name, LocalDate date) => writer.WriteString(name, Date(date));

    public static string YearMonth(YearMonth value) =>
        value.Calendar == CalendarSystem.Iso ? YearMonthPattern.Iso.Format(value) : throw new JsonException("Only ISO-calendar year-months can be written.");

    public static void OptionalDate(Utf8JsonWriter writer, string name, LocalDate? date)
    {
        if (date is { } d)
        {
            Date(writer, name, d);
        }
    }

    public static void Array<T>(Utf8JsonWriter writer, string name, IEnumerable<T> items, Action<Utf8JsonWriter, T> write)
    {
        writer.WriteStartArray(name);
        foreach (var item in items)
        {
            write(writer, item);
        }

        writer.WriteEndArray();
    }

    public static void Strings(Utf8JsonWriter writer, string name, IEnumerable<string> items) =>
        Array(writer, name, items, (w, s) => w.WriteStringValue(s));

    public static void Texts(Utf8JsonWriter writer, string name, string id, string en)
    {
        writer.WriteStartObject(name);
        writer.WriteString("id", id);
        writer.WriteString("en", en);
        writer.WriteEndObject();
    }
}

/// <summary>Reading helpers shared by the codecs.</summary>
internal static class R
{
    public static Nip Nip(Node node)
    {
        var text = node.String();
        var problem = AsnKinerja.Nip.Diagnose(text);
        return problem is null ? AsnKinerja.Nip.Parse(text) : throw node.Error("malformed NIP " + Preconditions.Quote(text) + ": " + problem);
    }

    public static LocalDate Date(Node node)
    {
        var text = node.String();
        var result = LocalDatePattern.Iso.Parse(text);
        return result.Success ? result.Value : throw node.Error("malformed date " + Preconditions.Quote(text) + ": expected an ISO date yyyy-MM-dd.");
    }

    public static YearMonth YearMonth(Node node)
    {
        var text = node.String();
        var result = YearMonthPattern.Iso.Parse(text);
        return result.Success ? result.Value : throw node.Error("malformed year-month " + Preconditions.Quote(text) + ": expected an ISO year and month yyyy-MM.");
    }

    public static string? OptionalString(ObjectReader o, string name) => o.Optional(name)?.String();

    public static Nip? OptionalNip(ObjectReader o, string name) => o.Optional(name) is { } n ? Nip(n) : null;

    public static LocalDate? OptionalDate(ObjectReader o, string name) => o.Optional(name) is { } n ? Date(n) : null;

    /// <summary>Runs a public constructor or factory; a precondition it still rejects becomes a JsonException at this node.</summary>
    public static T Build<T>(Node at, Func<T> build)
    {
        try
        {
            return build();
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or FormatException or OverflowException)
        {
            throw at.Error(e.Message);
        }
    }

    /// <summary>Fails when a stated outcome disagrees with the recomputation.</summary>
    public static void Verify<T>(Node at, string name, T stated, T recomputed, Func<T, string> show)
    {
        if (!EqualityComparer<T>.Default.Equals(stated, recomputed))
        {
            throw at.Child(name).Error("the stated " + name + " " + Preconditions.Quote(show(stated)) + " disagrees with the recomputation from the inputs (" + Preconditions.Quote(show(recomputed)) + ").");
        }
    }
}
