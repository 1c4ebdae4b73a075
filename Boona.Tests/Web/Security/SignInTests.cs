using System.Net;
using Boona.Tests.Support;
using Boona.Web.Security;

namespace Boona.Tests.Web.Security;

public sealed class SignInTests
{
    [Fact]
    public async Task The_demo_coordinator_signs_in_and_returns_to_the_page_asked_for()
    {
        await using var app = new BoonaAppFactory();
        using var client = StaffClient.Anonymous(app);

        using var response = await StaffClient.PostSignInAsync(client, DemoAccounts.Coordinator.Email, DemoAccounts.Coordinator.Password, "/calls?due=today");
        using var page = await client.GetAsync(new Uri("/", UriKind.Relative), Token);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/calls?due=today", response.Headers.Location?.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Theory]
    [InlineData("//evil.example/phish")]
    [InlineData("https://evil.example/phish")]
    [InlineData("/\\evil.example")]
    public async Task A_return_address_off_the_site_leads_home(string returnUrl)
    {
        await using var app = new BoonaAppFactory(seedDemoData: false);
        var email = await StaffAccounts.CreateAsync(app, BoonaRoles.Coordinator);
        using var client = StaffClient.Anonymous(app);

        using var response = await StaffClient.PostSignInAsync(client, email, StaffAccounts.Password, returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.PathAndQuery);
    }

    [Fact]
    public async Task A_wrong_password_shows_the_form_again_with_a_message()
    {
        await using var app = new BoonaAppFactory(seedDemoData: false);
        var email = await StaffAccounts.CreateAsync(app, BoonaRoles.Coordinator);
        using var client = StaffClient.Anonymous(app);

        using var response = await StaffClient.PostSignInAsync(client, email, "wrong-password-here");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Token));
        using var home = await client.GetAsync(new Uri("/", UriKind.Relative), Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("E-Mail-Adresse oder Passwort ist falsch.", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
    }

    [Fact]
    public async Task The_account_locks_after_the_configured_number_of_failures()
    {
        await using var app = new BoonaAppFactory(seedDemoData: false, new Dictionary<string, string> { ["Security:MaxFailedAttempts"] = "3", ["Security:LockoutMinutes"] = "7" });
        var email = await StaffAccounts.CreateAsync(app, BoonaRoles.Coordinator);
        using var client = StaffClient.Anonymous(app);

        for (var attempt = 1; attempt <= 2; attempt++)
        {
            (await StaffClient.PostSignInAsync(client, email, "wrong-password-here")).Dispose();
        }

        var lockedAfterTwo = await StaffAccounts.UseAsync(app, async users => await users.IsLockedOutAsync((await users.FindByEmailAsync(email))!));
        (await StaffClient.PostSignInAsync(client, email, "wrong-password-here")).Dispose();
        using var withRightPassword = await StaffClient.PostSignInAsync(client, email, StaffAccounts.Password);
        var html = WebUtility.HtmlDecode(await withRightPassword.Content.ReadAsStringAsync(Token));

        Assert.False(lockedAfterTwo);
        Assert.Equal(HttpStatusCode.OK, withRightPassword.StatusCode);
        Assert.Contains("Das Konto ist für 7 Minuten gesperrt.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_disabled_account_cannot_sign_in_even_with_the_right_password()
    {
        await using var app = new BoonaAppFactory(seedDemoData: false);
        var email = await StaffAccounts.CreateAsync(app, BoonaRoles.Admin, disabled: true);
        using var client = StaffClient.Anonymous(app);

        using var response = await StaffClient.PostSignInAsync(client, email, StaffAccounts.Password);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Token));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Dieses Konto ist deaktiviert.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Guessing_a_disabled_accounts_password_locks_it_like_any_other()
    {
        await using var app = new BoonaAppFactory(seedDemoData: false, new Dictionary<string, string> { ["Security:MaxFailedAttempts"] = "3", ["Security:LockoutMinutes"] = "7" });
        var email = await StaffAccounts.CreateAsync(app, BoonaRoles.Admin, disabled: true);
        using var client = StaffClient.Anonymous(app);

        for (var attempt = 1; attempt <= 3; attempt++)
        {
            (await StaffClient.PostSignInAsync(client, email, "wrong-password-here")).Dispose();
        }

        using var withRightPassword = await StaffClient.PostSignInAsync(client, email, StaffAccounts.Password);
        var html = WebUtility.HtmlDecode(await withRightPassword.Content.ReadAsStringAsync(Token));

        Assert.Contains("Das Konto ist für 7 Minuten gesperrt.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Dieses Konto ist deaktiviert.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Admin_pages_refuse_a_coordinator_and_open_for_an_admin()
    {
        await using var app = new BoonaAppFactory(seedDemoData: false);
        using var coordinator = await StaffClient.SignedInAsync(app, await StaffAccounts.CreateAsync(app, BoonaRoles.Coordinator), StaffAccounts.Password);
        using var admin = await StaffClient.SignedInAsync(app, await StaffAccounts.CreateAsync(app, BoonaRoles.Admin), StaffAccounts.Password);

        using var refused = await coordinator.GetAsync(new Uri("/admin/settings", UriKind.Relative), Token);
        using var allowed = await admin.GetAsync(new Uri("/admin/settings", UriKind.Relative), Token);

        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal(SecurityServiceCollectionExtensions.AccessDeniedPath, refused.Headers.Location?.AbsolutePath);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        await using var app = new BoonaAppFactory(seedDemoData: false);
        using var client = await StaffClient.SignedInAsync(app, await StaffAccounts.CreateAsync(app, BoonaRoles.Coordinator), StaffAccounts.Password);

        using var signOut = await StaffClient.PostSignOutAsync(client);
        using var home = await client.GetAsync(new Uri("/", UriKind.Relative), Token);

        Assert.Equal(PublicRoutes.SignIn, signOut.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
    }

    [Fact]
    public async Task In_production_the_first_admin_comes_from_configuration()
    {
        var settings = new Dictionary<string, string> { ["Bootstrap:AdminEmail"] = "chefin@boona.de", ["Bootstrap:AdminPassword"] = "Erstes-Admin-Passwort" };
        await using var app = new BoonaAppFactory(seedDemoData: false, settings);

        using var client = await StaffClient.SignedInAsync(app, "chefin@boona.de", "Erstes-Admin-Passwort");
        using var settingsPage = await client.GetAsync(new Uri("/admin/settings", UriKind.Relative), Token);

        Assert.Equal(HttpStatusCode.OK, settingsPage.StatusCode);
    }
}
