using Boona.Domain.Inquiries;
using Boona.Domain.Matching;
using Boona.Domain.Searches;
using Boona.Infrastructure.Common;
using Boona.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Boona.Infrastructure.Inquiries;

/// <summary>
/// What the candidates need about one region: its active searches (oldest first) with their patients and exclusions, and which
/// therapist already has which search in an open inquiry. Read once, when the first therapist of the region is picked,
/// in three index-driven queries; the search events are not read.
/// </summary>
internal sealed record RegionSearches(IReadOnlyList<RegionSearch> Searches, IReadOnlyDictionary<int, HashSet<int>> AskedByTherapist)
{
    public static async Task<RegionSearches> LoadAsync(BoonaDbContext context, string prefix, CancellationToken cancellationToken)
    {
        var open = await OpenInRegion(context, prefix)
            .Select(s => new SearchRow(s.Id, s.Status, s.CreatedAt, s.PatientId, s.Exclusions.Select(e => e.TherapistId).ToList()))
            .ToListAsync(cancellationToken);
        List<SearchRow> searches = [.. open.Where(s => s.Status == SearchStatus.Active)];
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

        return new RegionSearches(
            CandidateComposer.OldestFirst(searches.Select(s => new RegionSearch(s.Id, s.Status, s.CreatedAt, patients[s.PatientId], RegionSearch.Excluded(patients[s.PatientId], s.Excluded)))),
            asked.GroupBy(a => a.TherapistId).ToDictionary(g => g.Key, g => g.Select(a => a.SearchId).ToHashSet()));
    }

    /// <summary>
    /// The region's open searches (active, paused, placed). The filter repeats that of the unique index on PatientId for
    /// open searches word for word: only then does SQLite use the partial index. Adding "Status = 'Active'" to it makes
    /// EF Core 10 drop the whole condition as contradictory (WHERE 0), so callers leave out the few paused and placed
    /// searches after reading.
    /// </summary>
    public static IQueryable<PlacementSearch> OpenInRegion(BoonaDbContext context, string prefix)
    {
        var regionPatientIds = context.Patients.InPostalPrefix(prefix).Select(p => p.Id);
        return context.Searches.Where(s => new[] { SearchStatus.Active, SearchStatus.Paused, SearchStatus.Placed }.Contains(s.Status) && regionPatientIds.Contains(s.PatientId));
    }

    private sealed record SearchRow(int Id, SearchStatus Status, DateTimeOffset CreatedAt, int PatientId, List<int> Excluded);
}
