using System.Net;
using Boona.Domain.Searches;
using Boona.Infrastructure.Patients;
using Boona.Infrastructure.Persistence;
using Boona.Infrastructure.Searches;
using Boona.Tests.Support;
using Boona.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Boona.Tests.Web.Security;

/// <summary>
/// A form on another page of the same site (another port of the same host) is posted by the browser with the staff
/// cookie: the API's writes refuse it and change nothing; they need an API key.
/// </summary>
public sealed class CsrfTests
{
    [Fact]
    public async Task A_cross_site_form_with_the_staff_cookie_neither_resumes_a_search_nor_starts_one()
    {
        await using var app = new BoonaAppFactory(seedDemoData: false);
        var patients = app.Services.GetRequiredService<PatientCommands>();
        var searches = app.Services.GetRequiredService<SearchCommands>();
        var pausedSearch = (await searches.StartAsync((await patients.RegisterAsync(PatientInputs.Valid("Schmidt"), Token)).Value, Token)).Value;
        Assert.True((await searches.PauseAsync(pausedSearch, new SearchPauseInput { Reason = "Urlaub" }, "k@boona.test", Token)).IsSuccess);
        var waiting = (await patients.RegisterAsync(PatientInputs.Valid("Weber"), Token)).Value;
        using var browser = await StaffClient.SignedInAsync(app, await StaffAccounts.CreateAsync(app, BoonaRoles.Coordinator), StaffAccounts.Password);

        using var resume = await CrossSiteFormAsync(browser, $"/api/v1/searches/{pausedSearch}/resume");
        using var start = await CrossSiteFormAsync(browser, $"/api/v1/patients/{waiting}/searches");
        using var read = await browser.GetAsync(new Uri($"/api/v1/searches/{pausedSearch}", UriKind.Relative), Token);

        Assert.Equal(HttpStatusCode.Forbidden, resume.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, start.StatusCode);
        Assert.DoesNotContain("<html", await resume.Content.ReadAsStringAsync(Token), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        await using var context = await app.Services.GetRequiredService<IDbContextFactory<BoonaDbContext>>().CreateDbContextAsync(Token);
        Assert.Equal(SearchStatus.Paused, (await context.Searches.SingleAsync(s => s.Id == pausedSearch, Token)).Status);
        Assert.False(await context.Searches.AnyAsync(s => s.PatientId == waiting, Token));
    }

    /// <summary>What a hidden form on http://localhost:8081 does: a plain form post, no header of its own.</summary>
    private static async Task<HttpResponseMessage> CrossSiteFormAsync(HttpClient browser, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["x"] = "1" }),
        };
        request.Headers.Add("Origin", "http://localhost:8081");
        return await browser.SendAsync(request, Token);
    }
}
