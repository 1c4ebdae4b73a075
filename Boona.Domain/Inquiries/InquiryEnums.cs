namespace Boona.Domain.Inquiries;

public enum InquiryStatus
{
    /// <summary>Composed; the e-mail waits in the outbox or the call is planned.</summary>
    Unsent,
    Sent,
    Cancelled,
}

public enum InquiryOutcome
{
    Pending,
    Accepted,
    DeclinedNoCapacity,
    DeclinedNotSuitable,
    DeclinedOther,
    NoShow,
    InSessions,
    Withdrawn,
}

public enum AnswerType
{
    NoAnswerYet,
    FullAcceptance,
    PartialAcceptance,
    FullRejection,
}

public static class InquiryOutcomes
{
    public static bool IsDecline(this InquiryOutcome outcome) =>
        outcome is InquiryOutcome.DeclinedNoCapacity or InquiryOutcome.DeclinedNotSuitable or InquiryOutcome.DeclinedOther;

    /// <summary>The therapist offered a place, whatever happened after.</summary>
    public static bool IsAcceptance(this InquiryOutcome outcome) =>
        outcome is InquiryOutcome.Accepted or InquiryOutcome.InSessions or InquiryOutcome.NoShow;

    /// <summary>
    /// The therapist's own answers, which a correction may replace and set: an acceptance or a decline. "No answer yet"
    /// is not an answer (the contact happened and its cooling stands), "withdrawn" is Boona's doing, and sessions or a
    /// no-show are later steps recorded on their own.
    /// </summary>
    public static bool IsCorrectable(this InquiryOutcome outcome) =>
        outcome is InquiryOutcome.Accepted or InquiryOutcome.DeclinedNoCapacity or InquiryOutcome.DeclinedNotSuitable or InquiryOutcome.DeclinedOther;

    /// <summary>Which answers may follow which; anything else is a domain error.</summary>
    public static bool CanChangeTo(this InquiryOutcome from, InquiryOutcome to) => (from, to) switch
    {
        (InquiryOutcome.Pending, InquiryOutcome.Accepted) => true,
        (InquiryOutcome.Pending, InquiryOutcome.DeclinedNoCapacity) => true,
        (InquiryOutcome.Pending, InquiryOutcome.DeclinedNotSuitable) => true,
        (InquiryOutcome.Pending, InquiryOutcome.DeclinedOther) => true,
        (InquiryOutcome.Pending, InquiryOutcome.Withdrawn) => true,
        (InquiryOutcome.Accepted, InquiryOutcome.InSessions) => true,
        (InquiryOutcome.Accepted, InquiryOutcome.NoShow) => true,

        // The answer crossed the withdrawal notice: recorded as a conflict, never lost.
        (InquiryOutcome.Withdrawn, InquiryOutcome.Accepted) => true,
        _ => false,
    };
}
