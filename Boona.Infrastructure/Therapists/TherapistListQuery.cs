using Boona.Domain.Common;
using Boona.Domain.Therapists;

namespace Boona.Infrastructure.Therapists;

public enum TherapistSort
{
    Name,
    PostalCode,
    City,
    Status,
    NextContactAllowedOn,
    AvailabilityConfirmedAt,
    CreatedAt,
}

/// <summary>
/// One page of the therapist directory: every filter is optional (null = no restriction);
/// the tri-state flags select "yes", "no" or either.
/// </summary>
public sealed record TherapistListQuery
{
    public const int MaxPageSize = 200;

    /// <summary>Words that must each occur in the first or last name, case-insensitively.</summary>
    public string? Name { get; init; }

    /// <summary>One to five leading digits of the postal code.</summary>
    public string? PostalPrefix { get; init; }

    public string? City { get; init; }

    public TherapistStatus? Status { get; init; }

    public TherapyMethod? Method { get; init; }

    public bool? HasKassensitz { get; init; }

    /// <summary>Available per the domain definition: current confirmation and a free place within the planning horizon or "potentially available".</summary>
    public bool? Available { get; init; }

    public bool? KnowsBoona { get; init; }

    /// <summary>In the cooling period: next contact allowed only after today.</summary>
    public bool? Cooling { get; init; }

    public TherapistSort Sort { get; init; } = TherapistSort.Name;

    public bool Descending { get; init; }

    /// <summary>Zero-based.</summary>
    public int Page { get; init; }

    public int PageSize { get; init; } = 25;
}

/// <summary>What the directory list shows per therapist; small on purpose.</summary>
public sealed record TherapistListRow(
    int Id,
    string? Title,
    string FirstName,
    string LastName,
    string PostalCode,
    string City,
    TherapistStatus Status,
    bool HasKassensitz,
    IReadOnlyList<TherapyMethod> Methods,
    bool KnowsBoona,
    bool Available,
    DateOnly? NextContactAllowedOn,
    bool HasEmail,
    string? Phone)
{
    public string DisplayName => string.Join(' ', new[] { Title, FirstName, LastName }.Where(p => !string.IsNullOrWhiteSpace(p)));
}

public sealed record TherapistListPage(IReadOnlyList<TherapistListRow> Rows, int TotalCount);
