using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Boona.Tests.Support;

/// <summary>An HTTP client of the app that signs in through the real sign-in form (antiforgery token and all).</summary>
public static partial class StaffClient
{
    public static HttpClient Anonymous(BoonaAppFactory app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Posts the sign-in form; the response is the form again (failure) or a redirect (success).</summary>
    public static async Task<HttpResponseMessage> PostSignInAsync(HttpClient client, string email, string password, string? returnUrl = null)
    {
        var path = "/account/sign-in" + (returnUrl is null ? string.Empty : "?ReturnUrl=" + Uri.EscapeDataString(returnUrl));
        var form = await client.GetStringAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        var token = TokenPattern().Match(form);
        Assert.True(token.Success, "The sign-in page carries no antiforgery token.");
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
            ["_handler"] = "sign-in",
            ["Model.Email"] = email,
            ["Model.Password"] = password,
        });
        return await client.PostAsync(new Uri(path, UriKind.Relative), content, TestContext.Current.CancellationToken);
    }

    /// <summary>Posts a static page's named form (<c>FormName</c>) with the antiforgery token the page issued.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, string formName, IReadOnlyDictionary<string, string> fields)
    {
        var page = await client.GetStringAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        var token = TokenPattern().Match(page);
        Assert.True(token.Success, $"{path} carries no antiforgery token.");
        var values = new Dictionary<string, string>(fields)
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
            ["_handler"] = formName,
        };
        using var content = new FormUrlEncodedContent(values);
        return await client.PostAsync(new Uri(path, UriKind.Relative), content, TestContext.Current.CancellationToken);
    }

    /// <summary>Posts the sign-out form with a token issued to the signed-in user.</summary>
    public static async Task<HttpResponseMessage> PostSignOutAsync(HttpClient client)
    {
        var page = await client.GetStringAsync(new Uri("/account/sign-in", UriKind.Relative), TestContext.Current.CancellationToken);
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(TokenPattern().Match(page).Groups[1].Value),
        });
        return await client.PostAsync(new Uri("/account/sign-out", UriKind.Relative), content, TestContext.Current.CancellationToken);
    }

    public static async Task<HttpClient> SignedInAsync(BoonaAppFactory app, string email, string password)
    {
        var client = Anonymous(app);
        using var response = await PostSignInAsync(client, email, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>Signs in and also returns the session cookie as the browser got it, to replay a copy of it later.</summary>
    public static async Task<(HttpClient Client, string Cookie)> SignedInWithCookieAsync(BoonaAppFactory app, string email, string password)
    {
        var client = Anonymous(app);
        using var response = await PostSignInAsync(client, email, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return (client, SessionCookie(response));
    }

    /// <summary>The <c>Boona.Auth</c> cookie a response set, as a <c>Cookie</c> header value.</summary>
    public static string SessionCookie(HttpResponseMessage response)
    {
        var cookies = response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [];
        var session = cookies.Select(c => c.Split(';', 2)[0]).Where(c => c.StartsWith("Boona.Auth", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(session);
        return string.Join("; ", session);
    }

    /// <summary>A client with no cookie jar that sends the given cookie on every request: a copied cookie, replayed.</summary>
    public static HttpClient Replaying(BoonaAppFactory app, string cookie)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
