using Boona.Infrastructure.Geo.Geocoding;
using Microsoft.Extensions.Options;

namespace Boona.Infrastructure.Geo.Routing;

/// <summary>Section <c>Routing</c>: an OSRM-compatible routing service for travel by car. Off by default (straight-line distances).</summary>
public sealed class RoutingOptions
{
    public const string Section = "Routing";

    public bool Enabled { get; set; }

    /// <summary>The service's base URL, e.g. a self-hosted OSRM with the car profile.</summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>The profile segment of the URL: <c>driving</c> for OSRM's car profile.</summary>
    public string Profile { get; set; } = "driving";

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Destinations per table request; OSRM's default server limit is 100 coordinates.</summary>
    public int MaxDestinationsPerRequest { get; set; } = 99;
}

internal sealed class RoutingOptionsValidator : IValidateOptions<RoutingOptions>
{
    public ValidateOptionsResult Validate(string? name, RoutingOptions options)
    {
        var failures = new List<string>();
        if (options.Enabled && !GeocodingOptionsValidator.IsHttpUrl(options.BaseUrl))
        {
            failures.Add("Routing:BaseUrl must be an absolute http(s) URL when Routing:Enabled is true.");
        }

        if (string.IsNullOrWhiteSpace(options.Profile) || !options.Profile.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            failures.Add("Routing:Profile must be a plain name such as driving.");
        }

        if (options.Timeout <= TimeSpan.Zero || options.Timeout > TimeSpan.FromMinutes(2))
        {
            failures.Add("Routing:Timeout must be between 0 and 2 minutes.");
        }

        if (options.MaxDestinationsPerRequest is < 1 or > 10000)
        {
            failures.Add("Routing:MaxDestinationsPerRequest must be between 1 and 10000.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
