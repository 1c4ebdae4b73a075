using Boona.Domain.Common;
using Boona.Infrastructure.Calls;

namespace Boona.Web.Api;

/// <summary>The outcomes of a planned call, through the calls page's own commands; answers go to the inquiry's answers.</summary>
internal static class CallEndpoints
{
    public static void MapCalls(this RouteGroupBuilder api)
    {
        var calls = api.MapGroup("/calls").WithTags("Calls");
        calls.MapPost("/{id:int}/not-reached", NotReachedAsync)
            .WithSummary("Nobody answered: the call moves into the practice's next phone window, or after the configured tries it is given up and its inquiry flagged for a decision.")
            .Produces<CallMissed>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        Change(calls.MapPost("/{id:int}/reached", ReachedAsync).AcceptsOptionalJson<CallReachedInput>())
            .WithSummary("The practice was reached but gave no answer yet: recorded as a phone contact; the body (a note) is optional.");
        Change(calls.MapPost("/{id:int}/call-back", CallBackAsync).Accepts<CallBackInput>("application/json"))
            .WithSummary("The practice named a time to call back (German local day and time): the call is planned then.");
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
