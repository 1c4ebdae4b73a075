namespace Boona.Domain.Therapists;

public enum TherapistStatus
{
    /// <summary>Found by the directory import for the first time; never contacted before a coordinator accepts it.</summary>
    PendingReview,
    Active,
    Blocked,
    Inactive,
}

[Flags]
public enum AgeGroups
{
    None = 0,
    Adults = 1,
    ChildrenAndAdolescents = 2,
}

[Flags]
public enum TherapySettings
{
    None = 0,
    Individual = 1,
    Group = 2,
}

public enum ContactChannel
{
    Email,
    Phone,
}
