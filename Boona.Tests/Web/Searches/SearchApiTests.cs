using System.Net;
using System.Net.Http.Json;
using Boona.Domain.Searches;
using Boona.Infrastructure.Persistence;
using Boona.Tests.Support;
using Boona.Tests.Web.Api;
using Boona.Tests.Web.Patients;
using Microsoft.EntityFrameworkCore;
using static Boona.Tests.Web.Api.ApiApp;

namespace Boona.Tests.Web.Searches;

/// <summary>What the search page does, a machine does through the same use cases; every state conflict is a 409.</summary>
public sealed class SearchApiTests
{
    [Theory, EveryProvider]
    public async Task A_search_is_paused_without_a_body_and_a_second_pause_a_second_search_and_a_stale_version_are_conflicts(DatabaseProvider provider)
    {
        await using var running = await ProviderApiApp.StartAsync(provider);
        var app = running.App;
        using var client = app.Client(await app.NewKeyAsync());
        var (patientId, searchId) = await StartedAsync(client);

        using var paused = await client.PostAsync(Url($"/api/v1/searches/{searchId}/pause"), null, Token);
        using var pausedAgain = await client.PostAsync(Url($"/api/v1/searches/{searchId}/pause"), null, Token);
        using var secondSearch = await client.PostAsync(Url($"/api/v1/patients/{patientId}/searches"), null, Token);
        using var stale = await client.PostAsJsonAsync(Url($"/api/v1/searches/{searchId}/resume"), new { version = 0 }, Token);
        var version = (await JsonAsync(await client.GetAsync(Url($"/api/v1/searches/{searchId}"), Token))).GetProperty("version").GetInt32();
        using var resumed = await client.PostAsJsonAsync(Url($"/api/v1/searches/{searchId}/resume"), new { version }, Token);
        using var cancelWithoutBody = await client.PostAsync(Url($"/api/v1/searches/{searchId}/cancel"), null, Token);

        Assert.Equal(HttpStatusCode.NoContent, paused.StatusCode);
        Assert.Equal((HttpStatusCode.Conflict, "search.transition"), (pausedAgain.StatusCode, await CodeAsync(pausedAgain)));
        Assert.Equal((HttpStatusCode.Conflict, "search.already-open"), (secondSearch.StatusCode, await CodeAsync(secondSearch)));
        Assert.Equal((HttpStatusCode.Conflict, "concurrency"), (stale.StatusCode, await CodeAsync(stale)));
        Assert.Equal(HttpStatusCode.NoContent, resumed.StatusCode);
        var cancelProblem = await JsonAsync(cancelWithoutBody);
        Assert.Equal((HttpStatusCode.BadRequest, "search.cancel.reason"), (cancelWithoutBody.StatusCode, cancelProblem.GetProperty("codes")[0].GetProperty("code").GetString()));
        Assert.True(cancelProblem.GetProperty("errors").TryGetProperty("reason", out _));
        Assert.Equal(SearchStatus.Active, await app.ReadAsync(c => c.Searches.Select(s => s.Status).SingleAsync(Token)));
    }

    [Theory, EveryProvider]
    public async Task A_machine_keeps_notes_and_the_search_and_patient_exclusions_with_reasons_that_are_kept(DatabaseProvider provider)
    {
        await using var running = await ProviderApiApp.StartAsync(provider);
        var app = running.App;
        using var client = app.Client(await app.NewKeyAsync("Website"));
        var (patientId, searchId) = await StartedAsync(client);
        var therapistId = (await JsonAsync(await client.PostAsJsonAsync(Url("/api/v1/therapists"), new { lastName = "Weber", postalCode = "50667", city = "Köln" }, Token))).GetProperty("id").GetInt32();

        using var note = await client.PostAsJsonAsync(Url($"/api/v1/searches/{searchId}/notes"), new { text = "Ruft morgen zurück" }, Token);
        using var emptyNote = await client.PostAsJsonAsync(Url($"/api/v1/searches/{searchId}/notes"), new { text = "\u200B" }, Token);
        using var excluded = await client.PostAsJsonAsync(Url($"/api/v1/searches/{searchId}/exclusions"), new { therapistId, reason = "Passt nicht" }, Token);
        using var excludedTwice = await client.PostAsJsonAsync(Url($"/api/v1/searches/{searchId}/exclusions"), new { therapistId, reason = "Noch einmal" }, Token);
        using var unknown = await client.PostAsJsonAsync(Url($"/api/v1/searches/{searchId}/exclusions"), new { therapistId = therapistId + 9, reason = "Wer?" }, Token);
        using var patientExcluded = await client.PostAsJsonAsync(Url($"/api/v1/patients/{patientId}/exclusions"), new { therapistId, reason = "Früher behandelt" }, Token);
        var whileExcluded = await JsonAsync(await client.GetAsync(Url($"/api/v1/searches/{searchId}"), Token));
        using var liftedWithoutReason = await client.PostAsync(Url($"/api/v1/searches/{searchId}/exclusions/{therapistId}/remove"), null, Token);
        using var lifted = await client.PostAsJsonAsync(Url($"/api/v1/searches/{searchId}/exclusions/{therapistId}/remove"), new { reason = "Doch passend" }, Token);
        using var patientLifted = await client.PostAsJsonAsync(Url($"/api/v1/patients/{patientId}/exclusions/{therapistId}/remove"), new { reason = "Neue Praxis" }, Token);
        var search = await JsonAsync(await client.GetAsync(Url($"/api/v1/searches/{searchId}"), Token));
        var patient = await JsonAsync(await client.GetAsync(Url($"/api/v1/patients/{patientId}"), Token));

        Assert.Equal(
            [HttpStatusCode.NoContent, HttpStatusCode.NoContent, HttpStatusCode.NoContent, HttpStatusCode.NoContent, HttpStatusCode.NoContent],
            new[] { note, excluded, patientExcluded, lifted, patientLifted }.Select(r => r.StatusCode));
        Assert.Equal((HttpStatusCode.BadRequest, "search.note.empty"), (emptyNote.StatusCode, await CodeAsync(emptyNote)));
        Assert.Equal((HttpStatusCode.Conflict, "exclusion.exists"), (excludedTwice.StatusCode, await CodeAsync(excludedTwice)));
        Assert.True((await JsonAsync(unknown)).GetProperty("errors").TryGetProperty("therapistId", out _));
        Assert.Equal((HttpStatusCode.BadRequest, "exclusion.lift.reason"), (liftedWithoutReason.StatusCode, await CodeAsync(liftedWithoutReason)));
        Assert.Equal(["Search", "Patient"], whileExcluded.GetProperty("exclusions").EnumerateArray().Select(e => e.GetProperty("source").GetString()).Order().Reverse());
        Assert.Empty(search.GetProperty("exclusions").EnumerateArray());
        var events = search.GetProperty("events").EnumerateArray().ToList();
        var noteEvent = Assert.Single(events, e => e.GetProperty("kind").GetString() == "Note");
        Assert.Equal(("Ruft morgen zurück", "API: Website"), (noteEvent.GetProperty("text").GetString(), noteEvent.GetProperty("by").GetString()));
        Assert.Equal("Doch passend", Assert.Single(events, e => e.GetProperty("kind").GetString() == "ExclusionLifted").GetProperty("text").GetString());
        var liftedFromPatient = Assert.Single(patient.GetProperty("liftedExclusions").EnumerateArray());
        Assert.Equal(("Früher behandelt", "Neue Praxis", "API: Website"), (liftedFromPatient.GetProperty("reason").GetString(), liftedFromPatient.GetProperty("liftReason").GetString(), liftedFromPatient.GetProperty("liftedBy").GetString()));
    }

    private static async Task<(int PatientId, int SearchId)> StartedAsync(HttpClient client)
    {
        using var created = await client.PostAsync(Url("/api/v1/patients"), new StringContent(PatientApiBadInputTests.Valid().ToJsonString(), System.Text.Encoding.UTF8, "application/json"), Token);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var patientId = (await JsonAsync(created)).GetProperty("id").GetInt32();
        using var started = await client.PostAsync(Url($"/api/v1/patients/{patientId}/searches"), null, Token);
        Assert.True(started.StatusCode == HttpStatusCode.Created, await started.Content.ReadAsStringAsync(Token));
        return (patientId, (await JsonAsync(started)).GetProperty("id").GetInt32());
    }

    private static async Task<string?> CodeAsync(HttpResponseMessage response) =>
        (await JsonAsync(response)).GetProperty("codes")[0].GetProperty("code").GetString();
}
