using Boona.Domain.Searches;
using Boona.Infrastructure.Inquiries;
using Boona.Infrastructure.Patients;
using Boona.Infrastructure.Searches;

namespace Boona.Web.Api;

/// <summary>
/// A placement search as the API reads it: state, exclusions (the search's own and the patient's, each with its source),
/// the inquiries it is part of and its timeline with the notes log; patients by reference.
/// </summary>
public sealed record SearchDto(
    int Id,
    int Version,
    int PatientId,
    string PatientReference,
    SearchStatus Status,
    DateTimeOffset CreatedAt,
    DateOnly? PausedUntil,
    string? CancelReason,
    int? PlacedTherapistId,
    DateOnly? PlacedOn,
    DateOnly? SuccessfulOn,
    IReadOnlyList<int> ExcludedTherapistIds,
    IReadOnlyList<ExclusionDto> Exclusions,
    IReadOnlyList<SearchInquiryDto> Inquiries,
    IReadOnlyList<SearchEventDto> Events,
    IReadOnlyList<StandingAcceptanceDto> StandingAcceptances)
{
    public static SearchDto From(SearchDetails details, IReadOnlyList<StandingAcceptanceView> standing)
    {
        var s = details.Search;
        return new SearchDto(
            s.Id, s.Version, s.PatientId, details.Patient.Reference, s.Status, s.CreatedAt, s.PausedUntil, s.CancelReason, s.PlacedTherapistId, s.PlacedOn,
            s.SuccessfulOn,
            [.. details.Exclusions.Where(e => e.Source == ExclusionSource.Search).Select(e => e.Therapist.Id)],
            [.. details.Exclusions.Select(ExclusionDto.From)],
            [.. details.Inquiries.Select(i => new SearchInquiryDto(i.InquiryId, i.Therapist.Id, i.Status.ToString(), i.Outcome.ToString(), i.SentAt, i.AnsweredAt, i.IsConflict))],
            [.. s.Events.OrderBy(e => e.At).ThenBy(e => e.Id).Select(e => new SearchEventDto(e.Kind, e.At, e.Text, e.TherapistId, e.By))],
            [.. standing.Select(a => new StandingAcceptanceDto(a.InquiryId, a.TherapistId, a.TherapistName, a.AcceptedAt, a.CanBeTaken, a.Refusal?.Code))]);
    }
}

/// <summary>
/// Another therapist's acceptance that lost to an earlier one (a conflict) while the search runs again: <c>canBeTaken</c>,
/// or the code of why not (<c>search.standing.therapist</c>, <c>.excluded</c>, <c>.expired</c>).
/// </summary>
public sealed record StandingAcceptanceDto(int InquiryId, int TherapistId, string TherapistName, DateTimeOffset AcceptedAt, bool CanBeTaken, string? RefusalCode);

public sealed record SearchInquiryDto(int InquiryId, int TherapistId, string Status, string Outcome, DateTimeOffset? SentAt, DateTimeOffset? AnsweredAt, bool IsConflict);

/// <summary>One entry of a search's own timeline: a transition, an exclusion added or lifted, a note; <c>by</c> is who recorded it.</summary>
public sealed record SearchEventDto(SearchEventKind Kind, DateTimeOffset At, string? Text, int? TherapistId, string? By);

/// <summary>A therapist on an exclusion list: the search's own (<c>Search</c>) or the patient's for every search (<c>Patient</c>).</summary>
public sealed record ExclusionDto(int TherapistId, string TherapistName, string Reason, DateTimeOffset At, ExclusionSource Source)
{
    public static ExclusionDto From(ExclusionView exclusion) => new(exclusion.Therapist.Id, exclusion.Therapist.Name, exclusion.Reason, exclusion.At, exclusion.Source);
}

/// <summary>One row of the search list.</summary>
public sealed record SearchListItemDto(
    int Id, int PatientId, string Reference, string PostalCode, SearchStatus Status, DateTimeOffset CreatedAt, DateOnly? PausedUntil, DateTimeOffset? LastInquiryAt, int Inquiries)
{
    public static SearchListItemDto From(SearchListItem s) => new(s.Id, s.PatientId, s.Reference, s.PostalCode, s.Status, s.CreatedAt, s.PausedUntil, s.LastInquiryAt, s.Inquiries);
}
