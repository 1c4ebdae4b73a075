using System.Net;
using Boona.Tests.Support;
using Boona.Tests.Web.Api;
using Boona.Web.Security;

namespace Boona.Tests.Web.Security;

/// <summary>
/// URLs that a probe types by hand: numbers where a list expects a name, a backslash in a return address.
/// None of them may end in an error page, and none may leave the site.
/// </summary>
public sealed class OddUrlTests
{
    [Fact]
    public async Task Lists_ignore_numbers_given_for_named_values()
    {
        await using var app = new BoonaAppFactory();
        using var client = await StaffClient.SignedInAsync(app, DemoAccounts.Coordinator.Email, DemoAccounts.Coordinator.Password);
        string[] addresses =
        [
            "/patients?search=-1", "/patients?search=4", "/patients?search=99", "/patients?status=7&sort=12",
            "/searches?status=-1&sort=9", "/inquiries?state=42", "/therapists?status=42&method=-3&sort=8",
        ];

        foreach (var address in addresses)
        {
            using var response = await client.GetAsync(new Uri(address, UriKind.Relative), Token);

            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{address}: {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task An_unknown_page_answers_404_with_the_not_found_page()
    {
        await using var app = new BoonaAppFactory(seedDemoData: false);
        using var client = await StaffClient.SignedInAsync(app, await StaffAccounts.CreateAsync(app, BoonaRoles.Coordinator), StaffAccounts.Password);

        using var response = await client.GetAsync(new Uri("/gibt-es-nicht", UriKind.Relative), Token);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("data-testid=\"page-not-found\"", await response.Content.ReadAsStringAsync(Token), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/%5Cevil.example")]
    [InlineData("//evil.example")]
    [InlineData("https://evil.example/")]
    [InlineData("/%0D%0ASet-Cookie:x=1")]
    public async Task The_language_switch_returns_only_to_a_local_page(string redirectUri)
    {
        await using var app = new BoonaAppFactory(seedDemoData: false);
        using var client = StaffClient.Anonymous(app);

        using var response = await client.GetAsync(new Uri($"/culture?culture=en&redirectUri={redirectUri}", UriKind.Relative), Token);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task The_api_refuses_a_number_for_a_named_filter_value()
    {
        await using var api = new ApiApp();
        using var client = api.Client(await api.NewKeyAsync());

        using var response = await client.GetAsync(new Uri("/api/v1/patients?status=7", UriKind.Relative), Token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("status", await response.Content.ReadAsStringAsync(Token), StringComparison.Ordinal);
    }
}
