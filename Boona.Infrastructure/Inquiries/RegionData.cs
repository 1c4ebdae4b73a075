using Boona.Domain.Inquiries;
using Boona.Domain.Matching;
using Boona.Domain.Searches;
using Boona.Domain.Therapists;
using Boona.Infrastructure.Common;
using Boona.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Boona.Infrastructure.Inquiries;

/// <summary>Everything matching needs about one region, read without tracking in five queries, whatever the region's size.</summary>
internal sealed record RegionData(
    IReadOnlyList<Therapist> Therapists,
    IReadOnlyList<Therapist> OtherPracticeMembers,
    IReadOnlySet<int> WithOpenInquiry,
    IReadOnlyList<RegionSearch> Searches,
    IReadOnlyDictionary<int, HashSet<int>> AskedByTherapist)
{
    public static async Task<RegionData> LoadAsync(BoonaDbContext context, string prefix, CancellationToken cancellationToken)
    {
        var regionTherapists = context.Therapists.InPostalPrefix(prefix);
        var regionPatients = context.Patients.InPostalPrefix(prefix);
        var therapists = await regionTherapists.AsNoTracking().ToListAsync(cancellationToken);

        // Practice mates registered under another postal code: rare, but they count for the practice rule.
        var others = await context.Therapists.AsNoTracking()
            .Where(o => o.Email != null && regionTherapists.Any(r => r.Email == o.Email))
            .ToListAsync(cancellationToken);
        var inRegion = therapists.Select(t => t.Id).ToHashSet();
        others.RemoveAll(o => inRegion.Contains(o.Id));
        var consideredIds = inRegion.Concat(others.Select(o => o.Id)).ToList();

        var open = context.Inquiries.Where(i => i.Status != InquiryStatus.Cancelled && i.AnswerType == AnswerType.NoAnswerYet
            && i.Patients.Any(p => p.Outcome == InquiryOutcome.Pending));
        open = others.Count == 0
            ? open.Where(i => regionTherapists.Any(t => t.Id == i.TherapistId))
            : open.Where(i => consideredIds.Contains(i.TherapistId));
        var withOpen = await open.Select(i => i.TherapistId).Distinct().ToListAsync(cancellationToken);

        var searches = await context.Searches.AsNoTracking().AsSplitQuery()
            .Where(s => s.Status == SearchStatus.Active && regionPatients.Any(p => p.Id == s.PatientId))
            .OrderBy(s => s.CreatedAt).ThenBy(s => s.Id)
            .ToListAsync(cancellationToken);
        var patients = await regionPatients.AsNoTracking()
            .Where(p => context.Searches.Any(s => s.PatientId == p.Id && s.Status == SearchStatus.Active))
            .ToDictionaryAsync(p => p.Id, cancellationToken);

        var asked = await (
                from entry in context.InquiryPatients
                join inquiry in context.Inquiries on entry.InquiryId equals inquiry.Id
                where entry.Outcome == InquiryOutcome.Pending && inquiry.Status != InquiryStatus.Cancelled
                    && regionPatients.Any(p => p.Id == entry.PatientId)
                select new { inquiry.TherapistId, entry.SearchId })
            .ToListAsync(cancellationToken);

        return new RegionData(
            therapists,
            others,
            withOpen.ToHashSet(),
            [.. searches.Where(s => patients.ContainsKey(s.PatientId)).Select(s => new RegionSearch(s, patients[s.PatientId]))],
            asked.GroupBy(a => a.TherapistId).ToDictionary(g => g.Key, g => g.Select(a => a.SearchId).ToHashSet()));
    }
}
