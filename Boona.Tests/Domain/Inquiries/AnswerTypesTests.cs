using Boona.Domain.Inquiries;

namespace Boona.Tests.Domain.Inquiries;

public sealed class AnswerTypesTests
{
    private const InquiryOutcome P = InquiryOutcome.Pending;
    private const InquiryOutcome A = InquiryOutcome.Accepted;
    private const InquiryOutcome S = InquiryOutcome.InSessions;
    private const InquiryOutcome N = InquiryOutcome.NoShow;
    private const InquiryOutcome C = InquiryOutcome.DeclinedNoCapacity;
    private const InquiryOutcome U = InquiryOutcome.DeclinedNotSuitable;
    private const InquiryOutcome O = InquiryOutcome.DeclinedOther;
    private const InquiryOutcome W = InquiryOutcome.Withdrawn;

    public static TheoryData<InquiryOutcome[], AnswerType> Cases => new()
    {
        { [P], AnswerType.NoAnswerYet },
        { [P, P, P], AnswerType.NoAnswerYet },
        { [W, P], AnswerType.NoAnswerYet },
        { [A], AnswerType.FullAcceptance },
        { [A, P], AnswerType.PartialAcceptance },
        { [C], AnswerType.FullRejection },
        { [C, P], AnswerType.FullRejection },
        { [C, U, O], AnswerType.FullRejection },
        { [A, C], AnswerType.PartialAcceptance },
        { [A, S, N], AnswerType.FullAcceptance },
        { [S, U], AnswerType.PartialAcceptance },
        { [A, W], AnswerType.FullAcceptance },
        { [C, W], AnswerType.FullRejection },
        { [W], AnswerType.NoAnswerYet },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_answer_type_follows_from_all_answers_so_far(InquiryOutcome[] outcomes, AnswerType expected) =>
        Assert.Equal(expected, AnswerTypes.Derive(outcomes));

    [Fact]
    public void Every_combination_of_two_answers_has_exactly_one_type()
    {
        var all = Enum.GetValues<InquiryOutcome>();
        foreach (var first in all)
        {
            foreach (var second in all)
            {
                var type = AnswerTypes.Derive([first, second]);
                var counted = new[] { first, second }.Where(o => o != W).ToList();
                var expected = counted.All(o => o == P) ? AnswerType.NoAnswerYet
                    : counted.All(o => o.IsAcceptance()) ? AnswerType.FullAcceptance
                    : counted.Any(o => o.IsAcceptance()) ? AnswerType.PartialAcceptance
                    : AnswerType.FullRejection;
                Assert.Equal(expected, type);
            }
        }
    }
}
