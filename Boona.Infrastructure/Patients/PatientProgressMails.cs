using Boona.Domain.Inquiries;
using Boona.Domain.Outreach;
using Boona.Domain.Searches;
using Boona.Infrastructure.Common;
using Boona.Infrastructure.Jobs;
using Boona.Infrastructure.Outreach.Templates;
using Boona.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Boona.Infrastructure.Patients;

/// <summary>
/// The weekly progress e-mail to every patient with an active search, an e-mail address and no opt-out: practices asked,
/// answers so far, what happens next. Once per patient and German calendar week (Monday to Sunday): a second run in the
/// same week queues nothing new, whatever day the schedule says. In batches, each saved on its own.
/// </summary>
public sealed class PatientProgressMails(IDbContextFactory<BoonaDbContext> contextFactory, TimeProvider clock)
{
    public const int BatchSize = 200;

    /// <summary>Returns how many e-mails were queued.</summary>
    public async Task<int> RunAsync(JobProgress? progress, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var weekStart = WeekStart(clock.Today());
        var queued = 0;
        var afterId = 0;
        while (true)
        {
            await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
            var due = await (
                    from search in context.Searches
                    join patient in context.Patients on search.PatientId equals patient.Id
                    where search.Status == SearchStatus.Active && search.Id > afterId
                        && patient.Email != null && !patient.WeeklyProgressOptOut
                        && !context.EmailMessages.Any(m => m.PatientId == patient.Id && m.Kind == EmailKind.PatientProgress && m.CreatedAt >= weekStart)
                    orderby search.Id
                    select new { SearchId = search.Id, Patient = patient })
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
            if (due.Count == 0)
            {
                progress?.Note($"{queued} E-Mails eingereiht");
                return queued;
            }

            var searchIds = due.Select(d => d.SearchId).ToList();
            var counts = await CountsAsync(context, searchIds, cancellationToken);
            var templates = await EmailTemplates.LoadAsync(context, cancellationToken);
            foreach (var item in due)
            {
                try
                {
                    PatientEmails.QueueProgress(context, templates, item.Patient, counts.GetValueOrDefault(item.SearchId, new SearchProgress(0, 0, 0)), now);
                    queued++;
                }
                catch (TemplateRenderException failure)
                {
                    progress?.Error($"{item.Patient.Reference}: {failure.Message}");
                }
            }

            await context.SaveChangesAsync(cancellationToken);
            progress?.Advance(due.Count);
            afterId = searchIds[^1];
        }
    }

    /// <summary>Monday 00:00 German time of the week <paramref name="today"/> is in.</summary>
    public static DateTimeOffset WeekStart(DateOnly today) => BoonaTime.AtLocal(today.AddDays(-(((int)today.DayOfWeek + 6) % 7)), TimeOnly.MinValue);

    /// <summary>
    /// Per search: the practices that received an inquiry with the patient in it, how many of them answered about her, and
    /// how many sent inquiries still wait for an answer about her. One query for the batch.
    /// </summary>
    private static async Task<Dictionary<int, SearchProgress>> CountsAsync(BoonaDbContext context, List<int> searchIds, CancellationToken cancellationToken)
    {
        var entries = await context.Inquiries.AsNoTracking()
            .Where(i => i.SentAt != null)
            .SelectMany(i => i.Patients, (i, p) => new { i.TherapistId, i.Status, i.SentAt, p.SearchId, p.Outcome, p.AnsweredAt, p.WithdrawnAt })
            .Where(e => searchIds.Contains(e.SearchId))
            .ToListAsync(cancellationToken);
        return entries
            .Where(e => e.WithdrawnAt == null || e.WithdrawnAt >= e.SentAt)
            .GroupBy(e => e.SearchId)
            .ToDictionary(g => g.Key, g => new SearchProgress(
                g.Select(e => e.TherapistId).Distinct().Count(),
                g.Count(e => e.AnsweredAt != null && e.Outcome is not (InquiryOutcome.Pending or InquiryOutcome.Withdrawn)),
                g.Count(e => e.Status == InquiryStatus.Sent && e.Outcome == InquiryOutcome.Pending)));
    }
}
