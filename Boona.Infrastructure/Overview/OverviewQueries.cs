using Boona.Domain.Inquiries;
using Boona.Domain.Searches;
using Boona.Domain.Therapists;
using Boona.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Boona.Infrastructure.Overview;

/// <summary>Head counts of the directory and the work in progress.</summary>
public sealed record OverviewFigures(
    int Therapists,
    int ActiveTherapists,
    int Patients,
    IReadOnlyDictionary<SearchStatus, int> SearchesByStatus,
    IReadOnlyDictionary<InquiryStatus, int> InquiriesByStatus);

public sealed class OverviewQueries(IDbContextFactory<BoonaDbContext> contextFactory)
{
    public async Task<OverviewFigures> GetAsync(CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var therapists = await context.Therapists.CountAsync(cancellationToken);
        var active = await context.Therapists.CountAsync(t => t.Status == TherapistStatus.Active, cancellationToken);
        var patients = await context.Patients.CountAsync(cancellationToken);
        var searches = await context.Searches.GroupBy(s => s.Status)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var inquiries = await context.Inquiries.GroupBy(i => i.Status)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return new OverviewFigures(therapists, active, patients, searches, inquiries);
    }
}
