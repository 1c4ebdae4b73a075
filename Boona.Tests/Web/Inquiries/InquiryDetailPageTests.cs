using Boona.Domain.Inquiries;
using Boona.Domain.Patients;
using Boona.Domain.Searches;
using Boona.Infrastructure.Geo;
using Boona.Tests.Infrastructure.Inquiries;
using Boona.Tests.Support;
using Boona.Web.Components.Pages.Inquiries;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Boona.Tests.Web.Inquiries;

/// <summary>The inquiry page: answers recorded per patient through the dialog, then success or a failed trial.</summary>
public sealed class InquiryDetailPageTests : InquiryPagesContext
{
    [Fact]
    public async Task An_acceptance_recorded_in_the_dialog_places_the_patient_and_success_can_then_be_confirmed()
    {
        var therapist = await World.AddTherapistAsync("Weber");
        var search = await World.AddSearchAsync("Eins");
        var id = await World.SentInquiryAsync(therapist, search);
        var dialogs = RenderProviders();
        var page = Render<InquiryDetailPage>(p => p.Add(d => d.Id, id));
        page.WaitForAssertion(() => Assert.Contains("Wartet auf Antwort", page.Find("[data-testid=inquiry-state]").TextContent, StringComparison.Ordinal));

        page.Find("[data-testid=record-answer]").Click();
        dialogs.WaitForAssertion(() => Assert.NotEmpty(dialogs.FindAll("input[type=radio]")));
        Assert.Equal(4, dialogs.FindAll("input[type=radio]").Count);
        dialogs.Find("input[data-testid=outcome-Accepted]").Click();
        dialogs.Find("[data-testid=answer-save]").Click();

        page.WaitForAssertion(() => Assert.Contains("Zusage: Probatorik", page.Find("[data-testid=patient-outcome]").TextContent, StringComparison.Ordinal));
        Assert.Contains("vermittelt", page.Find("[data-testid=patient-search]").TextContent, StringComparison.Ordinal);
        Assert.Contains("volle Zusage", page.Find("[data-testid=inquiry-answer-type]").TextContent, StringComparison.Ordinal);

        page.Find("[data-testid=confirm-success]").Click();
        dialogs.WaitForAssertion(() => Assert.Contains("Probatorik erfolgreich", dialogs.Markup, StringComparison.Ordinal));
        dialogs.FindAll("button").Single(b => b.TextContent.Contains("Bestätigen", StringComparison.Ordinal)).Click();

        page.WaitForAssertion(() => Assert.Contains("erfolgreich", page.Find("[data-testid=patient-search]").TextContent, StringComparison.Ordinal));
        Assert.Equal(SearchStatus.Successful, (await World.SearchAsync(search.Id)).Status);
    }

    [Fact]
    public async Task An_inquiry_whose_calls_gave_up_says_a_decision_is_needed()
    {
        var therapist = await World.AddTherapistAsync("Weber");
        var waiting = await World.SentInquiryAsync(therapist, await World.AddSearchAsync("Eins"));
        var flagged = await World.SentInquiryAsync(await World.AddTherapistAsync("Roth"), await World.AddSearchAsync("Zwei"));
        await using (var context = World.Database.CreateContext())
        {
            (await context.Inquiries.SingleAsync(i => i.Id == flagged, Token)).FlagForDecision(Build.Now);
            await context.SaveChangesAsync(Token);
        }

        var page = Render<InquiryDetailPage>(p => p.Add(d => d.Id, flagged));
        var plain = Render<InquiryDetailPage>(p => p.Add(d => d.Id, waiting));

        page.WaitForAssertion(() => Assert.Contains(
            $"Entscheidung nötig (seit {Build.Today:dd.MM.yyyy})", page.Find("[data-testid=inquiry-decision-needed]").TextContent, StringComparison.Ordinal));
        plain.WaitForAssertion(() => Assert.NotEmpty(plain.FindAll("[data-testid=inquiry-title]")));
        Assert.Empty(plain.FindAll("[data-testid=inquiry-decision-needed]"));
    }

    [Fact]
    public async Task Declined_other_without_a_reason_is_refused_at_the_field()
    {
        var (id, search, dialogs) = await AnswerDialogForOnePatientAsync();

        dialogs.Find("input[data-testid=outcome-DeclinedOther]").Click();
        dialogs.Find("[data-testid=answer-save]").Click();

        dialogs.WaitForAssertion(() => Assert.Contains("bitte den Grund angeben", dialogs.Markup, StringComparison.Ordinal));
        Assert.Equal(InquiryOutcome.Pending, (await World.InquiryAsync(id)).PatientFor(search.Id).Outcome);
    }

    [Fact]
    public async Task Each_patient_shows_the_straight_line_distance_to_the_practice()
    {
        var therapist = await World.AddTherapistAsync("Weber");
        var near = await World.AddSearchAsync("Nah", kmNorth: 3, daysAgo: 20);
        var far = await World.AddSearchAsync("Weit", kmNorth: 12, daysAgo: 10);
        var id = await World.SentInquiryAsync(therapist, near, far);

        var page = Render<InquiryDetailPage>(p => p.Add(d => d.Id, id));

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=patient-distance]").Count));
        var distances = page.FindAll("[data-testid=patient-distance]").Select(d => d.TextContent.Trim()).ToList();
        Assert.Equal(["3,0 km Luftlinie", "12 km Luftlinie"], distances);
    }

    [Fact]
    public async Task The_answer_date_defaults_to_today_and_a_future_date_is_refused_at_the_field()
    {
        var (id, search, dialogs) = await AnswerDialogForOnePatientAsync();

        Assert.Equal(Build.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), dialogs.Find("input[data-testid=answer-date]").GetAttribute("value"));
        dialogs.Find("input[data-testid=outcome-DeclinedNoCapacity]").Click();
        dialogs.Find("input[data-testid=answer-date]").Change(Build.Today.AddDays(3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        dialogs.Find("[data-testid=answer-save]").Click();

        dialogs.WaitForAssertion(() => Assert.Contains("Die Antwort kann nicht in der Zukunft liegen.", dialogs.Markup, StringComparison.Ordinal));
        Assert.Equal(InquiryOutcome.Pending, (await World.InquiryAsync(id)).PatientFor(search.Id).Outcome);
    }

    [Fact]
    public async Task A_patient_who_drives_sees_the_road_route_when_routing_is_on()
    {
        var practice = InquiryWorld.North(0).Point;
        await using var osrm = await OsrmStandIn.StartAsync(p => p.DistanceKmTo(practice) < 3.5 ? new Route(17.25, TimeSpan.FromSeconds(1260.4)) : null);
        Services.AddSingleton<IRoutingService>(osrm.Client(World.Database));
        var therapist = await World.AddTherapistAsync("Weber");
        var driver = await World.AddSearchAsync("Auto", kmNorth: 3, daysAgo: 20, change: p => p.UpdateLogistics(new PatientLogistics(p.AvailableTimes, 25, 20, TravelMode.Car, false, false)));
        var rider = await World.AddSearchAsync("Bahn", kmNorth: 12, daysAgo: 10);
        var id = await World.SentInquiryAsync(therapist, driver, rider);

        var page = Render<InquiryDetailPage>(p => p.Add(d => d.Id, id));

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=patient-distance]").Count));
        var distances = page.FindAll("[data-testid=patient-distance]").Select(d => d.TextContent.Trim()).ToList();
        Assert.Equal(["17 km mit dem Auto, etwa 21 min", "12 km Luftlinie"], distances);
    }

    [Fact]
    public void An_unknown_inquiry_says_so()
    {
        var page = Render<InquiryDetailPage>(p => p.Add(d => d.Id, 4711));

        page.WaitForAssertion(() => Assert.Contains("Diese Anfrage gibt es nicht.", page.Find("[data-testid=inquiry-not-found]").TextContent, StringComparison.Ordinal));
    }

    /// <summary>A sent inquiry for one patient, its page rendered and the answer dialog opened for that patient.</summary>
    private async Task<(int InquiryId, Boona.Domain.Searches.PlacementSearch Search, IRenderedComponent<MudBlazor.MudDialogProvider> Dialogs)> AnswerDialogForOnePatientAsync()
    {
        var therapist = await World.AddTherapistAsync("Weber");
        var search = await World.AddSearchAsync("Eins");
        var id = await World.SentInquiryAsync(therapist, search);
        var dialogs = RenderProviders();
        var page = Render<InquiryDetailPage>(p => p.Add(d => d.Id, id));
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=record-answer]")));
        page.Find("[data-testid=record-answer]").Click();
        dialogs.WaitForAssertion(() => Assert.NotEmpty(dialogs.FindAll("[data-testid=answer-save]")));
        return (id, search, dialogs);
    }
}
