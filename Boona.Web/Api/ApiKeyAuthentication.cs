using System.Security.Claims;
using System.Text.Encodings.Web;
using Boona.Infrastructure.ApiKeys;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Boona.Web.Api;

/// <summary>Machines authenticate with a key in the <c>X-Api-Key</c> header; the principal carries the key's staff role.</summary>
public static class ApiKeyDefaults
{
    public const string Scheme = "ApiKey";

    public const string Header = "X-Api-Key";

    /// <summary>The claim naming the key, so that records (access log, created by) say which machine acted.</summary>
    public const string KeyIdClaim = "boona:api-key";
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

        Claim[] claims =
        [
            new(ClaimTypes.NameIdentifier, $"api-key:{caller.KeyId}"),
            new(ClaimTypes.Name, $"API: {caller.Name}"),
            new(ClaimTypes.Role, caller.Role),
            new(ApiKeyDefaults.KeyIdClaim, caller.KeyId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ];
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
