using Boona.Domain.Searches;

namespace Boona.Infrastructure.Searches;

public static class SearchQueryExtensions
{
    /// <summary>Searches that are not final (active, paused, placed); a patient has at most one.</summary>
    public static IQueryable<PlacementSearch> WhereOpen(this IQueryable<PlacementSearch> query) =>
        query.Where(s => s.Status == SearchStatus.Active || s.Status == SearchStatus.Paused || s.Status == SearchStatus.Placed);
}
