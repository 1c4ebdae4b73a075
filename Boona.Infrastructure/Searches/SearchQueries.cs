using Boona.Domain.Common;
using Boona.Infrastructure.Common;
using Boona.Infrastructure.Overview;
using Boona.Infrastructure.Patients;
using Boona.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Boona.Infrastructure.Searches;

/// <summary>The search list (filtered, sorted and paged in the database) and the search page.</summary>
public sealed partial class SearchQueries(IDbContextFactory<BoonaDbContext> contextFactory, TimeProvider clock)
{
    public async Task<Result<Paged<SearchListItem>>> ListAsync(SearchListQuery query, CancellationToken cancellationToken)
    {
        if (query.Region is { Length: > 0 } region && !PatientListQuery.IsRegion(region))
        {
            return new Error("region.invalid", $"'{region}' is not one to five leading postal-code digits.", nameof(query.Region));
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var searches = context.Searches.AsNoTracking();
        if (query.Status is { } status)
        {
            searches = searches.Where(s => s.Status == status);
        }

        if (query.NoInquiryDays is { } days)
        {
            // The same definition as the start page's count, so that the count and this list agree.
            searches = searches.WithoutInquiryFor(context, clock.GetUtcNow(), days);
        }

        var patients = context.Patients.AsNoTracking();
        if (query.Region is { Length: > 0 })
        {
            patients = patients.InPostalPrefix(query.Region);
        }

        if (query.Text is { Length: > 0 } text)
        {
            patients = patients.MatchingText(text);
        }

        var rows = from s in searches
                   join p in patients on s.PatientId equals p.Id
                   select new { Search = s, p.FirstName, p.LastName, PostalCode = p.PostalCode.Value, p.City };
        var total = await rows.CountAsync(cancellationToken);
        var sorted = (query.Sort, query.Descending) switch
        {
            (SearchSort.Patient, false) => rows.OrderBy(r => r.LastName).ThenBy(r => r.FirstName).ThenBy(r => r.Search.Id),
            (SearchSort.Patient, true) => rows.OrderByDescending(r => r.LastName).ThenByDescending(r => r.FirstName).ThenBy(r => r.Search.Id),
            (SearchSort.PostalCode, false) => rows.OrderBy(r => r.PostalCode).ThenBy(r => r.Search.Id),
            (SearchSort.PostalCode, true) => rows.OrderByDescending(r => r.PostalCode).ThenBy(r => r.Search.Id),
            (_, false) => rows.OrderBy(r => r.Search.CreatedAt).ThenBy(r => r.Search.Id),
            (_, true) => rows.OrderByDescending(r => r.Search.CreatedAt).ThenByDescending(r => r.Search.Id),
        };
        var (skip, take) = Paged<SearchListItem>.Window(query.Page, query.PageSize);
        var asked = context.Inquiries.AskingForPatients();
        var items = await sorted.Skip(skip).Take(take)
            .Select(r => new SearchListItem(
                r.Search.Id,
                r.Search.PatientId,
                r.FirstName + " " + r.LastName,
                r.PostalCode,
                r.City,
                r.Search.Status,
                r.Search.CreatedAt,
                r.Search.PausedUntil,
                asked.Where(i => i.Patients.Any(p => p.SearchId == r.Search.Id)).Max(i => (DateTimeOffset?)i.CreatedAt),
                context.InquiryPatients.Count(p => p.SearchId == r.Search.Id)))
            .ToListAsync(cancellationToken);
        return Result<Paged<SearchListItem>>.Of(new Paged<SearchListItem>(items, total));
    }
}
