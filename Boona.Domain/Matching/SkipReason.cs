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
