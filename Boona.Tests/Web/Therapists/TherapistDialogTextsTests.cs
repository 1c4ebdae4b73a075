using System.Text.RegularExpressions;
using System.Xml.Linq;
using AngleSharp.Dom;
using Boona.Domain.Common;
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

/// <summary>
/// Every dialog of the therapist page, opened in German and, where it has a required field, validated: no resource key, no
/// English validation default ("Required"), no enum name, no general error box before anything went wrong, and a maximum
/// length on every text field.
/// </summary>
public sealed partial class TherapistDialogTextsTests : BoonaComponentContext
{
    /// <summary>Resource keys whose German text differs from the key: one of them on screen is a missing text.</summary>
    private static readonly HashSet<string> Keys = [.. Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "Boona.Web", "Resources"), "*.resx")
        .Where(f => !f.EndsWith(".en.resx", StringComparison.Ordinal))
        .SelectMany(f => XDocument.Load(f).Root!.Elements("data"))
        .Where(d => d.Attribute("name")!.Value != d.Element("value")!.Value)
        .Select(d => d.Attribute("name")!.Value)];

    private static readonly HashSet<string> EnglishDefaults = ["Required", "required", "Invalid", "invalid", "Not", "valid", "number", "must"];

    private static readonly HashSet<string> EnumNames =
    [
        .. Enum.GetNames<TherapistStatus>(), .. Enum.GetNames<ContactChannel>(), .. Enum.GetNames<Gender>(), .. Enum.GetNames<TherapyMethod>(),
        .. Enum.GetNames<AgeGroups>(), .. Enum.GetNames<TherapySettings>(),
    ];

    [Fact]
    public async Task Every_therapist_dialog_speaks_German_and_bounds_its_text_fields()
    {
        await using var database = await SeededAsync();
        var dialogs = Render<MudDialogProvider>();
        var page = DetailOf(await IdOfAsync(database, "Aber"));

        foreach (var (button, save) in new[]
        {
            ("therapist-block", "block-confirm"),
            ("therapist-deactivate", "deactivate-confirm"),
            ("availability-edit", "availability-save"),
            ("preferences-edit", "preferences-save"),
            ("relationship-edit", "contact-rules-save"),
            ("cooling-override", "cooling-save"),
        })
        {
            page.Find($"[data-testid={button}]").Click();
            var dialog = dialogs.WaitForElement(".mud-dialog");
            AssertGerman(dialog, button);
            Assert.Empty(dialogs.FindAll("[data-testid=dialog-error]"));
            foreach (var field in dialogs.FindAll("textarea, input[type=text]:not([readonly]), input:not([type]):not([readonly]), input[type=email], input[type=url], input[type=tel]"))
            {
                Assert.True(field.HasAttribute("maxlength"), $"{button}: {field.OuterHtml} has no maximum length");
            }

            // A required field left empty: the German required text beside it, and the domain's German message after saving.
            if (dialogs.FindAll("textarea").Count > 0 && button is "therapist-block" or "therapist-deactivate" or "cooling-override")
            {
                dialogs.Find("textarea").Blur();
                dialogs.Find($"[data-testid={save}]").Click();
                dialogs.WaitForAssertion(() => Assert.Contains("Bitte einen Grund", dialogs.Find(".mud-dialog").TextContent, StringComparison.Ordinal));
                AssertGerman(dialogs.Find(".mud-dialog"), button + " (validated)");
            }

            dialogs.FindAll(".mud-dialog button").Single(b => b.TextContent.Trim() == "Abbrechen").Click();
            dialogs.WaitForAssertion(() => Assert.Empty(dialogs.FindAll(".mud-dialog")));
        }
    }

    [Theory]
    [InlineData("Cramer", "therapist-unblock")]
    [InlineData("Dietz", "therapist-reactivate")]
    public async Task The_confirmations_speak_German(string lastName, string button)
    {
        await using var database = await SeededAsync();
        var dialogs = Render<MudDialogProvider>();
        var page = DetailOf(await IdOfAsync(database, lastName));

        page.Find($"[data-testid={button}]").Click();

        AssertGerman(dialogs.WaitForElement(".mud-dialog"), button);
        AssertGerman(string.Concat(page.Nodes.Select(n => n.TextContent + " ")), lastName + " page");
    }

    [Fact]
    public async Task A_stale_save_shows_the_changed_meanwhile_message_not_a_key()
    {
        await using var database = await SeededAsync();
        var dialogs = Render<MudDialogProvider>();
        var aber = await IdOfAsync(database, "Aber");
        var page = DetailOf(aber);
        page.Find("[data-testid=availability-edit]").Click();
        dialogs.WaitForElement("[data-testid=availability-save]");

        // A second coordinator saves first.
        var commands = Services.GetRequiredService<Boona.Infrastructure.Therapists.TherapistCommands>();
        Assert.True((await commands.SetContactRulesAsync(aber, new() { KnowsBoona = false }, Token)).IsSuccess);
        dialogs.Find("[data-testid=availability-save]").Click();

        dialogs.WaitForAssertion(() => Assert.Contains("inzwischen von jemand anderem geändert", dialogs.Find("[data-testid=dialog-error]").TextContent, StringComparison.Ordinal));
        AssertGerman(dialogs.Find(".mud-dialog"), "stale availability");
    }

    [Fact]
    public async Task The_profile_form_bounds_every_text_field()
    {
        await using var database = await SeededAsync();
        Render<MudPopoverProvider>();
        var aber = await IdOfAsync(database, "Aber");
        var form = Render<TherapistEdit>(p => p.Add(e => e.Id, aber));
        form.WaitForElement("[data-testid=therapist-form]");

        var fields = form.FindAll("textarea, input[type=text]:not([readonly]), input:not([type]):not([readonly]), input[type=email], input[type=url], input[type=tel]");

        Assert.True(fields.Count >= 13, $"only {fields.Count} text fields found");
        Assert.All(fields, f => Assert.True(f.HasAttribute("maxlength"), $"{f.OuterHtml} has no maximum length"));
    }

    [Fact]
    public void Every_status_and_channel_shown_on_the_page_has_a_German_text()
    {
        var texts = XDocument.Load(Path.Combine(RepositoryRoot.Path, "Boona.Web", "Resources", "TherapistTexts.resx")).Root!.Elements("data")
            .Select(d => d.Attribute("name")!.Value).ToHashSet();
        string[] shown =
        [
            .. Enum.GetNames<TherapistStatus>().Select(n => $"Status_{n}"), .. Enum.GetNames<ContactChannel>().Select(n => $"Channel_{n}"),
            .. Enum.GetNames<Boona.Domain.Outreach.PhoneCallStatus>().Select(n => $"CallStatus_{n}"),
            .. Enum.GetNames<Boona.Domain.Inquiries.InquiryStatus>().Select(n => $"InquiryStatus_{n}"),
            .. Enum.GetNames<Boona.Domain.Inquiries.AnswerType>().Select(n => $"AnswerType_{n}"),
            .. Enum.GetNames<Gender>().Select(n => $"Gender_{n}"), .. Enum.GetNames<TherapyMethod>().Select(n => $"Method_{n}"),
        ];

        var missing = shown.Where(key => !texts.Contains(key)).ToList();
        Assert.True(missing.Count == 0, "missing German texts: " + string.Join(", ", missing));
    }

    private static void AssertGerman(IElement element, string where) => AssertGerman(element.TextContent, where);

    private static void AssertGerman(string text, string where)
    {
        Assert.Empty(Keys.Where(k => k.Contains('.', StringComparison.Ordinal) && text.Contains(k, StringComparison.Ordinal)).Select(k => $"{where}: error code {k}"));
        var words = Word().Matches(text).Select(m => m.Value).ToList();
        Assert.DoesNotContain(words, w => w.Contains('_', StringComparison.Ordinal));
        Assert.Empty(words.Where(Keys.Contains).Select(w => $"{where}: resource key {w}"));
        Assert.Empty(words.Where(EnglishDefaults.Contains).Select(w => $"{where}: English {w}"));
        Assert.Empty(words.Where(EnumNames.Contains).Select(w => $"{where}: enum name {w}"));
    }

    private IRenderedComponent<TherapistDetailPage> DetailOf(int id)
    {
        Render<MudPopoverProvider>();
        Render<MudSnackbarProvider>();
        var page = Render<TherapistDetailPage>(p => p.Add(d => d.Id, id));
        page.WaitForElement("[data-testid=therapist-title]");
        return page;
    }

    private async Task<TestDatabase> SeededAsync()
    {
        var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await TherapistDirectory.SeedAsync(database);
        Services.AddSingleton(TherapistDirectory.Queries(database));
        Services.AddSingleton(TherapistDirectory.Commands(database));
        Services.AddSingleton(new CoolingCommands(database.Factory, TherapistDirectory.Clock()));
        Services.AddSingleton(new OutboxCommands(database.Factory, TherapistDirectory.Clock()));
        Services.AddSingleton(new OutboxQueries(database.Factory));
        AddAuthorization().SetAuthorized("lena@boona.de");
        return database;
    }

    private static async Task<int> IdOfAsync(TestDatabase database, string lastName)
    {
        await using var context = database.CreateContext();
        return await context.Therapists.Where(t => t.LastName == lastName).Select(t => t.Id).SingleAsync(Token);
    }

    /// <summary>A word, with the German gender suffix ("Patient:in") kept so that it is not mistaken for the key "Patient".</summary>
    [GeneratedRegex(@"[\p{L}_]+(?::innen|:in)?")]
    private static partial Regex Word();
}
