using Boona.Domain.Patients;
using Boona.Infrastructure.Patients;
using Boona.Infrastructure.Searches;

namespace Boona.Web.Api;

/// <summary>Register, read and update patients, and start their search, through the intake's own commands.</summary>
internal static class PatientEndpoints
{
    public static void MapPatients(this RouteGroupBuilder api)
    {
        var patients = api.MapGroup("/patients").WithTags("Patients");
        patients.MapGet("/", ListAsync).WithSummary("Patients, filtered and paged in the database (page is zero-based).");
        patients.MapGet("/{id:int}", GetAsync).WithSummary("One patient's record; the read is written to the access log.");
        patients.MapPost("/", RegisterAsync).Accepts<PatientInput>("application/json").WithSummary("Registers a patient; nothing is saved when any field is invalid.");
        patients.MapPut("/{id:int}", UpdateAsync).Accepts<PatientUpdate>("application/json").WithSummary("Changes a patient; names the version read.");
        patients.MapPost("/{id:int}/searches", StartSearchAsync).WithSummary("Starts the placement search once the pre-qualification passes.");
    }

    private static async Task<IResult> ListAsync(
        string? region, string? status, string? text, int? page, int? pageSize, HttpContext http, PatientQueries queries, PatientAccessLog accessLog, CancellationToken cancellationToken)
    {
        var query = new ApiQuery(page, pageSize);
        var parsedStatus = query.Enum<PatientStatus>(status, "status");
        if (!query.IsValid)
        {
            return query.Problem();
        }

        var list = await queries.ListAsync(new PatientListQuery { Region = region, Status = parsedStatus, Text = text, Page = query.Page, PageSize = query.PageSize }, cancellationToken);
        if (!list.IsSuccess)
        {
            return ApiProblems.From(list);
        }

        await accessLog.LogAsync(http, [.. list.Value.Items.Select(p => p.Id)], PatientAccessKind.List);
        return TypedResults.Ok(new { items = list.Value.Items.Select(p => new { p.Id, p.Reference, p.PostalCode, p.City, p.Status, p.SearchId, p.SearchStatus, p.CreatedAt }), total = list.Value.Total });
    }

    private static async Task<IResult> GetAsync(int id, HttpContext http, PatientQueries queries, PatientAccessLog accessLog, CancellationToken cancellationToken)
    {
        if (await queries.GetAsync(id, cancellationToken) is not { } details)
        {
            return ApiProblems.NotFound($"There is no patient {id}.");
        }

        await accessLog.LogAsync(http, [id], PatientAccessKind.Record);
        return TypedResults.Ok(PatientDto.From(details));
    }

    private static async Task<IResult> RegisterAsync(JsonBody<PatientInput> body, PatientCommands commands, CancellationToken cancellationToken)
    {
        if (body.Value is not { } input)
        {
            return body.Problem();
        }

        var registered = await commands.RegisterAsync(input, cancellationToken);
        return registered.IsSuccess ? TypedResults.Created($"/api/v1/patients/{registered.Value}", new { id = registered.Value }) : ApiProblems.From(registered);
    }

    private static async Task<IResult> UpdateAsync(int id, JsonBody<PatientUpdate> body, PatientCommands commands, CancellationToken cancellationToken)
    {
        if (body.Value is not { } update)
        {
            return body.Problem();
        }

        var changed = await commands.UpdateAsync(id, update.Version, update.Patient, cancellationToken);
        return changed.IsSuccess
            ? TypedResults.NoContent()
            : ApiProblems.From(changed.Errors.Select(e => e.Field is null || e.Code is Boona.Domain.Common.Error.ConcurrencyCode ? e : e with { Field = $"Patient.{e.Field}" }).ToList());
    }

    private static async Task<IResult> StartSearchAsync(int id, SearchCommands searches, CancellationToken cancellationToken)
    {
        var started = await searches.StartAsync(id, cancellationToken);
        return started.IsSuccess ? TypedResults.Created($"/api/v1/searches/{started.Value}", new { id = started.Value }) : ApiProblems.From(started);
    }
}
