using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using AsnKinerja.Benchmarks.Baselines;
using AsnKinerja.BehaviourRubric;
using AsnKinerja.Serialization.SystemTextJson;
using BenchmarkDotNet.Attributes;

namespace AsnKinerja.Benchmarks;

// Reading the wire format: the reader of this package against the reader it had before the rewrite (Baseline, in
// Baselines/FormerWireReader.cs). Run them all with `bash benchmarks/serialization.sh` (category "Serialization");
// benchmarks/results/serialization.md holds the last run.

/// <summary>
/// 200,000 predicate labels in a caller's list (a bulk upload): the former converter parsed a document for each label;
/// the new one matches the label's UTF-8 bytes. Plain strings are the floor: the same JSON read as <c>List&lt;string&gt;</c>.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("Serialization")]
public class LabelReadingBenchmarks
{
    private static readonly string[] Labels = { "Baik", "Sangat Baik", "Butuh Perbaikan", "Baik", "Kurang/Misconduct", "Sangat Kurang", "Baik", "Sangat Baik" };

    private readonly JsonSerializerOptions _former = new() { TypeInfoResolver = new DefaultJsonTypeInfoResolver(), Converters = { new FormerConverter<PredikatKinerja>(FormerCodecs.ReadPredikat) } };
    private readonly JsonSerializerOptions _library = AsnKinerjaJson.CreateOptions();
    private readonly JsonSerializerOptions _plain = new() { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };
    private byte[] _json = Array.Empty<byte>();

    /// <summary>The number of labels.</summary>
    [Params(200_000)]
    public int Count { get; set; }

    [GlobalSetup]
    public void Setup() => _json = Encoding.UTF8.GetBytes("[" + string.Join(",", Enumerable.Range(0, BenchmarkMode.Brief ? 100 : Count).Select(i => "\"" + Labels[i % Labels.Length] + "\"")) + "]");

    [Benchmark(Baseline = true)]
    public int Former() => JsonSerializer.Deserialize<List<PredikatKinerja>>(_json, _former)!.Count;

    [Benchmark]
    public int Library() => JsonSerializer.Deserialize<List<PredikatKinerja>>(_json, _library)!.Count;

    [Benchmark]
    public int PlainStrings() => JsonSerializer.Deserialize<List<string>>(_json, _plain)!.Count;
}

/// <summary>
/// Large documents at three sizes, each about three times the one before (3,000, 10,000, 30,000): a Finding with n values, a StrukturOrganisasi
/// of n units (each with one employee), and n behaviour entries whose second repeats the first (rejected). The former
/// reader indexed every array element by element, so each cost its length squared; the new one is linear, and the
/// repeated entry is refused at index 1 without reading the rest.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("Serialization")]
[GroupBenchmarksBy(BenchmarkDotNet.Configs.BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class LargeDocumentBenchmarks
{
    private readonly JsonSerializerOptions _former = new()
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        Converters =
        {
            new FormerConverter<Finding>(n => FormerCodecs.ReadFinding(n, code => DefinitionCatalog.Default.TryGetFinding(code, out var d) ? d : null)),
            new FormerConverter<StrukturOrganisasi>(FormerCodecs.ReadStruktur),
            new FormerConverter<PenilaianNilaiBerakhlak>(FormerCodecs.ReadPenilaianNilai),
        },
    };

    private readonly JsonSerializerOptions _library = AsnKinerjaJson.CreateOptions();
    private byte[] _finding = Array.Empty<byte>();
    private byte[] _struktur = Array.Empty<byte>();
    private byte[] _perilaku = Array.Empty<byte>();

    /// <summary>The number of values, units or entries.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Size { get; set; }

    public static IEnumerable<int> Sizes => BenchmarkMode.Brief ? new[] { 100 } : new[] { 3_000, 10_000, 30_000 };

    [GlobalSetup]
    public void Setup()
    {
        var values = Enumerable.Range(0, Size).Select(i => FindingValue.Of("nilai" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), "x")).ToArray();
        _finding = JsonSerializer.SerializeToUtf8Bytes(SkpFindings.TanpaHasilKerjaUtama.Create("S-1", values), _library);
        var units = Enumerable.Range(0, Size).Select(i => new UnitKerja("U" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), "Unit", i == 0 ? null : "U" + ((i - 1) / 4).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var penempatan = Enumerable.Range(0, Size).Select(i => new PenempatanPegawai(Pegawai(i), "U" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), false));
        _struktur = JsonSerializer.SerializeToUtf8Bytes(StrukturOrganisasi.Create(units, penempatan).Value, _library);
        _perilaku = Encoding.UTF8.GetBytes("[" + string.Join(",", Enumerable.Repeat("{\"nilai\":\"Loyal\",\"penilaian\":\"Sesuai Ekspektasi\"}", Size)) + "]");
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Finding")]
    public int FindingFormer() => JsonSerializer.Deserialize<Finding>(_finding, _former)!.Values.Length;

    [Benchmark]
    [BenchmarkCategory("Finding")]
    public int FindingLibrary() => JsonSerializer.Deserialize<Finding>(_finding, _library)!.Values.Length;

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Struktur")]
    public int StrukturFormer() => JsonSerializer.Deserialize<StrukturOrganisasi>(_struktur, _former)!.Units.Count();

    [Benchmark]
    [BenchmarkCategory("Struktur")]
    public int StrukturLibrary() => JsonSerializer.Deserialize<StrukturOrganisasi>(_struktur, _library)!.Units.Count();

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Perilaku")]
    public int RepeatedBehaviourFormer() => Rejected(_perilaku, _former);

    [Benchmark]
    [BenchmarkCategory("Perilaku")]
    public int RepeatedBehaviourLibrary() => Rejected(_perilaku, _library);

    /// <summary>A distinct valid NIP for each employee: born on one of 3,650 days, appointed March 2015, numbered.</summary>
    private static Nip Pegawai(int i) =>
        Nip.Parse(new NodaTime.LocalDate(1980, 1, 1).PlusDays(i % 3650).ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture) + "2015031" + ((i / 3650) + 1).ToString("D3", System.Globalization.CultureInfo.InvariantCulture));

    private static int Rejected(byte[] json, JsonSerializerOptions options)
    {
        try
        {
            JsonSerializer.Deserialize<PenilaianNilaiBerakhlak>(json, options);
            throw new InvalidOperationException("A repeated behaviour value was accepted.");
        }
        catch (JsonException e)
        {
            return e.Message.Length;
        }
    }
}
