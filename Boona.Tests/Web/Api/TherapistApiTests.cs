using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Boona.Domain.Therapists;
using Boona.Infrastructure.Geo.PostalCodes;
using Boona.Infrastructure.Persistence;
using Boona.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static Boona.Tests.Web.Api.ApiApp;

namespace Boona.Tests.Web.Api;

/// <summary>
/// What the therapist page does, the API does through the same use cases: every status change, availability, phone hours,
/// preferences, contact rules and the cooling override; a state that does not allow a change is a 409, an unknown
/// therapist a 404, and bad input the same 400 naming the field on both providers, with nothing stored.
/// </summary>
public sealed class TherapistApiTests
{
    private static readonly string Megabyte = new('x', 1024 * 1024);

    /// <summary>A bad profile field, posted as a new therapist: the JSON field the 400 must name.</summary>
    public static TheoryData<DatabaseProvider, string, string> BadProfiles()
    {
        (string Field, string Json)[] cases =
        [
            ("salutation", """{ "salutation": 42 }"""),
            ("salutation", """{ "salutation": "Professorin" }"""),
            ("gender", """{ "gender": "Unbekannt" }"""),
            ("methods", """{ "methods": ["Hypnose"] }"""),
            ("title", Field("title", Megabyte)),
            ("firstName", Field("firstName", Megabyte)),
            ("street", Field("street", Megabyte)),
            ("city", Field("city", Megabyte)),
            ("phone", Field("phone", Megabyte)),
            ("fax", Field("fax", Megabyte)),
            ("website", Field("website", "https://" + Megabyte + ".de")),
            ("website", Field("website", "javascript:alert(1)")),
            ("languages", Field("languages", Megabyte)),
            ("languages", """{ "languages": ["Klingonisch"] }"""),
            ("languages", """{ "languages": ["en", "xx"] }"""),
            ("languages", """{ "languages": ["en", null] }"""),
            ("languages", JsonSerializer.Serialize(new Dictionary<string, string[]> { ["languages"] = [Megabyte] })),
            ("qualifications", Field("qualifications", Megabyte)),
            ("specialOffers", Field("specialOffers", Megabyte)),
            ("lastName", Field("lastName", "We\u0000ber")),
            ("lastName", Field("lastName", "\u200B\u200B\u200B")),
            ("city", Field("city", "Kö\u0007ln")),
            ("email", Field("email", "<script>@example.org")),
            ("postalCode", Field("postalCode", "00000")),
        ];
        var data = new TheoryData<DatabaseProvider, string, string>();
        foreach (var provider in Enum.GetValues<DatabaseProvider>())
        {
            foreach (var (field, json) in cases)
            {
                data.Add(provider, field, json);
            }
        }

        return data;
    }

    /// <summary>A bad value sent to one of the change endpoints: the path, the body and the JSON field the 400 must name.</summary>
    public static TheoryData<DatabaseProvider, string, string, string> BadChanges()
    {
        (string Path, string Json, string Field)[] cases =
        [
            ("block", """{ "reason": "" }""", "reason"),
            ("block", Field("reason", "Fehl\u0000verhalten"), "reason"),
            ("block", Field("reason", Megabyte), "reason"),
            ("block", """{ "reason": "Beschwerde", "until": "0001-01-01" }""", "until"),
            ("deactivate", """{ "reason": "   " }""", "reason"),
            ("availability", """{ "freeIndividualPlaceFrom": "0001-01-01" }""", "freeIndividualPlaceFrom"),
            ("availability", """{ "freeGroupPlaceFrom": "9999-12-31" }""", "freeGroupPlaceFrom"),
            ("availability", Field("availabilityNote", Megabyte), "availabilityNote"),
            ("phone-hours", """{ "phoneHours": "Mo 25:00-26:00" }""", "phoneHours"),
            ("phone-hours", Field("phoneHours", Megabyte), "phoneHours"),
            ("preferences", """{ "patientAgeMin": 500 }""", "patientAgeMin"),
            ("preferences", """{ "preferredDiagnoses": "keine Ahnung" }""", "preferredDiagnoses"),
            ("preferences", """{ "preferredPatientGender": "Unbekannt" }""", "preferredPatientGender"),
            ("contact-rules", """{ "contactPausedUntil": "0001-01-01" }""", "contactPausedUntil"),
            ("contact-rules", """{ "preferredChannel": 7 }""", "preferredChannel"),
            ("cooling", """{ "reason": "Rückruf", "nextContactAllowedOn": "9999-12-31" }""", "nextContactAllowedOn"),
            ("cooling", """{ "nextContactAllowedOn": "2026-12-24" }""", "reason"),
        ];
        var data = new TheoryData<DatabaseProvider, string, string, string>();
        foreach (var provider in Enum.GetValues<DatabaseProvider>())
        {
            foreach (var (path, json, field) in cases)
            {
                data.Add(provider, path, json, field);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BadProfiles))]
    public async Task A_bad_profile_field_is_the_same_400_on_both_providers_and_nothing_is_stored(DatabaseProvider provider, string field, string json)
    {
        await using var app = await AppAsync(provider);
        using var client = app.App.Client(await app.App.NewKeyAsync());

        using var response = await client.PostAsync(Url("/api/v1/therapists"), Body(Merge(ValidProfile, json)), Token);

        await AssertRefusedAsync(response, field);
        Assert.Equal(0, await app.App.ReadAsync(c => c.Therapists.CountAsync(Token)));
    }

    [Theory]
    [MemberData(nameof(BadChanges))]
    public async Task A_bad_change_is_the_same_400_on_both_providers_and_nothing_is_stored(DatabaseProvider provider, string path, string json, string field)
    {
        await using var app = await AppAsync(provider);
        using var client = app.App.Client(await app.App.NewKeyAsync());
        var id = await CreateAsync(client);

        using var response = await client.SendAsync(new HttpRequestMessage(path is "block" or "deactivate" ? HttpMethod.Post : HttpMethod.Put, Url($"/api/v1/therapists/{id}/{path}")) { Content = Body(json) }, Token);

        await AssertRefusedAsync(response, field);
        var stored = await app.App.ReadAsync(c => c.Therapists.AsNoTracking().SingleAsync(Token));
        Assert.Equal((0, TherapistStatus.Active, null, null), (stored.Version, stored.Status, stored.AvailabilityNote, stored.CoolingOverrideReason));
    }

    [Theory, EveryProvider]
    public async Task Every_change_of_the_therapist_page_is_made_through_the_API(DatabaseProvider provider)
    {
        await using var app = await AppAsync(provider);
        using var client = app.App.Client(await app.App.NewKeyAsync("Praxisverwaltung"));
        await app.App.ChangeAsync(c =>
        {
            c.PostalCodes.Add(new PostalCodeCentroid { Code = "50667", Place = "Köln", State = "Nordrhein-Westfalen", Latitude = 50.9381, Longitude = 6.9570 });
            return Task.CompletedTask;
        });
        var id = await CreateAsync(client);

        // Located at once at the postal code's centroid, so that the new therapist can be selected today.
        var created = await GetAsync(client, id);
        Assert.Equal((50.9381, "PostalCodeCentroid"), (created.GetProperty("latitude").GetDouble(), created.GetProperty("locationSource").GetString()));

        async Task ChangeAsync(HttpMethod method, string path, object? body)
        {
            using var request = new HttpRequestMessage(method, Url($"/api/v1/therapists/{id}/{path}")) { Content = body is null ? null : JsonContent.Create(body) };
            using var response = await client.SendAsync(request, Token);
            Assert.True(response.StatusCode == HttpStatusCode.NoContent, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Token)}");
        }

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await ChangeAsync(HttpMethod.Put, "availability", new { version = 0, freeIndividualPlaceFrom = today.AddDays(30), potentiallyAvailable = true, availabilityNote = "ab Februar" });
        await ChangeAsync(HttpMethod.Put, "phone-hours", new { phoneHours = "Mo 09:00-10:00; Mi 14:00-15:30" });
        await ChangeAsync(HttpMethod.Put, "preferences", new { preferredDiagnoses = "F32, F4", patientAgeMin = 18, patientAgeMax = 65, preferredPatientGender = "Female", prefersGroupTherapy = true });
        await ChangeAsync(HttpMethod.Put, "contact-rules", new { knowsBoona = true, contactPausedUntil = today.AddDays(10), preferredChannel = "Phone" });
        await ChangeAsync(HttpMethod.Put, "cooling", new { nextContactAllowedOn = (DateOnly?)null, reason = "Hat selbst angerufen" });
        var changed = await GetAsync(client, id);
        Assert.Equal("ab Februar", changed.GetProperty("availabilityNote").GetString());
        Assert.Equal(Boona.Domain.Common.WeeklyWindows.Parse("Mo 09:00-10:00; Mi 14:00-15:30").Value.ToString(), changed.GetProperty("phoneHours").GetString());
        Assert.Equal(["F32", "F4"], changed.GetProperty("preferredDiagnoses").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal(("Female", true), (changed.GetProperty("preferredPatientGender").GetString(), changed.GetProperty("prefersGroupTherapy").GetBoolean()));
        Assert.Equal(("Phone", true), (changed.GetProperty("preferredChannel").GetString(), changed.GetProperty("knowsBoona").GetBoolean()));
        Assert.Equal("Hat selbst angerufen", changed.GetProperty("coolingOverrideReason").GetString());

        await ChangeAsync(HttpMethod.Post, "block", new { reason = "Beschwerde einer Patientin", until = today.AddDays(14) });
        Assert.Equal(("Blocked", "Beschwerde einer Patientin"), Status(await GetAsync(client, id)));
        await ChangeAsync(HttpMethod.Post, "unblock", null);
        await ChangeAsync(HttpMethod.Post, "deactivate", new { reason = "Praxis aufgegeben" });
        Assert.Equal("Inactive", (await GetAsync(client, id)).GetProperty("status").GetString());
        await ChangeAsync(HttpMethod.Post, "reactivate", null);
        Assert.Equal("Active", (await GetAsync(client, id)).GetProperty("status").GetString());

        var history = await JsonAsync(await client.GetAsync(Url($"/api/v1/therapists/{id}/status-changes"), Token));
        Assert.Equal(["Active", "Inactive", "Active", "Blocked"], history.EnumerateArray().Select(c => c.GetProperty("to").GetString()));
        Assert.Equal("Praxis aufgegeben", history[1].GetProperty("reason").GetString());
        Assert.All(history.EnumerateArray(), c => Assert.Equal("API: Praxisverwaltung", c.GetProperty("by").GetString()));
    }

    [Theory, EveryProvider]
    public async Task A_change_the_state_does_not_allow_is_a_409_and_an_unknown_therapist_a_404(DatabaseProvider provider)
    {
        await using var app = await AppAsync(provider);
        using var client = app.App.Client(await app.App.NewKeyAsync());
        var id = await CreateAsync(client);

        using var reactivateActive = await client.PostAsync(Url($"/api/v1/therapists/{id}/reactivate"), null, Token);
        using var unblockActive = await client.PostAsync(Url($"/api/v1/therapists/{id}/unblock"), null, Token);
        using var acceptActive = await client.PostAsync(Url($"/api/v1/therapists/{id}/accept-review"), null, Token);
        using var block = await client.PostAsJsonAsync(Url($"/api/v1/therapists/{id}/block"), new { reason = "Beschwerde" }, Token);
        using var blockAgain = await client.PostAsJsonAsync(Url($"/api/v1/therapists/{id}/block"), new { reason = "Noch eine" }, Token);
        using var stale = await client.PutAsJsonAsync(Url($"/api/v1/therapists/{id}/availability"), new { version = 0, potentiallyAvailable = true }, Token);
        using var unknown = await client.PostAsJsonAsync(Url("/api/v1/therapists/4711/block"), new { reason = "Beschwerde" }, Token);
        using var unknownHistory = await client.GetAsync(Url("/api/v1/therapists/4711/status-changes"), Token);
        using var withoutBody = await client.PostAsync(Url($"/api/v1/therapists/{id}/deactivate"), null, Token);

        Assert.Equal(HttpStatusCode.NoContent, block.StatusCode);
        Assert.Equal(
            [HttpStatusCode.Conflict, HttpStatusCode.Conflict, HttpStatusCode.Conflict, HttpStatusCode.Conflict, HttpStatusCode.Conflict, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.BadRequest],
            new[] { reactivateActive, unblockActive, acceptActive, blockAgain, stale, unknown, unknownHistory, withoutBody }.Select(r => r.StatusCode));
        Assert.Contains("concurrency", await CodesAsync(stale));
        Assert.Equal("Blocked", (await GetAsync(client, id)).GetProperty("status").GetString());
    }

    private const string ValidProfile = """{ "salutation": "Frau", "lastName": "Weber", "postalCode": "50667", "city": "Köln" }""";

    private static string Field(string name, string value) => JsonSerializer.Serialize(new Dictionary<string, string> { [name] = value });

    /// <summary>The valid profile with the bad case's properties put over it.</summary>
    private static string Merge(string valid, string overrides)
    {
        var merged = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(valid)!;
        foreach (var (key, value) in JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(overrides)!)
        {
            merged[key] = value;
        }

        return JsonSerializer.Serialize(merged);
    }

    private static StringContent Body(string json) => new(json, Encoding.UTF8, "application/json");

    private static async Task AssertRefusedAsync(HttpResponseMessage response, string field)
    {
        var text = await response.Content.ReadAsStringAsync(Token);
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {text[..Math.Min(text.Length, 400)]}");
        var problem = JsonDocument.Parse(text).RootElement;
        Assert.Equal([field], problem.GetProperty("errors").EnumerateObject().Select(p => p.Name));
        Assert.NotEmpty(problem.GetProperty("codes").EnumerateArray());

        // The answer quotes at most an excerpt of the input, never a megabyte of it.
        Assert.True(text.Length < 2000, $"the problem is {text.Length} characters long");
    }

    private static async Task<IEnumerable<string?>> CodesAsync(HttpResponseMessage response) =>
        (await JsonAsync(response)).GetProperty("codes").EnumerateArray().Select(c => c.GetProperty("code").GetString());

    private static (string?, string?) Status(JsonElement therapist) =>
        (therapist.GetProperty("status").GetString(), therapist.GetProperty("blockReason").GetString());

    private static async Task<int> CreateAsync(HttpClient client)
    {
        using var created = await client.PostAsync(Url("/api/v1/therapists"), Body(ValidProfile), Token);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await JsonAsync(created)).GetProperty("id").GetInt32();
    }

    private static async Task<JsonElement> GetAsync(HttpClient client, int id) =>
        await JsonAsync(await client.GetAsync(Url($"/api/v1/therapists/{id}"), Token));

    private static async Task<ProviderApp> AppAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var app = new ApiApp(new Dictionary<string, string>
        {
            ["Database:Provider"] = provider.ToString(),
            [$"ConnectionStrings:{provider}"] = database.ConnectionString,
        });
        return new ProviderApp(database, app);
    }

    /// <summary>The app on a private database of the provider; both go when the test ends.</summary>
    private sealed record ProviderApp(TestDatabase Database, ApiApp App) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await App.DisposeAsync();
            await Database.DisposeAsync();
        }
    }
}
