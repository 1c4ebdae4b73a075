using Boona.Domain.Inquiries;
using Boona.Domain.Searches;
using Boona.Infrastructure.Common;
using Boona.Infrastructure.Geo;
using Boona.Infrastructure.Persistence;
using Boona.Infrastructure.Settings;
using Microsoft.EntityFrameworkCore;
using Boona.Infrastructure.Outreach.Outbox;

namespace Boona.Infrastructure.Inquiries;

/// <summary>The inquiry list (filtered, sorted and paged in the database) and the inquiry page.</summary>
public sealed class InquiryQueries(IDbContextFactory<BoonaDbContext> contextFactory, SettingsStore settings, IRoutingService routing, TimeProvider clock)
{
    public async Task<Paged<InquiryRow>> ListAsync(InquiryListQuery query, CancellationToken cancellationToken)
    {
        var overdueBefore = await OverdueBeforeAsync(cancellationToken);
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var inquiries = context.Inquiries.AsNoTracking();
        if (query.State is { } state)
        {
            inquiries = inquiries.InState(state, overdueBefore);
        }

        if (query.TherapistId is { } therapistId)
        {
            inquiries = inquiries.Where(i => i.TherapistId == therapistId);
        }

        // Waiting inquiries oldest sent first: the longest wait needs the follow-up first.
        var ordered = query.State is InquiryListState.AwaitingAnswer or InquiryListState.Overdue
            ? inquiries.OrderBy(i => i.SentAt).ThenBy(i => i.Id)
            : inquiries.OrderByDescending(i => i.CreatedAt).ThenByDescending(i => i.Id);
        var (skip, take) = Paged<InquiryRow>.Window(query.Page, query.PageSize);
        var rows = await ordered.Skip(skip).Take(take)
            .Join(context.Therapists, i => i.TherapistId, t => t.Id, (i, t) => new
            {
                i.Id, i.TherapistId, t.Title, t.FirstName, t.LastName, PostalCode = t.PostalCode.Value, i.Channel, i.Status, i.AnswerType,
                i.CreatedAt, i.SentAt, i.AnsweredAt, Patients = i.Patients.Count(p => p.Outcome != InquiryOutcome.Withdrawn),
                AnyPending = i.Patients.Any(p => p.Outcome == InquiryOutcome.Pending),
            })
            .ToListAsync(cancellationToken);
        var total = await inquiries.CountAsync(cancellationToken);
        var items = rows.Select(r => new InquiryRow(
            r.Id, r.TherapistId, Names.Of(r.Title, r.FirstName, r.LastName), r.PostalCode, r.Channel,
            InquiryListStates.Of(r.Status, r.AnyPending, r.SentAt, overdueBefore), r.AnswerType, r.CreatedAt, r.SentAt, r.AnsweredAt, r.Patients));
        return new Paged<InquiryRow>([.. items], total);
    }

    public async Task<InquiryDetail?> GetAsync(int id, CancellationToken cancellationToken)
    {
        var overdueBefore = await OverdueBeforeAsync(cancellationToken);
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var inquiry = await context.Inquiries.AsNoTracking().Include(i => i.Patients).SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (inquiry is null)
        {
            return null;
        }

        var t = await context.Therapists.AsNoTracking().SingleAsync(t => t.Id == inquiry.TherapistId, cancellationToken);
        var therapist = new InquiryTherapist(t.Id, t.DisplayName, t.Email?.Value, t.Phone, t.PostalCode.Value, t.City, t.NextContactAllowedOn, t.Location);
        var searchIds = inquiry.Patients.Select(p => p.SearchId).ToList();
        var searches = await context.Searches.Where(s => searchIds.Contains(s.Id))
            .Select(s => new { s.Id, s.Status, s.PlacedTherapistId })
            .ToDictionaryAsync(s => s.Id, cancellationToken);
        var patientIds = inquiry.Patients.Select(p => p.PatientId).ToList();
        var people = await context.Patients.AsNoTracking().Where(p => patientIds.Contains(p.Id))
            .Select(p => new { p.Id, p.FirstName, p.LastName, p.Location, p.TravelMode })
            .ToDictionaryAsync(p => p.Id, cancellationToken);
        var routes = await RoadDistances.ByPatientAsync(routing, t.Location, [.. people.Values.Select(p => (p.Id, p.TravelMode, p.Location))], cancellationToken);
        var patients = inquiry.Patients.OrderBy(p => p.Position).Select(p => new InquiryPatientRow(
            p.SearchId, p.PatientId, $"{people[p.PatientId].FirstName} {people[p.PatientId].LastName}", p.Position, p.Outcome, p.Reason, p.AnsweredAt, p.IsConflict, p.WithdrawalNoticePending,
            searches[p.SearchId].Status,
            searches[p.SearchId].PlacedTherapistId == t.Id && searches[p.SearchId].Status is SearchStatus.Placed or SearchStatus.Successful,
            people[p.PatientId].Location,
            routes.GetValueOrDefault(p.PatientId),
            AcceptsAnswerFor(inquiry, p)));
        var emails = await context.EmailMessages.AsNoTracking().Where(m => m.InquiryId == id).OrderBy(m => m.Id)
            .Select(OutboxMessageRow.FromMessage).ToListAsync(cancellationToken);
        var calls = await context.PhoneCalls.AsNoTracking().Where(c => c.InquiryId == id).OrderBy(c => c.Id)
            .Select(c => new InquiryCallRow(c.Id, c.Purpose, c.Status, c.PlannedAt, c.CompletedAt)).ToListAsync(cancellationToken);
        return new InquiryDetail(
            inquiry.Id, inquiry.Version, therapist, inquiry.Channel, inquiry.Status,
            InquiryListStates.Of(inquiry.Status, inquiry.Patients.Any(p => p.Outcome == InquiryOutcome.Pending), inquiry.SentAt, overdueBefore), inquiry.AnswerType,
            inquiry.CreatedAt, inquiry.SentAt, inquiry.AnsweredAt, inquiry.CancelledAt, inquiry.CancelReason, [.. patients], emails, calls,
            [.. inquiry.Corrections.OrderByDescending(c => c.At).ThenByDescending(c => c.Id)
                .Select(c => new InquiryCorrectionRow(c.SearchId, inquiry.PatientFor(c.SearchId).PatientId, c.From, c.To, c.Reason, c.At, c.By))],
            inquiry.NeedsDecision ? inquiry.DecisionNeededSince : null);
    }

    // A phone inquiry is sent by the call, so an answer may come before it is marked sent; an e-mail one must have left.
    private static bool AcceptsAnswerFor(Inquiry inquiry, InquiryPatient patient) =>
        (inquiry.Status == InquiryStatus.Unsent && inquiry.Channel == Boona.Domain.Therapists.ContactChannel.Phone) || inquiry.CanBeAnsweredFor(patient);

    private async Task<DateTimeOffset> OverdueBeforeAsync(CancellationToken cancellationToken) =>
        clock.GetUtcNow().AddDays(-(await settings.GetAsync(cancellationToken)).FollowUpAfterDays);
}

/// <summary>A person's display name from its parts, as the lists show it.</summary>
internal static class Names
{
    public static string Of(string? title, string first, string last) =>
        string.Join(' ', new[] { title, first, last }.Where(p => !string.IsNullOrWhiteSpace(p)));
}
