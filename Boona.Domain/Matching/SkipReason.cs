namespace Boona.Domain.Matching;

/// <summary>Why a therapist of the region is not offered for an inquiry today.</summary>
public enum SkipReason
{
    PendingReview,
    Inactive,
    Blocked,
    PausedByTherapist,
    Cooling,
    OpenInquiry,

    /// <summary>Another member of the shared practice e-mail is cooling or has an open inquiry.</summary>
    PracticeBusy,

    /// <summary>The practice is contactable, and another member stands for it.</summary>
    PracticeRepresented,
}

public static class SkipReasons
{
    /// <summary>
    /// After a conflict the coordinator offers the therapist another patient at once: the therapist has just
    /// answered (so is cooling and the practice busy) and may still hold an open inquiry. A block, a pause the
    /// therapist asked for, a pending review or an inactive entry still stand.
    /// </summary>
    public static bool IsWaivedAfterConflict(this SkipReason reason) =>
        reason is SkipReason.Cooling or SkipReason.OpenInquiry or SkipReason.PracticeBusy;
}
