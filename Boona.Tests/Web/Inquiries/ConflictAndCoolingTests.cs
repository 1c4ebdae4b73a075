using Boona.Domain.Inquiries;
using Boona.Infrastructure.Inquiries;
using Boona.Tests.Support;
using Boona.Web.Components.Pages.Inquiries;
using Bunit;

namespace Boona.Tests.Web.Inquiries;

/// <summary>The conflicts list proposes other patients for a late acceptance; the cooling override keeps its reason.</summary>
public sealed class ConflictAndCoolingTests : InquiryPagesContext
{
    [Fact]
    public async Task A_late_acceptance_is_listed_and_another_suitable_patient_can_be_offered_at_once()
    {
        AddAuthorization().SetAuthorized("lena@boona.de");
        var first = await World.AddTherapistAsync("Adler");
        var late = await World.AddTherapistAsync("Berg");
        var placed = await World.AddSearchAsync("Vermittelt");
        var firstInquiry = await World.SentInquiryAsync(first, placed);
        var lateInquiry = await World.SentInquiryAsync(late, placed);
        await World.Answers.RecordAsync(new AnswerInput(firstInquiry, placed.Id, InquiryOutcome.Accepted), Token);
        await World.Answers.RecordAsync(new AnswerInput(lateInquiry, placed.Id, InquiryOutcome.Accepted), Token);
        var other = await World.AddSearchAsync("Andere");
        World.Clock.Advance(TimeSpan.FromMinutes(10));
        var dialogs = RenderProviders();

        var page = Render<ConflictList>();
        page.WaitForAssertion(() => Assert.Contains("Dr. Anna Berg", page.Find("[data-testid=conflict-table]").TextContent, StringComparison.Ordinal));
        Assert.Contains("Vermittelt", page.Find("[data-testid=conflict-patient]").TextContent, StringComparison.Ordinal);
        page.Find("[data-testid=conflict-propose]").Click();
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=candidate]")));
        page.Find("[data-testid=create-inquiry]").Click();
        dialogs.WaitForAssertion(() => Assert.Contains(dialogs.FindAll("button"), b => b.TextContent.Contains("Bestätigen", StringComparison.Ordinal)));
        dialogs.FindAll("button").Single(b => b.TextContent.Contains("Bestätigen", StringComparison.Ordinal)).Click();

        await WaitForAsync(async () => (await World.Conflicts.ListAsync(openOnly: true, 0, 10, Token)).Total == 0);
        var offered = (await World.Queries.ListAsync(new InquiryListQuery(TherapistId: late.Id), Token)).Items.Select(i => i.Id).Max();
        Assert.Equal([other.Id], (await World.InquiryAsync(offered)).Patients.Select(p => p.SearchId));
    }

    [Fact]
    public async Task The_cooling_period_can_be_lifted_with_a_reason_that_is_kept()
    {
        var therapist = await World.AddTherapistAsync("Weber", change: t => t.StartCooling(Build.Today, 4));
        var dialogs = RenderProviders();
        var button = Render<CoolingOverride>(p => p.Add(c => c.TherapistId, therapist.Id));

        button.Find("[data-testid=cooling-override]").Click();
        dialogs.WaitForAssertion(() => Assert.NotEmpty(dialogs.FindAll("input[data-testid=cooling-until]")));
        dialogs.Find("input[data-testid=cooling-until]").Change(string.Empty);
        dialogs.Find("[data-testid=cooling-save]").Click();
        dialogs.WaitForAssertion(() => Assert.Contains("Bitte einen Grund", dialogs.Markup, StringComparison.Ordinal));
        dialogs.Find("textarea[data-testid=cooling-reason]").Change("Hat selbst angerufen");
        dialogs.Find("[data-testid=cooling-save]").Click();

        await WaitForAsync(async () => (await World.TherapistAsync(therapist.Id)).CoolingOverrideReason is not null);
        var stored = await World.TherapistAsync(therapist.Id);
        Assert.Equal(((DateOnly?)null, "Hat selbst angerufen"), (stored.NextContactAllowedOn, stored.CoolingOverrideReason));
    }

    private static async Task WaitForAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 100 && !await condition(); i++)
        {
            await Task.Delay(50, Token);
        }

        Assert.True(await condition());
    }
}
