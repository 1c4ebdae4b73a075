using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Boona.Web.Resources;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Boona.Web.Security;

/// <summary>Section <c>RateLimits</c>: requests per minute before the app answers 429 with <c>Retry-After</c>.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Sign-in attempts (password or code) from one address. Above the per-account limit: an office shares one address.</summary>
    [Range(1, 100_000)]
    public int SignInPerAddressPerMinute { get; set; } = 20;

    /// <summary>Sign-in attempts for one e-mail address (known or not, so that the limit tells nothing), or codes for one account.</summary>
    [Range(1, 100_000)]
    public int SignInPerAccountPerMinute { get; set; } = 5;

    /// <summary>API requests of one key (or one signed-in person).</summary>
    [Range(1, 1_000_000)]
    public int ApiPerKeyPerMinute { get; set; } = 600;

    /// <summary>Requests for the public pages (sign-in, code, language switch) from one address.</summary>
    [Range(1, 100_000)]
    public int PublicPerAddressPerMinute { get; set; } = 120;
}

/// <summary>
/// ASP.NET Core's rate limiter, in fixed one-minute windows: the public pages per client address and the API per key
/// as endpoint policies; sign-in attempts per address and per account in <see cref="SignInThrottle"/>, because the
/// account is in the posted form and the page should answer in German. "Address" is the connection's remote address:
/// behind a reverse proxy that is the proxy until forwarded headers are configured.
/// </summary>
public static class RateLimits
{
    /// <summary>Policy of the public pages: per client address.</summary>
    public const string Public = "public";

    /// <summary>Policy of <c>/api</c>: per API key or signed-in person, else per address.</summary>
    public const string Api = "api";

    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    public static IServiceCollection AddBoonaRateLimits(this IServiceCollection services)
    {
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<SignInThrottle>();
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = RejectAsync;
            options.AddPolicy(Public, context => PerMinute("address:" + ClientAddress(context), Limits(context).PublicPerAddressPerMinute));
            options.AddPolicy(Api, context => PerMinute(
                context.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "address:" + ClientAddress(context), Limits(context).ApiPerKeyPerMinute));
        });
        return services;
    }

    public static string ClientAddress(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    public static FixedWindowRateLimiterOptions PerMinute(int permits) =>
        new() { PermitLimit = permits, Window = Window, QueueLimit = 0, AutoReplenishment = true };

    public static int Seconds(TimeSpan retryAfter) => Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));

    private static RateLimitPartition<string> PerMinute(string key, int permits) => RateLimitPartition.GetFixedWindowLimiter(key, _ => PerMinute(permits));

    private static RateLimitOptions Limits(HttpContext context) => context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;

    /// <summary>429 with Retry-After; problem details for the API, a German (or English) sentence for a page.</summary>
    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var http = rejected.HttpContext;
        var seconds = Seconds(rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : Window);
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        if (http.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            await TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests", detail: $"Try again in {seconds} seconds.")
                .ExecuteAsync(http);
            return;
        }

        var texts = http.RequestServices.GetRequiredService<IStringLocalizer<AccountTexts>>();
        http.Response.ContentType = "text/plain; charset=utf-8";
        await http.Response.WriteAsync(texts["TooManyRequests", seconds], cancellationToken);
    }
}
