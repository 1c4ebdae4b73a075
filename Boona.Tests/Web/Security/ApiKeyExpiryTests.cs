using System.Net;
using Boona.Tests.Web.Api;
using Microsoft.EntityFrameworkCore;
using static Boona.Tests.Web.Api.ApiApp;

namespace Boona.Tests.Web.Security;

/// <summary>API keys expire after <c>ApiKeys:Lifetime</c> (a year by default); an expired or revoked key is refused at its next request.</summary>
public sealed class ApiKeyExpiryTests
{
    [Fact]
    public async Task A_new_key_expires_a_year_after_it_was_made_unless_configured_otherwise()
    {
        await using var byDefault = new ApiApp();
        await using var configured = new ApiApp(new Dictionary<string, string> { ["ApiKeys:Lifetime"] = "30.00:00:00" });
        await byDefault.NewKeyAsync();
        await configured.NewKeyAsync();

        var year = await byDefault.ReadAsync(c => c.ApiKeys.SingleAsync(Token));
        var month = await configured.ReadAsync(c => c.ApiKeys.SingleAsync(Token));

        Assert.Equal(TimeSpan.FromDays(365), year.ExpiresAt - year.CreatedAt);
        Assert.Equal(TimeSpan.FromDays(30), month.ExpiresAt - month.CreatedAt);
    }

    [Fact]
    public async Task An_expired_key_is_refused_at_its_next_request_and_so_is_a_revoked_one()
    {
        await using var app = new ApiApp();
        var expiring = await app.NewKeyAsync("Expiring");
        var revoked = await app.NewKeyAsync("Revoked");
        using var expiringClient = app.Client(expiring);
        using var revokedClient = app.Client(revoked);

        using var beforeExpiry = await expiringClient.GetAsync(Url("/api/v1/inquiries"), Token);
        using var beforeRevoking = await revokedClient.GetAsync(Url("/api/v1/inquiries"), Token);
        var past = DateTimeOffset.UtcNow.AddSeconds(-1);
        await app.ReadAsync(c => c.ApiKeys.Where(k => k.Name == "Expiring").ExecuteUpdateAsync(s => s.SetProperty(k => k.ExpiresAt, past), Token));
        await app.RevokeAsync(revoked);
        using var afterExpiry = await expiringClient.GetAsync(Url("/api/v1/inquiries"), Token);
        using var afterRevoking = await revokedClient.GetAsync(Url("/api/v1/inquiries"), Token);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (beforeExpiry.StatusCode, beforeRevoking.StatusCode));
        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized), (afterExpiry.StatusCode, afterRevoking.StatusCode));
    }
}
