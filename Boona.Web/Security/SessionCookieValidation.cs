using Boona.Infrastructure.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace Boona.Web.Security;

/// <summary>
/// Sessions end everywhere at once: sign-out, a password reset, disabling, a 2FA change and an admin's "sign out
/// everywhere" renew the account's security stamp, and the stamp in the cookie is compared with the account's on every
/// request (pages and the API). Identity's own validator only looks once per <c>ValidationInterval</c>, and that
/// interval cannot differ per path; a replayed cookie would read patients for that long. The check is one read by
/// primary key; static assets, which hold no data, skip it. Open circuits are checked by
/// <see cref="StaffAuthenticationStateProvider"/>.
/// </summary>
internal static class SessionCookieValidation
{
    public static async Task ValidatePrincipalAsync(CookieValidatePrincipalContext context)
    {
        if (context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<PublicRoutes.StaticAsset>() is null)
        {
            var signIn = context.HttpContext.RequestServices.GetRequiredService<SignInManager<StaffUser>>();
            if (await signIn.ValidateSecurityStampAsync(context.Principal) is null)
            {
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                return;
            }
        }

        // Identity's validator still renews the cookie's claims (role, name) once per interval.
        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }
}
