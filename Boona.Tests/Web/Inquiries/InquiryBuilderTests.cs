using Boona.Domain.Patients;
using Boona.Domain.Therapists;
using Boona.Infrastructure.Geo;
using Boona.Tests.Infrastructure.Inquiries;
using Boona.Tests.Support;
using Boona.Web.Components.Pages.Inquiries;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Boona.Tests.Web.Inquiries;

/// <summary>The builder page: region, therapist, candidates with the left-out list, confirmation, inquiry created.</summary>
public sealed class InquiryBuilderTests : InquiryPagesContext
{
    [Fact]
    public async Task A_coordinator_picks_a_therapist_removes_a_patient_confirms_and_the_inquiry_is_created()
    {
        var therapist = await World.AddTherapistAsync("Weber", change: t => t.MarkKnowsBoona(true));
        await World.AddTherapistAsync("Zorn", phoneOnly: true);
        var kept = await World.AddSearchAsync("Alt", daysAgo: 30);
        var removed = await World.AddSearchAsync("Neu", daysAgo: 5);
        await World.AddSearchAsync("Fern", kmNorth: 60);
        AddAuthorization().SetAuthorized("lena@boona.de");
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
        Assert.Equal((therapist.Id, ContactChannel.Email, "lena@boona.de"), (inquiry.TherapistId, inquiry.Channel, inquiry.CreatedBy));
        Assert.Equal([kept.Id], inquiry.Patients.Select(p => p.SearchId));
        Assert.DoesNotContain(inquiry.Patients, p => p.SearchId == removed.Id);
    }

    [Fact]
    public async Task A_driver_with_a_road_route_sees_kilometres_by_car_and_the_time_and_everyone_else_the_straight_line()
    {
        var practice = InquiryWorld.North(0).Point;
        // The nearest driver has a 21-minute route, the next one none (the straight line applies), the farthest one too long a road.
        await using var osrm = await OsrmStandIn.StartAsync(p => p.DistanceKmTo(practice) switch
        {
            < 3.5 => new Route(17.25, TimeSpan.FromSeconds(1260.4)),
            < 4.5 => null,
            _ => new Route(26.5, TimeSpan.FromMinutes(29)),
        });
        Services.AddSingleton<IRoutingService>(osrm.Client(World.Database));
        await World.AddTherapistAsync("Weber");
        await World.AddSearchAsync("Auto", kmNorth: 3, daysAgo: 30, change: Drives);
        await World.AddSearchAsync("Bahn", kmNorth: 3, daysAgo: 20);
        await World.AddSearchAsync("Ohne", kmNorth: 4, daysAgo: 10, change: Drives);
        await World.AddSearchAsync("Umweg", kmNorth: 5, daysAgo: 5, change: Drives);
        var page = Render<InquiryBuilder>();

        page.Find("input[data-testid=region-input]").Change("50");
        page.Find("form").Submit();
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=choose-therapist]")));
        page.Find("[data-testid=choose-therapist]").Click();
        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("[data-testid=candidate-distance]").Count));

        var distances = page.FindAll("[data-testid=candidate-distance]").Select(d => d.TextContent.Trim()).ToList();
        Assert.Equal(["17 km mit dem Auto, etwa 21 min", "3,0 km Luftlinie", "4,0 km Luftlinie"], distances);
        Assert.Equal("zu weit: 26,5 km, höchstens 20 km", page.Find("[data-testid=left-out-reasons]").TextContent.Trim());
        Assert.Single(osrm.Server.Requests);
    }

    [Fact]
    public async Task At_the_bundle_limit_the_other_candidates_are_shown_as_unavailable_with_the_reason()
    {
        await World.AddTherapistAsync("Weber");
        for (var i = 0; i < 7; i++)
        {
            await World.AddSearchAsync($"Suche{i}", daysAgo: 30 - i);
        }

        var page = Render<InquiryBuilder>();
        page.Find("input[data-testid=region-input]").Change("50");
        page.Find("form").Submit();
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=choose-therapist]")));
        page.Find("[data-testid=choose-therapist]").Click();
        page.WaitForAssertion(() => Assert.Equal(7, page.FindAll("[data-testid=candidate]").Count));

        var rows = page.FindAll("[data-testid=candidate]");
        var full = rows.Where(r => r.ClassList.Contains("candidate-full")).ToList();
        Assert.Equal(rows[6], Assert.Single(full));
        Assert.NotNull(full[0].QuerySelector("input[type=checkbox][disabled]"));
        Assert.Contains("Wählen Sie erst jemanden ab", full[0].GetAttribute("title"), StringComparison.Ordinal);
        Assert.Contains("Wählen Sie erst jemanden ab", page.Find("[data-testid=bundle-full]").TextContent, StringComparison.Ordinal);

        page.FindAll("[data-testid=candidate] input[type=checkbox]")[0].Change(false);
        page.WaitForAssertion(() => Assert.Empty(page.FindAll("tr.candidate-full")));
        Assert.Empty(page.FindAll("[data-testid=bundle-full]"));
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

    private static void Drives(Patient p) => p.UpdateLogistics(new PatientLogistics(p.AvailableTimes, 25, 20, TravelMode.Car, false, false));
}
