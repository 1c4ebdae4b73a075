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
    /// <summary>
    /// A sent inquiry waits for an answer while any of its patients has none: a partial answer ("teilweise Zusage" with
    /// one patient still open) stays in follow-up for that patient.
    /// </summary>
    public static IQueryable<Inquiry> AwaitingAnswer(this IQueryable<Inquiry> query) =>
        query.Where(i => i.Status == InquiryStatus.Sent && i.Patients.Any(p => p.Outcome == InquiryOutcome.Pending));

    public static InquiryListState Of(InquiryStatus status, bool anyPending, DateTimeOffset? sentAt, DateTimeOffset overdueBefore) =>
        status switch
        {
            InquiryStatus.Cancelled => InquiryListState.Cancelled,
            InquiryStatus.Unsent => InquiryListState.Unsent,
            _ when anyPending => sentAt <= overdueBefore ? InquiryListState.Overdue : InquiryListState.AwaitingAnswer,
            _ => InquiryListState.Answered,
        };

    public static IQueryable<Inquiry> InState(this IQueryable<Inquiry> query, InquiryListState state, DateTimeOffset overdueBefore) => state switch
    {
        InquiryListState.Unsent => query.Where(i => i.Status == InquiryStatus.Unsent),
        InquiryListState.AwaitingAnswer => query.AwaitingAnswer().Where(i => i.SentAt > overdueBefore),
        InquiryListState.Overdue => query.AwaitingAnswer().Where(i => i.SentAt <= overdueBefore),
        InquiryListState.Answered => query.Where(i => i.Status == InquiryStatus.Sent && !i.Patients.Any(p => p.Outcome == InquiryOutcome.Pending)),
        InquiryListState.Cancelled => query.Where(i => i.Status == InquiryStatus.Cancelled),
    };
}
