using Boona.Web.Components.Pages.Inquiries;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Boona.Tests.Web.Inquiries;

/// <summary>The inquiry list follows the <c>state</c> in the URL, as the start page's overdue link expects.</summary>
public sealed class InquiryListTests : InquiryPagesContext
{
    [Fact]
    public async Task The_overdue_link_shows_only_overdue_inquiries()
    {
        var overdue = await World.SentInquiryAsync(await World.AddTherapistAsync("Adler"), await World.AddSearchAsync("Eins"));
        World.Clock.Advance(TimeSpan.FromDays(8));
        var fresh = await World.SentInquiryAsync(await World.AddTherapistAsync("Berg"), await World.AddSearchAsync("Zwei"));
        Render<MudBlazor.MudPopoverProvider>();
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("/inquiries?state=overdue");

        var page = Render<InquiryList>();

        page.WaitForAssertion(() => Assert.Equal([$"#{overdue}"], page.FindAll("[data-testid=inquiry-link]").Select(l => l.TextContent.Trim())));
        Assert.Contains("Überfällig", page.Find("[data-testid=inquiry-state]").TextContent, StringComparison.Ordinal);
        navigation.NavigateTo("/inquiries?state=awaitingAnswer");
        page.WaitForAssertion(() => Assert.Equal([$"#{fresh}"], page.FindAll("[data-testid=inquiry-link]").Select(l => l.TextContent.Trim())));
        navigation.NavigateTo("/inquiries?state=cancelled");
        page.WaitForAssertion(() => Assert.Contains("Keine Anfragen in diesem Zustand.", page.Find("[data-testid=inquiry-empty]").TextContent, StringComparison.Ordinal));
    }
}
