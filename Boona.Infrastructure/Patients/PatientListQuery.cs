using System.Text.RegularExpressions;
using Boona.Domain.Patients;

namespace Boona.Infrastructure.Patients;

/// <summary>The state of a patient's open search, or that there is none.</summary>
public enum PatientSearchState
{
    None,
    Active,
    Paused,
    Placed,
}

public enum PatientSort
{
    Name,
    PostalCode,
    Created,
    WaitingDays,
}

/// <summary>Filters, order and page of the patient list; each maps to a URL query parameter of <c>/patients</c>.</summary>
public sealed partial record PatientListQuery
{
    public PatientStatus? Status { get; init; }

    /// <summary>Leading postal-code digits (1–5).</summary>
    public string? Region { get; init; }

    public PatientSearchState? SearchState { get; init; }

    /// <summary>Only patients whose open search started at least this many days ago.</summary>
    public int? MinWaitingDays { get; init; }

    /// <summary>Start of the first or last name, or the reference (P-00012).</summary>
    public string? Text { get; init; }

    public PatientSort Sort { get; init; } = PatientSort.Name;

    public bool Descending { get; init; }

    public int Page { get; init; }

    public int PageSize { get; init; } = 25;

    public static bool IsRegion(string? text) => text is not null && RegionShape().IsMatch(text);

    [GeneratedRegex("^[0-9]{1,5}$", RegexOptions.CultureInvariant)]
    private static partial Regex RegionShape();
}
