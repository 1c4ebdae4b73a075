using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Boona.Infrastructure.Persistence;
using Boona.Tests.Support;
using Boona.Tests.Web.Api;
using Microsoft.EntityFrameworkCore;
using static Boona.Tests.Web.Api.ApiApp;

namespace Boona.Tests.Web.Patients;

/// <summary>
/// Malformed patients sent to the API: the domain refuses each with the same 400 naming the field on both providers,
/// before the database sees it, and nothing is stored (issue 10 item 9).
/// </summary>
public sealed class PatientApiBadInputTests
{
    private static readonly string Megabyte = new('x', 1_000_000);

    /// <summary>A JSON path of the register body, the value sent there, and the field the answer must name.</summary>
    private static readonly (string Path, string Value, string Field)[] BadInputs =
    [
        ("firstName", Text(Megabyte), "firstName"),
        ("lastName", Text(Megabyte), "lastName"),
        ("street", Text(Megabyte), "street"),
        ("city", Text(Megabyte), "city"),
        ("phone", Text(Megabyte), "phone"),
        ("email", Text(Megabyte), "email"),
        ("postalCode", Text(Megabyte), "postalCode"),
        ("insurerName", Text(Megabyte), "insurerName"),
        ("insuranceNumber", Text(Megabyte), "insuranceNumber"),
        ("generalPractitioner", Text(Megabyte), "generalPractitioner"),
        ("diagnoses", Text(Megabyte), "diagnoses"),
        ("availableTimes", Text(Megabyte), "availableTimes"),
        ("languages", Text(Megabyte), "languages"),
        ("languages", "[\"Klingonisch\"]", "languages"),
        ("languages", "[\"en\", \"xx\"]", "languages"),
        ("languages", "[\"en\", null]", "languages"),
        ("languages", $"[{Text(Megabyte)}]", "languages"),
        ("consentVersion", Text(Megabyte), "consentVersion"),
        ("paymentReference", Text(Megabyte), "paymentReference"),
        ("referredBy", Text(Megabyte), "referredBy"),
        ("history.currentComplaints", Text(Megabyte), "history.currentComplaints"),
        ("history.complaintsSince", Text(Megabyte), "history.complaintsSince"),
        ("history.goals", Text(Megabyte), "history.goals"),
        ("firstName", Text("Mia\u0000"), "firstName"),
        ("city", Text("Kö\u0000ln"), "city"),
        ("street", Text("Ring\u0000straße 5"), "street"),
        ("insurerName", Text("AOK\u0000"), "insurerName"),
        ("history.medication", Text("keine\u0000"), "history.medication"),
        ("firstName", Text("\u200B\u200B"), "firstName"),
        ("lastName", Text("\u200D\uFEFF"), "lastName"),
        ("email", Text("<script>@example.org"), "email"),
        ("postalCode", Text("00000"), "postalCode"),
        ("birthDate", Text("0001-01-01"), "birthDate"),
        ("sprechstundeOn", Text("0001-01-01"), "sprechstundeOn"),
        ("lastTherapySessionOn", Text("0001-01-01"), "lastTherapySessionOn"),
        ("diagnoses", Text("X12.3"), "diagnoses"),
        ("salutation", "42", "salutation"),
        ("gender", "42", "gender"),
        ("insuranceType", "42", "insuranceType"),
        ("travelMode", "42", "travelMode"),
        ("therapistGender", "42", "therapistGender"),
        ("symptoms", "[42]", "symptoms"),
        ("methods", "[42]", "methods"),
    ];

    [Theory, EveryProvider]
    public async Task Every_bad_input_is_the_same_400_naming_its_field_on_register_and_update_and_nothing_is_stored(DatabaseProvider provider)
    {
        await using var running = await ProviderApiApp.StartAsync(provider);
        var app = running.App;
        using var client = app.Client(await app.NewKeyAsync());
        using var created = await client.PostAsync(Url("/api/v1/patients"), Json(Valid()), Token);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await JsonAsync(created)).GetProperty("id").GetInt32();
        var stored = await app.ReadAsync(c => c.Patients.AsNoTracking().SingleAsync(Token));

        var wrong = new List<string>();
        foreach (var (path, value, field) in BadInputs)
        {
            var body = With(Valid(), path, value);
            using var registered = await client.PostAsync(Url("/api/v1/patients"), Json(body), Token);
            using var updated = await client.PutAsync(Url($"/api/v1/patients/{id}"), Json(new JsonObject { ["version"] = stored.Version, ["patient"] = body }), Token);
            wrong.AddRange(await CheckAsync("POST", path, registered, field));
            wrong.AddRange(await CheckAsync("PUT", path, updated, $"patient.{field}"));
        }

        Assert.Empty(wrong);
        var after = await app.ReadAsync(c => c.Patients.AsNoTracking().ToListAsync(Token));
        Assert.Equal((stored.Id, stored.Version, stored.FirstName, stored.City), (Assert.Single(after).Id, after[0].Version, after[0].FirstName, after[0].City));
    }

    [Theory, EveryProvider]
    public async Task Null_for_a_collection_or_the_history_reads_as_empty(DatabaseProvider provider)
    {
        await using var running = await ProviderApiApp.StartAsync(provider);
        var app = running.App;
        using var client = app.Client(await app.NewKeyAsync());
        var body = Valid();
        body["history"] = null;
        body["methods"] = null;
        body["languages"] = null;
        body["symptoms"] = null;

        using var created = await client.PostAsync(Url("/api/v1/patients"), Json(body), Token);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var patient = await app.ReadAsync(c => c.Patients.AsNoTracking().SingleAsync(Token));
        Assert.Equal((0, 0, 0, (string?)null), (patient.Symptoms.Count, patient.PreferredMethods.Count, patient.RequiredLanguages.Count, patient.History.Goals));
    }

    internal static JsonObject Valid() => new()
    {
        ["salutation"] = "Frau",
        ["firstName"] = "Mia",
        ["lastName"] = "Schmidt",
        ["birthDate"] = "1988-03-14",
        ["street"] = "Ringstraße 5",
        ["postalCode"] = "50667",
        ["city"] = "Köln",
        ["email"] = "mia@example.org",
        ["phone"] = "0151 2345678",
        ["insurerName"] = "AOK Rheinland",
        ["insuranceNumber"] = "A123456789",
        ["generalPractitioner"] = "Dr. Hausarzt",
        ["diagnoses"] = "F32.1",
        ["symptoms"] = new JsonArray("LowMood"),
        ["hadPriorPsychotherapy"] = true,
        ["lastTherapySessionOn"] = "2020-05-01",
        ["history"] = new JsonObject { ["currentComplaints"] = "Grübeln", ["goals"] = "Wieder arbeiten" },
        ["availableTimes"] = "Mo 08:00-18:00",
        ["hoursPerWeekAvailable"] = 20,
        ["maxDistanceKm"] = 15,
        ["travelMode"] = "Car",
        ["methods"] = new JsonArray("Vt"),
        ["languages"] = new JsonArray("en"),
        ["contractsSigned"] = true,
        ["consentGiven"] = true,
        ["consentVersion"] = "2026-01",
        ["paymentReference"] = "BOONA-1",
        ["referredBy"] = "Hausarztpraxis",
    };

    private static string Text(string value) => JsonSerializer.Serialize(value);

    private static JsonObject With(JsonObject body, string path, string json)
    {
        var parts = path.Split('.');
        var target = parts.Length == 1 ? body : body[parts[0]]!.AsObject();
        target[parts[^1]] = JsonNode.Parse(json);
        return body;
    }

    private static StringContent Json(JsonNode body) => new(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json");

    private static async Task<IEnumerable<string>> CheckAsync(string method, string path, HttpResponseMessage response, string field)
    {
        var text = await response.Content.ReadAsStringAsync(Token);
        if (response.StatusCode != HttpStatusCode.BadRequest)
        {
            return [$"{method} {path}: {(int)response.StatusCode} {text[..Math.Min(200, text.Length)]}"];
        }

        var problem = JsonDocument.Parse(text).RootElement;
        var named = problem.TryGetProperty("errors", out var errors) && errors.TryGetProperty(field, out _);
        var coded = problem.TryGetProperty("codes", out var codes) && codes.EnumerateArray().Any(c => c.GetProperty("field").GetString() == field);
        var echoes = text.Contains(new string('x', 100), StringComparison.Ordinal);
        return named && coded && !echoes ? [] : [$"{method} {path}: field {field} named {named}, coded {coded}, echoes input {echoes}: {text[..Math.Min(300, text.Length)]}"];
    }
}
