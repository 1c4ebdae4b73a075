using Boona.Domain.Inquiries;

namespace Boona.Infrastructure.Inquiries;

/// <summary>The states the inquiry list filters by; "overdue" is awaiting an answer longer than the follow-up days.</summary>
public enum InquiryListState
{
    Unsent,
    AwaitingAnswer,
    Overdue,
    Answered,
    Cancelled,
}

internal static class InquiryListStates
{
    public static InquiryListState Of(InquiryStatus status, AnswerType answerType, DateTimeOffset? sentAt, DateTimeOffset overdueBefore) =>
        (status, answerType) switch
        {
            (InquiryStatus.Cancelled, _) => InquiryListState.Cancelled,
            (InquiryStatus.Unsent, _) => InquiryListState.Unsent,
            (_, AnswerType.NoAnswerYet) => sentAt <= overdueBefore ? InquiryListState.Overdue : InquiryListState.AwaitingAnswer,
            _ => InquiryListState.Answered,
        };

    public static IQueryable<Inquiry> InState(this IQueryable<Inquiry> query, InquiryListState state, DateTimeOffset overdueBefore) => state switch
    {
        InquiryListState.Unsent => query.Where(i => i.Status == InquiryStatus.Unsent),
        InquiryListState.AwaitingAnswer => query.Where(i => i.Status == InquiryStatus.Sent && i.AnswerType == AnswerType.NoAnswerYet && i.SentAt > overdueBefore),
        InquiryListState.Overdue => query.Where(i => i.Status == InquiryStatus.Sent && i.AnswerType == AnswerType.NoAnswerYet && i.SentAt <= overdueBefore),
        InquiryListState.Answered => query.Where(i => i.Status != InquiryStatus.Cancelled && i.AnswerType != AnswerType.NoAnswerYet),
        InquiryListState.Cancelled => query.Where(i => i.Status == InquiryStatus.Cancelled),
    };
}
