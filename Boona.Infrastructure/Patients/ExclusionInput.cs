namespace Boona.Infrastructure.Patients;

/// <summary>A therapist put on an exclusion list (the patient's or one search's), with the reason; the page and the API send it.</summary>
public sealed class ExclusionInput
{
    public int TherapistId { get; set; }

    public string? Reason { get; set; }

    /// <summary>The version of the patient or search as read; null: not checked.</summary>
    public int? Version { get; set; }
}

/// <summary>A therapist taken off an exclusion list again; the reason is kept (the patient's lifted exclusions, the search's timeline).</summary>
public sealed class ExclusionRemovalInput
{
    public int TherapistId { get; set; }

    public string? Reason { get; set; }

    /// <summary>The version of the patient or search as read; null: not checked.</summary>
    public int? Version { get; set; }
}
