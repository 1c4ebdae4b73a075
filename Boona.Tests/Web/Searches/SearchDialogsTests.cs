using Boona.Domain.Searches;
using Boona.Infrastructure.Patients;
using Boona.Infrastructure.Persistence;
using Boona.Infrastructure.Searches;
using Boona.Tests.Support;
using Boona.Web.Components.Pages.Patients;
using Boona.Web.Components.Pages.Searches;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MudBlazor;

namespace Boona.Tests.Web.Searches;

/// <summary>
/// The search and exclusion dialogs in German: no resource key, no English default and no "_general" box when they
/// open, and a refusal that belongs to no field (a change made meanwhile, a step the status does not allow) reads in
/// plain German (issue 11 item 10).
/// </summary>
public sealed class SearchDialogsTests : BoonaComponentContext, IAsyncLifetime
{
    private const string ChangedMeanwhile = "Der Datensatz wurde inzwischen von jemand anderem geändert.";

    private TestDatabase _database = default!;
    private IRenderedComponent<MudDialogProvider> _dialogs = default!;
    private int _searchId;
    private int _patientId;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        Services.AddSingleton(_database.Factory);
        Services.AddSingleton<TimeProvider>(new FakeTimeProvider(Build.Now));
        Services.AddTransient<SearchCommands>();
        Services.AddTransient<PatientExclusions>();
        AddAuthorization().SetAuthorized("lena@boona.de");
        await using var context = _database.CreateContext();
        var patient = Build.QualifiedPatient();
        context.Patients.Add(patient);
        await context.SaveChangesAsync(Xunit.TestContext.Current.CancellationToken);
        var search = PlacementSearch.Start(patient.Id, Build.Now.AddDays(-3));
        context.Searches.Add(search);
        await context.SaveChangesAsync(Xunit.TestContext.Current.CancellationToken);
        (_patientId, _searchId) = (patient.Id, search.Id);
        _dialogs = Render<MudDialogProvider>();
    }

    public new async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task The_pause_dialog_opens_without_a_key_or_English_and_a_stale_pause_says_so_in_German()
    {
        await OpenAsync<PauseSearchDialog>(new() { [nameof(PauseSearchDialog.SearchId)] = _searchId, [nameof(PauseSearchDialog.Version)] = 7 });
        AssertGerman();

        _dialogs.Find("[data-testid=pause-confirm]").Click();

        _dialogs.WaitForAssertion(() => Assert.Contains(ChangedMeanwhile, _dialogs.Find("[data-testid=dialog-error]").TextContent, StringComparison.Ordinal));
        AssertGerman();
        Assert.Equal(SearchStatus.Active, await StatusAsync());
    }

    [Fact]
    public async Task Pausing_a_search_paused_meanwhile_is_refused_in_plain_German()
    {
        await OpenAsync<PauseSearchDialog>(new() { [nameof(PauseSearchDialog.SearchId)] = _searchId });
        await using (var context = _database.CreateContext())
        {
            var search = await context.Searches.SingleAsync(Xunit.TestContext.Current.CancellationToken);
            Assert.True(search.Pause(null, null, Build.Today, Build.Now, "kim@boona.de").IsSuccess);
            await context.SaveChangesAsync(Xunit.TestContext.Current.CancellationToken);
        }

        _dialogs.Find("[data-testid=pause-confirm]").Click();

        _dialogs.WaitForAssertion(() => Assert.Contains(
            "Das ist im aktuellen Status der Platzsuche nicht möglich.", _dialogs.Find("[data-testid=dialog-error]").TextContent, StringComparison.Ordinal));
        AssertGerman();
    }

    [Fact]
    public async Task The_cancel_dialog_asks_for_its_reason_in_German_at_the_field()
    {
        await OpenAsync<CancelSearchDialog>(new() { [nameof(CancelSearchDialog.SearchId)] = _searchId });
        AssertGerman();

        _dialogs.Find("[data-testid=cancel-confirm]").Click();

        _dialogs.WaitForAssertion(() => Assert.Contains("Bitte einen Grund für den Abbruch angeben.", _dialogs.Markup, StringComparison.Ordinal));
        Assert.Empty(_dialogs.FindAll("[data-testid=dialog-error]"));
        AssertGerman();
        Assert.Equal(SearchStatus.Active, await StatusAsync());
    }

    [Fact]
    public async Task The_lift_dialog_asks_for_its_reason_in_German_at_the_field()
    {
        await OpenAsync<RemoveExclusionDialog>(new()
        {
            [nameof(RemoveExclusionDialog.PatientId)] = _patientId,
            [nameof(RemoveExclusionDialog.TherapistId)] = 1,
            [nameof(RemoveExclusionDialog.TherapistName)] = "Dr. Anna Weber",
        });
        AssertGerman();

        _dialogs.Find("[data-testid=lift-confirm]").Click();

        _dialogs.WaitForAssertion(() => Assert.Contains("Bitte angeben, warum der Ausschluss aufgehoben wird.", _dialogs.Markup, StringComparison.Ordinal));
        AssertGerman();
    }

    private async Task OpenAsync<TDialog>(Dictionary<string, object?> parameters)
        where TDialog : IComponent
    {
        var service = Services.GetRequiredService<IDialogService>();
        var dialogParameters = new DialogParameters();
        foreach (var (name, value) in parameters)
        {
            dialogParameters.Add(name, value);
        }

        await _dialogs.InvokeAsync(() => service.ShowAsync<TDialog>("Dialog", dialogParameters));
        _dialogs.WaitForAssertion(() => Assert.NotEmpty(_dialogs.FindAll(".mud-dialog")));
    }

    private void AssertGerman()
    {
        var text = _dialogs.Find(".mud-dialog").TextContent;
        Assert.DoesNotContain("_general", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Required", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Cancelled", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Active", text, StringComparison.Ordinal);
    }

    private async Task<SearchStatus> StatusAsync()
    {
        await using var context = _database.CreateContext();
        return await context.Searches.Select(s => s.Status).SingleAsync(Xunit.TestContext.Current.CancellationToken);
    }
}
