using Boona.Domain.Searches;
using Boona.Infrastructure.Persistence;

namespace Boona.Infrastructure.Searches;

public static class SearchQueryExtensions
{
    /// <summary>Searches that are not final (active, paused, placed); a patient has at most one.</summary>
    public static IQueryable<PlacementSearch> WhereOpen(this IQueryable<PlacementSearch> query) =>
        query.Where(s => s.Status == SearchStatus.Active || s.Status == SearchStatus.Paused || s.Status == SearchStatus.Placed);

    /// <summary>
    /// Searches started before <paramref name="since"/> that no inquiry created since then includes:
    /// "no inquiry for N days" on the start page and in <c>/searches?noInquiryDays=N</c>.
    /// </summary>
    public static IQueryable<PlacementSearch> WithoutInquirySince(this IQueryable<PlacementSearch> query, BoonaDbContext context, DateTimeOffset since) =>
        query.Where(s => s.CreatedAt < since
            && !context.Inquiries.Any(i => i.CreatedAt >= since && i.Patients.Any(p => p.SearchId == s.Id)));
}
