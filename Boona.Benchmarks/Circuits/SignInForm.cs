using System.Net;
using System.Text.RegularExpressions;

namespace Boona.Benchmarks.Circuits;

/// <summary>Signs in through the app's static sign-in form (antiforgery token, cookie authentication), as a browser does.</summary>
public static partial class SignInForm
{
    /// <summary>The demo coordinator of the demo data set (its password is public on purpose: <c>Boona.Web/Security/DemoAccounts.cs</c>).</summary>
    public const string DemoCoordinatorEmail = "koordination@demo.boona.de";

    public const string DemoCoordinatorPassword = "Demo-Koordination-2026";

    /// <summary>A client whose cookies (antiforgery, then the session cookie) land in <paramref name="cookies"/>; redirects are not followed.</summary>
    public static HttpClient Client(CookieContainer cookies) =>
        new(new SocketsHttpHandler { CookieContainer = cookies, UseCookies = true, AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(10) });

    public static async Task SignInAsync(HttpClient client, Uri baseAddress, string email, string password, CancellationToken cancellationToken)
    {
        var page = new Uri(baseAddress, "account/sign-in");
        var form = await client.GetStringAsync(page, cancellationToken);
        var token = TokenPattern().Match(form);
        if (!token.Success)
        {
            throw new InvalidOperationException("The sign-in page carries no antiforgery token.");
        }

        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
            ["_handler"] = "sign-in",
            ["Model.Email"] = email,
            ["Model.Password"] = password,
        });
        using var response = await client.PostAsync(page, content, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Signing in as {email} answered {(int)response.StatusCode}, not a redirect.");
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
