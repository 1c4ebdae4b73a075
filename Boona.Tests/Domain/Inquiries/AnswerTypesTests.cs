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

    /// <summary>The outcomes by what they mean for the answer type; every outcome is in exactly one group.</summary>
    public static readonly IReadOnlyDictionary<char, InquiryOutcome[]> Groups = new Dictionary<char, InquiryOutcome[]>
    {
        ['P'] = [P],
        ['A'] = [A, S, N],
        ['D'] = [C, U, O],
        ['W'] = [W],
    };

    /// <summary>Every pair of groups, written out: the expected type is stated here, not computed.</summary>
    public static TheoryData<char, char, AnswerType> Pairs => new()
    {
        { 'P', 'P', AnswerType.NoAnswerYet },
        { 'P', 'A', AnswerType.PartialAcceptance },
        { 'P', 'D', AnswerType.FullRejection },
        { 'P', 'W', AnswerType.NoAnswerYet },
        { 'A', 'A', AnswerType.FullAcceptance },
        { 'A', 'D', AnswerType.PartialAcceptance },
        { 'A', 'W', AnswerType.FullAcceptance },
        { 'D', 'D', AnswerType.FullRejection },
        { 'D', 'W', AnswerType.FullRejection },
        { 'W', 'W', AnswerType.NoAnswerYet },
    };

    [Fact]
    public void The_groups_cover_every_outcome_once() =>
        Assert.Equal(Enum.GetValues<InquiryOutcome>().Order(), Groups.Values.SelectMany(g => g).Order());

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Every_combination_of_two_answers_in_either_order_has_its_stated_type(char first, char second, AnswerType expected)
    {
        foreach (var a in Groups[first])
        {
            foreach (var b in Groups[second])
            {
                Assert.Equal(expected, AnswerTypes.Derive([a, b]));
                Assert.Equal(expected, AnswerTypes.Derive([b, a]));
            }
        }
    }
}
