using Boona.Domain.Common;
using Boona.Domain.Therapists;
using Boona.Infrastructure.Therapists;
using Boona.Web.Components.Lists;

namespace Boona.Web.Components.Pages.Therapists;

/// <summary>
/// The list's filters as they appear in the URL (<c>/therapists?status=PendingReview&amp;plz=50</c>), so that
/// links from the start page and bookmarks reproduce a view. Unknown values are ignored.
/// </summary>
public sealed record TherapistFilter
{
    public string? Name { get; init; }

    public string? PostalPrefix { get; init; }

    public string? City { get; init; }

    public TherapistStatus? Status { get; init; }

    public TherapyMethod? Method { get; init; }

    public bool? Kassensitz { get; init; }

    public bool? Available { get; init; }

    public bool? KnowsBoona { get; init; }

    public bool? Cooling { get; init; }

    public static TherapistFilter FromQuery(string? name, string? plz, string? city, string? status, string? method, bool? kassensitz, bool? available, bool? knowsBoona, bool? cooling) =>
        new()
        {
            Name = Text.TrimOrNull(name),
            PostalPrefix = Text.TrimOrNull(plz),
            City = Text.TrimOrNull(city),
            Status = QueryValue.Enum<TherapistStatus>(status),
            Method = QueryValue.Enum<TherapyMethod>(method),
            Kassensitz = kassensitz,
            Available = available,
            KnowsBoona = knowsBoona,
            Cooling = cooling,
        };

    /// <summary>Query parameters for <c>NavigationManager.GetUriWithQueryParameters</c>; null removes one.</summary>
    public IReadOnlyDictionary<string, object?> ToQueryParameters() => new Dictionary<string, object?>
    {
        ["name"] = Name,
        ["plz"] = PostalPrefix,
        ["city"] = City,
        ["status"] = Status?.ToString(),
        ["method"] = Method?.ToString(),
        ["kassensitz"] = Kassensitz,
        ["available"] = Available,
        ["knowsBoona"] = KnowsBoona,
        ["cooling"] = Cooling,
    };

    public TherapistListQuery ToQuery(TherapistSort sort, bool descending, int page, int pageSize) => new()
    {
        Name = Name,
        PostalPrefix = PostalPrefix,
        City = City,
        Status = Status,
        Method = Method,
        HasKassensitz = Kassensitz,
        Available = Available,
        KnowsBoona = KnowsBoona,
        Cooling = Cooling,
        Sort = sort,
        Descending = descending,
        Page = page,
        PageSize = pageSize,
    };
}
