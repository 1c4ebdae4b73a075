using Boona.Infrastructure.Identity;
using Boona.Infrastructure.Persistence;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Boona.Web.Security;

/// <summary>Staff accounts (ASP.NET Core Identity on the app's database), cookie sign-in and authorization by default.</summary>
public static class SecurityServiceCollectionExtensions
{
    public const string AccessDeniedPath = "/account/access-denied";

    public static IServiceCollection AddBoonaSecurity(this IServiceCollection services)
    {
        services.AddOptions<SecurityOptions>().BindConfiguration(SecurityOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<BootstrapOptions>().BindConfiguration(BootstrapOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        services.AddIdentityCore<StaffUser>(ConfigureIdentity)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<BoonaDbContext>()
            .AddSignInManager<BoonaSignInManager>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<SingleUseAuthenticatorTokenProvider>(TokenOptions.DefaultAuthenticatorProvider);
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<IdentityOptions>().Configure<IOptions<SecurityOptions>>((identity, security) =>
        {
            identity.Lockout.AllowedForNewUsers = true;
            identity.Lockout.MaxFailedAccessAttempts = security.Value.MaxFailedAttempts;
            identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(security.Value.LockoutMinutes);
        });

        // PBKDF2-HMAC-SHA512 at the iteration count OWASP recommends (Identity's default is 100,000).
        services.Configure<PasswordHasherOptions>(o => o.IterationCount = 210_000);

        // The stamp itself is checked on every request (SessionCookieValidation); this interval only decides how soon
        // a cookie's claims (a changed role, a new name) are read again.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = IdentityConstants.ApplicationScheme;
                o.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(ConfigureCookie);

        var staff = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().RequireRole(BoonaRoles.All).Build();

        // The fallback also reads an API key, which authenticates under /api only: a caller with a key gets 404 for an
        // unknown API route instead of 401, and 415 for a body of the wrong type, like any other route would answer.
        var fallback = new AuthorizationPolicyBuilder(IdentityConstants.ApplicationScheme, Api.ApiKeyDefaults.Scheme)
            .RequireAuthenticatedUser().RequireRole(BoonaRoles.All).Build();
        services.AddAuthorizationBuilder()
            .AddPolicy(BoonaRoles.StaffPolicy, staff)
            .SetDefaultPolicy(staff)
            .SetFallbackPolicy(fallback);

        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, StaffAuthenticationStateProvider>();
        services.AddScoped<StaffSignIn>();
        services.AddSingleton<UnknownAccountPassword>();
        services.AddScoped<TwoFactorSetup>();
        services.AddScoped<IdentitySeeder>();
        services.AddTransient<StaffUserQueries>();
        services.AddTransient<StaffUserCommands>();
        return services;
    }

    /// <summary>
    /// Sign-out is a POST with an antiforgery token, so no link or form elsewhere can sign a user out. The endpoint binds
    /// no form, so the antiforgery middleware would only note a missing token: the handler checks it itself.
    /// </summary>
    public static RouteHandlerBuilder MapSignOut(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/account/sign-out", async Task<IResult> (HttpContext context, IAntiforgery antiforgery, StaffSignIn signIn) =>
        {
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                return TypedResults.BadRequest();
            }

            await signIn.SignOutAsync();
            return TypedResults.LocalRedirect(PublicRoutes.SignIn);
        });

    private static void ConfigureIdentity(IdentityOptions options)
    {
        options.User.RequireUniqueEmail = true;
        options.SignIn.RequireConfirmedAccount = false;

        // Length beats composition rules (NIST SP 800-63B): long passphrases, no forced symbols.
        options.Password.RequiredLength = 12;
        options.Password.RequiredUniqueChars = 5;
        options.Password.RequireDigit = false;
        options.Password.RequireLowercase = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireNonAlphanumeric = false;
    }

    private static void ConfigureCookie(CookieAuthenticationOptions options)
    {
        options.LoginPath = PublicRoutes.SignIn;
        options.AccessDeniedPath = AccessDeniedPath;
        options.Cookie.Name = "Boona.Auth";
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Lax;
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.ExpireTimeSpan = TimeSpan.FromHours(10);
        options.SlidingExpiration = true;
        options.Events.OnValidatePrincipal = SessionCookieValidation.ValidatePrincipalAsync;

        // Machines calling the API get status codes, not a sign-in page.
        options.Events.OnRedirectToLogin = context => Answer(context, StatusCodes.Status401Unauthorized);
        options.Events.OnRedirectToAccessDenied = context => Answer(context, StatusCodes.Status403Forbidden);
    }

    private static Task Answer(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int apiStatus)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = apiStatus;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
