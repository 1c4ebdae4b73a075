using Boona.Domain.Common;
using Boona.Domain.Matching;
using Boona.Domain.Patients;
using Boona.Domain.Searches;
using Boona.Domain.Therapists;
using Boona.Tests.Support;

namespace Boona.Tests.Domain.Matching;

/// <summary>Therapists, patients and searches placed around Cologne's centre, for the matching rules.</summary>
internal static class Matching
{
    public static readonly GeoPoint Centre = GeoPoint.Of(50.9375, 6.9603);

    public static MatchingDay Day { get; } = new(Build.Now, Build.Today, TimeSpan.FromDays(56), Build.Today.AddDays(90));

    /// <summary>A point about <paramref name="km"/> kilometres north of the centre.</summary>
    public static Location North(double km) => Location.From(GeoPoint.Of(Centre.Latitude + (km / 111.2), Centre.Longitude), LocationSource.Address);

    public static Therapist Therapist(int id, string lastName = "Weber", bool phoneOnly = false, string? email = null, Salutation salutation = Salutation.Frau)
    {
        var profile = Build.TherapistProfile(lastName, phoneOnly: phoneOnly, salutation: salutation);
        if (email is not null)
        {
            profile = profile with { Email = EmailAddress.Parse(email) };
        }

        var therapist = Boona.Domain.Therapists.Therapist.Create(profile, TherapistStatus.Active, Build.Now).Value.WithId(id);
        therapist.SetLocation(North(0));
        return therapist;
    }

    public static Therapist Available(this Therapist therapist)
    {
        therapist.ConfirmAvailability(Build.Today.AddDays(14), null, false, null, Build.Now.AddDays(-3));
        return therapist;
    }

    public static Therapist KnowingBoona(this Therapist therapist)
    {
        therapist.MarkKnowsBoona(true);
        return therapist;
    }

    public static Patient Patient(int id, double kmNorth = 5, Salutation salutation = Salutation.Herr)
    {
        var patient = Build.QualifiedPatient().WithId(id);
        patient.UpdatePersonalData(Build.PersonalData() with { Salutation = salutation }, Build.Today);
        patient.SetLocation(North(kmNorth));
        return patient;
    }

    public static PlacementSearch StartSearch(int searchId, Patient patient, int daysAgo = 10) =>
        PlacementSearch.Start(patient.Id, Build.Now.AddDays(-daysAgo)).WithId(searchId);

    public static RegionSearch Search(int searchId, Patient patient, int daysAgo = 10) => RegionSearch.Of(StartSearch(searchId, patient, daysAgo), patient);

    public static PairCheck Check(Therapist therapist, Patient patient, bool alreadyAsked = false, double? roadKm = null, PlacementSearch? search = null) =>
        CandidateCriteria.Check(therapist, search ?? StartSearch(1, patient), patient, new PairFacts(Build.Today, alreadyAsked, roadKm));

    public static Criterion[] Failed(this PairCheck check) => [.. check.Failed.Select(f => f.Criterion)];
}
