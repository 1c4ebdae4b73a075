using Boona.Domain.Common;
using Boona.Domain.Patients;
using Boona.Domain.Searches;
using Boona.Domain.Therapists;

namespace Boona.Domain.Matching;

/// <summary>What is known about one patient–therapist pair besides the two records.</summary>
/// <param name="Today">The day ages are counted on.</param>
/// <param name="AlreadyAsked">The patient is pending in an open inquiry to this therapist.</param>
/// <param name="RoadKm">The road distance when routing applies and found a route; otherwise the straight line is used.</param>
public readonly record struct PairFacts(DateOnly Today, bool AlreadyAsked, double? RoadKm);

/// <summary>The result of checking every hard criterion for one pair.</summary>
public sealed record PairCheck(double? DistanceKm, bool ByRoad, IReadOnlyList<LeftOutReason> Failed)
{
    public bool Passes => Failed.Count == 0;
}

/// <summary>Step 2's hard criteria. Each preference is met or unset; a missing location is never a pass.</summary>
public static class CandidateCriteria
{
    public static PairCheck Check(Therapist therapist, PlacementSearch search, Patient patient, PairFacts facts)
    {
        var failed = new List<LeftOutReason>(2);
        var distance = DistanceKm(therapist, patient, facts.RoadKm);
        if (distance is null)
        {
            failed.Add(new LeftOutReason(Criterion.LocationUnknown));
        }
        else if (distance > patient.MaxDistanceKm)
        {
            failed.Add(new LeftOutReason(Criterion.Distance, Math.Round(distance.Value, 1), patient.MaxDistanceKm));
        }

        Add(failed, Criterion.Exclusion, patient.Excludes(therapist.Id) || search.Excludes(therapist.Id));
        Add(failed, Criterion.AlreadyAsked, facts.AlreadyAsked);
        Add(failed, Criterion.TherapistGender, !MeetsGenderWish(patient.PreferredTherapistGender, therapist.Gender));
        Add(failed, Criterion.Method, patient.PreferredMethods.Count > 0 && !patient.PreferredMethods.Any(therapist.Offers));
        Add(failed, Criterion.Language, !SpeaksAny(therapist, patient.RequiredLanguages));
        Add(failed, Criterion.Diagnosis, therapist.PreferredDiagnoses.Count > 0 && !patient.Diagnoses.Any(therapist.AcceptsDiagnosis));
        Add(failed, Criterion.Age, !InAgeRange(therapist, patient.AgeOn(facts.Today)));
        Add(failed, Criterion.PatientGender, therapist.PreferredPatientGender is { } wanted && patient.Gender != wanted);
        Add(failed, Criterion.Group, WorksInGroupsOnly(therapist) && !patient.OpenForGroupTherapy);
        return new PairCheck(distance, distance is not null && facts.RoadKm is not null, failed);
    }

    public static bool MeetsGenderWish(TherapistGenderPreference wish, Gender therapistGender) => wish switch
    {
        TherapistGenderPreference.Any => true,
        TherapistGenderPreference.Female => therapistGender == Gender.Female,
        TherapistGenderPreference.Male => therapistGender == Gender.Male,
    };

    /// <summary>A therapy runs in one language: any one of the patient's languages will do. None needed means German is fine.</summary>
    public static bool SpeaksAny(Therapist therapist, IReadOnlyList<string> needed) =>
        needed.Count == 0 || needed.Any(therapist.Languages.Contains);

    public static bool InAgeRange(Therapist therapist, int age) =>
        (therapist.PatientAgeMin is not { } min || age >= min) && (therapist.PatientAgeMax is not { } max || age <= max);

    /// <summary>A therapist who prefers group therapy, or offers nothing but groups, only gets patients open to groups.</summary>
    public static bool WorksInGroupsOnly(Therapist therapist) =>
        therapist.PrefersGroupTherapy || therapist.Settings == TherapySettings.Group;

    private static double? DistanceKm(Therapist therapist, Patient patient, double? roadKm)
    {
        if (therapist.Location is not { } practice || patient.Location is not { } home)
        {
            return null;
        }

        return roadKm ?? practice.Point.DistanceKmTo(home.Point);
    }

    private static void Add(List<LeftOutReason> failed, Criterion criterion, bool fails)
    {
        if (fails)
        {
            failed.Add(new LeftOutReason(criterion));
        }
    }
}
