namespace Boona.Domain.Inquiries;

public static class AnswerTypes
{
    /// <summary>
    /// The inquiry's answer type from all answers so far. Withdrawn patients do not count.
    /// Every patient accepted: full acceptance; some: partial; answers but no acceptance: full rejection.
    /// </summary>
    public static AnswerType Derive(IEnumerable<InquiryOutcome> outcomes)
    {
        var counted = outcomes.Where(o => o != InquiryOutcome.Withdrawn).ToList();
        var answered = counted.Count(o => o != InquiryOutcome.Pending);
        if (answered == 0)
        {
            return AnswerType.NoAnswerYet;
        }

        var accepted = counted.Count(o => o.IsAcceptance());
        if (accepted == 0)
        {
            return AnswerType.FullRejection;
        }

        return accepted == counted.Count ? AnswerType.FullAcceptance : AnswerType.PartialAcceptance;
    }
}
