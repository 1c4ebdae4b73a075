using Boona.Domain.Therapists;

namespace Boona.Domain.Matching;

/// <summary>The four tiers of the region list, best first.</summary>
public enum SelectionTier
{
    AvailableAndKnowsBoona = 1,
    Available = 2,
    KnowsBoona = 3,
    Rest = 4,
}

public static class SelectionTiers
{
    public static SelectionTier Of(bool available, bool knowsBoona) => (available, knowsBoona) switch
    {
        (true, true) => SelectionTier.AvailableAndKnowsBoona,
        (true, false) => SelectionTier.Available,
        (false, true) => SelectionTier.KnowsBoona,
        (false, false) => SelectionTier.Rest,
    };

    public static SelectionTier Of(Therapist therapist, MatchingDay day) =>
        Of(therapist.IsAvailable(day.Now, day.AvailabilityExpiry, day.HorizonEnd), therapist.KnowsBoona);
}
