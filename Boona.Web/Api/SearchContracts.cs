using Boona.Domain.Searches;
using Boona.Infrastructure.Searches;

namespace Boona.Web.Api;

/// <summary>A placement search as the API reads it: state, exclusions and the inquiries it is part of, patients by reference.</summary>
public sealed record SearchDto(
    int Id, int Version, int PatientId, string PatientReference, SearchStatus Status, DateTimeOffset CreatedAt, DateOnly? PausedUntil, string? CancelReason,
    int? PlacedTherapistId, DateOnly? PlacedOn, DateOnly? SuccessfulOn, IReadOnlyList<int> ExcludedTherapistIds, IReadOnlyList<SearchInquiryDto> Inquiries)
{
    public static SearchDto From(SearchDetails details)
    {
        var s = details.Search;
        return new SearchDto(
            s.Id, s.Version, s.PatientId, details.Patient.Reference, s.Status, s.CreatedAt, s.PausedUntil, s.CancelReason, s.PlacedTherapistId, s.PlacedOn,
            s.SuccessfulOn, [.. details.Exclusions.Select(e => e.Therapist.Id)],
            [.. details.Inquiries.Select(i => new SearchInquiryDto(i.InquiryId, i.Therapist.Id, i.Status.ToString(), i.Outcome.ToString(), i.SentAt, i.AnsweredAt, i.IsConflict))]);
    }
}

public sealed record SearchInquiryDto(int InquiryId, int TherapistId, string Status, string Outcome, DateTimeOffset? SentAt, DateTimeOffset? AnsweredAt, bool IsConflict);

/// <summary>Pausing a search: until a day (it resumes by itself) or open-ended, with an optional reason.</summary>
public sealed class SearchPause
{
    public DateOnly? Until { get; set; }

    public string? Reason { get; set; }
}

/// <summary>Cancelling a search needs a reason.</summary>
public sealed class SearchCancel
{
    public string? Reason { get; set; }
}
