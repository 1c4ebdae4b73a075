using Boona.Domain.Patients;
using Boona.Domain.Searches;
using Boona.Infrastructure.Persistence;
using Boona.Infrastructure.Searches;
using Boona.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Boona.Tests.Infrastructure.Searches;

public sealed class SearchCommandsTests
{
    private const string By = "koordination@boona.test";

    [Theory, EveryProvider]
    public async Task Starting_a_search_marks_the_patient_searching(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var patientId = await SeedAsync(database, Build.QualifiedPatient());

        var started = await Commands(database).StartAsync(patientId, Token);

        await using var context = database.CreateContext();
        var search = await context.Searches.SingleAsync(Token);
        var patient = await context.Patients.SingleAsync(Token);
        Assert.Equal((started.Value, SearchStatus.Active, Build.Now), (search.Id, search.Status, search.CreatedAt));
        Assert.Equal([SearchEventKind.Started], search.Events.Select(e => e.Kind));
        Assert.Equal((PatientStatus.Searching, Build.Today), (patient.Status, patient.SearchStartedOn));
    }

    [Theory, EveryProvider]
    public async Task A_patient_who_fails_the_pre_qualification_cannot_start(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var patient = Build.QualifiedPatient();
        patient.SetContractsSigned(false);
        var patientId = await SeedAsync(database, patient);

        var result = await Commands(database).StartAsync(patientId, Token);

        Assert.Equal("search.not-qualified", result.FirstError!.Code);
        Assert.Contains("contracts", result.FirstError.Message, StringComparison.Ordinal);
        await using var context = database.CreateContext();
        Assert.Equal((0, PatientStatus.Open), (await context.Searches.CountAsync(Token), (await context.Patients.SingleAsync(Token)).Status));
    }

    [Theory, EveryProvider]
    public async Task A_second_open_search_is_refused_with_a_clear_message(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var patientId = await SeedAsync(database, Build.QualifiedPatient());
        var commands = Commands(database);
        await commands.StartAsync(patientId, Token);

        var second = await commands.StartAsync(patientId, Token);

        Assert.Equal("search.already-open", second.FirstError!.Code);
        await using var context = database.CreateContext();
        Assert.Equal(1, await context.Searches.CountAsync(Token));
    }

    [Theory, EveryProvider]
    public async Task Two_coordinators_starting_at_once_end_with_one_search(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var patientId = await SeedAsync(database, Build.QualifiedPatient());

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => Commands(database).StartAsync(patientId, Token), Token)));

        Assert.Single(results, r => r.IsSuccess);
        Assert.All(results.Where(r => !r.IsSuccess), r => Assert.Equal("search.already-open", r.FirstError!.Code));
        await using var context = database.CreateContext();
        Assert.Equal(1, await context.Searches.CountAsync(Token));
    }

    [Theory, EveryProvider]
    public async Task Pause_until_a_date_then_resume(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var searchId = await StartedAsync(database);
        var commands = Commands(database);

        var pastDate = await commands.PauseAsync(searchId, new SearchPauseInput { Until = Build.Today, Reason = "Urlaub" }, By, Token);
        var paused = await commands.PauseAsync(searchId, new SearchPauseInput { Until = Build.Today.AddDays(14), Reason = "Urlaub" }, By, Token);
        var pausedTwice = await commands.PauseAsync(searchId, new SearchPauseInput(), By, Token);
        var stored = await LoadAsync(database, searchId);
        var resumed = await commands.ResumeAsync(searchId, new SearchResumeInput(), By, Token);
        var resumedTwice = await commands.ResumeAsync(searchId, new SearchResumeInput(), By, Token);

        Assert.Equal(("search.pause.until", "Until"), (pastDate.FirstError!.Code, pastDate.FirstError.Field));
        Assert.True(paused.IsSuccess && resumed.IsSuccess);
        Assert.Equal((SearchStatus.Paused, Build.Today.AddDays(14)), (stored.Status, stored.PausedUntil));
        Assert.Equal(["search.transition", "search.transition"], new[] { pausedTwice, resumedTwice }.Select(r => r.FirstError!.Code));
        var after = await LoadAsync(database, searchId);
        Assert.Equal((SearchStatus.Active, (DateOnly?)null), (after.Status, after.PausedUntil));
        Assert.Equal([SearchEventKind.Started, SearchEventKind.Paused, SearchEventKind.Resumed], after.Events.OrderBy(e => e.Id).Select(e => e.Kind));
    }

    [Theory, EveryProvider]
    public async Task Cancelling_needs_a_reason_is_final_and_lets_a_new_search_start(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var searchId = await StartedAsync(database);
        var commands = Commands(database);
        await commands.PauseAsync(searchId, new SearchPauseInput(), By, Token);

        var withoutReason = await commands.CancelAsync(searchId, new SearchCancelInput { Reason = "  " }, By, Token);
        var cancelled = await commands.CancelAsync(searchId, new SearchCancelInput { Reason = "Hat selbst einen Platz gefunden" }, By, Token);
        var again = await commands.CancelAsync(searchId, new SearchCancelInput { Reason = "noch einmal" }, By, Token);
        var resumed = await commands.ResumeAsync(searchId, new SearchResumeInput(), By, Token);
        await using (var context = database.CreateContext())
        {
            Assert.Equal(PatientStatus.SearchCancelled, (await context.Patients.SingleAsync(Token)).Status);
        }

        var restarted = await commands.StartAsync((await LoadAsync(database, searchId)).PatientId, Token);

        Assert.Equal(("search.cancel.reason", "Reason"), (withoutReason.FirstError!.Code, withoutReason.FirstError.Field));
        Assert.True(cancelled.IsSuccess);
        Assert.Equal(["search.transition", "search.transition"], new[] { again, resumed }.Select(r => r.FirstError!.Code));
        var stored = await LoadAsync(database, searchId);
        Assert.Equal((SearchStatus.Cancelled, "Hat selbst einen Platz gefunden"), (stored.Status, stored.CancelReason));
        Assert.True(restarted.IsSuccess);
    }

    [Theory, EveryProvider]
    public async Task Unknown_patients_and_searches_are_reported(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var commands = Commands(database);

        Assert.Equal("patient.not-found", (await commands.StartAsync(42, Token)).FirstError!.Code);
        Assert.Equal("search.not-found", (await commands.PauseAsync(42, new SearchPauseInput(), By, Token)).FirstError!.Code);
        Assert.Equal("search.not-found", (await commands.ResumeAsync(42, new SearchResumeInput(), By, Token)).FirstError!.Code);
        Assert.Equal("search.not-found", (await commands.CancelAsync(42, new SearchCancelInput { Reason = "x" }, By, Token)).FirstError!.Code);
    }

    internal static SearchCommands Commands(TestDatabase database) => new(database.Factory, new FakeTimeProvider(Build.Now));

    private static async Task<int> StartedAsync(TestDatabase database) =>
        (await Commands(database).StartAsync(await SeedAsync(database, Build.QualifiedPatient()), Token)).Value;

    private static async Task<PlacementSearch> LoadAsync(TestDatabase database, int searchId)
    {
        await using var context = database.CreateContext();
        return await context.Searches.AsNoTracking().SingleAsync(s => s.Id == searchId, Token);
    }

    private static async Task<int> SeedAsync(TestDatabase database, Patient patient)
    {
        await using var context = database.CreateContext();
        context.Patients.Add(patient);
        await context.SaveChangesAsync(Token);
        return patient.Id;
    }
}
