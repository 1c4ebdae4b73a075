using System.ComponentModel.DataAnnotations;
using System.Net;

namespace Boona.Web.Security.Http;

/// <summary>
/// Section <c>ReverseProxy</c>: the TLS proxies whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> are believed.
/// Unset, only a proxy on this machine (loopback) is; a header from anyone else is ignored, so nobody can claim
/// to be another client (rate limits, access log) or claim HTTPS that was not there.
/// </summary>
public sealed class ReverseProxyOptions : IValidatableObject
{
    public const string Section = "ReverseProxy";

    /// <summary>Addresses of the proxies, e.g. <c>172.30.0.10</c>.</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Networks of the proxies in CIDR notation, e.g. <c>10.0.0.0/8</c>.</summary>
    public List<string> KnownNetworks { get; set; } = [];

    public bool IsConfigured => KnownProxies.Count > 0 || KnownNetworks.Count > 0;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var proxy in KnownProxies.Where(p => !IPAddress.TryParse(p, out _)))
        {
            yield return new ValidationResult($"ReverseProxy:KnownProxies: '{proxy}' is not an IP address.");
        }

        foreach (var network in KnownNetworks.Where(n => !System.Net.IPNetwork.TryParse(n, out _)))
        {
            yield return new ValidationResult($"ReverseProxy:KnownNetworks: '{network}' is not a network in CIDR notation (e.g. 10.0.0.0/8).");
        }
    }
}
