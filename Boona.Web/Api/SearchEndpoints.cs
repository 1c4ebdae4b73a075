using Boona.Domain.Searches;
using Boona.Infrastructure.Patients;
using Boona.Infrastructure.Searches;

namespace Boona.Web.Api;

/// <summary>Read searches and pause, resume or cancel them through the search page's own commands.</summary>
internal static class SearchEndpoints
{
    public static void MapSearches(this RouteGroupBuilder api)
    {
        var searches = api.MapGroup("/searches").WithTags("Searches");
        searches.MapGet("/", ListAsync).WithSummary("Searches, oldest first by default, filtered and paged in the database (page is zero-based).");
        searches.MapGet("/{id:int}", GetAsync).WithSummary("One search with its exclusions and inquiries.");
        searches.MapPost("/{id:int}/pause", PauseAsync).Accepts<SearchPause>("application/json").WithSummary("Pauses an active search.");
        searches.MapPost("/{id:int}/resume", ResumeAsync).WithSummary("Resumes a paused search.");
        searches.MapPost("/{id:int}/cancel", CancelAsync).Accepts<SearchCancel>("application/json").WithSummary("Cancels a search that is not final.");
    }

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
        return TypedResults.Ok(new { items = list.Value.Items.Select(s => new { s.Id, s.PatientId, s.Reference, s.PostalCode, s.Status, s.CreatedAt, s.PausedUntil, s.LastInquiryAt, s.Inquiries }), total = list.Value.Total });
    }

    private static async Task<IResult> GetAsync(int id, HttpContext http, SearchQueries queries, PatientAccessLog accessLog, CancellationToken cancellationToken)
    {
        if (await queries.GetAsync(id, cancellationToken) is not { } details)
        {
            return ApiProblems.NotFound($"There is no search {id}.");
        }

        await accessLog.LogAsync(http, [details.Search.PatientId], PatientAccessKind.Record);
        return TypedResults.Ok(SearchDto.From(details));
    }

    private static async Task<IResult> PauseAsync(int id, JsonBody<SearchPause> body, SearchCommands commands, CancellationToken cancellationToken) =>
        body.Value is not { } pause ? body.Problem() : Done(await commands.PauseAsync(id, pause.Until, pause.Reason, cancellationToken));

    private static async Task<IResult> ResumeAsync(int id, SearchCommands commands, CancellationToken cancellationToken) =>
        Done(await commands.ResumeAsync(id, cancellationToken));

    private static async Task<IResult> CancelAsync(int id, JsonBody<SearchCancel> body, SearchCommands commands, CancellationToken cancellationToken) =>
        body.Value is not { } cancel ? body.Problem() : Done(await commands.CancelAsync(id, cancel.Reason, cancellationToken));

    private static IResult Done(Boona.Domain.Common.Result result) => result.IsSuccess ? TypedResults.NoContent() : ApiProblems.From(result);
}
