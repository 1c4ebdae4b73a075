using Boona.Domain.Searches;

namespace Boona.Infrastructure.Searches;

public enum SearchSort
{
    Started,
    Patient,
    PostalCode,
}

/// <summary>Filters, order and page of <c>/searches</c>; each maps to a URL query parameter.</summary>
public sealed record SearchListQuery
{
    public SearchStatus? Status { get; init; }

    /// <summary>Leading postal-code digits of the patient's address (1–5).</summary>
    public string? Region { get; init; }

    /// <summary>Only searches started at least N days ago that no inquiry of the last N days includes (<c>WorkFilters.WithoutInquiryFor</c>).</summary>
    public int? NoInquiryDays { get; init; }

    /// <summary>Start of the patient's first or last name, or the reference (P-00012).</summary>
    public string? Text { get; init; }

    /// <summary>Default: oldest search first, the order in which patients are offered.</summary>
    public SearchSort Sort { get; init; } = SearchSort.Started;

    public bool Descending { get; init; }

    public int Page { get; init; }

    public int PageSize { get; init; } = 25;
}

/// <summary>One row of the search list.</summary>
public sealed record SearchListItem(
    int Id,
    int PatientId,
    string PatientName,
    string PostalCode,
    string City,
    SearchStatus Status,
    DateTimeOffset CreatedAt,
    DateOnly? PausedUntil,
    DateTimeOffset? LastInquiryAt,
    int Inquiries)
{
    public string Reference => Domain.Patients.Patient.ReferenceOf(PatientId);
}
