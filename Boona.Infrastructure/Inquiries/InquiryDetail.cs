using Boona.Domain.Common;
using Boona.Domain.Inquiries;
using Boona.Domain.Outreach;
using Boona.Domain.Searches;
using Boona.Domain.Therapists;
using Boona.Infrastructure.Geo;
using Boona.Infrastructure.Outreach.Outbox;

namespace Boona.Infrastructure.Inquiries;

/// <summary>
/// Everything the inquiry page shows and acts on. <c>DecisionNeededSince</c>: the follow-up calls gave up and the inquiry
/// still waits for an answer, so a coordinator decides how to go on (null otherwise).
/// </summary>
public sealed record InquiryDetail(
    int Id,
    int Version,
    InquiryTherapist Therapist,
    ContactChannel Channel,
    InquiryStatus Status,
    InquiryListState State,
    AnswerType AnswerType,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SentAt,
    DateTimeOffset? AnsweredAt,
    DateTimeOffset? CancelledAt,
    string? CancelReason,
    IReadOnlyList<InquiryPatientRow> Patients,
    IReadOnlyList<OutboxMessageRow> Emails,
    IReadOnlyList<InquiryCallRow> Calls,
    IReadOnlyList<InquiryCorrectionRow> Corrections,
    DateTimeOffset? DecisionNeededSince);

public sealed record InquiryTherapist(
    int Id, string Name, string? Email, string? Phone, string PostalCode, string City, DateOnly? NextContactAllowedOn, Location? Location);

/// <summary>
/// One patient of the inquiry with the answer and the state of the search it belongs to. <c>PlacedHere</c>:
/// the search is placed with (or succeeded at) this inquiry's therapist, so success and a failed trial apply.
/// <c>Location</c> is the patient's, for the distance to the therapist; <c>Route</c> the road by car when routing is on and the
/// patient drives (null: the straight line applies). <c>CanBeAnswered</c>: the inquiry takes an
/// answer for this patient (sent, or emptied by placements elsewhere and this acceptance crossed the notice).
/// </summary>
public sealed record InquiryPatientRow(
    int SearchId,
    int PatientId,
    string Name,
    int Position,
    InquiryOutcome Outcome,
    string? Reason,
    DateTimeOffset? AnsweredAt,
    bool IsConflict,
    bool WithdrawalNoticePending,
    SearchStatus SearchStatus,
    bool PlacedHere,
    Location? Location,
    Route? Route,
    bool CanBeAnswered)
{
    public string Reference => $"P-{PatientId:D5}";
}


public sealed record InquiryCallRow(int Id, PhoneCallPurpose Purpose, PhoneCallStatus Status, DateTimeOffset PlannedAt, DateTimeOffset? CompletedAt);

/// <summary>A corrected answer: for which patient, from what to what, why, when and by whom.</summary>
public sealed record InquiryCorrectionRow(int SearchId, int PatientId, InquiryOutcome From, InquiryOutcome To, string Reason, DateTimeOffset At, string? By)
{
    public string Reference => $"P-{PatientId:D5}";
}
