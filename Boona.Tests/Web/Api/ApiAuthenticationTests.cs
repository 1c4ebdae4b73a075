using System.Net;
using Boona.Tests.Support;
using static Boona.Tests.Web.Api.ApiApp;

namespace Boona.Tests.Web.Api;

/// <summary>Only a valid API key (or a staff sign-in) opens the API; missing, unknown and revoked keys are refused.</summary>
public sealed class ApiAuthenticationTests
{
    [Fact]
    public async Task Without_a_key_the_api_answers_401_with_the_scheme_to_use()
    {
        await using var app = new ApiApp();
        using var client = app.Client(key: null);

        using var response = await client.GetAsync(Url("/api/v1/inquiries"), Token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains(response.Headers.WwwAuthenticate, h => h.Scheme == "ApiKey");
        Assert.DoesNotContain("<html", await response.Content.ReadAsStringAsync(Token), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_unknown_key_is_refused()
    {
        await using var app = new ApiApp();
        await app.NewKeyAsync();
        using var client = app.Client("bk_not-a-key-anyone-was-given");

        using var response = await client.GetAsync(Url("/api/v1/inquiries"), Token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_valid_key_opens_the_api_until_it_is_revoked()
    {
        await using var app = new ApiApp();
        var key = await app.NewKeyAsync();
        using var client = app.Client(key);

        using var before = await client.GetAsync(Url("/api/v1/inquiries"), Token);
        await app.RevokeAsync(key);
        using var after = await client.GetAsync(Url("/api/v1/inquiries"), Token);

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task Only_a_hash_of_the_key_is_stored()
    {
        await using var app = new ApiApp();
        var key = await app.NewKeyAsync();

        var stored = await app.ReadAsync(c => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(c.ApiKeys, Token));

        Assert.NotEqual(key, stored.Hash);
        Assert.DoesNotContain(key, stored.Hash, StringComparison.Ordinal);
        Assert.Equal(64, stored.Hash.Length);
        Assert.True(key.StartsWith(stored.Prefix, StringComparison.Ordinal) && stored.Prefix.Length < key.Length / 2);
    }

    [Fact]
    public async Task A_signed_in_coordinator_may_use_the_api_too()
    {
        await using var app = new ApiApp();
        var email = await StaffAccounts.CreateAsync(app.Factory, Boona.Web.Security.BoonaRoles.Coordinator);
        using var client = await StaffClient.SignedInAsync(app.Factory, email, StaffAccounts.Password);

        using var response = await client.GetAsync(Url("/api/v1/inquiries?state=overdue"), Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_api_behind_the_same_keys()
    {
        await using var app = new ApiApp();
        var key = await app.NewKeyAsync();
        using var anonymous = app.Client(key: null);
        using var client = app.Client(key);

        using var refused = await anonymous.GetAsync(Url("/api/v1/openapi.json"), Token);
        var document = await client.GetStringAsync(Url("/api/v1/openapi.json"), Token);

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        foreach (var path in new[] { "/api/v1/therapists", "/api/v1/patients", "/api/v1/searches/{id}/pause", "/api/v1/regions/{region}/therapists", "/api/v1/therapists/{id}/candidates", "/api/v1/inquiries/{id}/answers" })
        {
            Assert.Contains($"\"{path}\"", document, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("\"/culture\"", document, StringComparison.Ordinal);
    }
}
