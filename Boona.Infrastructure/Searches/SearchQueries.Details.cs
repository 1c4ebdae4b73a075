using Boona.Infrastructure.Patients;
using Boona.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Boona.Infrastructure.Searches;

public sealed partial class SearchQueries
{
    /// <summary>The search with its inquiries, exclusions and timeline (newest first, corrected answers in it), in five queries.</summary>
    public async Task<SearchDetails?> GetAsync(int searchId, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var search = await context.Searches.AsNoTracking().SingleOrDefaultAsync(s => s.Id == searchId, cancellationToken);
        if (search is null)
        {
            return null;
        }

        var patient = await context.Patients.AsNoTracking().SingleAsync(p => p.Id == search.PatientId, cancellationToken);
        var inquiries = await InquiriesAsync(context, searchId, cancellationToken);
        var corrections = (await context.Inquiries.AsNoTracking().Where(i => i.Corrections.Any(c => c.SearchId == searchId)).ToListAsync(cancellationToken))
            .SelectMany(i => i.Corrections.Where(c => c.SearchId == searchId).Select(c => new { InquiryId = i.Id, c.From, c.To, c.Reason, c.At, c.By }))
            .ToList();
        var names = await PatientQueries.TherapistNamesAsync(
            context,
            [
                .. search.Exclusions.Select(e => e.TherapistId),
                .. patient.Exclusions.Select(e => e.TherapistId),
                .. search.Events.Where(e => e.TherapistId is not null).Select(e => e.TherapistId!.Value),
                .. search.PlacedTherapistId is { } placed ? [placed] : Array.Empty<int>(),
            ],
            cancellationToken);
        TherapistOption? Name(int? id) => id is { } known ? PatientQueries.Name(names, known) : null;

        var exclusions = search.Exclusions.Select(e => new ExclusionView(Name(e.TherapistId)!, e.Reason, e.At, ExclusionSource.Search))
            .Concat(patient.Exclusions.Select(e => new ExclusionView(Name(e.TherapistId)!, e.Reason, e.At, ExclusionSource.Patient)))
            .OrderByDescending(e => e.At)
            .ToList();
        var timeline = search.Events
            .Select(e => new TimelineEntry(e.At, TimelineKind.SearchEvent, e.Kind, null, e.Text, Name(e.TherapistId), null, e.By))
            .Concat(inquiries.Where(i => i.SentAt is not null)
                .Select(i => new TimelineEntry(i.SentAt!.Value, TimelineKind.InquirySent, null, null, null, i.Therapist, i.InquiryId)))
            .Concat(inquiries.Where(i => i.AnsweredAt is not null)
                .Select(i => new TimelineEntry(i.AnsweredAt!.Value, TimelineKind.InquiryAnswered, null, i.Outcome, i.Reason, i.Therapist, i.InquiryId)))
            .Concat(corrections.Select(c => new TimelineEntry(
                c.At, TimelineKind.AnswerCorrected, null, c.To, c.Reason, inquiries.First(i => i.InquiryId == c.InquiryId).Therapist, c.InquiryId, c.By, c.From)))
            .OrderByDescending(t => t.At)
            .ToList();
        var searchPatient = new SearchPatient(patient.Id, patient.FullName, patient.Status, patient.Version);
        return new SearchDetails(search, searchPatient, inquiries, exclusions, timeline, Name(search.PlacedTherapistId));
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

}
