using Boona.Domain.Common;
using Boona.Domain.Inquiries;
using Boona.Domain.Outreach;
using Boona.Domain.Patients;
using Boona.Domain.Searches;
using Boona.Domain.Therapists;
using Boona.Infrastructure.Persistence;
using Boona.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Boona.Tests.Infrastructure.Persistence;

/// <summary>What is saved comes back unchanged, on both providers.</summary>
public sealed class RoundTripTests
{
    [Theory, EveryProvider]
    public async Task A_therapist_round_trips_with_every_value_object(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var therapist = Build.Therapist();
        therapist.SetLocation(new Location(50.9375, 6.9603, LocationSource.PostalCodeCentroid));
        therapist.SetPhoneHours(WeeklyWindows.FromStorage("Mo 09:00-10:00; Mi 14:00-15:30"));
        therapist.SetPreferences([Icd10Prefix.Parse("F4"), Icd10Prefix.Parse("F32.1")], 18, 65, Gender.Female, true);
        therapist.ConfirmAvailability(Build.Today.AddDays(30), null, true, "ab Januar", Build.Now);
        therapist.StartCooling(Build.Today, 4);
        therapist.Block("Elternzeit", Build.Today.AddDays(60), Build.Stamp());
        therapist.LinkSource("kvb", "A-123", Build.Now);
        await SaveAsync(database, therapist);

        await using var context = database.CreateContext();
        var loaded = await context.Therapists.SingleAsync(Token);

        Assert.Equal(therapist.PostalCode, loaded.PostalCode);
        Assert.Equal(therapist.Email, loaded.Email);
        Assert.Equal(new Location(50.9375, 6.9603, LocationSource.PostalCodeCentroid), loaded.Location);
        Assert.Equal(therapist.PhoneHours, loaded.PhoneHours);
        Assert.Equal(therapist.Methods, loaded.Methods);
        Assert.Equal(["en"], loaded.Languages);
        Assert.Equal(therapist.PreferredDiagnoses, loaded.PreferredDiagnoses);
        Assert.Equal((18, 65, Gender.Female, true), (loaded.PatientAgeMin!.Value, loaded.PatientAgeMax!.Value, loaded.PreferredPatientGender!.Value, loaded.PrefersGroupTherapy));
        Assert.Equal(Build.Now, loaded.AvailabilityConfirmedAt);
        Assert.Equal(Build.Today.AddDays(28), loaded.NextContactAllowedOn);
        Assert.Equal((TherapistStatus.Blocked, "Elternzeit", Build.Today.AddDays(60)), (loaded.Status, loaded.BlockReason, loaded.BlockedUntil));
        Assert.Equal(AgeGroups.Adults, loaded.AgeGroups);
        Assert.Equal(("kvb", "A-123"), (loaded.SourceName, loaded.SourceId));
    }

    [Theory, EveryProvider]
    public async Task A_therapist_without_location_or_email_round_trips(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var therapist = Therapist.Create(Build.TherapistProfile(phoneOnly: true), TherapistStatus.PendingReview, Build.Now).Value;
        await SaveAsync(database, therapist);

        await using var context = database.CreateContext();
        var loaded = await context.Therapists.SingleAsync(Token);

        Assert.Null(loaded.Location);
        Assert.Null(loaded.Email);
        Assert.True(loaded.PhoneHours.IsEmpty);
        Assert.Equal(TherapistStatus.PendingReview, loaded.Status);
    }

    [Theory, EveryProvider]
    public async Task A_patient_round_trips_with_clinical_data_and_exclusions(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var patient = Build.QualifiedPatient();
        patient.UpdateInsurance(new PatientInsurance("Techniker Krankenkasse", InsuranceType.Statutory, "T123", "Dr. Hausarzt"));
        patient.UpdateClinicalData(new PatientClinicalData([Icd10Code.Parse("F32.1"), Icd10Code.Parse("F41.0")], Build.Today.AddDays(-10), [Symptom.LowMood, Symptom.SleepProblems], true, Build.Today.AddYears(-3), ClinicalHistory.Empty with { Goals = "Wieder arbeiten" }), Build.Today);
        patient.UpdatePreferences(new PatientPreferences(TherapistGenderPreference.Female, [TherapyMethod.Vt, TherapyMethod.St], ["tr"]));
        patient.Exclude(42, "Schlechte Erfahrung", Build.Now);
        await SaveAsync(database, patient);

        await using var context = database.CreateContext();
        var loaded = await context.Patients.SingleAsync(Token);

        Assert.Equal(patient.Diagnoses, loaded.Diagnoses);
        Assert.Equal(patient.Symptoms, loaded.Symptoms);
        Assert.Equal("Wieder arbeiten", loaded.History.Goals);
        Assert.Equal(patient.Insurance, loaded.Insurance);
        Assert.Equal(patient.AvailableTimes, loaded.AvailableTimes);
        Assert.Equal([TherapyMethod.Vt, TherapyMethod.St], loaded.PreferredMethods);
        Assert.Equal(["tr"], loaded.RequiredLanguages);
        Assert.Equal((42, "Schlechte Erfahrung"), (Assert.Single(loaded.Exclusions).TherapistId, loaded.Exclusions[0].Reason));
        Assert.Equal(patient.BirthDate, loaded.BirthDate);
        Assert.Equal(Build.Now, loaded.ConsentGivenAt);
    }

    [Theory, EveryProvider]
    public async Task A_search_and_an_answered_inquiry_round_trip(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var therapist = Build.Therapist();
        var patient = Build.QualifiedPatient();
        await SaveAsync(database, therapist, patient);
        var search = PlacementSearch.Start(patient.Id, Build.Now);
        search.Exclude(therapist.Id, "Passt nicht", Build.Now);
        search.AddNote("Bitte nachmittags", Build.Now, null);
        await SaveAsync(database, search);
        var inquiry = Inquiry.Compose(therapist.Id, ContactChannel.Email, [(search.Id, patient.Id)], 6, Build.Now);
        inquiry.MarkSent(Build.Now);
        inquiry.RecordAnswer(search.Id, InquiryOutcome.DeclinedOther, Build.Now.AddDays(1), "Nur Gruppen");
        await SaveAsync(database, inquiry);

        await using var context = database.CreateContext();
        var loadedSearch = await context.Searches.SingleAsync(Token);
        var loadedInquiry = await context.Inquiries.Include(i => i.Patients).SingleAsync(Token);

        Assert.True(loadedSearch.Excludes(therapist.Id));
        Assert.Equal([SearchEventKind.Started, SearchEventKind.TherapistExcluded, SearchEventKind.Note], loadedSearch.Events.OrderBy(e => e.Id).Select(e => e.Kind));
        Assert.Equal(AnswerType.FullRejection, loadedInquiry.AnswerType);
        var answered = Assert.Single(loadedInquiry.Patients);
        Assert.Equal((InquiryOutcome.DeclinedOther, "Nur Gruppen", Build.Now.AddDays(1)), (answered.Outcome, answered.Reason, answered.AnsweredAt!.Value));
    }

    [Theory, EveryProvider]
    public async Task Outbox_messages_and_calls_round_trip(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var therapist = Build.Therapist();
        await SaveAsync(database, therapist);
        var message = EmailMessage.Queue(new EmailDraft(EmailKind.Reminder, EmailAddress.Parse("weber@praxis.de"), "Dr. Weber", "Erinnerung", "Text", "<p>Text</p>", TherapistId: therapist.Id), "boona.test", Build.Now);
        message.MarkFailed("421 try later", Build.Now, EmailRetryPolicy.Default);
        var call = PhoneCall.Plan(therapist.Id, null, PhoneCallPurpose.Other, Build.Now.AddDays(1), "user-1");
        await SaveAsync(database, message, call);

        await using var context = database.CreateContext();
        var loadedMessage = await context.EmailMessages.SingleAsync(Token);
        var loadedCall = await context.PhoneCalls.SingleAsync(Token);

        Assert.Equal((message.MessageId, EmailStatus.Queued, 1, "421 try later"), (loadedMessage.MessageId, loadedMessage.Status, loadedMessage.Attempts, loadedMessage.LastError));
        Assert.Equal(message.NextAttemptAt, loadedMessage.NextAttemptAt);
        Assert.Equal((Build.Now.AddDays(1), "user-1", PhoneCallStatus.Planned), (loadedCall.PlannedAt, loadedCall.CoordinatorId, loadedCall.Status));
    }

    private static async Task SaveAsync(TestDatabase database, params object[] entities)
    {
        await using var context = database.CreateContext();
        context.AddRange(entities);
        await context.SaveChangesAsync(Token);
    }
}
