using Boona.Domain.Matching;

namespace Boona.Tests.Domain.Matching;

public sealed class SkipReasonTests
{
    [Theory]
    [InlineData(SkipReason.Cooling, true)]
    [InlineData(SkipReason.OpenInquiry, true)]
    [InlineData(SkipReason.PracticeBusy, true)]
    [InlineData(SkipReason.PracticeRepresented, false)]
    [InlineData(SkipReason.Blocked, false)]
    [InlineData(SkipReason.PausedByTherapist, false)]
    [InlineData(SkipReason.PendingReview, false)]
    [InlineData(SkipReason.Inactive, false)]
    public void Only_what_the_conflicting_answer_itself_caused_is_waived_for_the_follow_up_offer(SkipReason reason, bool waived) =>
        Assert.Equal(waived, reason.IsWaivedAfterConflict());

    [Fact]
    public void Every_reason_is_decided() =>
        Assert.Equal(8, Enum.GetValues<SkipReason>().Length);
}
