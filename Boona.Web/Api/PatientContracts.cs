using Boona.Domain.Patients;
using Boona.Infrastructure.Patients;
using Boona.Infrastructure.Searches;

namespace Boona.Web.Api;

/// <summary>A patient as the API reads it: the same fields the API writes, plus status, checklist and searches.</summary>
public sealed record PatientDto(
    int Id, int Version, string Reference, PatientStatus Status, PatientInput Patient, IReadOnlyList<CheckItem> Checks, IReadOnlyList<SearchSummary> Searches)
{
    public static PatientDto From(PatientDetails details) => new(
        details.Patient.Id, details.Patient.Version, details.Patient.Reference, details.Patient.Status, PatientInput.From(details.Patient), details.Checks, details.Searches);
}

/// <summary>A change names the version it was based on; a change made meanwhile is refused with 409.</summary>
public sealed class PatientUpdate
{
    public int Version { get; set; }

    public PatientInput Patient { get; set; } = new();
}
