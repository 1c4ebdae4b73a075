using Boona.Domain.Common;
using Boona.Domain.Searches;
using Boona.Infrastructure.Inquiries;
using Boona.Infrastructure.Patients;
using Boona.Infrastructure.Searches;
using Boona.Web.Security;

namespace Boona.Web.Api;

/// <summary>
/// Read searches; pause, resume or cancel them; keep their notes log and exclusion list — through the search page's own
/// commands. Every body may carry the <c>version</c> read: a change made meanwhile is a 409, like a state that does not
/// allow the step (pausing a paused search).
/// </summary>
internal static class SearchEndpoints
{
    public static void MapSearches(this RouteGroupBuilder api)
    {
        var searches = api.MapGroup("/searches").WithTags("Searches");
        searches.MapGet("/", ListAsync)
            .WithSummary("Searches, oldest first by default, filtered and paged in the database (page is zero-based).")
            .Produces<PageDto<SearchListItemDto>>().ProducesValidationProblem();
        searches.MapGet("/{id:int}", GetAsync)
            .WithSummary("One search with its exclusions (its own and the patient's), inquiries, timeline and standing acceptances.")
            .Produces<SearchDto>().ProducesProblem(StatusCodes.Status404NotFound);
        Change(searches.MapPost("/{id:int}/pause", PauseAsync).AcceptsOptionalJson<SearchPauseInput>())
            .WithSummary("Pauses an active search, until a day (it resumes by itself) or open-ended; the body is optional.");
        Change(searches.MapPost("/{id:int}/resume", ResumeAsync).AcceptsOptionalJson<SearchResumeInput>())
            .WithSummary("Resumes a paused search; the body (the version read) is optional.");
        Change(searches.MapPost("/{id:int}/cancel", CancelAsync).AcceptsOptionalJson<SearchCancelInput>())
            .WithSummary("Cancels a search that is not final; the reason is required.");
        Change(searches.MapPost("/{id:int}/notes", AddNoteAsync).AcceptsOptionalJson<SearchNoteInput>())
            .WithSummary("Adds a line to the search's notes log (its timeline), with who wrote it and when.");
        Change(searches.MapPost("/{id:int}/exclusions", ExcludeAsync).Accepts<ExclusionInput>("application/json"))
            .WithSummary("Excludes a therapist for this search only, with a reason; 409 when already excluded.");
        Change(searches.MapPost("/{id:int}/exclusions/{therapistId:int}/remove", RemoveExclusionAsync).AcceptsOptionalJson<ExclusionRemovalInput>())
            .WithSummary("Lifts one of this search's exclusions with a reason, kept in the timeline; not on the list: nothing changes.");
        Change(searches.MapPost("/{id:int}/trial/success", ConfirmSuccessAsync))
            .WithSummary("The trial sessions went well: the search is successful and the patient in therapy; 409 unless placed.");
        Change(searches.MapPost("/{id:int}/trial/failure", FailTrialAsync).Accepts<TrialFailureInput>("application/json"))
            .WithSummary("The trial failed: the therapist is excluded with the reason and the search runs again; 409 unless placed.");
        Change(searches.MapPost("/{id:int}/standing-acceptances/{inquiryId:int}", TakeStandingAcceptanceAsync))
            .WithSummary("Places an active search with the therapist whose acceptance (in that inquiry) lost to an earlier one; 409 when it no longer stands.");
    }

    private static async Task<IResult> TakeStandingAcceptanceAsync(int id, int inquiryId, HttpContext http, PlacementCommands placements, CancellationToken cancellationToken) =>
        Done(await placements.TakeStandingAcceptanceAsync(id, inquiryId, http.User.ActorName(), cancellationToken));

    private static async Task<IResult> ConfirmSuccessAsync(int id, PlacementCommands placements, CancellationToken cancellationToken) =>
        Done(await placements.ConfirmSuccessAsync(id, cancellationToken));

    private static async Task<IResult> FailTrialAsync(int id, JsonBody<TrialFailureInput> body, PlacementCommands placements, CancellationToken cancellationToken) =>
        body.Value is not { } failure ? body.Problem() : Done(await placements.FailTrialAsync(id, failure, cancellationToken));

    private static RouteHandlerBuilder Change(RouteHandlerBuilder endpoint) =>
        endpoint.Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<IResult> ListAsync(
        string? status, string? region, int? page, int? pageSize, HttpContext http, SearchQueries queries, PatientAccessLog accessLog, CancellationToken cancellationToken)
    {
        var query = new ApiQuery(page, pageSize);
        var parsedStatus = query.Enum<SearchStatus>(status, "status");
        if (!query.IsValid)
        {
            return query.Problem();
        }

        var list = await queries.ListAsync(new SearchListQuery { Status = parsedStatus, Region = region, Page = query.Page, PageSize = query.PageSize }, cancellationToken);
        if (!list.IsSuccess)
        {
            return ApiProblems.From(list);
        }

        await accessLog.LogAsync(http, [.. list.Value.Items.Select(s => s.PatientId)], PatientAccessKind.List);
        return TypedResults.Ok(new PageDto<SearchListItemDto>([.. list.Value.Items.Select(SearchListItemDto.From)], list.Value.Total));
    }

    private static async Task<IResult> GetAsync(
        int id, HttpContext http, SearchQueries queries, StandingAcceptanceQueries standing, PatientAccessLog accessLog, CancellationToken cancellationToken)
    {
        if (await queries.GetAsync(id, cancellationToken) is not { } details)
        {
            return ApiProblems.NotFound($"There is no search {id}.");
        }

        await accessLog.LogAsync(http, [details.Search.PatientId], PatientAccessKind.Record);
        return TypedResults.Ok(SearchDto.From(details, await standing.ForSearchAsync(id, cancellationToken)));
    }

    private static async Task<IResult> PauseAsync(int id, OptionalJsonBody<SearchPauseInput> body, HttpContext http, SearchCommands commands, CancellationToken cancellationToken) =>
        body.Value is not { } input ? body.Problem() : Done(await commands.PauseAsync(id, input, http.User.ActorName(), cancellationToken));

    private static async Task<IResult> ResumeAsync(int id, OptionalJsonBody<SearchResumeInput> body, HttpContext http, SearchCommands commands, CancellationToken cancellationToken) =>
        body.Value is not { } input ? body.Problem() : Done(await commands.ResumeAsync(id, input, http.User.ActorName(), cancellationToken));

    private static async Task<IResult> CancelAsync(int id, OptionalJsonBody<SearchCancelInput> body, HttpContext http, SearchCommands commands, CancellationToken cancellationToken) =>
        body.Value is not { } input ? body.Problem() : Done(await commands.CancelAsync(id, input, http.User.ActorName(), cancellationToken));

    private static async Task<IResult> AddNoteAsync(int id, OptionalJsonBody<SearchNoteInput> body, HttpContext http, SearchCommands commands, CancellationToken cancellationToken) =>
        body.Value is not { } input ? body.Problem() : Done(await commands.AddNoteAsync(id, input, http.User.ActorName(), cancellationToken));

    private static async Task<IResult> ExcludeAsync(int id, JsonBody<ExclusionInput> body, HttpContext http, SearchCommands commands, CancellationToken cancellationToken)
    {
        if (body.Value is not { } input)
        {
            return body.Problem();
        }

        var excluded = await commands.ExcludeAsync(id, input, http.User.ActorName(), cancellationToken);
        return excluded.IsSuccess ? TypedResults.NoContent() : PatientEndpoints.ExclusionProblem(excluded);
    }

    private static async Task<IResult> RemoveExclusionAsync(
        int id, int therapistId, OptionalJsonBody<ExclusionRemovalInput> body, HttpContext http, SearchCommands commands, CancellationToken cancellationToken)
    {
        if (body.Value is not { } input)
        {
            return body.Problem();
        }

        input.TherapistId = therapistId;
        return Done(await commands.RemoveExclusionAsync(id, input, http.User.ActorName(), cancellationToken));
    }

    private static IResult Done(Result result) => result.IsSuccess ? TypedResults.NoContent() : ApiProblems.From(result);
}
