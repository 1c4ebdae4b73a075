using Boona.Domain.Common;
using Boona.Domain.Inquiries;
using Boona.Domain.Matching;
using Boona.Domain.Searches;
using Boona.Domain.Therapists;
using Boona.Infrastructure.Common;
using Boona.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Boona.Infrastructure.Inquiries;

/// <summary>
/// Everything matching needs about one region, read without tracking in a fixed number of queries whatever
/// the region's size. Each query is driven by an index (postal code, e-mail, patient, therapist, search), so the
/// cost grows with the region, not with the country.
/// </summary>
internal sealed record RegionData(
    IReadOnlyList<Therapist> Therapists,
    IReadOnlyList<Therapist> OtherPracticeMembers,
    IReadOnlySet<int> WithOpenInquiry,
    IReadOnlyList<RegionSearch> Searches,
    IReadOnlyDictionary<int, HashSet<int>> AskedByTherapist)
{
    private const int EmailsPerQuery = 200;

    public static async Task<RegionData> LoadAsync(BoonaDbContext context, string prefix, CancellationToken cancellationToken)
    {
        var therapists = await context.Therapists.InPostalPrefix(prefix).AsNoTracking().ToListAsync(cancellationToken);
        var others = await OtherPracticeMembersAsync(context, prefix, therapists, cancellationToken);
        var therapistIds = therapists.Concat(others).Select(t => t.Id).ToList();
        // Unanswered inquiries are few among all ever sent; the index on (AnswerType, Status, TherapistId) finds them.
        var withOpen = await context.Inquiries
            .Where(i => i.AnswerType == AnswerType.NoAnswerYet && (i.Status == InquiryStatus.Unsent || i.Status == InquiryStatus.Sent)
                && therapistIds.Contains(i.TherapistId)
                // Open only while a pending patient is still searching: one whose search was cancelled or paused waits
                // for nothing, so the therapist may be asked again.
                && i.Patients.Any(p => p.Outcome == InquiryOutcome.Pending
                    && context.Searches.Any(s => s.Id == p.SearchId && s.Status == SearchStatus.Active)))
            .Select(i => i.TherapistId)
            .Distinct()
            .ToListAsync(cancellationToken);

        var searches = await ActiveSearchesAsync(context, prefix, cancellationToken);
        var patientIds = searches.Select(s => s.PatientId).ToList();
        var patients = await context.Patients.AsNoTracking().Where(p => patientIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var searchIds = searches.Select(s => s.Id).ToList();
        var asked = await (
                from entry in context.InquiryPatients
                where searchIds.Contains(entry.SearchId) && entry.Outcome == InquiryOutcome.Pending
                join inquiry in context.Inquiries on entry.InquiryId equals inquiry.Id
                where inquiry.Status != InquiryStatus.Cancelled
                select new { inquiry.TherapistId, entry.SearchId })
            .ToListAsync(cancellationToken);

        return new RegionData(
            therapists,
            others,
            withOpen.ToHashSet(),
            [.. searches.Select(s => new RegionSearch(s.Id, s.Status, s.CreatedAt, patients[s.PatientId], RegionSearch.Excluded(patients[s.PatientId], s.Excluded)))],
            asked.GroupBy(a => a.TherapistId).ToDictionary(g => g.Key, g => g.Select(a => a.SearchId).ToHashSet()));
    }

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

    /// <summary>The region's active searches with their exclusions; the events log is not read.</summary>
    private static async Task<List<SearchRow>> ActiveSearchesAsync(BoonaDbContext context, string prefix, CancellationToken cancellationToken)
    {
        var regionPatientIds = context.Patients.InPostalPrefix(prefix).Select(p => p.Id);

        // The filter repeats that of the unique index on PatientId for open searches word for word: only then does
        // SQLite use the partial index. Adding "Status = 'Active'" to it makes EF Core 10 drop the whole condition
        // as contradictory (WHERE 0), so the few paused and placed searches are left out after reading.
        var open = await context.Searches
            .Where(s => new[] { SearchStatus.Active, SearchStatus.Paused, SearchStatus.Placed }.Contains(s.Status) && regionPatientIds.Contains(s.PatientId))
            .Select(s => new SearchRow(s.Id, s.Status, s.CreatedAt, s.PatientId, s.Exclusions.Select(e => e.TherapistId).ToList()))
            .ToListAsync(cancellationToken);
        return [.. open.Where(s => s.Status == SearchStatus.Active)];
    }

    private sealed record SearchRow(int Id, SearchStatus Status, DateTimeOffset CreatedAt, int PatientId, List<int> Excluded);
}
