using Boona.Domain.Common;
using Microsoft.Extensions.Options;

namespace Boona.Infrastructure.Geo.Geocoding;

/// <summary>
/// Section <c>Geocoding</c>: a Nominatim-compatible service for street addresses. Off by default, so that
/// no address leaves the machine unless an admin configures it; then postal-code centroids are used.
/// </summary>
public sealed class GeocodingOptions
{
    public const string Section = "Geocoding";

    public bool Enabled { get; set; }

    /// <summary>The service's base URL, e.g. a self-hosted Nominatim.</summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>Named in the User-Agent and the <c>email</c> parameter, as Nominatim's usage policy asks.</summary>
    public string? ContactEmail { get; set; }

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Further attempts after a 429, a 5xx, a timeout or a network error.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>The first backoff when the service does not say how long to wait (Retry-After); doubled each retry.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Therapists or patients handled per database round trip by the refresh job.</summary>
    public int BatchSize { get; set; } = 100;
}

internal sealed class GeocodingOptionsValidator : IValidateOptions<GeocodingOptions>
{
    public ValidateOptionsResult Validate(string? name, GeocodingOptions options)
    {
        var failures = new List<string>();
        if (options.Enabled && !IsHttpUrl(options.BaseUrl))
        {
            failures.Add("Geocoding:BaseUrl must be an absolute http(s) URL when Geocoding:Enabled is true.");
        }

        if (options.Enabled && !EmailAddress.Create(options.ContactEmail).IsSuccess)
        {
            failures.Add("Geocoding:ContactEmail must be a valid e-mail address when Geocoding:Enabled is true (the service's usage policy asks for it).");
        }

        if (options.Timeout <= TimeSpan.Zero || options.Timeout > TimeSpan.FromMinutes(2))
        {
            failures.Add("Geocoding:Timeout must be between 0 and 2 minutes.");
        }

        if (options.MaxRetries is < 0 or > 10)
        {
            failures.Add("Geocoding:MaxRetries must be between 0 and 10.");
        }

        if (options.RetryBaseDelay < TimeSpan.Zero || options.MaxRetryDelay < options.RetryBaseDelay)
        {
            failures.Add("Geocoding:RetryBaseDelay must not be negative nor above Geocoding:MaxRetryDelay.");
        }

        if (options.BatchSize is < 1 or > 1000)
        {
            failures.Add("Geocoding:BatchSize must be between 1 and 1000.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    internal static bool IsHttpUrl(Uri? uri) =>
        uri is { IsAbsoluteUri: true } && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
