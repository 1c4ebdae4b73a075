namespace Boona.Domain.Matching;

/// <summary>The hard criteria of step 2, in the order they are checked.</summary>
public enum Criterion
{
    /// <summary>The patient's or the therapist's location is missing: not a pass.</summary>
    LocationUnknown,
    Distance,

    /// <summary>The therapist is on the patient's or the search's exclusion list.</summary>
    Exclusion,

    /// <summary>The patient already waits for this therapist's answer in an open inquiry.</summary>
    AlreadyAsked,

    /// <summary>The patient's wish for the therapist's gender.</summary>
    TherapistGender,
    Method,
    Language,

    /// <summary>The therapist's diagnosis preferences, matched hierarchically.</summary>
    Diagnosis,
    Age,

    /// <summary>The therapist's wish for the patient's gender.</summary>
    PatientGender,

    /// <summary>The therapist works in groups only and the patient is not open to group therapy.</summary>
    Group,
}

/// <summary>One failed criterion; a distance failure carries the kilometres and the patient's limit.</summary>
public sealed record LeftOutReason(Criterion Criterion, double? DistanceKm = null, int? MaxDistanceKm = null);
