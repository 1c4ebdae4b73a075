using Boona.Domain.Therapists;
using Boona.Infrastructure.Inquiries;
using Boona.Infrastructure.Outreach.Outbox;
using Boona.Infrastructure.Persistence;
using Boona.Tests.Infrastructure.Therapists;
using Boona.Tests.Support;
using Boona.Web.Components.Pages.Therapists;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace Boona.Tests.Web.Therapists;

/// <summary>The detail page and the profile form against a real SQLite database.</summary>
public sealed class TherapistPagesTests : BoonaComponentContext
{
    [Fact]
    public async Task A_blocked_therapist_shows_the_block_and_can_be_unblocked_only()
    {
        await using var database = await SeededAsync();
        var cramer = await FindAsync(database, "Cramer");

        var page = Render<TherapistDetailPage>(p => p.Add(d => d.Id, cramer.Id));

        page.WaitForAssertion(() => Assert.Contains("Elternzeit", page.Find("[data-testid=therapist-block-info]").TextContent, StringComparison.Ordinal));
        Assert.NotEmpty(page.FindAll("[data-testid=therapist-unblock]"));
        Assert.Empty(page.FindAll("[data-testid=therapist-block]"));
        Assert.Contains("Keine Telefonzeiten bekannt.", page.Find("[data-testid=therapist-phone-hours]").TextContent, StringComparison.Ordinal);
        Assert.Contains("Noch keine Anfragen", page.Find("[data-testid=therapist-inquiries]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Accepting_a_therapist_pending_review_makes_them_active()
    {
        await using var database = await SeededAsync();
        var bode = await FindAsync(database, "Bode");
        var page = Render<TherapistDetailPage>(p => p.Add(d => d.Id, bode.Id));
        page.WaitForElement("[data-testid=therapist-accept]");

        page.Find("[data-testid=therapist-accept]").Click();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=therapist-block]")));
        Assert.Equal(TherapistStatus.Active, (await FindAsync(database, "Bode")).Status);
    }

    [Fact]
    public async Task An_unknown_therapist_shows_a_message()
    {
        await using var database = await SeededAsync();

        var page = Render<TherapistDetailPage>(p => p.Add(d => d.Id, 4711));

        page.WaitForElement("[data-testid=therapist-not-found]");
    }

    [Fact]
    public async Task Invalid_fields_show_German_messages_beside_them_and_nothing_is_saved()
    {
        await using var database = await SeededAsync();
        var form = RenderWithProviders<TherapistEdit>();
        form.WaitForElement("[data-testid=therapist-form]");

        form.Find("input[data-testid=field-last-name]").Change("Neumann");
        form.Find("input[data-testid=field-postal-code]").Change("5066");
        form.Find("input[data-testid=field-city]").Change("Köln");
        form.Find("input[data-testid=field-email]").Change("praxis@");
        form.Find("input[data-testid=field-website]").Change("praxis-neumann");
        form.Find("[data-testid=therapist-form]").Submit();

        form.WaitForAssertion(() => Assert.Contains("Bitte eine fünfstellige Postleitzahl eingeben", form.Markup, StringComparison.Ordinal));
        Assert.Contains("Bitte eine gültige E-Mail-Adresse eingeben", form.Markup, StringComparison.Ordinal);
        Assert.Contains("Bitte eine vollständige Webadresse eingeben", form.Markup, StringComparison.Ordinal);
        await using var context = database.CreateContext();
        Assert.False(await context.Therapists.AnyAsync(t => t.LastName == "Neumann", Xunit.TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_valid_new_therapist_is_saved_and_opened()
    {
        await using var database = await SeededAsync();
        var form = RenderWithProviders<TherapistEdit>();
        form.WaitForElement("[data-testid=therapist-form]");

        form.Find("input[data-testid=field-last-name]").Change("Neumann");
        form.Find("input[data-testid=field-postal-code]").Change("50667");
        form.Find("input[data-testid=field-city]").Change("Köln");
        form.Find("[data-testid=therapist-form]").Submit();

        var navigation = Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>();
        form.WaitForAssertion(() => Assert.Matches("/therapists/[0-9]+$", navigation.Uri));
        await using var context = database.CreateContext();
        Assert.Equal(TherapistStatus.Active, (await context.Therapists.SingleAsync(t => t.LastName == "Neumann", Xunit.TestContext.Current.CancellationToken)).Status);
    }

    private IRenderedComponent<T> RenderWithProviders<T>()
        where T : Microsoft.AspNetCore.Components.IComponent
    {
        Render<MudPopoverProvider>();
        Render<MudSnackbarProvider>();
        return Render<T>();
    }

    private async Task<TestDatabase> SeededAsync()
    {
        var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await TherapistDirectory.SeedAsync(database);
        Services.AddSingleton(TherapistDirectory.Queries(database));
        Services.AddSingleton(TherapistDirectory.Commands(database));

        // The inquiries feature embeds its cooling-override component in the relationship card.
        Services.AddSingleton(new CoolingCommands(database.Factory, TherapistDirectory.Clock()));
        Services.AddSingleton(new OutboxCommands(database.Factory, TherapistDirectory.Clock()));
        Services.AddSingleton(new OutboxQueries(database.Factory));
        AddAuthorization().SetAuthorized("lena@boona.de");
        Render<MudDialogProvider>();
        return database;
    }

    private static async Task<Therapist> FindAsync(TestDatabase database, string lastName)
    {
        await using var context = database.CreateContext();
        return await context.Therapists.AsNoTracking().SingleAsync(t => t.LastName == lastName, Xunit.TestContext.Current.CancellationToken);
    }
}
