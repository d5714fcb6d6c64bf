using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using AsnKinerja.BehaviourRubric;
using AsnKinerja.Cascading;
using AsnKinerja.NineBox;
using AsnKinerja.Predicates;
using NodaTime;

namespace AsnKinerja.Serialization.SystemTextJson.Tests;

/// <summary>
/// Which types the format covers (every public type of the packages, or a deliberate exclusion with its reason), and
/// how it behaves inside a caller's own types: the path of every error, required values, null documents, collections,
/// the size limits, label folding and the length of quoted values.
/// </summary>
public class WireTableTests
{
    /// <summary>
    /// Public types of the covered packages that are deliberately not in <c>asnkinerja/1</c>, with the reason
    /// (docs/wire-format.md lists the same). Static classes are never data and need no entry.
    /// </summary>
    internal static readonly IReadOnlyList<(Type Type, string Reason)> Excluded = new (Type, string)[]
    {
        (typeof(RuleSet), "a regulation descriptor: documents name it by its RuleSetId, and the registry in the options resolves it"),
        (typeof(RuleSetRegistry), "behaviour, not data: it is given to the serializer options"),
        (typeof(IRules), "behaviour: documents name rules by their rule set ID"),
        (typeof(ISkpRules), "behaviour: documents name rules by their rule set ID"),
        (typeof(ICascadingRules), "behaviour: documents name rules by their rule set ID"),
        (typeof(IKuadranRules), "behaviour: documents name rules by their rule set ID"),
        (typeof(IDistribusiRules), "behaviour: documents name rules by their rule set ID"),
        (typeof(IAngkaKreditRules), "behaviour: documents name rules by their rule set ID"),
        (typeof(IPerilakuKerjaRules), "behaviour: documents name rules by their rule set ID"),
        (typeof(IPetaTalentaRules), "behaviour: documents name rules by their rule set ID"),
        (typeof(FindingDefinition), "a catalogue entry: a finding is written with its code and read from the catalogue in the options"),
        (typeof(ExplanationDefinition), "a catalogue entry: an explanation is written with its key and read from the catalogue in the options"),
        (typeof(LocalizedText), "written inside the findings and explanations that carry it, as text per language"),
        (typeof(Result<>), "a wrapper: its value and findings are written by their own types (a result type such as PenempatanTalentaResult carries both)"),
        (typeof(SkpBuilder), "mutable: an SKP is written as the Skp it builds"),
        (typeof(SkpRuleOptions), "the options of ISkpRules, configured in code or DI, not exchanged"),
        (typeof(SelKuadran), "a cell of the quadrant table of IKuadranRules, which is code"),
        (typeof(PolaDistribusi), "a pattern of a distribution rule set, which is code: verdicts name their rule set"),
        (typeof(BatasanDistribusi), "a constraint of a pattern, written inside BatasanResult"),
        (typeof(AngkaKreditOptions), "recovered from the result that used it (the Pemula coefficient is written in AngkaKreditResult)"),
        (typeof(TabelAngkaKredit), "a table of a rule set, which is code: KebutuhanKenaikan is read against it"),
        (typeof(AkumulasiAngkaKredit), "not in asnkinerja/1 yet: recompute it with IAngkaKreditRules.Accumulate"),
        (typeof(BulkInput), "column data for the bulk engine (arrays of numbers), exchanged as the caller's own columns"),
        (typeof(BulkOptions), "a run setting of the bulk engine, not a document"),
        (typeof(BulkResult), "column data of the bulk engine; read its verdicts with GetVerdict and write those"),
        (typeof(NilaiDasarBerakhlak), "a catalogue entry of a BerAKHLAK rule set, which is code: KatalogBerakhlak is written as its rule set ID"),
        (typeof(PanduanPerilaku), "a catalogue entry of a BerAKHLAK rule set, which is code"),
        (typeof(SaranPerilakuArguments), "the argument of a caller's own suggestion policy (code), never a document"),
        (typeof(PenghitunganPegawaiResult), "recompute it with KebijakanStatusPegawai.Apply from the placements and statuses; each employee's PenghitunganPegawai is written, and an EvaluasiPeriodeResult carries them"),
        (typeof(KeputusanPeriode.Builder), "mutable: the decisions are written as the KeputusanPeriode it builds"),
        (typeof(PemetaanIpk), "not in asnkinerja/1 yet: a policy of the period pipeline"),
    };


    /// <summary>Options for callers' own types: the reflection resolver, as an ASP.NET application has by default.</summary>
    private static readonly JsonSerializerOptions Reflection =
        new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, TypeInfoResolver = new DefaultJsonTypeInfoResolver() }.ConfigureForAsnKinerja();

    [Fact]
    public void EveryPublicType_IsInTheFormatOrDeliberatelyExcluded()
    {
        var inFormat = WireTypes.All.Select(t => t.IsGenericType ? t.GetGenericTypeDefinition() : t).ToHashSet();
        var excluded = Excluded.Select(e => e.Type).ToHashSet();
        var assemblies = new[] { typeof(Skp), typeof(CascadingGraph), typeof(KuotaResult), typeof(KotakTalenta), typeof(UmpanBalik) }.Select(t => t.Assembly);
        var missing = assemblies.SelectMany(a => a.GetExportedTypes())
            .Where(t => !(t.IsAbstract && t.IsSealed) && !typeof(Delegate).IsAssignableFrom(t))
            .Where(t => !inFormat.Contains(t) && !excluded.Contains(t))
            .Select(t => t.FullName)
            .ToList();
        Assert.True(missing.Count == 0, "neither in the wire format nor excluded with a reason: " + string.Join(", ", missing));
        Assert.DoesNotContain(Excluded, e => inFormat.Contains(e.Type));
        Assert.All(Excluded, e => Assert.False(string.IsNullOrWhiteSpace(e.Reason)));
    }

    [Fact]
    public void Read_ErrorInsideACallersType_NamesTheOuterPath()
    {
        var e = Assert.IsType<WireFormatException>(Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Permintaan>("""{"predikat": ["Baik", "Bagus Sekali"], "skp": null}""", Reflection)));
        Assert.Equal("$.predikat[1]", e.Path);
        Assert.Equal("$.predikat[1]", e.DocumentPath);
        Assert.StartsWith("$.predikat[1]: unknown employee predicate (PredikatKinerja) label 'Bagus Sekali'", e.Message, StringComparison.Ordinal);

        var skp = Json.Write(Samples.Skp()).Replace("\"id\":\"RHK-1\"", "\"id\":\" \"", StringComparison.Ordinal);
        var inner = Assert.IsType<WireFormatException>(Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Permintaan>("{\"predikat\": [], \"skp\": " + skp + "}", Reflection)));
        Assert.Equal("$.skp", inner.Path);
        Assert.Equal("$.skp.hasilKerja[0].id", inner.DocumentPath);
        Assert.Equal("must not be empty or blank.", inner.Reason);
        Assert.Equal("$.skp.hasilKerja[0].id: must not be empty or blank.", inner.Message);
    }

    [Fact]
    public void Read_ErrorInADocumentOfTheLibrarysType_HasTheWholePath()
    {
        var skp = Json.Write(Samples.Skp()).Replace("\"id\":\"RHK-1\"", "\"id\":\" \"", StringComparison.Ordinal);
        var e = Assert.IsType<WireFormatException>(Json.Fails<Skp>(skp));
        Assert.Equal("$.hasilKerja[0].id", e.Path);
        Assert.Equal(e.Path, e.DocumentPath);
        var list = Assert.IsType<WireFormatException>(Json.Fails<List<Skp>>("[" + Json.Write(Samples.Skp()) + "," + skp + "]"));
        Assert.Equal("$[1]", list.Path);
        Assert.Equal("$[1].hasilKerja[0].id", list.DocumentPath);
    }

    [Fact]
    public void Read_MissingEnumOrStructPropertyOfACallersType_IsAJsonException()
    {
        var e = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Penilaian>("""{"catatan": "x"}""", Reflection));
        Assert.Contains("rating", e.Message, StringComparison.Ordinal);
        Assert.Contains("nip", e.Message, StringComparison.Ordinal);
        var read = JsonSerializer.Deserialize<Penilaian>("""{"rating": "Sesuai Ekspektasi", "nip": "199001152015031002", "catatan": "x"}""", Reflection)!;
        Assert.Equal(Ekspektasi.Sesuai, read.Rating);
        Assert.Null(JsonSerializer.Deserialize<Penilaian>("""{"rating": "Sesuai", "nip": "199001152015031002"}""", Reflection)!.Tanggal);
    }

    [Fact]
    public void Read_NullDocument_IsAJsonExceptionAndANullPropertyIsTheCallersChoice()
    {
        Assert.Equal("$: expected a Skp, found null.", Json.Fails<Skp>("null").Message);
        Assert.Equal("$: expected a PredikatKinerja, found null.", Json.Fails<PredikatKinerja>("null").Message);
        Assert.Null(JsonSerializer.Deserialize<Permintaan>("""{"predikat": [], "skp": null}""", Reflection)!.Skp);
        Assert.Null(Json.Read<PredikatKinerja?>("null"));
    }

    [Fact]
    public void Read_ArrayLongerThanTheLimit_IsRejectedBeforeItsItemsAreRead()
    {
        var options = AsnKinerjaJson.CreateOptions(limits: new WireFormatLimits(maxArrayLength: 3));
        var json = Json.Write(new ValidationResult(Enumerable.Range(0, 4).Select(i => SkpFindings.TanpaHasilKerjaUtama.Create("S-" + i))));
        var e = Assert.IsType<WireFormatException>(Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<ValidationResult>(json.Replace("\"code\":\"SKP", "\"code\":\"XXX", StringComparison.Ordinal), options)));
        Assert.Equal("$.findings", e.Path);
        Assert.Contains("an array of 4 items is longer than the limit of 3 (WireFormatLimits.MaxArrayLength)", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => new WireFormatLimits(maxArrayLength: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new WireFormatLimits(maxStringLength: 0));
    }

    [Fact]
    public void Read_StringLongerThanTheLimit_IsRejectedWithItsLength()
    {
        var options = AsnKinerjaJson.CreateOptions(limits: new WireFormatLimits(maxStringLength: 10));
        var e = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<UnitKerja>("""{"id": "U-1", "nama": "Direktorat Kebijakan"}""", options));
        Assert.Equal("$.nama", e.Path);
        Assert.Contains("a string of 20 characters is longer than the limit of 10", e.Message, StringComparison.Ordinal);
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<PredikatKinerja>("\"" + new string('x', 11) + "\"", options));
    }

    [Fact]
    public void Read_DuplicateBehaviourValue_IsRejectedAtTheItemThatRepeatsIt()
    {
        var entries = string.Join(",", Enumerable.Repeat("""{"nilai": "Loyal", "penilaian": "Sesuai"}""", 1000));
        var e = Json.Fails<PenilaianNilaiBerakhlak>("[" + entries + "]");
        Assert.Equal("$[1]", e.Path);
        Assert.Contains("assessed twice", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ObjectWithMorePropertiesThanAnyOfTheFormat_IsRejected()
    {
        var json = "{" + string.Join(",", Enumerable.Range(0, 100).Select(i => "\"p" + i + "\": 1")) + "}";
        Assert.Contains("at most 64 properties", Json.Fails<UnitKerja>(json).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_KelvinSignAndOtherNonAsciiLetters_AreNotFoldedIntoLabels()
    {
        Assert.Equal(KebijakanUnitKecil.Ketat, Json.Read<KebijakanUnitKecil>("\"KETAT\""));
        Assert.Contains("unknown small-unit policy", Json.Fails<KebijakanUnitKecil>("\"\u212Aetat\"").Message, StringComparison.Ordinal);
        Assert.Contains("unknown", Json.Fails<PredikatKinerja>("\"\u212Aurang\"").Message, StringComparison.Ordinal);
        Assert.Equal(JenisKolomMph.TimKerja, Json.Read<JenisKolomMph>("\"tim kerja\""));
        Assert.Contains("unknown", Json.Fails<JenisKolomMph>("\"tim \u212Aerja\"").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_HugeOffendingValue_IsQuotedShortInTheMessage()
    {
        var label = new string('x', 50_000);
        var e = Json.Fails<PredikatKinerja>("\"" + label + "\"");
        Assert.True(e.Message.Length < 400, e.Message.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("(50000 characters)", e.Message, StringComparison.Ordinal);
        var nip = Json.Fails<Nip>("\"" + new string('1', 5000) + "\"");
        Assert.Contains("(5000 characters)", nip.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadWrite_LabelsAndIdsAsDictionaryKeys_UseTheirTextForm()
    {
        var counts = new Dictionary<PredikatKinerja, int> { [PredikatKinerja.SangatBaik] = 2 };
        var json = JsonSerializer.Serialize(counts, Reflection);
        Assert.Equal("{\"Sangat Baik\":2}", json);
        Assert.Equal(2, JsonSerializer.Deserialize<Dictionary<PredikatKinerja, int>>(json, Reflection)![PredikatKinerja.SangatBaik]);
    }

    /// <summary>A caller's request type, as an ASP.NET application declares it.</summary>
    internal sealed record Permintaan(List<PredikatKinerja> Predikat, Skp? Skp);

    /// <summary>A caller's type with library value types: a missing one must not arrive as its default.</summary>
    internal sealed record Penilaian(Ekspektasi Rating, Nip Nip, string? Catatan, LocalDate? Tanggal);
}
