using Boona.Domain.Patients;
using Boona.Domain.Searches;
using Boona.Infrastructure.Patients;
using Boona.Infrastructure.Searches;

namespace Boona.Web.Api;

/// <summary>
/// A patient as the API reads it: the same fields the API writes, plus status, checklist, searches, whether a search
/// may start now, and the exclusion list with the exclusions lifted from it. <c>UnmappedLanguages</c> names what was stored
/// before languages were codes and matched none (null for none), until the patient is saved again.
/// </summary>
public sealed record PatientDto(
    int Id,
    int Version,
    string Reference,
    PatientStatus Status,
    PatientInput Patient,
    string? UnmappedLanguages,
    IReadOnlyList<CheckItem> Checks,
    IReadOnlyList<SearchSummary> Searches,
    bool MayStartSearch,
    IReadOnlyList<ExclusionDto> Exclusions,
    IReadOnlyList<LiftedExclusionDto> LiftedExclusions)
{
    public static PatientDto From(PatientDetails details) => new(
        details.Patient.Id,
        details.Patient.Version,
        details.Patient.Reference,
        details.Patient.Status,
        PatientInput.From(details.Patient),
        details.Patient.UnmappedLanguages,
        details.Checks,
        details.Searches,
        details.MayStartSearch,
        [.. details.Exclusions.Select(ExclusionDto.From)],
        [.. details.LiftedExclusions.Select(e => new LiftedExclusionDto(e.Therapist.Id, e.Therapist.Name, e.Reason, e.At, e.LiftReason, e.LiftedAt, e.LiftedBy))]);
}

/// <summary>An exclusion taken off the patient's list: why it was there, and who lifted it when and why.</summary>
public sealed record LiftedExclusionDto(int TherapistId, string TherapistName, string Reason, DateTimeOffset At, string LiftReason, DateTimeOffset LiftedAt, string? LiftedBy);

/// <summary>A change names the version it was based on; a change made meanwhile is refused with 409.</summary>
public sealed class PatientUpdate
{
    private PatientInput _patient = new();

    public int Version { get; set; }

    /// <summary>JSON <c>null</c> reads as an empty input, which is refused field by field.</summary>
    public PatientInput Patient { get => _patient; set => _patient = value ?? new(); }
}

/// <summary>One row of the patient list (no names: the reference stands for the patient).</summary>
public sealed record PatientListItemDto(int Id, string Reference, string PostalCode, string City, PatientStatus Status, int? SearchId, SearchStatus? SearchStatus, DateTimeOffset CreatedAt)
{
    public static PatientListItemDto From(PatientListItem p) => new(p.Id, p.Reference, p.PostalCode, p.City, p.Status, p.SearchId, p.SearchStatus, p.CreatedAt);
}
