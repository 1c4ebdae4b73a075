using Boona.Domain.Common;
using Boona.Domain.Outreach;
using Boona.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Boona.Infrastructure.Outreach.Outbox;

/// <summary>An admin's reason for giving up on a dead message.</summary>
public sealed record DiscardMessageInput(string? Reason);

/// <summary>What people do with a dead message: send it again, or (admins) give up on it with a reason.</summary>
public sealed class OutboxCommands(IDbContextFactory<BoonaDbContext> contextFactory, TimeProvider clock)
{
    /// <summary>Queues a dead message again with fresh attempts; the delivery job picks it up on its next run.</summary>
    public Task<Result> RetryAsync(int id, CancellationToken cancellationToken) =>
        ApplyAsync(id, m => m.Requeue(clock.GetUtcNow()), cancellationToken);

    public Task<Result> DiscardAsync(int id, DiscardMessageInput input, CancellationToken cancellationToken) =>
        ApplyAsync(id, m => m.Discard(input.Reason), cancellationToken);

    private async Task<Result> ApplyAsync(int id, Func<EmailMessage, Result> change, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var message = await context.EmailMessages.SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (message is null)
        {
            return Result.Failure(Error.NotFound("email.not-found", $"There is no e-mail {id}.", "Id"));
        }

        var changed = change(message);
        if (changed.IsSuccess)
        {
            await context.SaveChangesAsync(cancellationToken);
        }

        return changed;
    }
}
