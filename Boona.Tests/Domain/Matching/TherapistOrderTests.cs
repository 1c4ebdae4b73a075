using Boona.Domain.Matching;
using Boona.Tests.Support;
using static Boona.Tests.Domain.Matching.Matching;

namespace Boona.Tests.Domain.Matching;

public sealed class TherapistOrderTests
{
    private static int[] Order(params Boona.Domain.Therapists.Therapist[] therapists) =>
        [.. TherapistSelection.Select(therapists, new HashSet<int>(), Day).Contactable.Select(c => c.Therapist.Id)];

    [Fact]
    public void The_four_tiers_come_in_order_available_and_knowing_available_knowing_rest()
    {
        var rest = Therapist(1, "Adler");
        var knows = Therapist(2, "Berg").KnowingBoona();
        var available = Therapist(3, "Cramer").Available();
        var both = Therapist(4, "Dorn").Available().KnowingBoona();

        var selection = TherapistSelection.Select([rest, knows, available, both], new HashSet<int>(), Day);

        Assert.Equal([4, 3, 2, 1], selection.Contactable.Select(c => c.Therapist.Id));
        Assert.Equal(
            [SelectionTier.AvailableAndKnowsBoona, SelectionTier.Available, SelectionTier.KnowsBoona, SelectionTier.Rest],
            selection.Contactable.Select(c => c.Tier));
    }

    [Fact]
    public void Within_a_tier_therapists_with_email_come_before_phone_only_ones_then_by_name() =>
        Assert.Equal([3, 1, 4, 2], Order(Therapist(1, "Weber"), Therapist(2, "Weber", phoneOnly: true), Therapist(3, "Ärztin"), Therapist(4, "Albers", phoneOnly: true)));

    [Fact]
    public void The_potentially_available_flag_counts_as_available()
    {
        var flagged = Therapist(1);
        flagged.ConfirmAvailability(null, null, true, "evtl. ab März", Build.Now.AddDays(-1));

        Assert.Equal(SelectionTier.Available, SelectionTiers.Of(flagged, Day));
    }

    [Fact]
    public void A_free_place_beyond_the_planning_horizon_is_not_available()
    {
        var later = Therapist(1);
        later.ConfirmAvailability(Build.Today.AddDays(91), null, false, null, Build.Now.AddDays(-1));
        var group = Therapist(2);
        group.ConfirmAvailability(null, Build.Today.AddDays(90), false, null, Build.Now.AddDays(-1));

        Assert.Equal(SelectionTier.Rest, SelectionTiers.Of(later, Day));
        Assert.Equal(SelectionTier.Available, SelectionTiers.Of(group, Day));
    }

    [Fact]
    public void Availability_not_confirmed_within_the_expiry_counts_as_unknown()
    {
        var stale = Therapist(1);
        stale.ConfirmAvailability(Build.Today, null, true, null, Build.Now.AddDays(-57));

        Assert.Equal(SelectionTier.Rest, SelectionTiers.Of(stale, Day));
    }

    [Fact]
    public void Unconfirmed_availability_is_unset_and_falls_into_the_lower_tiers()
    {
        Assert.Equal(SelectionTier.Rest, SelectionTiers.Of(Therapist(1), Day));
        Assert.Equal(SelectionTier.KnowsBoona, SelectionTiers.Of(Therapist(2).KnowingBoona(), Day));
    }
}
