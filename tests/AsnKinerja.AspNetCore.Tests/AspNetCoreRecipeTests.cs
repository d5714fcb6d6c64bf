using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using AsnKinerja.Serialization.SystemTextJson;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Options;

namespace AsnKinerja.AspNetCore.Tests;

/// <summary>
/// The recipe of docs/wire-format.md ("ASP.NET Core") in a real host: request and response bodies in the wire format, a problem with the
/// path and the reason for an unreadable body (never a 500), and the agency's options bound from configuration and
/// validated when the host starts.
/// </summary>
public sealed class AspNetCoreRecipeTests : IClassFixture<WebApplicationFactory<Program>>
{
    private readonly WebApplicationFactory<Program> _factory;

    public AspNetCoreRecipeTests(WebApplicationFactory<Program> factory) => _factory = factory;

    [Fact]
    public async Task Post_ValidRequest_AnswersInTheWireFormat()
    {
        using var client = _factory.CreateClient();
        using var response = await client.PostAsync("/predikat", Body("""{"ratingHasilKerja": "Di Atas Ekspektasi", "ratingPerilakuKerja": "Sesuai Ekspektasi"}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("asnkinerja/1", json.RootElement.GetProperty("$format").GetString());
        Assert.Equal("Baik", json.RootElement.GetProperty("predikat").GetString());
    }

    [Fact]
    public async Task Post_UnknownLabelInAList_IsAProblemWithThePathOfTheItem()
    {
        var problem = await PostBadRequest("/distribusi", """{"unitId": "U-1", "predikatOrganisasi": "Baik", "predikat": ["Baik", "Bagus Sekali"]}""");

        Assert.Equal("$.predikat[1]", problem.GetProperty("path").GetString());
        Assert.StartsWith("unknown employee predicate (PredikatKinerja) label 'Bagus Sekali'", problem.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_MissingEnumProperty_IsAProblemNotAServerError()
    {
        var problem = await PostBadRequest("/predikat", """{"ratingHasilKerja": "Di Atas Ekspektasi"}""");

        Assert.Contains("ratingPerilakuKerja", problem.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_ErrorInsideAnSkpOfTheRequest_NamesTheWholePath()
    {
        var skp = """{"id": "SKP-1", "pegawai": "199001152015031002", "jabatan": {"jenis": "Fungsional", "jenjang": "Ahli Muda"}, "unitId": "U-1", "periode": {"jenis": "Tahunan", "awal": "2024-01-01", "akhir": "2024-12-31"}, "statusKepegawaian": "PNS", "pejabatPenilai": {"nip": "197805102003121001", "jabatan": {"jenis": "Administrator"}, "kewenangan": "Definitif"}, "pendekatan": "Kuantitatif", "status": "Draf", "hasilKerja": [{"id": " ", "uraian": "Kajian", "jenis": "Utama", "klasifikasi": "Organisasi", "indikator": []}], "perilakuKerja": [], "lampiran": {"dukunganSumberDaya": [], "skemaPertanggungjawaban": [], "konsekuensi": []}}""";
        var problem = await PostBadRequest("/skp/validasi", "{\"skp\": " + skp + "}");

        Assert.Equal("$.skp.hasilKerja[0].id", problem.GetProperty("path").GetString());
        Assert.Equal("must not be empty or blank.", problem.GetProperty("reason").GetString());

        using var client = _factory.CreateClient();
        using var valid = await client.PostAsync("/skp/validasi", Body("{\"skp\": " + skp.Replace("\"id\": \" \"", "\"id\": \"RHK-1\"", StringComparison.Ordinal) + "}"));
        Assert.Equal(HttpStatusCode.OK, valid.StatusCode);
        Assert.Contains("\"findings\"", await valid.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public void Start_InvalidOptionsInConfiguration_FailsBeforeTheFirstRequest()
    {
        using var factory = _factory.WithWebHostBuilder(b => b.UseSetting("AsnKinerja:AmbangUnitKecil", "0"));

        var e = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());
        Assert.Contains("AmbangUnitKecil", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_OptionsFromConfiguration_ConfigureTheRules()
    {
        using var factory = _factory.WithWebHostBuilder(b => b.UseSetting("AsnKinerja:Penegakan", "Tegakkan"));
        using var client = factory.CreateClient();
        using var response = await client.PostAsync("/distribusi", Body("""{"unitId": "U-1", "predikatOrganisasi": "Baik", "predikat": ["Baik", "Baik", "Sangat Baik"]}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"penegakan\":\"Tegakkan\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static StringContent Body(string json) => new(json, Encoding.UTF8, "application/json");

    private async Task<JsonElement> PostBadRequest(string path, string json)
    {
        using var client = _factory.CreateClient();
        using var response = await client.PostAsync(path, Body(json));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        return problem;
    }
}
