using Boona.Domain.Inquiries;
using Boona.Domain.Therapists;

namespace Boona.Infrastructure.Inquiries;

/// <summary>One line of the inquiry list.</summary>
public sealed record InquiryRow(
    int Id,
    int TherapistId,
    string TherapistName,
    string PostalCode,
    ContactChannel Channel,
    InquiryListState State,
    AnswerType AnswerType,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SentAt,
    DateTimeOffset? AnsweredAt,
    int Patients);

/// <summary>Which inquiries the list shows: a state (or all), optionally one therapist's, a zero-based page.</summary>
public sealed record InquiryListQuery(InquiryListState? State = null, int? TherapistId = null, int Page = 0, int PageSize = 25);
