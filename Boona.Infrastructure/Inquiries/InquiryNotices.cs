using Boona.Domain.Outreach;
using Boona.Domain.Therapists;
using Boona.Infrastructure.Common;
using Boona.Infrastructure.Outreach.Templates;
using Boona.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Boona.Infrastructure.Inquiries;

/// <summary>
/// Withdrawal notices and thank-yous, in the caller's context (saved with the change that caused them). The notices of
/// one kind to one practice on one German day are one e-mail, held until <see cref="OutboxNotice.SendTime"/>: a notice
/// joins the held e-mail (re-rendered with every reference) or starts one; a notice taken back before then leaves it.
/// A withdrawal counts as noticed once its e-mail left the outbox (<see cref="DeliveredAsync"/>).
/// </summary>
internal static class InquiryNotices
{
    /// <summary>Queues the notice about <paramref name="searchId"/> in inquiry <paramref name="inquiryId"/>; nothing for a practice without e-mail.</summary>
    public static async Task QueueAsync(
        BoonaDbContext context, EmailKind kind, Therapist therapist, int inquiryId, int searchId, string reference, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (therapist.Email is null)
        {
            return;
        }

        var due = DueAt(now);
        var held = await HeldAsync(context, kind, therapist.Id, due, now, cancellationToken);
        var templates = await EmailTemplates.LoadAsync(context, cancellationToken);
        if (held is not { } found)
        {
            var draft = InquiryEmails.Notice(templates, TemplateKindOf(kind), therapist, [reference], inquiryId);
            var message = EmailMessage.Queue(draft, InquiryEmails.MessageDomain, now, due);
            context.EmailMessages.Add(message);
            context.OutboxNotices.Add(OutboxNotice.For(message, inquiryId, searchId, reference));
            return;
        }

        var notice = OutboxNotice.For(found.Message, inquiryId, searchId, reference);
        context.OutboxNotices.Add(notice);
        Rewrite(templates, therapist, [.. found.Notices.Where(n => n != notice), notice], now);
    }

    /// <summary>
    /// The patient returns to the inquiry (a corrected placement): the held withdrawal notice about them is taken back —
    /// the e-mail is re-rendered without them, or cancelled when they were its only reference.
    /// </summary>
    public static async Task RecallAsync(BoonaDbContext context, int inquiryId, int searchId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var notices = await context.OutboxNotices.Include(n => n.Message)
            .Where(n => n.InquiryId == inquiryId && n.SearchId == searchId && n.Kind == EmailKind.WithdrawalNotice && n.Message.Status == EmailStatus.Queued)
            .ToListAsync(cancellationToken);
        foreach (var notice in notices.Where(n => n.Message.CanBeRewritten(now)))
        {
            var rest = await context.OutboxNotices.Where(n => n.EmailMessageId == notice.EmailMessageId && n.Id != notice.Id).ToListAsync(cancellationToken);
            context.OutboxNotices.Remove(notice);
            if (rest.Count == 0)
            {
                notice.Message.Cancel("Zurückgenommen: die Person wartet wieder auf eine Antwort.");
                continue;
            }

            var therapist = await context.Therapists.AsNoTracking().SingleAsync(t => t.Id == notice.TherapistId, cancellationToken);
            Rewrite(await EmailTemplates.LoadAsync(context, cancellationToken), therapist, rest, now);
        }
    }

    /// <summary>A withdrawal notice left the outbox: the inquiries it speaks of owe no notice any more.</summary>
    public static async Task DeliveredAsync(BoonaDbContext context, EmailMessage message, CancellationToken cancellationToken)
    {
        if (message.Kind != EmailKind.WithdrawalNotice)
        {
            return;
        }

        var notices = await context.OutboxNotices.AsNoTracking().Where(n => n.EmailMessageId == message.Id).ToListAsync(cancellationToken);
        var ids = notices.Select(n => n.InquiryId).Distinct().ToList();
        var inquiries = await context.Inquiries.Include(i => i.Patients).Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, cancellationToken);
        foreach (var notice in notices.Where(n => inquiries.ContainsKey(n.InquiryId)))
        {
            var inquiry = inquiries[notice.InquiryId];
            if (inquiry.Patients.Any(p => p.SearchId == notice.SearchId && p.WithdrawalNoticePending))
            {
                inquiry.MarkWithdrawalNoticeSent(notice.SearchId);
            }
        }
    }

    /// <summary>Today's send time in German time, or tomorrow's once today's has passed.</summary>
    public static DateTimeOffset DueAt(DateTimeOffset now)
    {
        var today = BoonaTime.AtLocal(BoonaTime.ToLocalDate(now), OutboxNotice.SendTime);
        return today > now ? today : BoonaTime.AtLocal(BoonaTime.ToLocalDate(now).AddDays(1), OutboxNotice.SendTime);
    }

    private static async Task<(EmailMessage Message, List<OutboxNotice> Notices)?> HeldAsync(
        BoonaDbContext context, EmailKind kind, int therapistId, DateTimeOffset due, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Notices added in this context but not saved yet (one placement can withdraw from two inquiries of one practice).
        var added = context.ChangeTracker.Entries<OutboxNotice>()
            .Where(e => e.State == EntityState.Added && e.Entity.Kind == kind && e.Entity.TherapistId == therapistId && e.Entity.Message.NextAttemptAt == due)
            .Select(e => e.Entity)
            .ToList();
        if (added.Count > 0)
        {
            var message = added[0].Message;
            return (message, [.. context.ChangeTracker.Entries<OutboxNotice>().Where(e => e.State != EntityState.Deleted && e.Entity.Message == message).Select(e => e.Entity)]);
        }

        var saved = await context.OutboxNotices.Include(n => n.Message)
            .Where(n => n.Kind == kind && n.TherapistId == therapistId && n.Message.Status == EmailStatus.Queued && n.Message.NextAttemptAt == due && n.Message.Attempts == 0)
            .ToListAsync(cancellationToken);
        var held = saved.Select(n => n.Message).FirstOrDefault(m => m.CanBeRewritten(now));
        return held is null ? null : (held, [.. saved.Where(n => n.Message == held)]);
    }

    private static void Rewrite(EmailTemplates templates, Therapist therapist, IReadOnlyList<OutboxNotice> notices, DateTimeOffset now)
    {
        var message = notices[0].Message;
        var references = notices.Select(n => n.Reference).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var inquiries = notices.Select(n => n.InquiryId).Distinct().ToList();
        var draft = InquiryEmails.Notice(templates, TemplateKindOf(message.Kind), therapist, references, inquiries.Count == 1 ? inquiries[0] : null);
        message.Rewrite(draft, now);
    }

    private static TemplateKind TemplateKindOf(EmailKind kind) => kind switch
    {
        EmailKind.WithdrawalNotice => TemplateKind.WithdrawalNotice,
        EmailKind.ConflictThankYou => TemplateKind.ConflictThankYou,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Only withdrawal notices and thank-yous are notices."),
    };
}
