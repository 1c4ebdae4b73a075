using System.Net;
using System.Text;
using System.Text.Json;
using Boona.Infrastructure.ApiKeys;
using Boona.Infrastructure.Persistence;
using Boona.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static Boona.Tests.Web.Api.ApiApp;

namespace Boona.Tests.Web.Api;

/// <summary>The API's languages are the one list: names are read as codes, codes are read back, the list can be fetched.</summary>
public sealed class LanguageApiTests
{
    [Theory, EveryProvider]
    public async Task A_therapist_posted_with_German_and_English_names_is_stored_and_read_back_as_codes(DatabaseProvider provider)
    {
        await using var running = await ProviderApiApp.StartAsync(provider);
        var app = running.App;
        using var client = app.Client(await app.NewKeyAsync());
        const string profile = """{ "salutation": "Frau", "lastName": "Weber", "postalCode": "50667", "city": "Köln", "languages": ["Englisch", "turkish", "DGS", "EN"] }""";

        using var created = await client.PostAsync(Url("/api/v1/therapists"), new StringContent(profile, Encoding.UTF8, "application/json"), Token);
        var id = (await JsonAsync(created)).GetProperty("id").GetInt32();
        var read = await JsonAsync(await client.GetAsync(Url($"/api/v1/therapists/{id}"), Token));

        Assert.Equal(["en", "gsg", "tr"], read.GetProperty("languages").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal(JsonValueKind.Null, read.GetProperty("unmappedLanguages").ValueKind);
        Assert.Equal(["en", "gsg", "tr"], await app.ReadAsync(c => c.Therapists.Select(t => t.Languages).SingleAsync(Token)));
    }

    [Fact]
    public async Task The_list_of_languages_names_every_code_in_German_and_English()
    {
        await using var app = new ApiApp();
        using var client = app.Client(await app.NewKeyAsync("Reader", ApiKeyScope.Read));

        using var response = await client.GetAsync(Url("/api/v1/languages"), Token);
        var list = (await JsonAsync(response)).EnumerateArray().ToList();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(185, list.Count);
        var english = Assert.Single(list, l => l.GetProperty("code").GetString() == "en");
        Assert.Equal(("Englisch", "English"), (english.GetProperty("germanName").GetString(), english.GetProperty("englishName").GetString()));
    }
}
