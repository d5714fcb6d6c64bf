using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AsnKinerja.BehaviourRubric;
using AsnKinerja.Cascading;
using AsnKinerja.NineBox;
using AsnKinerja.Predicates;
using AsnKinerja.Testing;
using FsCheck;
using FsCheck.Fluent;

namespace AsnKinerja.Serialization.SystemTextJson.Tests;

/// <summary>Random mutations of valid documents either still read (and then round-trip) or fail with a JsonException: never another exception.</summary>
public class MutationPropertyTests
{
    private static readonly Func<string, object>[] Readers =
    {
        j => Json.Read<Skp>(j), j => Json.Read<PredikatTerhitung>(j), j => Json.Read<KeputusanPredikat>(j), j => Json.Read<PemeriksaanDistribusiResult>(j),
        j => Json.Read<DataTalentaPegawai>(j), j => Json.Read<CatatanPerilakuKerja>(j), j => Json.Read<AngkaKreditResult>(j), j => Json.Read<PetaTalentaOptions>(j),
        j => Json.Read<Finding>(j), j => Json.Read<JarakKenaikan>(j), j => Json.Read<SaranRatingPerilaku>(j), j => Json.Read<DistribusiOptions>(j),
        j => Json.Read<TimKerja>(j), j => Json.Read<CascadingOptions>(j), j => Json.Read<CascadingGraph>(j),
    };

    private static readonly Func<object, string>[] Writers =
    {
        o => Json.Write((Skp)o), o => Json.Write((PredikatTerhitung)o), o => Json.Write((KeputusanPredikat)o), o => Json.Write((PemeriksaanDistribusiResult)o),
        o => Json.Write((DataTalentaPegawai)o), o => Json.Write((CatatanPerilakuKerja)o), o => Json.Write((AngkaKreditResult)o), o => Json.Write((PetaTalentaOptions)o),
        o => Json.Write((Finding)o), o => Json.Write((JarakKenaikan)o), o => Json.Write((SaranRatingPerilaku)o), o => Json.Write((DistribusiOptions)o),
        o => Json.Write((TimKerja)o), o => Json.Write((CascadingOptions)o), o => Json.Write((CascadingGraph)o),
    };

    private static Gen<(int Kind, string Json)> Documents =>
        Gen.Choose(0, Readers.Length - 1).SelectMany(kind => (kind switch
        {
            0 => Gens.Skp.Select(v => Json.Write(v)),
            1 => Gens.Terhitung.Select(v => Json.Write(v)),
            2 => Gens.Keputusan.Select(v => Json.Write(v)),
            3 => (from p in Gens.OneOf(Gens.PredikatOrganisasi) from j in Gens.Jumlah from o in Gens.Opsi select Json.Write(DistribusiRules.SeMenPanRb3Tahun2023.WithOptions(o).Check("U", p, j))),
            4 => Gens.DataTalenta.Select(v => Json.Write(v)),
            5 => (from s in Gens.Skp from u in Gens.UmpanBalik(1) from p in Gens.Maybe(Gens.PenilaianPerilaku) select Json.Write(new CatatanPerilakuKerja(s, new[] { u }, p))),
            6 => (from b in Gen.Choose(0, 12) from p in Gens.OneOf(Gens.Predikat) select Json.Write(AngkaKreditRules.PermenPanRb1Tahun2023.Calculate(b, p, JenjangFungsional.AhliMuda))),
            7 => Gens.PetaOptions.Select(v => Json.Write(v)),
            8 => Gens.Finding.Select(v => Json.Write(v)),
            9 => Gen.Choose(0, 3000).Select(a => Json.Write(AngkaKreditRules.PermenPanRb1Tahun2023.CalculateJarak(a / 10m, GolonganRuang.IIIc, JenjangFungsional.AhliMuda))),
            10 => Gens.SaranPerilaku.Select(v => Json.Write(v)),
            11 => Gens.Opsi.Select(v => Json.Write(v)),
            12 => Gens.TimKerja(1).Select(v => Json.Write(v)),
            13 => Gens.CascadingOptions.Select(v => Json.Write(v)),
            _ => Gens.Graph.Select(v => Json.Write(v)),
        }).Select(json => (kind, json)));

    [Property(MaxTest = 500)]
    public Property MutatedDocument_EitherRoundTripsOrFailsWithAJsonException()
    {
        var gen =
            from doc in Documents
            from mutation in Gen.Choose(0, 4)
            from pick in Gen.Choose(0, 10_000)
            from cut in Gen.Choose(0, 10_000)
            select (doc.Kind, Mutated: Mutate(doc.Json, mutation, pick, cut));

        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            object value;
            try
            {
                value = Readers[t.Kind](t.Mutated);
            }
            catch (JsonException)
            {
                return true;
            }

            // It was read: the value is valid, so it must round-trip canonically.
            var json = Writers[t.Kind](value);
            return json == Writers[t.Kind](Readers[t.Kind](json));
        });
    }

    [Fact]
    public void Mutate_EachMutationChangesTheDocument()
    {
        var json = Json.Write(Samples.Skp());
        for (var m = 0; m < 5; m++)
        {
            Assert.NotEqual(json, Mutate(json, m, 3, 50));
        }
    }

    private static string Mutate(string json, int mutation, int pick, int cut)
    {
        if (mutation == 2)
        {
            return json.Substring(0, cut % json.Length);
        }

        var root = JsonNode.Parse(json)!;
        var slots = new List<(JsonObject Parent, string Key)>();
        Collect(root, slots);
        var (parent, key) = slots[pick % slots.Count];
        var value = parent[key];
        switch (mutation)
        {
            case 0:
                parent.Remove(key);
                return root.ToJsonString();
            case 1:
                parent[key] = value switch
                {
                    JsonObject => new JsonArray(),
                    JsonArray => new JsonObject(),
                    JsonValue v when v.GetValueKind() == JsonValueKind.String => JsonValue.Create(42),
                    JsonValue v when v.GetValueKind() == JsonValueKind.Number => JsonValue.Create("42"),
                    _ => JsonValue.Create(true),
                };
                return root.ToJsonString();
            case 3:
                parent[key] = JsonValue.Create("ZZZ garbage label");
                return root.ToJsonString() == json ? root.ToJsonString() + " " : root.ToJsonString();
            default:
                return Render(root, parent, key);
        }
    }

    private static void Collect(JsonNode? node, List<(JsonObject, string)> slots)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var p in o.ToList())
                {
                    slots.Add((o, p.Key));
                    Collect(p.Value, slots);
                }

                break;
            case JsonArray a:
                foreach (var item in a)
                {
                    Collect(item, slots);
                }

                break;
        }
    }

    private static string Render(JsonNode root, JsonObject duplicateIn, string duplicateKey)
    {
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, root, duplicateIn, duplicateKey);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Write(Utf8JsonWriter writer, JsonNode? node, JsonObject duplicateIn, string duplicateKey)
    {
        switch (node)
        {
            case JsonObject o:
                writer.WriteStartObject();
                foreach (var p in o)
                {
                    var times = ReferenceEquals(o, duplicateIn) && p.Key == duplicateKey ? 2 : 1;
                    for (var i = 0; i < times; i++)
                    {
                        writer.WritePropertyName(p.Key);
                        Write(writer, p.Value, duplicateIn, duplicateKey);
                    }
                }

                writer.WriteEndObject();
                break;
            case JsonArray a:
                writer.WriteStartArray();
                foreach (var item in a)
                {
                    Write(writer, item, duplicateIn, duplicateKey);
                }

                writer.WriteEndArray();
                break;
            case null:
                writer.WriteNullValue();
                break;
            default:
                node.WriteTo(writer);
                break;
        }
    }
}
