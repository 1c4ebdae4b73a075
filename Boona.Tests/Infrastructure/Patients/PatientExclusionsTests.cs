using Boona.Infrastructure.Patients;
using Boona.Infrastructure.Persistence;
using Boona.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Boona.Tests.Infrastructure.Patients;

public sealed class PatientExclusionsTests
{
    [Theory, EveryProvider]
    public async Task A_therapist_is_excluded_with_a_reason_shown_on_the_patient_page_and_removed_again(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (patientId, therapistId) = await SeedAsync(database);
        var clock = new FakeTimeProvider(Build.Now);
        var exclusions = new PatientExclusions(database.Factory, clock);

        Assert.True((await exclusions.AddAsync(patientId, new ExclusionInput { TherapistId = therapistId, Reason = " Frühere Behandlung " }, Token)).IsSuccess);
        var details = await new PatientQueries(database.Factory, clock).GetAsync(patientId, Token);
        Assert.True((await exclusions.RemoveAsync(patientId, new ExclusionRemovalInput { TherapistId = therapistId, Reason = "Neue Praxis" }, "k@boona.test", Token)).IsSuccess);

        var shown = Assert.Single(details!.Exclusions);
        Assert.Equal(("Dr. Anna Weber", "50667", "Frühere Behandlung", Build.Now), (shown.Therapist.Name, shown.Therapist.PostalCode, shown.Reason, shown.At));
        await using var context = database.CreateContext();
        Assert.Empty((await context.Patients.SingleAsync(Token)).Exclusions);
    }

    [Theory, EveryProvider]
    public async Task Without_reason_twice_or_for_an_unknown_therapist_nothing_is_added(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (patientId, therapistId) = await SeedAsync(database);
        var exclusions = new PatientExclusions(database.Factory, new FakeTimeProvider(Build.Now));
        await exclusions.AddAsync(patientId, new ExclusionInput { TherapistId = therapistId, Reason = "Passt nicht" }, Token);

        var noReason = await exclusions.AddAsync(patientId, new ExclusionInput { TherapistId = therapistId, Reason = " " }, Token);
        var twice = await exclusions.AddAsync(patientId, new ExclusionInput { TherapistId = therapistId, Reason = "Noch einmal" }, Token);
        var unknown = await exclusions.AddAsync(patientId, new ExclusionInput { TherapistId = therapistId + 100, Reason = "Unbekannt" }, Token);

        Assert.Equal(
            [("exclusion.reason.required", "Reason"), ("exclusion.exists", "Therapist"), ("exclusion.therapist.unknown", "Therapist")],
            new[] { noReason, twice, unknown }.Select(r => (r.FirstError!.Code, r.FirstError.Field)));
        await using var context = database.CreateContext();
        Assert.Single((await context.Patients.SingleAsync(Token)).Exclusions);
    }

    [Theory, EveryProvider]
    public async Task Therapists_are_found_by_name_or_postal_code_ignoring_case(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var seed = database.CreateContext())
        {
            seed.Therapists.AddRange(Build.Therapist("Weber"), Build.Therapist("Wendt", "10115"), Build.Therapist("Albers", "50999"));
            await seed.SaveChangesAsync(Token);
        }

        var exclusions = new PatientExclusions(database.Factory, TimeProvider.System);

        Assert.Equal(["Dr. Anna Weber", "Dr. Anna Wendt"], (await exclusions.FindTherapistsAsync("we", 10, Token)).Select(t => t.Name));
        Assert.Equal(["Dr. Anna Albers"], (await exclusions.FindTherapistsAsync("anna alb", 10, Token)).Select(t => t.Name));
        Assert.Equal(["Albers", "Weber"], (await exclusions.FindTherapistsAsync("50", 10, Token)).Select(t => t.Name.Split(' ')[^1]));
        Assert.Empty(await exclusions.FindTherapistsAsync("w", 10, Token));
    }

    private static async Task<(int PatientId, int TherapistId)> SeedAsync(TestDatabase database)
    {
        await using var context = database.CreateContext();
        var patient = Build.QualifiedPatient();
        var therapist = Build.Therapist();
        context.AddRange(patient, therapist);
        await context.SaveChangesAsync(Token);
        return (patient.Id, therapist.Id);
    }
}
