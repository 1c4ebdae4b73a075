using Boona.Domain.Inquiries;
using Boona.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Boona.Tests.EndToEnd;

/// <summary>A coordinator on a phone (390×844): the start page and an inquiry waiting for an answer fit the screen.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class PhoneSizeTests
{
    [Fact]
    public async Task On_a_phone_the_start_page_and_an_inquiry_page_need_no_sideways_scrolling_and_their_actions_are_reachable()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        var inquiryId = await AwaitingInquiryAsync(session);
        await page.SignInAsCoordinatorAsync();
        await page.SetViewportSizeAsync(390, 844);

        await page.OpenAsync("/");
        await page.ScreenshotAsync("phone-01-start");
        await page.AssertFitsScreenAsync("#todays-work .boona-card-link", "#user-menu");

        await page.OpenAsync($"/inquiries/{inquiryId}");
        await page.ScreenshotAsync("phone-02-inquiry");
        await page.AssertFitsScreenAsync("[data-testid=record-answer]");

        // Reachable without scrolling a table sideways either: on a phone the bundle stacks, one card per patient.
        Assert.True(await page.EvaluateAsync<bool>("() => [...document.querySelectorAll('.mud-table-container')].every(c => c.scrollWidth <= c.clientWidth + 1)"),
            "A table on the inquiry page scrolls sideways on a phone.");
    }

    /// <summary>A demo inquiry that was sent and still waits for an answer about a patient.</summary>
    private static async Task<int> AwaitingInquiryAsync(BrowserSession session)
    {
        var factory = session.App.Services.GetRequiredService<IDbContextFactory<BoonaDbContext>>();
        await using var context = await factory.CreateDbContextAsync(TestContext.Current.CancellationToken);
        return await context.Inquiries
            .Where(i => i.Status == InquiryStatus.Sent && i.Patients.Any(p => p.Outcome == InquiryOutcome.Pending))
            .OrderBy(i => i.Id).Select(i => i.Id).FirstAsync(TestContext.Current.CancellationToken);
    }
}
