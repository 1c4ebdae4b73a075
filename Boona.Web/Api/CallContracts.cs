using Boona.Domain.Outreach;
using Boona.Infrastructure.Calls;

namespace Boona.Web.Api;

/// <summary>The calls page's work list as the API reads it: a page of planned calls and the inquiries waiting for a decision.</summary>
public sealed record CallWorkDto(IReadOnlyList<CallDto> Items, int Total, IReadOnlyList<DecisionNeeded> Decisions)
{
    public static CallWorkDto From(CallWorkPage page) => new([.. page.Calls.Select(CallDto.From)], page.Total, page.Decisions);
}

/// <summary>One planned call: the practice, its phone hours (as in the therapist's <c>phoneHours</c>), and the patients by reference with the facts to say.</summary>
public sealed record CallDto(
    int Id, DateTimeOffset PlannedAt, PhoneCallPurpose Purpose, int Attempts, string? Note, string? Coordinator, int TherapistId, string TherapistName,
    string? Phone, string PhoneHours, int? InquiryId, DateTimeOffset? InquirySentAt, DateTimeOffset? ReminderSentAt, IReadOnlyList<CallPatient> Patients)
{
    public static CallDto From(CallWork c) => new(
        c.Id, c.PlannedAt, c.Purpose, c.Attempts, c.Note, c.Coordinator, c.TherapistId, c.TherapistName, c.Phone, c.PhoneHours.ToString(),
        c.InquiryId, c.InquirySentAt, c.ReminderSentAt, c.Patients);
}
