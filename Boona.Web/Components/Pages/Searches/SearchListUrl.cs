using Boona.Domain.Common;
using Boona.Domain.Searches;
using Boona.Infrastructure.Searches;
using Boona.Web.Components.Lists;
using Microsoft.AspNetCore.Components;

namespace Boona.Web.Components.Pages.Searches;

/// <summary>
/// The URL contract of <c>/searches</c>: <c>status</c>, <c>region</c>, <c>noInquiryDays</c>, <c>q</c>, <c>sort</c>,
/// <c>desc</c>, <c>page</c> (one-based). The start page links to <c>/searches?status=Active&amp;noInquiryDays=14</c>.
/// </summary>
internal static class SearchListUrl
{
    public static SearchListQuery Parse(string? status, string? region, int? noInquiryDays, string? text, string? sort, bool descending, int? page) => new()
    {
        Status = QueryValue.Enum<SearchStatus>(status),
        Region = Text.TrimOrNull(region),
        NoInquiryDays = noInquiryDays is > 0 ? noInquiryDays : null,
        Text = Text.TrimOrNull(text),
        Sort = QueryValue.Enum<SearchSort>(sort) ?? SearchSort.Started,
        Descending = descending,
        Page = page is > 1 ? page.Value - 1 : 0,
    };

    public static string For(NavigationManager navigation, SearchListQuery query) =>
        navigation.GetUriWithQueryParameters("/searches", new Dictionary<string, object?>
        {
            ["status"] = query.Status?.ToString(),
            ["region"] = query.Region,
            ["noInquiryDays"] = query.NoInquiryDays,
            ["q"] = query.Text,
            ["sort"] = query.Sort == SearchSort.Started ? null : query.Sort.ToString(),
            ["desc"] = query.Descending ? "true" : null,
            ["page"] = query.Page > 0 ? query.Page + 1 : null,
        });
}
