using Boona.Domain.Inquiries;
using Boona.Domain.Outreach;
using Boona.Infrastructure.FollowUp;
using Boona.Infrastructure.Inquiries;
using Boona.Infrastructure.Jobs;
using Boona.Infrastructure.Persistence;
using Boona.Infrastructure.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Boona.Infrastructure.Outreach.Delivery;

/// <summary>
/// Delivers the due outbox rows. Rows are claimed first (a token and a lease in one conditional UPDATE, so two app
/// instances never hold the same row), then sent one by one over one transport and marked at once; a run that dies
/// between the server's 250 and the mark leaves the row claimed until the lease ends, and the next run sends it again
/// with the same Message-ID. Delivering an inquiry e-mail makes the inquiry sent; an inquiry e-mail that dies turns
/// the inquiry into a planned call that says why.
/// </summary>
public sealed class OutboxDelivery(
    IDbContextFactory<BoonaDbContext> contextFactory,
    IMailTransportFactory transports,
    IOptions<SmtpOptions> options,
    TimeProvider clock,
    ILogger<OutboxDelivery> logger,
    SettingsStore operational,
    IOptions<FollowUpOptions> followUp)
{
    public async Task DeliverAsync(JobProgress progress, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var pause = TimeSpan.FromMinutes(1) / settings.MessagesPerMinute;
        var next = clock.GetUtcNow();
        await using var transport = transports.Open();
        while (true)
        {
            var token = Guid.NewGuid();
            await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
            var (anyDue, batch) = await ClaimAsync(context, token, settings, cancellationToken);
            if (!anyDue)
            {
                return;
            }

            var inquiries = await InquiriesOfAsync(context, batch, cancellationToken);
            foreach (var row in batch)
            {
                var wait = next - clock.GetUtcNow();
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, clock, cancellationToken);
                }

                next = clock.GetUtcNow() + pause;
                var down = await DeliverOneAsync(context, transport, row, inquiries, settings, progress, cancellationToken);
                if (down)
                {
                    await ReleaseAsync(context, token, cancellationToken);
                    return;
                }
            }
        }
    }

    /// <summary>Returns true when the transport is down, so the run stops instead of failing every message in turn.</summary>
    private async Task<bool> DeliverOneAsync(
        BoonaDbContext context,
        IMailTransport transport,
        EmailMessage row,
        IReadOnlyDictionary<int, Inquiry> inquiries,
        SmtpOptions settings,
        JobProgress progress,
        CancellationToken cancellationToken)
    {
        var down = false;
        try
        {
            await transport.SendAsync(OutboxMime.Build(row, settings, clock.GetUtcNow()), cancellationToken);
            var at = clock.GetUtcNow();
            row.MarkSent(at);
            if (InquiryOf(row, inquiries) is { Status: InquiryStatus.Unsent } inquiry)
            {
                inquiry.MarkSent(at);
            }

            await InquiryNotices.DeliveredAsync(context, row, cancellationToken);
            progress.Advance();
        }
        catch (MailDeliveryException failure)
        {
            down = failure.TransportDown;
            row.MarkFailed(failure.Message, clock.GetUtcNow(), settings.RetryPolicy, failure.Permanent, Random.Shared.NextDouble());
            if (row.Status == EmailStatus.Dead)
            {
                await CallInsteadAsync(context, row, inquiries, cancellationToken);
            }

            if (row.Status == EmailStatus.Dead && failure.Permanent && row.TherapistId is { } therapistId
                && await context.Therapists.SingleOrDefaultAsync(t => t.Id == therapistId, cancellationToken) is { } addressee)
            {
                // A 5xx for the address: the therapist's page says so until the address changes.
                addressee.MarkEmailBounced(row.ToAddress, failure.Message, clock.GetUtcNow());
            }

            progress.Error($"E-Mail {row.Id}: {failure.Message}");
            logger.LogWarning("Outbox message {Id} not delivered (attempt {Attempt}, {Status}): {Reason}", row.Id, row.Attempts, row.Status, failure.Message);
        }

        await context.SaveChangesAsync(CancellationToken.None);
        return down;
    }

    /// <summary>Claims due rows; none claimed while some were due means another instance took them first: read again.</summary>
    private async Task<(bool AnyDue, List<EmailMessage> Claimed)> ClaimAsync(BoonaDbContext context, Guid token, SmtpOptions settings, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var until = now + settings.ClaimLease;
        var due = await context.EmailMessages
            .Where(m => m.Status == EmailStatus.Queued && m.NextAttemptAt <= now && (m.ClaimedUntil == null || m.ClaimedUntil < now))
            .OrderBy(m => m.NextAttemptAt).ThenBy(m => m.Id)
            .Select(m => m.Id)
            .Take(settings.BatchSize)
            .ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return (false, []);
        }

        // The conditions are repeated in the UPDATE itself: a second instance that read the same ids waits for the
        // first one's row locks, re-reads the rows and finds them claimed.
        await context.EmailMessages
            .Where(m => due.Contains(m.Id) && m.Status == EmailStatus.Queued && (m.ClaimedUntil == null || m.ClaimedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimToken, token).SetProperty(m => m.ClaimedUntil, until), cancellationToken);
        var claimed = await context.EmailMessages.Where(m => m.ClaimToken == token).OrderBy(m => m.NextAttemptAt).ThenBy(m => m.Id).ToListAsync(cancellationToken);
        return (true, claimed);
    }

    private static Task ReleaseAsync(BoonaDbContext context, Guid token, CancellationToken cancellationToken) =>
        context.EmailMessages
            .Where(m => m.ClaimToken == token)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimToken, (Guid?)null).SetProperty(m => m.ClaimedUntil, (DateTimeOffset?)null), cancellationToken);

    private static async Task<Dictionary<int, Inquiry>> InquiriesOfAsync(BoonaDbContext context, List<EmailMessage> batch, CancellationToken cancellationToken)
    {
        var ids = batch.Where(m => m.Kind == EmailKind.Inquiry && m.InquiryId != null).Select(m => m.InquiryId!.Value).Distinct().ToList();
        return ids.Count == 0 ? [] : await context.Inquiries.Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, cancellationToken);
    }

    private static Inquiry? InquiryOf(EmailMessage row, IReadOnlyDictionary<int, Inquiry> inquiries) =>
        row.Kind == EmailKind.Inquiry && row.InquiryId is { } id ? inquiries.GetValueOrDefault(id) : null;

    private async Task CallInsteadAsync(BoonaDbContext context, EmailMessage row, IReadOnlyDictionary<int, Inquiry> inquiries, CancellationToken cancellationToken)
    {
        if (InquiryOf(row, inquiries) is not { Status: InquiryStatus.Unsent } inquiry)
        {
            return;
        }

        var therapist = await context.Therapists.AsNoTracking().SingleAsync(t => t.Id == inquiry.TherapistId, cancellationToken);
        inquiry.SwitchToPhone();
        var reason = row.LastError is { Length: > 300 } error ? error[..300] + "…" : row.LastError;
        var note = $"Die Anfrage-E-Mail an {row.ToAddress.Value} konnte nicht zugestellt werden ({reason}); bitte telefonisch anfragen.";
        await InquiryOutreach.PlanCallAsync(
            context, inquiry, therapist, await operational.GetAsync(cancellationToken), inquiry.CreatedBy ?? followUp.Value.DefaultCoordinator, clock.GetUtcNow(), note, cancellationToken);
    }
}
