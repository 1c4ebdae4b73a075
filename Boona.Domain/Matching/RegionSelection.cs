using Boona.Domain.Therapists;

namespace Boona.Domain.Matching;

/// <summary>A therapist who may get an inquiry today, with what the list shows as badges.</summary>
public sealed record SelectedTherapist(Therapist Therapist, SelectionTier Tier, int PracticeSize)
{
    public bool IsAvailable => Tier is SelectionTier.AvailableAndKnowsBoona or SelectionTier.Available;

    public bool KnowsBoona => Therapist.KnowsBoona;

    public bool IsPhoneOnly => Therapist.IsPhoneOnly;
}

/// <summary>A therapist of the region who is not contactable today; <paramref name="Until"/> ends a pause, block or cooling.</summary>
/// <param name="Therapist">The therapist left out.</param>
/// <param name="Reason">The first rule that keeps the therapist out.</param>
/// <param name="Until">The last blocked or paused day, or the first day after cooling, when known.</param>
/// <param name="PracticeMemberId">For practice reasons: the member who is busy or who represents the practice.</param>
public sealed record SkippedTherapist(Therapist Therapist, SkipReason Reason, DateOnly? Until = null, int? PracticeMemberId = null);

/// <summary>The region list: contactable therapists in order, and everyone else with the reason.</summary>
public sealed record RegionSelection(IReadOnlyList<SelectedTherapist> Contactable, IReadOnlyList<SkippedTherapist> Skipped)
{
    public bool IsContactable(int therapistId) => Contactable.Any(c => c.Therapist.Id == therapistId);

    public SkippedTherapist? SkipOf(int therapistId) => Skipped.FirstOrDefault(s => s.Therapist.Id == therapistId);
}
