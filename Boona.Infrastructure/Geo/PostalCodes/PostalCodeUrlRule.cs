namespace Boona.Infrastructure.Geo.PostalCodes;

/// <summary>Which URLs an admin may name: absolute https URLs on an allowed host, without user info.</summary>
internal static class PostalCodeUrlRule
{
    /// <summary>The URL when it is allowed, else null.</summary>
    public static Uri? Check(string url, IReadOnlyList<string> allowedHosts, bool httpsOnly = true)
    {
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)
            || !(uri.Scheme == Uri.UriSchemeHttps || (!httpsOnly && uri.Scheme == Uri.UriSchemeHttp))
            || uri.UserInfo.Length > 0)
        {
            return null;
        }

        return allowedHosts.Any(h => string.Equals(h, uri.IdnHost, StringComparison.OrdinalIgnoreCase)) ? uri : null;
    }

    /// <summary>The refusal names what is allowed, never what was asked for.</summary>
    public static PostalCodeImportError Refusal(IReadOnlyList<string> allowedHosts) =>
        new(PostalCodeFileProblem.UrlNotAllowed, null, string.Join(", ", allowedHosts));
}
