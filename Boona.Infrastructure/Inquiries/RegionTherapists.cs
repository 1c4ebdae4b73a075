using System.Linq.Expressions;
using Boona.Domain.Common;
using Boona.Domain.Inquiries;
using Boona.Domain.Searches;
using Boona.Domain.Therapists;
using Boona.Infrastructure.Common;
using Boona.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Boona.Infrastructure.Inquiries;

/// <summary>
/// What the selection needs about one region — therapist-side data only, read without tracking in a fixed number of
/// index-driven queries whatever the region's size (postal code, e-mail, unanswered inquiries by therapist). The
/// region's searches and patients are not read here: the selection does not need them, and they are the region's
/// largest part (<see cref="RegionSearches"/> loads them when a therapist is picked).
/// </summary>
internal sealed record RegionTherapists(
    IReadOnlyList<Therapist> Therapists,
    IReadOnlyList<Therapist> OtherPracticeMembers,
    IReadOnlySet<int> WithOpenInquiry,
    int ActiveSearches)
{
    private const int EmailsPerQuery = 200;

    public static async Task<RegionTherapists> LoadAsync(BoonaDbContext context, string prefix, CancellationToken cancellationToken)
    {
        var therapists = await context.Therapists.InPostalPrefix(prefix).AsNoTracking().ToListAsync(cancellationToken);
        var others = await OtherPracticeMembersAsync(context, prefix, therapists, cancellationToken);
        // The region's own therapists as a subquery (the database reads their ids from the postal-code index instead of
        // a parameter list of hundreds); the rare practice mates elsewhere as a second, short query.
        var regionIds = context.Therapists.InPostalPrefix(prefix).Select(t => t.Id);
        var withOpen = await OpenInquiryTherapists(context, i => regionIds.Contains(i.TherapistId)).ToListAsync(cancellationToken);
        if (others.Count > 0)
        {
            List<int> otherIds = [.. others.Select(t => t.Id)];
            withOpen.AddRange(await OpenInquiryTherapists(context, i => otherIds.Contains(i.TherapistId)).ToListAsync(cancellationToken));
        }

        // Counted in the database: a region may have thousands of open searches, and only the number is shown.
        var active = await RegionSearches.OpenInRegion(context, prefix).SumAsync(s => s.Status == SearchStatus.Active ? 1 : 0, cancellationToken);
        return new RegionTherapists(therapists, others, withOpen.ToHashSet(), active);
    }

    /// <summary>
    /// Which of these therapists have an inquiry waiting for an answer. Unanswered inquiries are few among all ever sent;
    /// the index on (AnswerType, Status, TherapistId) finds them.
    /// </summary>
    private static IQueryable<int> OpenInquiryTherapists(BoonaDbContext context, Expression<Func<Inquiry, bool>> ofTherapists) =>
        context.Inquiries
            .Where(ofTherapists)
            .Where(i => i.AnswerType == AnswerType.NoAnswerYet && (i.Status == InquiryStatus.Unsent || i.Status == InquiryStatus.Sent)
                // Open only while a pending patient is still searching: one whose search was cancelled or paused waits
                // for nothing, so the therapist may be asked again.
                && i.Patients.Any(p => p.Outcome == InquiryOutcome.Pending
                    && context.Searches.Any(s => s.Id == p.SearchId && s.Status == SearchStatus.Active)))
            .Select(i => i.TherapistId)
            .Distinct();

    /// <summary>
    /// Practice mates registered under another postal code: rare, but they count for the practice rule. The first
    /// queries only ask which of the region's e-mails occur elsewhere; the index on (Email, PostalCode) answers them
    /// without touching the table, and usually the answer is none. In chunks, because for a long list of addresses
    /// PostgreSQL's planner prefers reading the whole directory to a few hundred index lookups.
    /// </summary>
    private static async Task<List<Therapist>> OtherPracticeMembersAsync(BoonaDbContext context, string prefix, List<Therapist> therapists, CancellationToken cancellationToken)
    {
        List<EmailAddress> emails = [.. therapists.Where(t => t.Email is not null).Select(t => t.Email!).Distinct()];
        if (emails.Count == 0)
        {
            return [];
        }

        var (lower, upper) = PostalCodeQueries.Range(prefix);
#pragma warning disable CA1309, CA1310 // Translated to SQL: the database compares digit strings.
        var outside = context.Therapists.Where(o => o.PostalCode.Value.CompareTo(lower) < 0 || (upper != null && o.PostalCode.Value.CompareTo(upper) >= 0));
#pragma warning restore CA1309, CA1310
        var shared = new List<EmailAddress>();
        foreach (var chunk in emails.Chunk(EmailsPerQuery))
        {
            List<EmailAddress> some = [.. chunk];
            shared.AddRange(await outside.Where(o => o.Email != null && some.Contains(o.Email)).Select(o => o.Email!).Distinct().ToListAsync(cancellationToken));
        }

        return shared.Count == 0
            ? []
            : await outside.AsNoTracking().Where(o => o.Email != null && shared.Contains(o.Email)).ToListAsync(cancellationToken);
    }
}
