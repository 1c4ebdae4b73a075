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

/// <summary>The result of checking every hard criterion for one pair (a value: a region checks many thousands).</summary>
public readonly record struct PairCheck(double? DistanceKm, bool ByRoad, FailedCriteria FailedCriteria, int MaxDistanceKm)
{
    public bool Passes => FailedCriteria.IsEmpty;

    /// <summary>Every failed criterion with its details, in the order they are checked.</summary>
    public IReadOnlyList<LeftOutReason> Failed => FailedCriteria.ToReasons(DistanceKm, MaxDistanceKm);
}

/// <summary>
/// Step 2's hard criteria for one therapist. Each preference is met or unset; a missing location is never a pass.
/// What depends only on the therapist is worked out once, so checking a whole region stays cheap.
/// </summary>
public sealed class CandidateCriteria
{
    private readonly Therapist _therapist;
    private readonly bool _groupsOnly;

    public CandidateCriteria(Therapist therapist)
    {
        _therapist = therapist;
        _groupsOnly = WorksInGroupsOnly(therapist);
    }

    /// <summary>One pair, from the records themselves.</summary>
    public static PairCheck Check(Therapist therapist, PlacementSearch search, Patient patient, PairFacts facts) =>
        new CandidateCriteria(therapist).Check(RegionSearch.Of(search, patient), facts);

    public PairCheck Check(RegionSearch candidate, PairFacts facts)
    {
        var patient = candidate.Patient;
        var distance = DistanceKm(patient, facts.RoadKm);
        var failed = new FailedCriteria(0)
            .With(Criterion.LocationUnknown, distance is null)
            .With(Criterion.Distance, distance > patient.MaxDistanceKm)
            .With(Criterion.Exclusion, candidate.ExcludedTherapistIds.Contains(_therapist.Id))
            .With(Criterion.AlreadyAsked, facts.AlreadyAsked)
            .With(Criterion.TherapistGender, !MeetsGenderWish(patient.PreferredTherapistGender, _therapist.Gender))
            .With(Criterion.Method, patient.PreferredMethods.Count > 0 && !OffersAny(patient.PreferredMethods))
            .With(Criterion.Language, !SpeaksAny(_therapist, patient.RequiredLanguages))
            .With(Criterion.Diagnosis, _therapist.PreferredDiagnoses.Count > 0 && !AcceptsAny(patient.Diagnoses))
            .With(Criterion.Age, !InAgeRange(_therapist, patient.AgeOn(facts.Today)))
            .With(Criterion.PatientGender, _therapist.PreferredPatientGender is { } wanted && patient.Gender != wanted)
            .With(Criterion.Group, _groupsOnly && !patient.OpenForGroupTherapy);
        return new PairCheck(distance, distance is not null && facts.RoadKm is not null, failed, patient.MaxDistanceKm);
    }

    public static bool MeetsGenderWish(TherapistGenderPreference wish, Gender therapistGender) => wish switch
    {
        TherapistGenderPreference.Any => true,
        TherapistGenderPreference.Female => therapistGender == Gender.Female,
        TherapistGenderPreference.Male => therapistGender == Gender.Male,
    };

    /// <summary>A therapy runs in one language: any one of the patient's languages will do. None needed means German is fine.</summary>
    public static bool SpeaksAny(Therapist therapist, IReadOnlyList<string> needed)
    {
        for (var i = 0; i < needed.Count; i++)
        {
            if (therapist.Languages.Contains(needed[i]))
            {
                return true;
            }
        }

        return needed.Count == 0;
    }

    public static bool InAgeRange(Therapist therapist, int age) =>
        (therapist.PatientAgeMin is not { } min || age >= min) && (therapist.PatientAgeMax is not { } max || age <= max);

    /// <summary>A therapist who prefers group therapy, or offers nothing but groups, only gets patients open to groups.</summary>
    public static bool WorksInGroupsOnly(Therapist therapist) =>
        therapist.PrefersGroupTherapy || therapist.Settings == TherapySettings.Group;

    private bool OffersAny(IReadOnlyList<TherapyMethod> wished)
    {
        for (var i = 0; i < wished.Count; i++)
        {
            if (_therapist.Offers(wished[i]))
            {
                return true;
            }
        }

        return false;
    }

    private bool AcceptsAny(IReadOnlyList<Icd10Code> diagnoses)
    {
        for (var i = 0; i < diagnoses.Count; i++)
        {
            if (_therapist.AcceptsDiagnosis(diagnoses[i]))
            {
                return true;
            }
        }

        return false;
    }

    private double? DistanceKm(Patient patient, double? roadKm)
    {
        if (_therapist.Location is not { } practice || patient.Location is not { } home)
        {
            return null;
        }

        return roadKm ?? GeoPoint.DistanceKm(practice.Latitude, practice.Longitude, home.Latitude, home.Longitude);
    }
}
