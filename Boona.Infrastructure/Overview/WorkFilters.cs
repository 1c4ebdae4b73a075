using Boona.Domain.Inquiries;
using Boona.Domain.Outreach;
using Boona.Domain.Searches;
using Boona.Domain.Therapists;
using Boona.Infrastructure.Common;
using Boona.Infrastructure.Inquiries;
using Boona.Infrastructure.Persistence;

namespace Boona.Infrastructure.Overview;

/// <summary>
/// The definitions behind the start page's counts, shared with the lists they link to
/// (<c>/calls?due=today</c>, <c>/inquiries?state=overdue</c>, <c>/searches?status=Active&amp;noInquiryDays=14</c>,
/// <c>/therapists?status=PendingReview</c>), so that a count and its list always agree.
/// All of them translate to SQL on both providers.
/// </summary>
public static class WorkFilters
{
    /// <summary>Days without a new inquiry after which an active search shows up on the start page.</summary>
    public const int StaleSearchDays = 14;

    /// <summary>Planned calls whose time has come by the end of the German calendar day <paramref name="today"/>, overdue ones included.</summary>
    public static IQueryable<PhoneCall> DueBy(this IQueryable<PhoneCall> calls, DateOnly today)
    {
        var endOfDay = BoonaTime.AtLocal(today.AddDays(1), TimeOnly.MinValue);
        return calls.Where(c => c.Status == PhoneCallStatus.Planned && c.PlannedAt < endOfDay);
    }

    /// <summary>
    /// Sent, a patient still without an answer (a partial answer included), and sent at least
    /// <paramref name="followUpAfterDays"/> days before <paramref name="now"/>.
    /// </summary>
    public static IQueryable<Inquiry> Overdue(this IQueryable<Inquiry> inquiries, DateTimeOffset now, int followUpAfterDays)
    {
        var sentBefore = now.AddDays(-followUpAfterDays);
        return inquiries.AwaitingAnswer().Where(i => i.SentAt <= sentBefore);
    }

    /// <summary>
    /// Searches older than <paramref name="days"/> days that are in no inquiry (cancelled ones aside) composed within the
    /// last <paramref name="days"/> days. Combine with a status filter, e.g. active only.
    /// </summary>
    public static IQueryable<PlacementSearch> WithoutInquiryFor(this IQueryable<PlacementSearch> searches, BoonaDbContext context, DateTimeOffset now, int days)
    {
        var since = now.AddDays(-days);
        var asked = context.Inquiries.AskingForPatients();
        return searches.Where(s => s.CreatedAt <= since
            && !context.InquiryPatients.Any(p => p.SearchId == s.Id && asked.Any(i => i.Id == p.InquiryId && i.CreatedAt > since)));
    }

    /// <summary>
    /// The inquiries that count as having asked a therapist for a patient: all but the cancelled ones. The start page's
    /// stale-search count, the search list's filter and its "last inquiry" column read this one definition.
    /// </summary>
    public static IQueryable<Inquiry> AskingForPatients(this IQueryable<Inquiry> inquiries) =>
        inquiries.Where(i => i.Status != InquiryStatus.Cancelled);

    public static IQueryable<Therapist> PendingReview(this IQueryable<Therapist> therapists) =>
        therapists.Where(t => t.Status == TherapistStatus.PendingReview);
}
