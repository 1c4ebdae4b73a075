using Boona.Domain.Outreach;
using Boona.Infrastructure.Common;
using Boona.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Boona.Infrastructure.Outreach.Outbox;

/// <summary>What the outbox page filters by; days are German calendar days of the message's creation.</summary>
public sealed record OutboxListQuery(EmailStatus? Status = null, EmailKind? Kind = null, DateOnly? From = null, DateOnly? To = null, int Page = 0, int PageSize = 25);

/// <summary>How many messages wait, left and died: the outbox page's headline.</summary>
public sealed record OutboxCounts(int Queued, int Sent, int Dead, int Cancelled);

/// <summary>The outbox, read for people: dead letters first, then the newest; filtered and paged in the database.</summary>
public sealed class OutboxQueries(IDbContextFactory<BoonaDbContext> contextFactory)
{
    public async Task<Paged<OutboxMessageRow>> ListAsync(OutboxListQuery query, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var messages = context.EmailMessages.AsNoTracking();
        if (query.Status is { } status)
        {
            messages = messages.Where(m => m.Status == status);
        }

        if (query.Kind is { } kind)
        {
            messages = messages.Where(m => m.Kind == kind);
        }

        if (query.From is { } from)
        {
            var start = BoonaTime.AtLocal(from, TimeOnly.MinValue);
            messages = messages.Where(m => m.CreatedAt >= start);
        }

        if (query.To is { } to)
        {
            var end = BoonaTime.AtLocal(to.AddDays(1), TimeOnly.MinValue);
            messages = messages.Where(m => m.CreatedAt < end);
        }

        var (skip, take) = Paged<OutboxMessageRow>.Window(query.Page, query.PageSize);
        var rows = await messages
            .OrderBy(m => m.Status == EmailStatus.Dead ? 0 : 1).ThenByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id)
            .Skip(skip).Take(take)
            .Select(OutboxMessageRow.FromMessage)
            .ToListAsync(cancellationToken);
        return new Paged<OutboxMessageRow>(rows, await messages.CountAsync(cancellationToken));
    }

    public async Task<OutboxCounts> CountsAsync(CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var counts = await context.EmailMessages.GroupBy(m => m.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return new OutboxCounts(
            counts.GetValueOrDefault(EmailStatus.Queued), counts.GetValueOrDefault(EmailStatus.Sent),
            counts.GetValueOrDefault(EmailStatus.Dead), counts.GetValueOrDefault(EmailStatus.Cancelled));
    }

    /// <summary>The messages of one inquiry, oldest first.</summary>
    public async Task<IReadOnlyList<OutboxMessageRow>> OfInquiryAsync(int inquiryId, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.EmailMessages.AsNoTracking().Where(m => m.InquiryId == inquiryId).OrderBy(m => m.Id)
            .Select(OutboxMessageRow.FromMessage).ToListAsync(cancellationToken);
    }

    /// <summary>The text as sent, for the "show text" dialog; null when there is no such message.</summary>
    public async Task<OutboxMessageText?> TextAsync(int id, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var message = await context.EmailMessages.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        return message is null
            ? null
            : new OutboxMessageText(OutboxMessageRow.Of(message), message.MessageId, message.ToName, message.TextBody, message.HtmlBody);
    }
}
