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

        accepted.AcceptReview();
        rejected.RejectReview();

        Assert.Equal(TherapistStatus.Active, accepted.Status);
        Assert.Equal(TherapistStatus.Inactive, rejected.Status);
    }

    [Fact]
    public void Only_a_pending_therapist_can_be_reviewed()
    {
        var active = Build.Therapist();

        Assert.Throws<DomainException>(active.AcceptReview);
        Assert.Throws<DomainException>(active.RejectReview);
    }

    [Fact]
    public void A_block_keeps_reason_and_dates_and_unblocking_clears_them()
    {
        var therapist = Build.Therapist();

        therapist.Block("Keine Vermittlungsanfragen", Build.Today, Build.Today.AddDays(30));

        Assert.Equal(TherapistStatus.Blocked, therapist.Status);
        Assert.Equal("Keine Vermittlungsanfragen", therapist.BlockReason);
        Assert.True(therapist.IsBlockedOn(Build.Today.AddDays(30)));
        Assert.False(therapist.IsBlockedOn(Build.Today.AddDays(31)));
        Assert.True(therapist.IsActiveOn(Build.Today.AddDays(31)));

        therapist.Unblock();

        Assert.Equal(TherapistStatus.Active, therapist.Status);
        Assert.Null(therapist.BlockReason);
        Assert.Null(therapist.BlockedUntil);
    }

    [Fact]
    public void A_block_needs_a_reason_and_an_end_after_its_start()
    {
        var therapist = Build.Therapist();

        Assert.Throws<DomainException>(() => therapist.Block(" ", Build.Today, null));
        Assert.Throws<DomainException>(() => therapist.Block("Urlaub", Build.Today, Build.Today.AddDays(-1)));
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
            therapist.RejectReview();
        }

        Assert.Throws<DomainException>(() => therapist.Block("Grund", Build.Today, null));
    }

    [Fact]
    public void Only_a_blocked_therapist_can_be_unblocked() =>
        Assert.Throws<DomainException>(Build.Therapist().Unblock);

    [Fact]
    public void Deactivation_and_reactivation()
    {
        var therapist = Build.Therapist();

        therapist.Deactivate();
        Assert.Equal(TherapistStatus.Inactive, therapist.Status);
        Assert.Throws<DomainException>(therapist.Deactivate);

        therapist.Reactivate();
        Assert.Equal(TherapistStatus.Active, therapist.Status);
        Assert.Throws<DomainException>(therapist.Reactivate);
    }
}
