using Boona.Domain.Inquiries;
using Boona.Domain.Patients;
using Boona.Domain.Searches;
using Boona.Domain.Therapists;
using Boona.Infrastructure.Patients;

namespace Boona.Infrastructure.Searches;

/// <summary>Everything the search page shows.</summary>
public sealed record SearchDetails(
    PlacementSearch Search,
    SearchPatient Patient,
    IReadOnlyList<SearchInquiry> Inquiries,
    IReadOnlyList<ExclusionView> Exclusions,
    IReadOnlyList<TimelineEntry> Timeline,
    TherapistOption? PlacedWith);

/// <summary>The searching patient; <see cref="Version"/> for changes to the patient's own exclusion list from the search page.</summary>
public sealed record SearchPatient(int Id, string Name, PatientStatus Status, int Version)
{
    public string Reference => Domain.Patients.Patient.ReferenceOf(Id);
}

/// <summary>This search's place in one inquiry: the therapist asked and their answer for this patient.</summary>
public sealed record SearchInquiry(
    int InquiryId,
    TherapistOption Therapist,
    InquiryStatus Status,
    ContactChannel Channel,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SentAt,
    InquiryOutcome Outcome,
    DateTimeOffset? AnsweredAt,
    bool IsConflict,
    string? Reason);

public enum TimelineKind
{
    SearchEvent,
    InquirySent,
    InquiryAnswered,

    /// <summary>A recorded answer was corrected: <see cref="TimelineEntry.PreviousOutcome"/> to <see cref="TimelineEntry.Outcome"/>, with the reason.</summary>
    AnswerCorrected,
}

/// <summary>
/// One thing that happened to the search. <see cref="EventKind"/> for search events, <see cref="Outcome"/> for answers
/// (and <see cref="PreviousOutcome"/> for a corrected one); <see cref="By"/> is who recorded it (a note's author), when a
/// person did.
/// </summary>
public sealed record TimelineEntry(
    DateTimeOffset At,
    TimelineKind Kind,
    SearchEventKind? EventKind,
    InquiryOutcome? Outcome,
    string? Text,
    TherapistOption? Therapist,
    int? InquiryId,
    string? By = null,
    InquiryOutcome? PreviousOutcome = null);
