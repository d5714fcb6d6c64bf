using System.Text.Json;
using AsnKinerja.Serialization.SystemTextJson;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace AsnKinerja.AspNetCore;

/// <summary>A request with two ratings: missing one is a 400, never a default value.</summary>
public sealed record PermintaanPredikat(Ekspektasi RatingHasilKerja, Ekspektasi RatingPerilakuKerja);

/// <summary>A unit's predicates, checked against the distribution pattern of its organisation predicate.</summary>
public sealed record PermintaanDistribusi(string UnitId, PredikatKinerjaOrganisasi PredikatOrganisasi, List<PredikatKinerja> Predikat);

/// <summary>An SKP inside a caller's own request type.</summary>
public sealed record PermintaanValidasi(Skp Skp);

/// <summary>
/// Turns an unreadable request body into a 400 problem: <c>path</c> is the whole JSON path of the offending value
/// (<c>$.skp.hasilKerja[0].id</c>) and <c>reason</c> says what is wrong with it.
/// </summary>
public sealed class WireFormatProblemHandler : IExceptionHandler
{
    private readonly IProblemDetailsService _problems;

    /// <summary>Creates the handler.</summary>
    /// <param name="problems">Writes the problem response.</param>
    public WireFormatProblemHandler(IProblemDetailsService problems) => _problems = problems;

    /// <inheritdoc/>
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException { InnerException: JsonException json })
        {
            return false;
        }

        var wire = json as WireFormatException;
        httpContext.Response.StatusCode = StatusCodes.Status400BadRequest;
        var problem = new ProblemDetails
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "Dokumen tidak sah",
            Detail = json.Message,
            Extensions =
            {
                ["path"] = wire?.DocumentPath ?? json.Path,
                ["reason"] = wire?.Reason ?? json.Message,
            },
        };
        return await _problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }
}
