using Boona.Domain.Common;

namespace Boona.Domain.Inquiries;

/// <summary>A recorded answer changed afterwards: which patient, from what to what, why, when and by whom. Kept for good.</summary>
public sealed class AnswerCorrection
{
    public const int ReasonMaxLength = FreeText.ShortMaxLength;

    internal AnswerCorrection(int searchId, InquiryOutcome from, InquiryOutcome to, string reason, DateTimeOffset at, string? by)
    {
        SearchId = searchId;
        From = from;
        To = to;
        Reason = reason;
        At = at.ToUniversalTime();
        By = ActorName.Bounded(by);
    }

    private AnswerCorrection()
    {
        Reason = string.Empty;
    }

    public int Id { get; private set; }

    public int SearchId { get; private set; }

    public InquiryOutcome From { get; private set; }

    public InquiryOutcome To { get; private set; }

    public string Reason { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string? By { get; private set; }
}
