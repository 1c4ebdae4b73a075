using Boona.Domain.Patients;
using Boona.Domain.Searches;
using Boona.Infrastructure.Common;

namespace Boona.Infrastructure.Patients;

/// <summary>One row of the patient list.</summary>
public sealed record PatientListItem(
    int Id,
    string FirstName,
    string LastName,
    string PostalCode,
    string City,
    PatientStatus Status,
    int? SearchId,
    SearchStatus? SearchStatus,
    DateTimeOffset? SearchStartedAt,
    DateTimeOffset CreatedAt)
{
    public string Reference => Patient.ReferenceOf(Id);

    public string FullName => $"{FirstName} {LastName}";

    /// <summary>Days since the open search started, on German calendar days.</summary>
    public int? WaitingDays(DateOnly today) =>
        SearchStartedAt is { } started ? today.DayNumber - BoonaTime.ToLocalDate(started).DayNumber : null;
}
