using Boona.Domain.Common;
using Boona.Domain.Therapists;
using Boona.Tests.Support;

namespace Boona.Tests.Domain.Therapists;

public sealed class TherapistStatusTests
{
    [Fact]
    public void Review_accepts_or_rejects_a_pending_therapist()
    {
        var accepted = Build.Therapist(status: TherapistStatus.PendingReview);
        var rejected = Build.Therapist(status: TherapistStatus.PendingReview);

        accepted.AcceptReview(null, Build.Stamp());
        rejected.RejectReview(null, Build.Stamp());

        Assert.Equal(TherapistStatus.Active, accepted.Status);
        Assert.Equal(TherapistStatus.Inactive, rejected.Status);
    }

    [Fact]
    public void Only_a_pending_therapist_can_be_reviewed()
    {
        var active = Build.Therapist();

        Assert.Equal((ErrorKind.Conflict, "therapist.transition"), Refusal(active.AcceptReview(null, Build.Stamp())));
        Assert.Equal((ErrorKind.Conflict, "therapist.transition"), Refusal(active.RejectReview(null, Build.Stamp())));
    }

    [Fact]
    public void A_block_keeps_reason_and_dates_and_unblocking_clears_them()
    {
        var therapist = Build.Therapist();

        therapist.Block("Keine Vermittlungsanfragen", Build.Today.AddDays(30), Build.Stamp());

        Assert.Equal(TherapistStatus.Blocked, therapist.Status);
        Assert.Equal("Keine Vermittlungsanfragen", therapist.BlockReason);
        Assert.True(therapist.IsBlockedOn(Build.Today.AddDays(30)));
        Assert.False(therapist.IsBlockedOn(Build.Today.AddDays(31)));
        Assert.True(therapist.IsActiveOn(Build.Today.AddDays(31)));

        therapist.Unblock(null, Build.Stamp());

        Assert.Equal(TherapistStatus.Active, therapist.Status);
        Assert.Null(therapist.BlockReason);
        Assert.Null(therapist.BlockedUntil);
    }

    [Fact]
    public void A_block_needs_a_reason_and_an_end_after_its_start()
    {
        var therapist = Build.Therapist();

        Assert.Equal((ErrorKind.Invalid, "therapist.block.reason"), Refusal(therapist.Block(" ", null, Build.Stamp())));
        Assert.Equal((ErrorKind.Invalid, "therapist.block.until"), Refusal(therapist.Block("Urlaub", Build.Today.AddDays(-1), Build.Stamp())));
        Assert.Equal(TherapistStatus.Active, therapist.Status);
    }

    [Theory]
    [InlineData(TherapistStatus.PendingReview)]
    [InlineData(TherapistStatus.Inactive)]
    public void Pending_and_inactive_therapists_cannot_be_blocked(TherapistStatus status)
    {
        var therapist = Build.Therapist(status: TherapistStatus.PendingReview);
        if (status == TherapistStatus.Inactive)
        {
            therapist.RejectReview(null, Build.Stamp());
        }

        Assert.Equal((ErrorKind.Conflict, "therapist.transition"), Refusal(therapist.Block("Grund", null, Build.Stamp())));
    }

    [Fact]
    public void Only_a_blocked_therapist_can_be_unblocked() =>
        Assert.Equal((ErrorKind.Conflict, "therapist.transition"), Refusal(Build.Therapist().Unblock(null, Build.Stamp())));

    [Fact]
    public void Deactivation_and_reactivation()
    {
        var therapist = Build.Therapist();

        therapist.Deactivate("Ruhestand", Build.Stamp());
        Assert.Equal(TherapistStatus.Inactive, therapist.Status);
        Assert.Equal((ErrorKind.Conflict, "therapist.transition"), Refusal(therapist.Deactivate("Ruhestand", Build.Stamp())));

        therapist.Reactivate(null, Build.Stamp());
        Assert.Equal(TherapistStatus.Active, therapist.Status);
        Assert.Equal((ErrorKind.Conflict, "therapist.transition"), Refusal(therapist.Reactivate(null, Build.Stamp())));
    }

    [Fact]
    public void A_deactivation_needs_a_reason_which_the_history_keeps_with_who_and_when_after_reactivation()
    {
        var therapist = Build.Therapist();

        var noReason = therapist.Deactivate("\u200B ", Build.Stamp());
        therapist.Deactivate(" In den Ruhestand gegangen ", Build.Stamp(daysAgo: 3));
        therapist.Reactivate("Praxis wieder geöffnet", Build.Stamp());

        Assert.Equal((ErrorKind.Invalid, "therapist.deactivate.reason", "Reason"), (noReason.FirstError!.Kind, noReason.FirstError.Code, noReason.FirstError.Field));
        Assert.Equal(TherapistStatus.Active, therapist.Status);
        Assert.Equal(
            [(TherapistStatus.Active, TherapistStatus.Inactive, "In den Ruhestand gegangen", Build.Now.AddDays(-3)), (TherapistStatus.Inactive, TherapistStatus.Active, "Praxis wieder geöffnet", Build.Now)],
            therapist.StatusChanges.Select(c => (c.From, c.To, c.Reason, c.At)));
        Assert.All(therapist.StatusChanges, c => Assert.Equal("test@boona.de", c.By));
    }

    [Fact]
    public void A_blocked_therapist_cannot_be_blocked_again_until_the_block_has_lapsed()
    {
        var therapist = Build.Therapist();
        therapist.Block("Urlaub", Build.Today.AddDays(-1), Build.Stamp(daysAgo: 10));
        var lapsed = therapist.Block("Beschwerde", null, Build.Stamp());

        var again = therapist.Block("Noch eine", null, Build.Stamp());

        Assert.True(lapsed.IsSuccess);
        Assert.Equal((ErrorKind.Conflict, "therapist.transition"), Refusal(again));
        Assert.Equal(("Beschwerde", Build.Today, (DateOnly?)null), (therapist.BlockReason, therapist.BlockedOn, therapist.BlockedUntil));
    }

    [Fact]
    public void Deactivating_a_blocked_therapist_ends_the_block_and_reactivating_makes_them_active()
    {
        var therapist = Build.Therapist();
        therapist.Block("Elternzeit", null, Build.Stamp());

        therapist.Deactivate("Umgezogen nach Hamburg", Build.Stamp());
        Assert.Equal((TherapistStatus.Inactive, null, null), (therapist.Status, therapist.BlockReason, therapist.BlockedOn));
        therapist.Reactivate(null, Build.Stamp());

        Assert.True(therapist.IsActiveOn(Build.Today));
        Assert.Equal([TherapistStatus.Blocked, TherapistStatus.Inactive, TherapistStatus.Active], therapist.StatusChanges.Select(c => c.To));
    }

    [Fact]
    public void A_reason_that_is_too_long_or_holds_control_characters_is_refused()
    {
        var therapist = Build.Therapist();

        var tooLong = therapist.Block(new string('x', FreeText.ShortMaxLength + 1), null, Build.Stamp());
        var nul = therapist.Deactivate("Ruhe\0stand", Build.Stamp());
        var farAway = therapist.Block("Urlaub", new DateOnly(2202, 1, 1), Build.Stamp());

        Assert.Equal(("text.too-long", "Reason"), (tooLong.FirstError!.Code, tooLong.FirstError.Field));
        Assert.Equal(("text.control-character", "Reason"), (nul.FirstError!.Code, nul.FirstError.Field));
        Assert.Equal(("therapist.date.implausible", "Until"), (farAway.FirstError!.Code, farAway.FirstError.Field));
        Assert.Equal(TherapistStatus.Active, therapist.Status);
        Assert.Empty(therapist.StatusChanges);
    }

    private static (ErrorKind, string) Refusal(Result result) => (result.FirstError!.Kind, result.FirstError.Code);
}
