using Boona.Domain.Inquiries;
using Boona.Domain.Therapists;
using Boona.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Boona.Infrastructure.Outreach.Outbox;

namespace Boona.Infrastructure.Therapists;

/// <summary>The latest e-mails, calls and inquiries of one therapist; bounded so that a busy practice stays quick.</summary>
internal sealed record TherapistHistory(
    IReadOnlyList<OutboxMessageRow> Emails,
    IReadOnlyList<TherapistCallRow> Calls,
    IReadOnlyList<TherapistInquiryRow> Inquiries,
    IReadOnlyList<TherapistStatusChange> StatusChanges)
{
    public const int Limit = 50;

    public static async Task<TherapistHistory> LoadAsync(BoonaDbContext context, int therapistId, CancellationToken cancellationToken)
    {
        var emails = await context.EmailMessages.AsNoTracking()
            .Where(m => m.TherapistId == therapistId)
            .OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id)
            .Take(Limit)
            .Select(OutboxMessageRow.FromMessage)
            .ToListAsync(cancellationToken);
        var calls = await context.PhoneCalls.AsNoTracking()
            .Where(c => c.TherapistId == therapistId)
            .OrderByDescending(c => c.PlannedAt).ThenByDescending(c => c.Id)
            .Take(Limit)
            .Select(c => new TherapistCallRow(c.Id, c.Purpose, c.Status, c.PlannedAt, c.CompletedAt, c.Note, c.InquiryId))
            .ToListAsync(cancellationToken);
        var inquiries = await context.Inquiries.AsNoTracking()
            .Where(i => i.TherapistId == therapistId)
            .OrderByDescending(i => i.CreatedAt).ThenByDescending(i => i.Id)
            .Take(Limit)
            .Select(i => new TherapistInquiryRow(
                i.Id, i.CreatedAt, i.Channel, i.Status, i.SentAt, i.AnswerType, i.AnsweredAt,
                i.Patients.Count(p => p.Outcome != InquiryOutcome.Withdrawn)))
            .ToListAsync(cancellationToken);
        return new TherapistHistory(emails, calls, inquiries, await StatusChangesAsync(context, therapistId, cancellationToken));
    }

    /// <summary>The latest status changes, newest first.</summary>
    public static async Task<IReadOnlyList<TherapistStatusChange>> StatusChangesAsync(BoonaDbContext context, int therapistId, CancellationToken cancellationToken) =>
        await context.Set<TherapistStatusChange>().AsNoTracking()
            .Where(c => c.TherapistId == therapistId)
            .OrderByDescending(c => c.At).ThenByDescending(c => c.Id)
            .Take(Limit)
            .ToListAsync(cancellationToken);
}
