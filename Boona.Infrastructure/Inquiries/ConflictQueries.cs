using Boona.Domain.Searches;
using Boona.Infrastructure.Common;
using Boona.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Boona.Infrastructure.Inquiries;

/// <summary>
/// A late acceptance: the therapist offered a place after the patient was placed elsewhere. It is
/// <c>Open</c> while no inquiry has been created for the therapist since and the patient has not been placed with them
/// after all (a standing acceptance taken): someone should offer another patient.
/// </summary>
public sealed record ConflictRow(
    int InquiryId, int TherapistId, string TherapistName, int PatientId, string PatientName, int SearchId, DateTimeOffset? AcceptedAt, bool Open)
{
    public string PatientReference => $"P-{PatientId:D5}";
}

/// <summary>The conflicts list, newest first, paged in the database.</summary>
public sealed class ConflictQueries(IDbContextFactory<BoonaDbContext> contextFactory)
{
    public async Task<Paged<ConflictRow>> ListAsync(bool openOnly, int page, int pageSize, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rows =
            from entry in context.InquiryPatients
            where entry.IsConflict
            join inquiry in context.Inquiries on entry.InquiryId equals inquiry.Id
            join therapist in context.Therapists on inquiry.TherapistId equals therapist.Id
            join patient in context.Patients on entry.PatientId equals patient.Id
            select new
            {
                inquiry.Id,
                TherapistId = therapist.Id,
                therapist.Title,
                therapist.FirstName,
                therapist.LastName,
                entry.PatientId,
                PatientFirstName = patient.FirstName,
                PatientLastName = patient.LastName,
                entry.SearchId,
                entry.AnsweredAt,
                Open = !context.Inquiries.Any(later => later.TherapistId == inquiry.TherapistId && later.Id != inquiry.Id && later.CreatedAt >= entry.AnsweredAt)
                    && !context.Searches.Any(taken => taken.Id == entry.SearchId && taken.PlacedTherapistId == inquiry.TherapistId
                        && (taken.Status == SearchStatus.Placed || taken.Status == SearchStatus.Successful)),
            };
        if (openOnly)
        {
            rows = rows.Where(r => r.Open);
        }

        var (skip, take) = Paged<ConflictRow>.Window(page, pageSize);
        var total = await rows.CountAsync(cancellationToken);
        var items = await rows.OrderByDescending(r => r.AnsweredAt).ThenByDescending(r => r.Id).Skip(skip).Take(take).ToListAsync(cancellationToken);
        return new Paged<ConflictRow>(
            [.. items.Select(r => new ConflictRow(r.Id, r.TherapistId, Names.Of(r.Title, r.FirstName, r.LastName), r.PatientId, $"{r.PatientFirstName} {r.PatientLastName}", r.SearchId, r.AnsweredAt, r.Open))],
            total);
    }

    /// <summary>The therapist accepted a patient who was already placed, and has not been offered anyone since.</summary>
    public async Task<bool> HasOpenConflictAsync(int therapistId, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await (
            from entry in context.InquiryPatients
            where entry.IsConflict
            join inquiry in context.Inquiries on entry.InquiryId equals inquiry.Id
            where inquiry.TherapistId == therapistId
                && !context.Inquiries.Any(later => later.TherapistId == therapistId && later.Id != inquiry.Id && later.CreatedAt >= entry.AnsweredAt)
                && !context.Searches.Any(taken => taken.Id == entry.SearchId && taken.PlacedTherapistId == therapistId
                    && (taken.Status == SearchStatus.Placed || taken.Status == SearchStatus.Successful))
            select entry.Id).AnyAsync(cancellationToken);
    }
}
