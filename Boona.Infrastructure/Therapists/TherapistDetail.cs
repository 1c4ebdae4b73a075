using Boona.Domain.Common;
using Boona.Domain.Inquiries;
using Boona.Domain.Outreach;
using Boona.Domain.Therapists;

namespace Boona.Infrastructure.Therapists;

/// <summary>The detail page's data: the therapist and the most recent contacts and inquiries.</summary>
public sealed record TherapistDetail(
    Therapist Therapist,
    bool Available,
    IReadOnlyList<TherapistEmailRow> Emails,
    IReadOnlyList<TherapistCallRow> Calls,
    IReadOnlyList<TherapistInquiryRow> Inquiries);

public sealed record TherapistEmailRow(int Id, EmailKind Kind, string Subject, EmailStatus Status, DateTimeOffset CreatedAt, DateTimeOffset? SentAt, int? InquiryId);

public sealed record TherapistCallRow(int Id, PhoneCallPurpose Purpose, PhoneCallStatus Status, DateTimeOffset PlannedAt, DateTimeOffset? CompletedAt, string? Note, int? InquiryId);

public sealed record TherapistInquiryRow(
    int Id,
    DateTimeOffset CreatedAt,
    ContactChannel Channel,
    InquiryStatus Status,
    DateTimeOffset? SentAt,
    AnswerType AnswerType,
    DateTimeOffset? AnsweredAt,
    int PatientCount);

/// <summary>Everything a coordinator may change about a therapist's own patient preferences.</summary>
public sealed record TherapistPreferencesInput(IReadOnlyCollection<Icd10Prefix> Diagnoses, int? AgeMin, int? AgeMax, Gender? PatientGender, bool PrefersGroupTherapy);

/// <summary>Availability as the therapist told it; saving it counts as a confirmation today.</summary>
public sealed record TherapistAvailabilityInput(DateOnly? FreeIndividualPlaceFrom, DateOnly? FreeGroupPlaceFrom, bool PotentiallyAvailable, string? Note);

/// <summary>The relationship fields a coordinator keeps: knows Boona, the therapist's own pause and channel.</summary>
public sealed record TherapistContactRulesInput(bool KnowsBoona, DateOnly? ContactPausedUntil, ContactChannel PreferredChannel);
