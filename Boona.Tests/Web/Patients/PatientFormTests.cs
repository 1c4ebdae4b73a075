using Boona.Infrastructure.Patients;
using Boona.Infrastructure.Persistence;
using Boona.Infrastructure.Settings;
using Boona.Tests.Support;
using Boona.Web.Components.Pages.Patients;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Boona.Tests.Web.Patients;

/// <summary>The intake form on a real SQLite database: each invalid field shows its German message at that field, and nothing is saved.</summary>
public sealed class PatientFormTests : BoonaComponentContext, IAsyncLifetime
{
    private TestDatabase _database = default!;
    private int? _savedId;

    public static TheoryData<string, string, string> InvalidFields => new()
    {
        { "FirstName", " ", "Bitte den Vornamen eingeben." },
        { "LastName", "", "Bitte den Nachnamen eingeben." },
        { "PostalCode", "5066", "Bitte eine fünfstellige Postleitzahl eingeben, z. B. 50667." },
        { "City", "", "Bitte den Ort eingeben." },
        { "Email", "mia@", "Bitte eine gültige E-Mail-Adresse eingeben, z. B. praxis@beispiel.de." },
        { "Phone", "ruf mich an", "Bitte eine Telefonnummer eingeben (Ziffern, Leerzeichen, +, -, /)." },
        { "BirthDate", "2015-03-01", "Das Geburtsdatum ergibt kein plausibles Alter (Boona vermittelt Erwachsene von 18 bis 110 Jahren)." },
        { "BirthDate", "", "Bitte das Geburtsdatum eingeben." },
        { "Diagnoses", "F32.1, Depression", "Bitte einen ICD-10-Code wie F32 oder F32.1 eingeben." },
        { "Diagnoses", "F32.1, X12.3", "Bitte nur ICD-10-Codes aus Kapitel F (F00–F99, psychische und Verhaltensstörungen) eingeben." },
        { "SprechstundeOn", "2027-01-05", "Die Sprechstunde kann nicht in der Zukunft liegen." },
        { "HoursPerWeekAvailable", "90", "Die Stunden pro Woche müssen zwischen 0 und 80 liegen." },
        { "MaxDistanceKm", "500", "Die maximale Entfernung muss zwischen 1 und 200 km liegen." },
        { "ConsentVersion", "", "Bitte die Version der Einwilligungserklärung angeben." },
        { "LastName", new string('x', 101), "Der Text ist zu lang." },
    };

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        Services.AddSingleton(_database.Factory);
        Services.AddSingleton<TimeProvider>(new FakeTimeProvider(Build.Now));
        Services.AddTransient<PatientCommands>();
        Services.AddTransient<Boona.Infrastructure.Geo.PostalCodes.PostalCodeQueries>();
    }

    public new async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Theory]
    [MemberData(nameof(InvalidFields))]
    public async Task An_invalid_field_shows_its_message_there_and_nothing_is_saved(string field, string value, string message)
    {
        var form = RenderForm(PatientInputs.Valid());

        form.Find($"[data-testid=field-{field}] input, [data-testid=field-{field}] textarea").Change(value);
        form.Find("[data-testid=save-patient]").Click();

        form.WaitForAssertion(() => Assert.Contains(message, form.Find($"[data-testid=field-{field}]").TextContent, StringComparison.Ordinal));
        Assert.Contains("Bitte korrigieren Sie die markierten Felder.", form.Find("[data-testid=form-message]").TextContent, StringComparison.Ordinal);
        Assert.Null(_savedId);
        Assert.Equal(0, await CountAsync());
    }

    [Fact]
    public async Task A_new_intake_starts_with_the_default_distance_from_the_settings()
    {
        Services.AddTransient<SettingsStore>();
        var settings = new SettingsStore(_database.Factory, new FakeTimeProvider(Build.Now));
        Assert.True((await settings.UpdateAsync(new SettingsChange(new Dictionary<string, int> { ["DefaultMaxDistanceKm"] = 40 }), "admin", Xunit.TestContext.Current.CancellationToken)).IsSuccess);

        var intake = Render<PatientIntake>();

        intake.WaitForAssertion(() => Assert.Equal("40", intake.Find("[data-testid=field-MaxDistanceKm] input").GetAttribute("value")));
    }

    [Fact]
    public async Task Several_invalid_fields_all_show_their_messages_and_the_tabs_are_marked()
    {
        var form = RenderForm(PatientInputs.Valid());

        form.Find("[data-testid=field-PostalCode] input").Change("ABCDE");
        form.Find("[data-testid=field-Diagnoses] input").Change("X1");
        form.Find("[data-testid=save-patient]").Click();

        form.WaitForAssertion(() => Assert.Contains("Postleitzahl", form.Find("[data-testid=field-PostalCode]").TextContent, StringComparison.Ordinal));
        Assert.Contains("ICD-10", form.Find("[data-testid=field-Diagnoses]").TextContent, StringComparison.Ordinal);
        Assert.Equal(2, form.FindAll(".mud-tab .mud-error-text, .mud-tab svg.mud-error-text").Count);
        Assert.Equal(0, await CountAsync());
    }

    [Fact]
    public async Task A_free_time_ending_before_it_starts_is_shown_at_the_window_and_blocks_saving()
    {
        var form = RenderForm(PatientInputs.Valid());

        form.Find("[data-testid=weekly-window-row]").QuerySelectorAll("input[type=time]")[1].Change("07:00");
        form.Find("[data-testid=save-patient]").Click();

        form.WaitForAssertion(() => Assert.Contains("Das Zeitfenster endet vor seinem Beginn.", form.Find("[data-testid=field-AvailableTimes]").TextContent, StringComparison.Ordinal));
        Assert.Contains("freien Zeiten", form.Find("[data-testid=form-message]").TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync());
    }

    [Fact]
    public async Task Fixing_the_field_removes_its_message_and_saving_then_stores_the_patient()
    {
        var form = RenderForm(PatientInputs.Valid());
        form.Find("[data-testid=field-PostalCode] input").Change("5066");
        form.Find("[data-testid=save-patient]").Click();
        form.WaitForAssertion(() => Assert.Contains("Postleitzahl", form.Find("[data-testid=field-PostalCode]").TextContent, StringComparison.Ordinal));

        form.Find("[data-testid=field-PostalCode] input").Change("50667");
        form.WaitForAssertion(() => Assert.DoesNotContain("Postleitzahl", form.Find("[data-testid=field-PostalCode]").TextContent, StringComparison.Ordinal));
        form.Find("[data-testid=save-patient]").Click();

        form.WaitForAssertion(() => Assert.NotNull(_savedId));
        await using var context = _database.CreateContext();
        var stored = await context.Patients.SingleAsync(Xunit.TestContext.Current.CancellationToken);
        Assert.Equal((_savedId, "50667", "Mon 08:00-18:00; Wed 08:00-18:00"), (stored.Id, stored.PostalCode.Value, stored.AvailableTimes.ToString()));
    }

    private IRenderedComponent<PatientForm> RenderForm(PatientInput input) =>
        Render<PatientForm>(p => p
            .Add(f => f.Input, input)
            .Add(f => f.Saved, EventCallback.Factory.Create<int>(this, id => _savedId = id)));

    private async Task<int> CountAsync()
    {
        await using var context = _database.CreateContext();
        return await context.Patients.CountAsync(Xunit.TestContext.Current.CancellationToken);
    }
}
