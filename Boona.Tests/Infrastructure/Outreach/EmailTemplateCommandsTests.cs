using Boona.Domain.Outreach;
using Boona.Infrastructure.Outreach.Templates;
using Boona.Infrastructure.Persistence;
using Boona.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Boona.Tests.Infrastructure.Outreach;

/// <summary>Admins edit templates: versions with who and when, refusals with line and name, restoring, the preview.</summary>
public sealed class EmailTemplateCommandsTests
{
    private const string Admin = "admin@boona.test";

    [Theory, EveryProvider]
    public async Task A_saved_version_is_the_template_in_use_and_keeps_who_saved_it_and_when(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var commands = new EmailTemplateCommands(database.Factory, new FakeTimeProvider(Build.Now));
        var shipped = TemplateDefaults.For(TemplateKind.ConflictThankYou);

        var saved = await commands.SaveAsync(TemplateKind.ConflictThankYou, shipped with { Subject = "Danke für {{ references | join: ', ' }}" }, Admin, Token);

        Assert.Equal(1, saved.Value);
        await using var context = database.CreateContext();
        var templates = await EmailTemplates.LoadAsync(context, Token);
        Assert.Equal("Danke für P-00012", templates.Render(TemplateKind.ConflictThankYou, TemplateSamples.For(TemplateKind.ConflictThankYou)).Subject);
        var history = await commands.HistoryAsync(TemplateKind.ConflictThankYou, Token);
        Assert.Equal([(1, Admin, (DateTimeOffset?)Build.Now, true), (0, string.Empty, null, false)], history.Select(v => (v.Number, v.SavedBy, v.SavedAt, v.InUse)));
    }

    [Theory, EveryProvider]
    public async Task A_misspelt_placeholder_is_refused_on_save_with_its_line_and_name_and_nothing_is_saved(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var commands = new EmailTemplateCommands(database.Factory, new FakeTimeProvider(Build.Now));
        var shipped = TemplateDefaults.For(TemplateKind.Inquiry);
        var broken = shipped with { TextBody = shipped.TextBody!.Replace("{{ cooling_weeks }}", "{{ coolingweeks }}", StringComparison.Ordinal) };
        var line = broken.TextBody!.Split('\n').ToList().FindIndex(l => l.Contains("coolingweeks", StringComparison.Ordinal)) + 1;

        var saved = await commands.SaveAsync(TemplateKind.Inquiry, broken, Admin, Token);

        var error = Assert.Single(saved.Errors);
        Assert.Equal(("template.placeholder", "TextBody", $"Line {line}: unknown placeholder 'coolingweeks'."), (error.Code, error.Field, error.Message));
        var preview = await commands.PreviewAsync(TemplateKind.Inquiry, broken, plural: false, Token);
        Assert.Equal((line, "coolingweeks"), (Assert.Single(preview.Problems).Line, preview.Problems[0].Name));
        await using var context = database.CreateContext();
        Assert.False(await context.EmailTemplateVersions.AnyAsync(Token));
    }

    [Theory, EveryProvider]
    public async Task A_template_that_cannot_render_the_sample_data_is_refused(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var commands = new EmailTemplateCommands(database.Factory, new FakeTimeProvider(Build.Now));

        var saved = await commands.SaveAsync(TemplateKind.PatientProgress, new EmailTemplateText("Stand", "{{ greeting }} {{ answers | no_such_filter }}", "<p>x</p>"), Admin, Token);

        Assert.Equal("template.render", Assert.Single(saved.Errors).Code);
    }

    [Theory, EveryProvider]
    public async Task Restoring_an_old_version_or_the_shipped_default_adds_a_new_version_in_use(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new FakeTimeProvider(Build.Now);
        var commands = new EmailTemplateCommands(database.Factory, clock);
        var footer = TemplateDefaults.For(TemplateKind.LegalFooter);
        Assert.True((await commands.SaveAsync(TemplateKind.LegalFooter, footer with { TextBody = "Boona GmbH, Hafenweg 2, 20457 Hamburg" }, Admin, Token)).IsSuccess);
        clock.Advance(TimeSpan.FromHours(1));
        Assert.True((await commands.SaveAsync(TemplateKind.LegalFooter, footer with { TextBody = "Boona GmbH, Kaiserstraße 9, 60311 Frankfurt" }, "zweite@boona.test", Token)).IsSuccess);

        var first = await commands.RestoreAsync(TemplateKind.LegalFooter, 1, Admin, Token);
        await using (var context = database.CreateContext())
        {
            var text = (await EmailTemplates.LoadAsync(context, Token)).Render(TemplateKind.Inquiry, TemplateSamples.For(TemplateKind.Inquiry)).Text;
            Assert.EndsWith("-- \nBoona GmbH, Hafenweg 2, 20457 Hamburg\n", text, StringComparison.Ordinal);
        }

        var shipped = await commands.RestoreAsync(TemplateKind.LegalFooter, 0, Admin, Token);
        var missing = await commands.RestoreAsync(TemplateKind.LegalFooter, 17, Admin, Token);

        Assert.Equal((3, 4), (first.Value, shipped.Value));
        Assert.Equal("template.version-not-found", missing.FirstError!.Code);
        var history = await commands.HistoryAsync(TemplateKind.LegalFooter, Token);
        Assert.Equal([(4, (int?)0, true), (3, 1, false), (2, null, false), (1, null, false), (0, null, false)], history.Select(v => (v.Number, v.RestoredFrom, v.InUse)));
        Assert.Equal(footer.TextBody, history[0].Text.TextBody);
    }
}
