using Boona.Domain.Common;
using Boona.Infrastructure.Calls;
using Boona.Infrastructure.Patients;

namespace Boona.Web.Api;

/// <summary>
/// The calls page's work list and the outcomes of a planned call, through the page's own queries and commands; answers
/// go to the inquiry's answers.
/// </summary>
internal static class CallEndpoints
{
    public static void MapCalls(this RouteGroupBuilder api)
    {
        var calls = api.MapGroup("/calls").WithTags("Calls");
        calls.MapGet("/", ListAsync)
            .WithSummary("The planned calls in time order (due: today — overdue ones included — or all), paged (page is zero-based), with the inquiries whose calls gave up and wait for a decision.")
            .Produces<CallWorkDto>().ProducesValidationProblem();
        calls.MapPost("/{id:int}/not-reached", NotReachedAsync)
            .WithSummary("Nobody answered: the call moves into the practice's next phone window, or after the configured tries it is given up and its inquiry flagged for a decision.")
            .Produces<CallMissed>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        Change(calls.MapPost("/{id:int}/reached", ReachedAsync).AcceptsOptionalJson<CallReachedInput>())
            .WithSummary("The practice was reached but gave no answer yet: recorded as a phone contact; the body (a note) is optional.");
        Change(calls.MapPost("/{id:int}/call-back", CallBackAsync).Accepts<CallBackInput>("application/json"))
            .WithSummary("The practice named a time to call back (German local day and time): the call is planned then.");
    }

    private static async Task<IResult> ListAsync(string? due, int? page, int? pageSize, HttpContext http, CallWorkList list, PatientAccessLog accessLog, CancellationToken cancellationToken)
    {
        var query = new ApiQuery(page, pageSize);
        var parsedDue = query.Enum<CallDue>(due, "due") ?? CallDue.Today;
        if (!query.IsValid)
        {
            return query.Problem();
        }

        var work = await list.ListAsync(parsedDue, query.Page * query.PageSize, query.PageSize, cancellationToken);
        // The facts a call needs are health data, by reference: logged as the calls page logs them, as inquiry patients.
        await accessLog.LogAsync(http, [.. work.Calls.SelectMany(c => c.Patients).Select(p => p.PatientId).Distinct()], PatientAccessKind.Inquiry);
        return TypedResults.Ok(CallWorkDto.From(work));
    }

    private static RouteHandlerBuilder Change(RouteHandlerBuilder endpoint) =>
        endpoint.Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<IResult> NotReachedAsync(int id, CallCommands commands, CancellationToken cancellationToken)
    {
        var result = await commands.NotReachedAsync(id, cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : ApiProblems.From(result.Errors);
    }

    private static async Task<IResult> ReachedAsync(int id, OptionalJsonBody<CallReachedInput> body, CallCommands commands, CancellationToken cancellationToken) =>
        body.Value is not { } input ? body.Problem() : Done(await commands.ReachedAsync(id, input.Note, cancellationToken));

    private static async Task<IResult> CallBackAsync(int id, JsonBody<CallBackInput> body, CallCommands commands, CancellationToken cancellationToken) =>
        body.Value is not { } input ? body.Problem() : Done(await commands.CallBackAsync(id, input, cancellationToken));

    private static IResult Done(Result result) => result.IsSuccess ? TypedResults.NoContent() : ApiProblems.From(result);
}
