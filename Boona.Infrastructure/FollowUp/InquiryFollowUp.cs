using Boona.Domain.Inquiries;
using Boona.Domain.Outreach;
using Boona.Domain.Settings;
using Boona.Domain.Therapists;
using Boona.Infrastructure.Common;
using Boona.Infrastructure.Inquiries;
using Boona.Infrastructure.Jobs;
using Boona.Infrastructure.Outreach.Templates;
using Boona.Infrastructure.Overview;
using Boona.Infrastructure.Persistence;
using Boona.Infrastructure.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Boona.Infrastructure.FollowUp;

/// <summary>What one follow-up run did.</summary>
public sealed record FollowUpOutcome(int Reminders, int CallsPlanned);

/// <summary>
/// Follows up sent inquiries that have waited <see cref="OperationalSettings.FollowUpAfterDays"/> days for an answer for a
/// patient: first the reminder e-mail (when the settings want one and the inquiry went by e-mail), then — at once without
/// a reminder, else <see cref="OperationalSettings.CallAfterReminderDays"/> days after it — a call in the next free slot
/// (<see cref="CallSlots"/>) of the coordinator who built the inquiry, or the configured default. Idempotent: an inquiry
/// gets one reminder and one follow-up call, however often it runs.
/// </summary>
public sealed class InquiryFollowUp(IDbContextFactory<BoonaDbContext> contextFactory, SettingsStore settings, IOptions<FollowUpOptions> options, TimeProvider clock)
{
    public async Task<FollowUpOutcome> RunAsync(JobProgress progress, CancellationToken cancellationToken)
    {
        var values = await settings.GetAsync(cancellationToken);
        var now = clock.GetUtcNow();
        List<int> due;
        await using (var context = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            due = await context.Inquiries.Overdue(now, values.FollowUpAfterDays)
                .Where(i => i.FollowUpCallId == null)
                .OrderBy(i => i.SentAt).ThenBy(i => i.Id)
                .Select(i => i.Id)
                .ToListAsync(cancellationToken);
        }

        progress.SetTotal(due.Count);
        var (reminders, calls) = (0, 0);
        foreach (var id in due)
        {
            try
            {
                switch (await FollowUpAsync(id, values, now, cancellationToken))
                {
                    case Step.Reminder:
                        reminders++;
                        break;
                    case Step.Call:
                        calls++;
                        break;
                }
            }
            catch (DbUpdateConcurrencyException)
            {
                progress.Error($"Anfrage {id}: inzwischen geändert, beim nächsten Lauf wieder dabei.");
            }
            catch (TemplateRenderException failure)
            {
                progress.Error($"Anfrage {id}: {failure.Message}");
            }

            progress.Advance();
        }

        progress.Note($"{reminders} Erinnerungen, {calls} Anrufe geplant.");
        return new FollowUpOutcome(reminders, calls);
    }

    private enum Step
    {
        None,
        Reminder,
        Call,
    }

    private async Task<Step> FollowUpAsync(int inquiryId, OperationalSettings values, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var inquiry = await context.Inquiries.Include(i => i.Patients).SingleAsync(i => i.Id == inquiryId, cancellationToken);
        if (inquiry.FollowUpCallId is not null || inquiry.Status != InquiryStatus.Sent || !inquiry.IsOpen)
        {
            return Step.None;
        }

        var therapist = await context.Therapists.AsNoTracking().SingleAsync(t => t.Id == inquiry.TherapistId, cancellationToken);
        var remind = values.FollowUpReminder == 1 && inquiry.Channel == ContactChannel.Email && therapist.Email is not null;
        if (remind && inquiry.ReminderSentAt is null)
        {
            var pendingIds = inquiry.ActivePatients.Where(p => p.Outcome == InquiryOutcome.Pending).Select(p => p.PatientId).ToList();
            var patients = await context.Patients.AsNoTracking().Where(p => pendingIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
            var templates = await EmailTemplates.LoadAsync(context, cancellationToken);
            var sentOn = BoonaTime.ToLocalDate(inquiry.SentAt ?? inquiry.CreatedAt);
            var draft = InquiryEmails.Reminder(templates, inquiry, therapist, patients, BoonaTime.ToLocalDate(now), sentOn);
            context.EmailMessages.Add(EmailMessage.Queue(draft, InquiryEmails.MessageDomain, now));
            inquiry.MarkReminderSent(now);
            await context.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return Step.Reminder;
        }

        if (inquiry.ReminderSentAt is { } reminded && reminded.AddDays(values.CallAfterReminderDays) > now)
        {
            return Step.None;
        }

        var coordinator = inquiry.CreatedBy ?? options.Value.DefaultCoordinator;
        var request = await CallCalendar.ForAsync(context, therapist, coordinator, values, now, null, cancellationToken);
        var call = PhoneCall.Plan(therapist.Id, inquiry.Id, PhoneCallPurpose.FollowUp, CallSlots.Next(request, now), coordinator, FollowUpNote(inquiry));
        context.PhoneCalls.Add(call);
        await context.SaveChangesAsync(cancellationToken);
        inquiry.AttachFollowUpCall(call.Id);
        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Step.Call;
    }

    private static string FollowUpNote(Inquiry inquiry) =>
        inquiry.ReminderSentAt is null ? "Keine Antwort auf die Anfrage." : "Keine Antwort auf Anfrage und Erinnerung.";
}
