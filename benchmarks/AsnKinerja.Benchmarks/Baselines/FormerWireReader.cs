using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AsnKinerja.Benchmarks.Baselines;

// The wire-format reader as it was before the rewrite, kept only as the benchmarks' baseline: a JsonDocument parsed
// for every value a converter is given, arrays indexed element by element (JsonElement[i] walks the array from its
// start, so a loop over an array costs its length squared), three collections per object and a path string per value.

internal readonly struct FormerNode
{
    public FormerNode(JsonElement element, string path)
    {
        Element = element;
        Path = path;
    }

    public JsonElement Element { get; }

    public string Path { get; }

    public JsonException Error(string reason) => new(Path + ": " + reason, Path, null, null);

    public FormerNode Item(int index) => new(Element[index], Path + "[" + index.ToString(CultureInfo.InvariantCulture) + "]");

    public string String() => Element.ValueKind == JsonValueKind.String ? Element.GetString()! : throw Error("expected a string.");

    public string NonBlankString() => String() is { } s && !string.IsNullOrWhiteSpace(s) ? s : throw Error("must not be empty or blank.");

    public bool Boolean() => Element.ValueKind is JsonValueKind.True or JsonValueKind.False ? Element.GetBoolean() : throw Error("expected true or false.");

    public FormerObject Object() => new(this);

    public ImmutableArray<T> Array<T>(Func<FormerNode, T> read)
    {
        var length = Element.GetArrayLength();
        var builder = ImmutableArray.CreateBuilder<T>(length);
        for (var i = 0; i < length; i++)
        {
            builder.Add(read(Item(i)));
        }

        return builder.MoveToImmutable();
    }
}

internal sealed class FormerObject
{
    private readonly Dictionary<string, JsonElement> _properties = new(StringComparer.Ordinal);
    private readonly List<string> _order = new();
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);
    private readonly FormerNode _node;

    public FormerObject(FormerNode node)
    {
        _node = node;
        foreach (var property in node.Element.EnumerateObject())
        {
            if (_properties.ContainsKey(property.Name))
            {
                throw node.Error("duplicate property '" + property.Name + "'.");
            }

            _properties[property.Name] = property.Value;
            _order.Add(property.Name);
        }

        _used.Add("$format");
    }

    public FormerNode Required(string name)
    {
        _used.Add(name);
        return _properties.TryGetValue(name, out var value) ? new FormerNode(value, _node.Path + "." + name) : throw _node.Error("missing required property '" + name + "'.");
    }

    public FormerNode? Optional(string name)
    {
        _used.Add(name);
        return _properties.TryGetValue(name, out var value) && value.ValueKind != JsonValueKind.Null ? new FormerNode(value, _node.Path + "." + name) : null;
    }

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
                throw _node.Error("unknown property '" + name + "'.");
            }
        }
    }
}

/// <summary>The former converter base: the value is parsed into its own document, then walked.</summary>
internal sealed class FormerConverter<T> : JsonConverter<T>
{
    private readonly Func<FormerNode, T> _read;

    public FormerConverter(Func<FormerNode, T> read) => _read = read;

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return _read(new FormerNode(document.RootElement, "$"));
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => throw new NotSupportedException("The baseline only reads.");
}

/// <summary>The former readings of the benchmarked types (the mapping is the format's; only the plumbing differs).</summary>
internal static class FormerCodecs
{
    public static PredikatKinerja ReadPredikat(FormerNode node)
    {
        var text = node.String();
        return AsnLabels.TryParsePredikatKinerja(text, out var value) ? value : throw node.Error("unknown label '" + text + "'.");
    }

    public static NilaiBerakhlak ReadNilai(FormerNode node) =>
        Enum.TryParse<NilaiBerakhlak>(node.String().Replace(" ", string.Empty, StringComparison.Ordinal), out var nilai) ? nilai : throw node.Error("unknown BerAKHLAK value.");

    public static FindingValue ReadFindingValue(FormerNode node)
    {
        var o = node.Object();
        var key = o.Required("key").NonBlankString();
        var value = o.Required("value").String();
        o.End();
        return new FindingValue(key, value);
    }

    public static Finding ReadFinding(FormerNode node, Func<string, FindingDefinition?> catalog)
    {
        var o = node.Object();
        var code = o.Required("code").NonBlankString();
        _ = o.Required("severity").String();
        var subject = o.Required("subject").String();
        var values = o.Required("values").Array(ReadFindingValue);
        o.Informative("source", "messages");
        o.End();
        var definition = catalog(code) ?? throw node.Error("unknown finding code.");
        return definition.Create(subject, values.ToArray());
    }

    public static StrukturOrganisasi ReadStruktur(FormerNode node)
    {
        var o = node.Object();
        var units = o.Required("unit").Array(n =>
        {
            var u = n.Object();
            var id = u.Required("id").NonBlankString();
            var nama = u.Required("nama").NonBlankString();
            var parentId = u.Optional("parentId")?.NonBlankString();
            u.End();
            return new UnitKerja(id, nama, parentId);
        });
        var penempatan = o.Required("penempatan").Array(n =>
        {
            var p = n.Object();
            var nip = Nip.Parse(p.Required("nip").String());
            var unitId = p.Required("unitId").NonBlankString();
            var isKepala = p.Required("isKepala").Boolean();
            p.End();
            return new PenempatanPegawai(nip, unitId, isKepala);
        });
        o.End();
        return StrukturOrganisasi.Create(units, penempatan).ValueOrNull ?? throw node.Error("the organisation tree is invalid.");
    }

    public static BehaviourRubric.PenilaianNilaiBerakhlak ReadPenilaianNilai(FormerNode node)
    {
        // The former reading: every entry first, the duplicates after.
        var entries = node.Array(n =>
        {
            var o = n.Object();
            var nilai = ReadNilai(o.Required("nilai"));
            var penilaian = AsnLabels.ParseEkspektasi(o.Required("penilaian").String());
            o.End();
            return (Node: n, Nilai: nilai, Penilaian: penilaian);
        });
        var result = BehaviourRubric.PenilaianNilaiBerakhlak.Kosong;
        foreach (var entry in entries)
        {
            if (result.Get(entry.Nilai) is not null)
            {
                throw entry.Node.Error("assessed twice.");
            }

            result = result.With(entry.Nilai, entry.Penilaian);
        }

        return result;
    }
}
