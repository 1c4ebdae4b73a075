using System.Net;
using Boona.Tests.Support;
using Boona.Web.Security;

namespace Boona.Tests.Web.Shell;

/// <summary>A list's URL is typed, bookmarked and edited by people: a value the list does not understand is ignored, never an error page.</summary>
public sealed class ListUrlTests
{
    [Fact]
    public async Task Lists_open_with_query_values_they_cannot_read()
    {
        await using var app = new BoonaAppFactory();
        using var client = await StaffClient.SignedInAsync(app, DemoAccounts.Coordinator.Email, DemoAccounts.Coordinator.Password);
        string[] addresses =
        [
            "/therapists?kassensitz=ja&available=1&knowsBoona=x&cooling=",
            "/patients?waitingDays=viele&desc=vielleicht&page=zwei",
            "/searches?noInquiryDays=14d&desc=2&page=-",
        ];

        foreach (var address in addresses)
        {
            using var response = await client.GetAsync(new Uri(address, UriKind.Relative), TestContext.Current.CancellationToken);
            var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{address}: {(int)response.StatusCode}");
            Assert.DoesNotContain("Cannot parse", html, StringComparison.Ordinal);
        }
    }
}
