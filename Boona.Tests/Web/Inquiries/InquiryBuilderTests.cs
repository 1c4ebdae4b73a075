using Boona.Domain.Therapists;
using Boona.Web.Components.Pages.Inquiries;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Boona.Tests.Web.Inquiries;

/// <summary>The builder page: region, therapist, candidates with the left-out list, confirmation, inquiry created.</summary>
public sealed class InquiryBuilderTests : InquiryPagesContext
{
    private static CancellationToken Token => Xunit.TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_coordinator_picks_a_therapist_removes_a_patient_confirms_and_the_inquiry_is_created()
    {
        var therapist = await World.AddTherapistAsync("Weber", change: t => t.MarkKnowsBoona(true));
        await World.AddTherapistAsync("Zorn", phoneOnly: true);
        var kept = await World.AddSearchAsync("Alt", daysAgo: 30);
        var removed = await World.AddSearchAsync("Neu", daysAgo: 5);
        await World.AddSearchAsync("Fern", kmNorth: 60);
        var dialogs = RenderProviders();
        var page = Render<InquiryBuilder>();

        page.Find("input[data-testid=region-input]").Change("50");
        page.Find("form").Submit();
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=contactable-therapist]").Count));
        Assert.Contains("kennt Boona", page.FindAll("[data-testid=contactable-therapist]")[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("nur Telefon", page.FindAll("[data-testid=contactable-therapist]")[1].TextContent, StringComparison.Ordinal);

        page.FindAll("[data-testid=choose-therapist]")[0].Click();
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=candidate]").Count));
        Assert.Contains("3,0 km Luftlinie", page.Find("[data-testid=candidate-distance]").TextContent, StringComparison.Ordinal);
        Assert.Contains("zu weit: 60,0 km, höchstens 20 km", page.Find("[data-testid=left-out-reasons]").TextContent, StringComparison.Ordinal);
        page.FindAll("[data-testid=candidate] input[type=checkbox]")[1].Change(false);
        page.WaitForAssertion(() => Assert.Contains("1 von höchstens 6", page.Find("[data-testid=selected-count]").TextContent, StringComparison.Ordinal));

        page.Find("[data-testid=create-inquiry]").Click();
        dialogs.WaitForAssertion(() => Assert.Contains("Die E-Mail kommt in den Postausgang", dialogs.Markup, StringComparison.Ordinal));
        dialogs.FindAll("button").Single(b => b.TextContent.Contains("Bestätigen", StringComparison.Ordinal)).Click();

        var navigation = Services.GetRequiredService<NavigationManager>();
        page.WaitForAssertion(() => Assert.Matches("/inquiries/[0-9]+$", navigation.Uri));
        var inquiry = await World.ReadAsync(c => c.Inquiries.Include(i => i.Patients).SingleAsync(Token));
        Assert.Equal((therapist.Id, ContactChannel.Email), (inquiry.TherapistId, inquiry.Channel));
        Assert.Equal([kept.Id], inquiry.Patients.Select(p => p.SearchId));
        Assert.DoesNotContain(inquiry.Patients, p => p.SearchId == removed.Id);
    }

    [Fact]
    public void An_invalid_region_is_explained_at_the_field()
    {
        var page = Render<InquiryBuilder>();

        page.Find("input[data-testid=region-input]").Change("5x");
        page.Find("form").Submit();

        page.WaitForAssertion(() => Assert.Contains("Bitte die ersten Ziffern einer Postleitzahl", page.Markup, StringComparison.Ordinal));
        Assert.Empty(page.FindAll("[data-testid=contactable-therapist]"));
    }
}
