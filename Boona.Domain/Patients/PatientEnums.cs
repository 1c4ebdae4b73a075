namespace Boona.Domain.Patients;

public enum PatientStatus
{
    Open,
    Searching,
    InTherapy,
    TherapyFinished,
    SearchCancelled,
    TherapyCancelled,
}

public enum InsuranceType
{
    Statutory,
    Private,
    Other,
}

public enum TravelMode
{
    Car,
    PublicTransport,
}

/// <summary>What the patient accepts as the therapist's gender.</summary>
public enum TherapistGenderPreference
{
    Any,
    Female,
    Male,
}

/// <summary>The fixed list of symptoms shown in the intake (1–6 are chosen).</summary>
public enum Symptom
{
    LowMood,
    Anxiety,
    PanicAttacks,
    SleepProblems,
    Exhaustion,
    Trauma,
    Compulsions,
    EatingProblems,
    Addiction,
    RelationshipProblems,
    Grief,
    PhysicalComplaints,
    LowSelfEsteem,
    Concentration,
}
