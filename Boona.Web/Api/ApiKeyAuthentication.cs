using System.Security.Claims;
using System.Text.Encodings.Web;
using Boona.Infrastructure.ApiKeys;
using Boona.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Boona.Web.Api;

/// <summary>Machines authenticate with a key in the <c>X-Api-Key</c> header; the principal carries the key's scope.</summary>
public static class ApiKeyDefaults
{
    public const string Scheme = "ApiKey";

    public const string Header = "X-Api-Key";

    /// <summary>The claim naming the key, so that records (access log, created by) say which machine acted.</summary>
    public const string KeyIdClaim = "boona:api-key";

    /// <summary>What the key may do (<see cref="ApiKeyScope"/>); <see cref="ApiAccess"/> reads it.</summary>
    public const string ScopeClaim = "boona:api-scope";
}

public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiKeyValidator validator)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>A key opens the API only: pages, the circuit and everything else ignore it.</summary>
    private bool IsApi => ApiServiceCollectionExtensions.IsApiRequest(Context);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!IsApi || !Request.Headers.TryGetValue(ApiKeyDefaults.Header, out var values) || values.Count == 0)
        {
            return AuthenticateResult.NoResult();
        }

        if (await validator.FindAsync(values[0], Context.RequestAborted) is not { } caller)
        {
            return AuthenticateResult.Fail("Unknown or revoked API key.");
        }

        List<Claim> claims =
        [
            new(ClaimTypes.NameIdentifier, $"api-key:{caller.KeyId}"),
            new(ClaimTypes.Name, $"API: {caller.Name}"),
            new(ApiKeyDefaults.ScopeClaim, caller.Scope.ToString()),
            new(ApiKeyDefaults.KeyIdClaim, caller.KeyId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ];

        // Coordinator and Admin keys act with that staff role (what the use cases and admin endpoints check); a
        // Registration or Read key has no staff role at all.
        if (caller.Scope is ApiKeyScope.Coordinator or ApiKeyScope.Admin)
        {
            claims.Add(new Claim(ClaimTypes.Role, caller.Scope == ApiKeyScope.Admin ? BoonaRoles.Admin : BoonaRoles.Coordinator));
        }

        var identity = new ClaimsIdentity(claims, ApiKeyDefaults.Scheme);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), ApiKeyDefaults.Scheme));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        // A machine gets a status and the scheme to use, never the sign-in page (ErrorAnswers adds the problem details).
        // A page's challenge is the sign-in cookie's: its redirect to the sign-in page stays.
        if (!IsApi)
        {
            return Task.CompletedTask;
        }

        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = $"{ApiKeyDefaults.Scheme} header=\"{ApiKeyDefaults.Header}\"";
        return Task.CompletedTask;
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        if (!IsApi)
        {
            return Task.CompletedTask;
        }

        Response.StatusCode = StatusCodes.Status403Forbidden;
        return Task.CompletedTask;
    }
}
