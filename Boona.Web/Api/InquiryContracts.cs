using Boona.Domain.Inquiries;
using Boona.Domain.Searches;
using Boona.Domain.Therapists;
using Boona.Infrastructure.Inquiries;

namespace Boona.Web.Api;

/// <summary>
/// An inquiry as the API reads it; its patients by reference, as therapists see them. <c>DecisionNeededSince</c>: the
/// follow-up calls gave up and the inquiry still waits for an answer.
/// </summary>
public sealed record InquiryDto(
    int Id, int TherapistId, string TherapistName, ContactChannel Channel, InquiryStatus Status, InquiryListState State, AnswerType AnswerType,
    DateTimeOffset CreatedAt, DateTimeOffset? SentAt, DateTimeOffset? AnsweredAt, IReadOnlyList<InquiryPatientDto> Patients, int Version,
    IReadOnlyList<AnswerCorrectionDto> Corrections, DateTimeOffset? DecisionNeededSince)
{
    public static InquiryDto From(InquiryDetail d) => new(
        d.Id, d.Therapist.Id, d.Therapist.Name, d.Channel, d.Status, d.State, d.AnswerType, d.CreatedAt, d.SentAt, d.AnsweredAt,
        [.. d.Patients.Select(p => new InquiryPatientDto(p.SearchId, p.PatientId, p.Reference, p.Position, p.Outcome, p.Reason, p.AnsweredAt, p.IsConflict, p.WithdrawalNoticePending, p.SearchStatus))],
        d.Version,
        [.. d.Corrections.Select(c => new AnswerCorrectionDto(c.SearchId, c.Reference, c.From, c.To, c.Reason, c.At, c.By))],
        d.DecisionNeededSince);
}

/// <summary>A corrected answer, newest first: the patient by reference, the answer before and after, why, when and by whom.</summary>
public sealed record AnswerCorrectionDto(int SearchId, string Reference, InquiryOutcome From, InquiryOutcome To, string Reason, DateTimeOffset At, string? By);

public sealed record InquiryPatientDto(
    int SearchId, int PatientId, string Reference, int Position, InquiryOutcome Outcome, string? Reason, DateTimeOffset? AnsweredAt, bool IsConflict,
    bool WithdrawalNoticePending, SearchStatus SearchStatus);

/// <summary>A new inquiry: one therapist and the searches to bundle, checked again against today's data.</summary>
public sealed class InquiryCreate
{
    public int TherapistId { get; set; }

    public List<int> SearchIds { get; set; } = [];

    public bool AfterConflict { get; set; }
}

/// <summary>The therapist's answer for one patient of the inquiry.</summary>
public sealed class InquiryAnswer
{
    public int SearchId { get; set; }

    public InquiryOutcome? Outcome { get; set; }

    public string? Reason { get; set; }

    public bool ExcludeTherapist { get; set; }

    /// <summary>The day the therapist answered (yyyy-MM-dd); today when left out.</summary>
    public DateOnly? AnsweredOn { get; set; }
}

/// <summary>What recording an answer did: nothing more, a placement, a planned trial, ….</summary>
public sealed record AnswerRecordedDto(AnswerEffect Effect);
