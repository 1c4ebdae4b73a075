using System.Globalization;
using Boona.Domain.Searches;
using Boona.Infrastructure.Patients;
using Boona.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Boona.Infrastructure.Searches;

public sealed partial class SearchQueries
{
    /// <summary>The search with its inquiries, exclusions and timeline (newest first), in four queries.</summary>
    public async Task<SearchDetails?> GetAsync(int searchId, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var search = await context.Searches.AsNoTracking().SingleOrDefaultAsync(s => s.Id == searchId, cancellationToken);
        if (search is null)
        {
            return null;
        }

        var patient = await context.Patients.AsNoTracking().Where(p => p.Id == search.PatientId)
            .Select(p => new SearchPatient(p.Id, p.FirstName + " " + p.LastName, p.Status))
            .SingleAsync(cancellationToken);
        var inquiries = await InquiriesAsync(context, searchId, cancellationToken);
        var names = await TherapistNamesAsync(context, search, cancellationToken);
        TherapistOption? Name(int? id) =>
            id is { } known ? names.GetValueOrDefault(known) ?? new TherapistOption(known, known.ToString(CultureInfo.InvariantCulture), string.Empty, string.Empty) : null;

        var exclusions = search.Exclusions.OrderByDescending(e => e.At).Select(e => new ExclusionView(Name(e.TherapistId)!, e.Reason, e.At)).ToList();
        var timeline = search.Events
            .Select(e => new TimelineEntry(e.At, TimelineKind.SearchEvent, e.Kind, null, e.Text, Name(e.TherapistId), null))
            .Concat(inquiries.Where(i => i.SentAt is not null)
                .Select(i => new TimelineEntry(i.SentAt!.Value, TimelineKind.InquirySent, null, null, null, i.Therapist, i.InquiryId)))
            .Concat(inquiries.Where(i => i.AnsweredAt is not null)
                .Select(i => new TimelineEntry(i.AnsweredAt!.Value, TimelineKind.InquiryAnswered, null, i.Outcome, i.Reason, i.Therapist, i.InquiryId)))
            .OrderByDescending(t => t.At)
            .ToList();
        return new SearchDetails(search, patient, inquiries, exclusions, timeline, Name(search.PlacedTherapistId));
    }

    private static async Task<List<SearchInquiry>> InquiriesAsync(BoonaDbContext context, int searchId, CancellationToken cancellationToken)
    {
        var rows = await (from ip in context.InquiryPatients.AsNoTracking()
                          where ip.SearchId == searchId
                          join i in context.Inquiries.AsNoTracking() on ip.InquiryId equals i.Id
                          join t in context.Therapists.AsNoTracking() on i.TherapistId equals t.Id
                          orderby i.CreatedAt descending, i.Id descending
                          select new
                          {
                              i.Id,
                              TherapistId = t.Id,
                              t.Title,
                              t.FirstName,
                              t.LastName,
                              PostalCode = t.PostalCode.Value,
                              t.City,
                              i.Status,
                              i.Channel,
                              i.CreatedAt,
                              i.SentAt,
                              ip.Outcome,
                              ip.AnsweredAt,
                              ip.IsConflict,
                              ip.Reason,
                          }).ToListAsync(cancellationToken);
        return [.. rows.Select(r => new SearchInquiry(
            r.Id,
            new TherapistOption(r.TherapistId, TherapistOption.NameOf(r.Title, r.FirstName, r.LastName), r.PostalCode, r.City),
            r.Status,
            r.Channel,
            r.CreatedAt,
            r.SentAt,
            r.Outcome,
            r.AnsweredAt,
            r.IsConflict,
            r.Reason))];
    }

    private static async Task<Dictionary<int, TherapistOption>> TherapistNamesAsync(BoonaDbContext context, PlacementSearch search, CancellationToken cancellationToken)
    {
        var ids = search.Exclusions.Select(e => e.TherapistId)
            .Concat(search.Events.Where(e => e.TherapistId is not null).Select(e => e.TherapistId!.Value))
            .Append(search.PlacedTherapistId ?? 0)
            .Distinct()
            .ToList();
        var rows = await context.Therapists.AsNoTracking()
            .Where(t => ids.Contains(t.Id))
            .Select(t => new { t.Id, t.Title, t.FirstName, t.LastName, PostalCode = t.PostalCode.Value, t.City })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(t => t.Id, t => new TherapistOption(t.Id, TherapistOption.NameOf(t.Title, t.FirstName, t.LastName), t.PostalCode, t.City));
    }
}
