using System.Net;
using System.Net.Http.Json;
using Boona.Infrastructure.ApiKeys;
using static Boona.Tests.Web.Api.ApiApp;

namespace Boona.Tests.Web.Api;

/// <summary>The templates page's work over HTTP: a refused placeholder names its line, a save is a version by the key's name.</summary>
public sealed class TemplateApiTests
{
    [Fact]
    public async Task An_admin_key_saves_a_template_version_and_a_misspelt_placeholder_is_refused_with_its_line()
    {
        await using var app = new ApiApp();
        using var admin = app.Client(await app.NewKeyAsync("Betrieb", ApiKeyScope.Admin));
        using var coordinator = app.Client(await app.NewKeyAsync("Integration", ApiKeyScope.Coordinator));

        using var refused = await admin.PostAsJsonAsync(Url("/api/v1/templates/Reminder"), new { subject = "Erinnerung", textBody = "{{ greeting }}\n{{ sent_onn }}", htmlBody = "<p>{{ greeting }}</p>" }, Token);
        using var saved = await admin.PostAsJsonAsync(Url("/api/v1/templates/Reminder"), new { subject = "Erinnerung", textBody = "{{ greeting }}\n{{ sent_on }}", htmlBody = "<p>{{ greeting }}</p>" }, Token);
        using var unknownKind = await admin.GetAsync(Url("/api/v1/templates/Werbung/versions"), Token);
        using var forbidden = await coordinator.GetAsync(Url("/api/v1/templates/Reminder/versions"), Token);
        var versions = await JsonAsync(await admin.GetAsync(Url("/api/v1/templates/Reminder/versions"), Token));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await JsonAsync(refused);
        Assert.Contains("Line 2: unknown placeholder 'sent_onn'.", problem.GetProperty("errors").GetProperty("textBody")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, saved.StatusCode);
        Assert.Equal(1, (await JsonAsync(saved)).GetProperty("number").GetInt32());
        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.Forbidden), (unknownKind.StatusCode, forbidden.StatusCode));
        Assert.Equal([1, 0], versions.EnumerateArray().Select(v => v.GetProperty("number").GetInt32()));
        Assert.Equal("API: Betrieb", versions[0].GetProperty("savedBy").GetString());
    }
}
