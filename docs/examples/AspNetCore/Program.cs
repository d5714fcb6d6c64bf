using AsnKinerja;
using AsnKinerja.Extensions.DependencyInjection;
using AsnKinerja.Predicates;
using AsnKinerja.AspNetCore;
using AsnKinerja.Serialization.SystemTextJson;

var builder = WebApplication.CreateBuilder(args);

// 1. The wire format for request and response bodies (after any resolver of your own, see docs/wire-format.md).
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.ConfigureForAsnKinerja());

// 2. The agency's policies from configuration ("AsnKinerja" section), validated when the host starts:
//    one OptionsValidationException lists every error, before the first request.
builder.Services.AddAsnKinerja();
builder.Services.AddOptions<AsnKinerjaOptions>().Bind(builder.Configuration.GetSection("AsnKinerja")).ValidateOnStart();

// 3. An invalid body is a 400 problem with the path of the offending value and the reason.
builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<WireFormatProblemHandler>();

var app = builder.Build();
app.UseExceptionHandler();

app.MapPost("/predikat", (PermintaanPredikat permintaan, IKuadranRules kuadran) =>
    kuadran.Evaluate(permintaan.RatingHasilKerja, permintaan.RatingPerilakuKerja));

app.MapPost("/distribusi", (PermintaanDistribusi permintaan, IDistribusiRules distribusi) =>
    distribusi.Check(permintaan.UnitId, permintaan.PredikatOrganisasi, permintaan.Predikat));

app.MapPost("/skp/validasi", (PermintaanValidasi permintaan, ISkpRules skp) => skp.Validate(permintaan.Skp));

app.Run();

/// <summary>The entry point, visible to the integration test's <c>WebApplicationFactory</c>.</summary>
public partial class Program
{
}
