using Boona.Domain.Matching;
using Boona.Domain.Therapists;
using Boona.Tests.Support;
using static Boona.Tests.Domain.Matching.Matching;

namespace Boona.Tests.Domain.Matching;

public sealed class TherapistSelectionTests
{
    private static readonly HashSet<int> NoOpenInquiries = [];

    private static RegionSelection Select(params Therapist[] therapists) => TherapistSelection.Select(therapists, NoOpenInquiries, Day);

    private static SkippedTherapist SkipOf(Therapist therapist, IReadOnlySet<int>? open = null) =>
        TherapistSelection.Select([therapist], open ?? NoOpenInquiries, Day).Skipped.Single();

    [Fact]
    public void An_active_therapist_without_any_rule_against_it_is_contactable()
    {
        var selection = Select(Therapist(1));

        Assert.Equal([1], selection.Contactable.Select(c => c.Therapist.Id));
        Assert.Empty(selection.Skipped);
    }

    [Fact]
    public void A_therapist_pending_review_is_never_contacted() =>
        Assert.Equal(SkipReason.PendingReview, SkipOf(Boona.Domain.Therapists.Therapist.Create(Build.TherapistProfile(), TherapistStatus.PendingReview, Build.Now).Value.WithId(1)).Reason);

    [Fact]
    public void An_inactive_therapist_is_not_contacted()
    {
        var therapist = Therapist(1);
        therapist.Deactivate("Ruhestand", Build.Stamp());

        Assert.Equal(SkipReason.Inactive, SkipOf(therapist).Reason);
    }

    [Fact]
    public void A_blocked_therapist_is_skipped_until_the_block_lapses()
    {
        var blocked = Therapist(1, "Adler");
        blocked.Block("Elternzeit", Build.Today, Build.Stamp(daysAgo: 5));
        var lapsed = Therapist(2, "Berg");
        lapsed.Block("Elternzeit", Build.Today.AddDays(-1), Build.Stamp(daysAgo: 5));

        var selection = Select(blocked, lapsed);

        Assert.Equal((SkipReason.Blocked, Build.Today), (selection.SkipOf(1)!.Reason, selection.SkipOf(1)!.Until));
        Assert.True(selection.IsContactable(2));
    }

    [Fact]
    public void A_therapist_paused_by_their_own_rule_is_skipped_through_the_last_day_of_the_pause()
    {
        var paused = Therapist(1, "Adler");
        paused.SetContactRules(Build.Today, ContactChannel.Email, Build.Today);
        var over = Therapist(2, "Berg");
        over.SetContactRules(Build.Today.AddDays(-1), ContactChannel.Email, Build.Today);

        var selection = Select(paused, over);

        Assert.Equal(SkipReason.PausedByTherapist, selection.SkipOf(1)!.Reason);
        Assert.True(selection.IsContactable(2));
    }

    [Fact]
    public void A_cooling_therapist_is_skipped_until_the_day_contact_is_allowed_again()
    {
        var cooling = Therapist(1, "Adler");
        cooling.StartCooling(Build.Today.AddDays(-27), 4);
        var cooled = Therapist(2, "Berg");
        cooled.StartCooling(Build.Today.AddDays(-28), 4);

        var selection = Select(cooling, cooled);

        Assert.Equal((SkipReason.Cooling, Build.Today.AddDays(1)), (selection.SkipOf(1)!.Reason, selection.SkipOf(1)!.Until));
        Assert.True(selection.IsContactable(2));
    }

    [Fact]
    public void A_therapist_with_an_open_unanswered_inquiry_is_skipped() =>
        Assert.Equal(SkipReason.OpenInquiry, SkipOf(Therapist(1), new HashSet<int> { 1 }).Reason);

    [Fact]
    public void A_shared_practice_email_is_represented_by_one_member_the_best_placed()
    {
        var first = Therapist(1, "Adler", email: "praxis@example.de");
        var best = Therapist(2, "Zander", email: "praxis@example.de").Available();
        var alone = Therapist(3, "Berg");

        var selection = Select(first, best, alone);

        Assert.Equal([2, 3], selection.Contactable.Select(c => c.Therapist.Id));
        Assert.Equal(2, selection.Contactable[0].PracticeSize);
        Assert.Equal((SkipReason.PracticeRepresented, (int?)2), (selection.SkipOf(1)!.Reason, selection.SkipOf(1)!.PracticeMemberId));
    }

    [Fact]
    public void A_practice_is_skipped_while_any_member_is_cooling()
    {
        var cooling = Therapist(1, "Adler", email: "praxis@example.de");
        cooling.StartCooling(Build.Today, 4);
        var colleague = Therapist(2, "Zander", email: "praxis@example.de");

        var selection = Select(cooling, colleague);

        Assert.Empty(selection.Contactable);
        Assert.Equal((SkipReason.PracticeBusy, (int?)1, Build.Today.AddDays(28)), (selection.SkipOf(2)!.Reason, selection.SkipOf(2)!.PracticeMemberId, selection.SkipOf(2)!.Until));
    }

    [Fact]
    public void A_practice_is_skipped_while_any_member_has_an_open_inquiry()
    {
        var asked = Therapist(1, "Adler", email: "praxis@example.de");
        var colleague = Therapist(2, "Zander", email: "praxis@example.de");

        var selection = TherapistSelection.Select([asked, colleague], new HashSet<int> { 1 }, Day);

        Assert.Empty(selection.Contactable);
        Assert.Equal(SkipReason.PracticeBusy, selection.SkipOf(2)!.Reason);
    }

    [Fact]
    public void A_blocked_practice_member_does_not_keep_the_practice_out()
    {
        var blocked = Therapist(1, "Adler", email: "praxis@example.de");
        blocked.Block("Keine Anfragen", null, Build.Stamp());
        var colleague = Therapist(2, "Zander", email: "praxis@example.de");

        Assert.Equal([2], Select(blocked, colleague).Contactable.Select(c => c.Therapist.Id));
    }

    [Fact]
    public void A_practice_member_registered_outside_the_region_still_keeps_the_practice_out_while_cooling()
    {
        var elsewhere = Therapist(1, "Adler", email: "praxis@example.de");
        elsewhere.StartCooling(Build.Today, 4);
        var here = Therapist(2, "Zander", email: "praxis@example.de");

        var selection = TherapistSelection.Select([here], NoOpenInquiries, Day, otherPracticeMembers: [elsewhere]);

        Assert.Empty(selection.Contactable);
        Assert.Equal([2], selection.Skipped.Select(s => s.Therapist.Id));
        Assert.Equal(2, TherapistSelection.Select([here], NoOpenInquiries, Day, [Therapist(1, "Adler", email: "praxis@example.de")]).Contactable[0].PracticeSize);
    }
}
