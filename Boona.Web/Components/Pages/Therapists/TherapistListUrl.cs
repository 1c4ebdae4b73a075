using Boona.Infrastructure.Therapists;
using Boona.Web.Components.Lists;
using Microsoft.AspNetCore.Components;

namespace Boona.Web.Components.Pages.Therapists;

/// <summary>What the therapist list shows: filters, order and page, all in the URL.</summary>
public sealed record TherapistListView(TherapistFilter Filter, TherapistSort Sort = TherapistSort.Name, bool Descending = false, int Page = 0)
{
    public const int PageSize = 25;

    public TherapistListQuery ToQuery() => Filter.ToQuery(Sort, Descending, Page, PageSize);
}

/// <summary>
/// The URL contract of <c>/therapists</c>: the filters of <see cref="TherapistFilter"/> plus <c>sort</c>, <c>desc</c> and
/// <c>page</c> (one-based), so that a bookmark, a link from the start page or the back button reproduces the view.
/// Values the list does not understand are ignored.
/// </summary>
internal static class TherapistListUrl
{
    public static TherapistListView Parse(TherapistFilter filter, string? sort, string? descending, string? page) => new(
        filter,
        QueryValue.Enum<TherapistSort>(sort) ?? TherapistSort.Name,
        QueryValue.Bool(descending) == true,
        QueryValue.Int(page) is > 1 and var number ? number - 1 : 0);

    public static string For(NavigationManager navigation, TherapistListView view)
    {
        var parameters = new Dictionary<string, object?>(view.Filter.ToQueryParameters())
        {
            ["sort"] = view.Sort == TherapistSort.Name ? null : view.Sort.ToString(),
            ["desc"] = view.Descending ? "true" : null,
            ["page"] = view.Page > 0 ? view.Page + 1 : null,
        };
        return navigation.GetUriWithQueryParameters("/therapists", parameters);
    }
}
