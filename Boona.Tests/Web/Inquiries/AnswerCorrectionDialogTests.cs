using Boona.Domain.Inquiries;
using Boona.Domain.Searches;
using Boona.Infrastructure.Inquiries;
using Boona.Web.Components.Pages.Inquiries;
using Bunit;

namespace Boona.Tests.Web.Inquiries;

/// <summary>
/// "Antwort korrigieren" on the inquiry page: the dialog in German asks for the right answer and the reason, says what
/// it will undo, confirms, and the row and the history show the result; a refusal reads in plain German.
/// </summary>
public sealed class AnswerCorrectionDialogTests : InquiryPagesContext
{
    [Fact]
    public async Task An_acceptance_is_corrected_with_a_reason_after_a_confirmation_and_the_row_and_history_show_it()
    {
        AddAuthorization().SetAuthorized("lena@boona.de");
        var therapist = await World.AddTherapistAsync("Weber");
        var search = await World.AddSearchAsync("Eins");
        var id = await World.SentInquiryAsync(therapist, search);
        await World.Answers.RecordAsync(new AnswerInput(id, search.Id, InquiryOutcome.Accepted), Token);
        var dialogs = RenderProviders();
        var page = Render<InquiryDetailPage>(p => p.Add(d => d.Id, id));
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=correct-answer]")));
        Assert.Empty(page.FindAll("[data-testid=inquiry-corrections]"));

        page.Find("[data-testid=correct-answer]").Click();
        dialogs.WaitForAssertion(() => Assert.NotEmpty(dialogs.FindAll("input[type=radio]")));

        Assert.Contains("Antwort korrigieren – P-", dialogs.Markup, StringComparison.Ordinal);
        Assert.Contains("Bisher erfasst: Zusage: Probatorik", dialogs.Find("[data-testid=correction-current]").TextContent, StringComparison.Ordinal);
        Assert.Equal(3, dialogs.FindAll("input[type=radio]").Count);
        Assert.Contains("Die Platzierung aus dieser Zusage wird zurückgenommen", dialogs.Find("[data-testid=correction-consequence]").TextContent, StringComparison.Ordinal);
        dialogs.Find("input[data-testid=correction-DeclinedNoCapacity]").Click();
        dialogs.Find("[data-testid=correction-save]").Click();

        dialogs.WaitForAssertion(() => Assert.Contains("Pflichtfeld", dialogs.Markup, StringComparison.Ordinal));
        Assert.DoesNotContain("ändern?", dialogs.Markup, StringComparison.Ordinal);
        dialogs.Find("textarea[data-testid=correction-reason]").Change("Zusage galt einer anderen Person");
        dialogs.Find("[data-testid=correction-save]").Click();

        dialogs.WaitForAssertion(() => Assert.Contains("von „Zusage: Probatorik“ auf „Absage: keine Kapazität“ ändern?", dialogs.Markup, StringComparison.Ordinal));
        dialogs.FindAll("button").Last(b => b.TextContent.Trim() == "Korrigieren").Click();

        page.WaitForAssertion(() => Assert.Contains("Absage: keine Kapazität", page.Find("[data-testid=patient-outcome]").TextContent, StringComparison.Ordinal));
        Assert.Contains("korrigiert", page.Find("[data-testid=corrected-chip]").TextContent, StringComparison.Ordinal);
        Assert.Contains("aktiv", page.Find("[data-testid=patient-search]").TextContent, StringComparison.OrdinalIgnoreCase);
        var history = page.Find("[data-testid=inquiry-correction]").TextContent;
        Assert.Contains("„Zusage: Probatorik“ → „Absage: keine Kapazität“", history, StringComparison.Ordinal);
        Assert.Contains("Zusage galt einer anderen Person", history, StringComparison.Ordinal);
        Assert.Contains("lena@boona.de", history, StringComparison.Ordinal);
        Assert.Equal(SearchStatus.Active, (await World.SearchAsync(search.Id)).Status);
    }

    [Fact]
    public async Task A_correction_after_trial_sessions_is_refused_in_plain_German_and_nothing_changes()
    {
        AddAuthorization().SetAuthorized("lena@boona.de");
        var therapist = await World.AddTherapistAsync("Weber");
        var search = await World.AddSearchAsync("Eins");
        var id = await World.SentInquiryAsync(therapist, search);
        await World.Answers.RecordAsync(new AnswerInput(id, search.Id, InquiryOutcome.Accepted), Token);
        await World.Answers.RecordAsync(new AnswerInput(id, search.Id, InquiryOutcome.InSessions), Token);
        var dialogs = RenderProviders();
        var page = Render<InquiryDetailPage>(p => p.Add(d => d.Id, id));
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=correct-answer]")));

        page.Find("[data-testid=correct-answer]").Click();
        dialogs.WaitForAssertion(() => Assert.NotEmpty(dialogs.FindAll("input[type=radio]")));
        dialogs.Find("input[data-testid=correction-DeclinedNoCapacity]").Click();
        dialogs.Find("textarea[data-testid=correction-reason]").Change("Falsch erfasst");
        dialogs.Find("[data-testid=correction-save]").Click();
        dialogs.WaitForAssertion(() => Assert.Contains("ändern?", dialogs.Markup, StringComparison.Ordinal));
        dialogs.FindAll("button").Last(b => b.TextContent.Trim() == "Korrigieren").Click();

        dialogs.WaitForAssertion(() => Assert.Contains(
            "Nach dieser Antwort wurden schon Probesitzungen oder ein Nichterscheinen erfasst", dialogs.Find("[data-testid=correction-outcome-error]").TextContent, StringComparison.Ordinal));
        Assert.Equal(InquiryOutcome.InSessions, (await World.InquiryAsync(id)).PatientFor(search.Id).Outcome);
    }
}
