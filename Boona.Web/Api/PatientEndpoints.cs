using Boona.Domain.Patients;
using Boona.Infrastructure.Patients;
using Boona.Infrastructure.Searches;
using Boona.Web.Security;
using DomainError = Boona.Domain.Common.Error;

namespace Boona.Web.Api;

/// <summary>Register, read and update patients, keep their exclusion list and start their search, through the pages' own commands.</summary>
internal static class PatientEndpoints
{
    public static void MapPatients(this RouteGroupBuilder api)
    {
        var patients = api.MapGroup("/patients").WithTags("Patients");
        patients.MapGet("/", ListAsync)
            .WithSummary("Patients, filtered and paged in the database (page is zero-based).")
            .Produces<PageDto<PatientListItemDto>>().ProducesValidationProblem();
        patients.MapGet("/{id:int}", GetAsync)
            .WithSummary("One patient's record; the read is written to the access log.")
            .Produces<PatientDto>().ProducesProblem(StatusCodes.Status404NotFound);
        patients.MapPost("/", RegisterAsync).Accepts<PatientInput>("application/json")
            .WithSummary("Registers a patient; nothing is saved when any field is invalid. A postal code with a known centroid locates her at once.")
            .Produces<CreatedDto>(StatusCodes.Status201Created).ProducesValidationProblem();
        patients.MapPut("/{id:int}", UpdateAsync).Accepts<PatientUpdate>("application/json")
            .WithSummary("Changes a patient; names the version read (409 when someone changed it meanwhile).")
            .Produces(StatusCodes.Status204NoContent).ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        patients.MapPost("/{id:int}/searches", StartSearchAsync)
            .WithSummary("Starts the placement search once the pre-qualification passes; 409 while one is open or the patient is in therapy.")
            .Produces<CreatedDto>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        patients.MapPost("/{id:int}/exclusions", ExcludeAsync).Accepts<ExclusionInput>("application/json")
            .WithSummary("Puts a therapist on the patient's exclusion list (every search) with a reason; 409 when already there.")
            .Produces(StatusCodes.Status204NoContent).ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        patients.MapPost("/{id:int}/exclusions/{therapistId:int}/remove", RemoveExclusionAsync).AcceptsOptionalJson<ExclusionRemovalInput>()
            .WithSummary("Takes a therapist off the patient's exclusion list with a reason, which is kept; not on it: nothing changes.")
            .Produces(StatusCodes.Status204NoContent).ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    /// <summary>The exclusion use cases name the therapist "Therapist" (the page's picker); the API's property is <c>therapistId</c>.</summary>
    internal static IResult ExclusionProblem(Boona.Domain.Common.Result result) =>
        ApiProblems.From([.. result.Errors.Select(e => e.Field == "Therapist" ? e with { Field = nameof(ExclusionInput.TherapistId) } : e)]);

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
        return TypedResults.Ok(new PageDto<PatientListItemDto>([.. list.Value.Items.Select(PatientListItemDto.From)], list.Value.Total));
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
        return registered.IsSuccess ? TypedResults.Created($"/api/v1/patients/{registered.Value}", new CreatedDto(registered.Value)) : ApiProblems.From(registered);
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
            : ApiProblems.From([.. changed.Errors.Select(e => e.Field is null || e.Code is DomainError.ConcurrencyCode ? e : e with { Field = $"Patient.{e.Field}" })]);
    }

    private static async Task<IResult> StartSearchAsync(int id, SearchCommands searches, CancellationToken cancellationToken)
    {
        var started = await searches.StartAsync(id, cancellationToken);
        return started.IsSuccess ? TypedResults.Created($"/api/v1/searches/{started.Value}", new CreatedDto(started.Value)) : ApiProblems.From(started);
    }

    private static async Task<IResult> ExcludeAsync(int id, JsonBody<ExclusionInput> body, PatientExclusions exclusions, CancellationToken cancellationToken)
    {
        if (body.Value is not { } input)
        {
            return body.Problem();
        }

        var added = await exclusions.AddAsync(id, input, cancellationToken);
        return added.IsSuccess ? TypedResults.NoContent() : ExclusionProblem(added);
    }

    private static async Task<IResult> RemoveExclusionAsync(
        int id, int therapistId, OptionalJsonBody<ExclusionRemovalInput> body, HttpContext http, PatientExclusions exclusions, CancellationToken cancellationToken)
    {
        if (body.Value is not { } input)
        {
            return body.Problem();
        }

        input.TherapistId = therapistId;
        var removed = await exclusions.RemoveAsync(id, input, http.User.ActorName(), cancellationToken);
        return removed.IsSuccess ? TypedResults.NoContent() : ExclusionProblem(removed);
    }
}
