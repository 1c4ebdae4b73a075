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

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
