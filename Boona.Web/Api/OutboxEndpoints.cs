using Boona.Domain.Outreach;
using Boona.Infrastructure.Outreach.Outbox;

namespace Boona.Web.Api;

/// <summary>The outbox as the admin page and the message lists show it: read, send a dead message again, discard it.</summary>
internal static class OutboxEndpoints
{
    public static void MapOutbox(this RouteGroupBuilder api)
    {
        var outbox = api.MapGroup("/outbox").WithTags("Outbox");
        outbox.MapGet("/", ListAsync).RequireAuthorization(ApiAccess.RequireAdmin)
            .WithSummary("The outbox, undeliverable messages first, filtered by status (queued, sent, dead, cancelled), kind and creation day; paged (admin).")
            .Produces<PageDto<OutboxMessageRow>>().ProducesValidationProblem();
        outbox.MapPost("/{id:int}/retry", RetryAsync)
            .WithSummary("Queues an undeliverable message again; the delivery job sends it on its next run.")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        outbox.MapPost("/{id:int}/discard", DiscardAsync).Accepts<DiscardMessageInput>("application/json").RequireAuthorization(ApiAccess.RequireAdmin)
            .WithSummary("Gives up on an undeliverable message for good, with a reason (admin key).")
            .Produces(StatusCodes.Status204NoContent).ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<IResult> ListAsync(
        string? status, string? kind, DateOnly? from, DateOnly? to, int? page, int? pageSize, OutboxQueries queries, CancellationToken cancellationToken)
    {
        var query = new ApiQuery(page, pageSize);
        var parsedStatus = query.Enum<EmailStatus>(status, "status");
        var parsedKind = query.Enum<EmailKind>(kind, "kind");
        if (!query.IsValid)
        {
            return query.Problem();
        }

        var list = await queries.ListAsync(new OutboxListQuery(parsedStatus, parsedKind, from, to, query.Page, query.PageSize), cancellationToken);
        return TypedResults.Ok(new PageDto<OutboxMessageRow>(list.Items, list.Total));
    }

    private static async Task<IResult> RetryAsync(int id, OutboxCommands commands, CancellationToken cancellationToken)
    {
        var result = await commands.RetryAsync(id, cancellationToken);
        return result.IsSuccess ? TypedResults.NoContent() : ApiProblems.From(result);
    }

    private static async Task<IResult> DiscardAsync(int id, JsonBody<DiscardMessageInput> body, OutboxCommands commands, CancellationToken cancellationToken)
    {
        if (body.Value is not { } input)
        {
            return body.Problem();
        }

        var result = await commands.DiscardAsync(id, input, cancellationToken);
        return result.IsSuccess ? TypedResults.NoContent() : ApiProblems.From(result);
    }
}
