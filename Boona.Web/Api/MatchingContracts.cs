using Boona.Domain.Matching;
using Boona.Infrastructure.Inquiries;

namespace Boona.Web.Api;

/// <summary>Step 1 for a region: contactable therapists in the workflow's order, and everyone else with the reason.</summary>
public sealed record RegionSelectionDto(string Region, IReadOnlyList<ContactableTherapistDto> Contactable, IReadOnlyList<SkippedTherapistDto> Skipped, int ActiveSearches)
{
    public static RegionSelectionDto From(RegionMatching region) => new(
        region.Region,
        [.. region.Selection.Contactable.Select(c => new ContactableTherapistDto(
            c.Therapist.Id, c.Therapist.DisplayName, c.Therapist.PostalCode.Value, c.Therapist.City, c.Tier, c.IsAvailable, c.KnowsBoona, c.IsPhoneOnly, c.PracticeSize))],
        [.. region.Selection.Skipped.Select(s => new SkippedTherapistDto(s.Therapist.Id, s.Therapist.DisplayName, s.Reason, s.Until, s.PracticeMemberId))],
        region.ActiveSearches);
}

public sealed record ContactableTherapistDto(int Id, string Name, string PostalCode, string City, SelectionTier Tier, bool Available, bool KnowsBoona, bool PhoneOnly, int PracticeSize);

public sealed record SkippedTherapistDto(int Id, string Name, SkipReason Reason, DateOnly? Until, int? PracticeMemberId);

/// <summary>Step 2 for one therapist: the suitable searches oldest first (the first ones form the bundle) and every other one with its reasons. Patients by reference only.</summary>
public sealed record CandidatePreviewDto(int TherapistId, int BundleSize, IReadOnlyList<int> Bundle, IReadOnlyList<CandidateDto> Suitable, IReadOnlyList<LeftOutDto> LeftOut)
{
    public static CandidatePreviewDto From(CandidatePreview preview) => new(
        preview.Therapist.Id,
        preview.BundleSize,
        [.. preview.Bundle.Select(c => c.Search.SearchId)],
        [.. preview.Suitable.Select(c => new CandidateDto(c.Search.SearchId, c.Patient.Id, c.Patient.Reference, Math.Round(c.DistanceKm, 1), c.ByRoad, Minutes(c.TravelTime), c.Search.StartedAt))],
        [.. preview.LeftOut.Select(l => new LeftOutDto(l.Search.SearchId, l.Patient.Id, l.Patient.Reference, l.DistanceKm is { } km ? Math.Round(km, 1) : null, l.Reasons))]);

    // Whole minutes as the page shows them; a route of a few seconds still takes "1 min".
    private static int? Minutes(TimeSpan? travelTime) =>
        travelTime is { } t ? Math.Max(1, (int)Math.Round(t.TotalMinutes, MidpointRounding.AwayFromZero)) : null;
}

/// <summary>One suitable search. <c>TravelMinutes</c>: the driving time when <c>ByRoad</c> (a routing service is configured and the patient drives), else null.</summary>
public sealed record CandidateDto(int SearchId, int PatientId, string Reference, double DistanceKm, bool ByRoad, int? TravelMinutes, DateTimeOffset SearchStartedAt);

public sealed record LeftOutDto(int SearchId, int PatientId, string Reference, double? DistanceKm, IReadOnlyList<LeftOutReason> Reasons);
