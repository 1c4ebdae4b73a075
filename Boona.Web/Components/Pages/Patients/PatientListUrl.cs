using Boona.Domain.Common;
using Boona.Domain.Patients;
using Boona.Infrastructure.Patients;
using Boona.Web.Components.Lists;
using Microsoft.AspNetCore.Components;

namespace Boona.Web.Components.Pages.Patients;

/// <summary>
/// The URL contract of <c>/patients</c>: <c>status</c>, <c>region</c>, <c>search</c> (None, Active, Paused, Placed),
/// <c>waitingDays</c> (at least), <c>q</c>, <c>sort</c>, <c>desc</c>, <c>page</c> (one-based). Unknown values are ignored.
/// </summary>
internal static class PatientListUrl
{
    public static PatientListQuery Parse(string? status, string? region, string? search, int? waitingDays, string? text, string? sort, bool descending, int? page) => new()
    {
        Status = QueryValue.Enum<PatientStatus>(status),
        Region = Text.TrimOrNull(region),
        SearchState = QueryValue.Enum<PatientSearchState>(search),
        MinWaitingDays = waitingDays is >= 0 ? waitingDays : null,
        Text = Text.TrimOrNull(text),
        Sort = QueryValue.Enum<PatientSort>(sort) ?? PatientSort.Name,
        Descending = descending,
        Page = page is > 1 ? page.Value - 1 : 0,
    };

    public static string For(NavigationManager navigation, PatientListQuery query) =>
        navigation.GetUriWithQueryParameters("/patients", new Dictionary<string, object?>
        {
            ["status"] = query.Status?.ToString(),
            ["region"] = query.Region,
            ["search"] = query.SearchState?.ToString(),
            ["waitingDays"] = query.MinWaitingDays,
            ["q"] = query.Text,
            ["sort"] = query.Sort == PatientSort.Name ? null : query.Sort.ToString(),
            ["desc"] = query.Descending ? "true" : null,
            ["page"] = query.Page > 0 ? query.Page + 1 : null,
        });
}
