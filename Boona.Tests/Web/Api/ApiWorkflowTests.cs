using System.Net;
using System.Net.Http.Json;
using Boona.Domain.Common;
using Boona.Domain.Searches;
using Microsoft.EntityFrameworkCore;
using static Boona.Tests.Web.Api.ApiApp;

namespace Boona.Tests.Web.Api;

/// <summary>The whole inquiry workflow over HTTP: the same use cases the pages call, seen from a machine.</summary>
public sealed class ApiWorkflowTests
{
    [Fact]
    public async Task A_machine_registers_a_patient_starts_the_search_builds_an_inquiry_and_records_the_acceptance()
    {
        await using var app = new ApiApp();
        using var client = app.Client(await app.NewKeyAsync("Integration"));
        var (therapistId, searchId) = await TherapistAndSearchNearbyAsync(app, client);

        var selection = await JsonAsync(await client.GetAsync(Url("/api/v1/regions/50/therapists"), Token));
        var candidates = await JsonAsync(await client.GetAsync(Url($"/api/v1/therapists/{therapistId}/candidates"), Token));
        var inquiryId = await IdAsync(await client.PostAsJsonAsync(Url("/api/v1/inquiries"), new { therapistId, searchIds = new[] { searchId } }, Token));
        using var answered = await client.PostAsJsonAsync(Url($"/api/v1/inquiries/{inquiryId}/answers"), new { searchId, outcome = "Accepted" }, Token);
        var search = await JsonAsync(await client.GetAsync(Url($"/api/v1/searches/{searchId}"), Token));
        var inquiry = await JsonAsync(await client.GetAsync(Url($"/api/v1/inquiries/{inquiryId}"), Token));

        Assert.Equal(therapistId, selection.GetProperty("contactable")[0].GetProperty("id").GetInt32());
        Assert.True(selection.GetProperty("contactable")[0].GetProperty("phoneOnly").GetBoolean());
        Assert.Equal([searchId], candidates.GetProperty("bundle").EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Equal("Placed", (await JsonAsync(answered)).GetProperty("effect").GetString());
        Assert.Equal(nameof(SearchStatus.Placed), search.GetProperty("status").GetString());
        Assert.Equal(therapistId, search.GetProperty("placedTherapistId").GetInt32());
        Assert.Equal(("Phone", "Answered", "FullAcceptance"), (inquiry.GetProperty("channel").GetString(), inquiry.GetProperty("state").GetString(), inquiry.GetProperty("answerType").GetString()));
        Assert.DoesNotContain("Schmidt", inquiry.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_machine_pauses_resumes_and_cancels_a_search_and_its_reads_of_a_patient_are_logged()
    {
        await using var app = new ApiApp();
        using var client = app.Client(await app.NewKeyAsync("Integration"));
        var patientId = await IdAsync(await client.PostAsJsonAsync(Url("/api/v1/patients"), Patient(), Token));
        var searchId = await IdAsync(await client.PostAsync(Url($"/api/v1/patients/{patientId}/searches"), null, Token));

        using var paused = await client.PostAsJsonAsync(Url($"/api/v1/searches/{searchId}/pause"), new { reason = "Urlaub" }, Token);
        using var resumed = await client.PostAsync(Url($"/api/v1/searches/{searchId}/resume"), null, Token);
        using var noReason = await client.PostAsJsonAsync(Url($"/api/v1/searches/{searchId}/cancel"), new { reason = "" }, Token);
        using var cancelled = await client.PostAsJsonAsync(Url($"/api/v1/searches/{searchId}/cancel"), new { reason = "Selbst einen Platz gefunden" }, Token);
        var patient = await JsonAsync(await client.GetAsync(Url($"/api/v1/patients/{patientId}"), Token));

        Assert.Equal((HttpStatusCode.NoContent, HttpStatusCode.NoContent, HttpStatusCode.BadRequest, HttpStatusCode.NoContent), (paused.StatusCode, resumed.StatusCode, noReason.StatusCode, cancelled.StatusCode));
        Assert.Equal(nameof(SearchStatus.Cancelled), patient.GetProperty("searches")[0].GetProperty("status").GetString());
        Assert.Equal("Schmidt", patient.GetProperty("patient").GetProperty("lastName").GetString());
        Assert.Equal("API: Integration", await app.ReadAsync(c => c.PatientAccesses.Select(a => a.UserName).SingleAsync(Token)));
    }

    [Fact]
    public async Task Answering_a_patient_twice_is_a_conflict_and_the_first_answer_stays()
    {
        await using var app = new ApiApp();
        using var client = app.Client(await app.NewKeyAsync("Integration"));
        var (therapistId, searchId) = await TherapistAndSearchNearbyAsync(app, client);
        var inquiryId = await IdAsync(await client.PostAsJsonAsync(Url("/api/v1/inquiries"), new { therapistId, searchIds = new[] { searchId } }, Token));

        using var first = await client.PostAsJsonAsync(Url($"/api/v1/inquiries/{inquiryId}/answers"), new { searchId, outcome = "DeclinedNoCapacity" }, Token);
        using var second = await client.PostAsJsonAsync(Url($"/api/v1/inquiries/{inquiryId}/answers"), new { searchId, outcome = "DeclinedNotSuitable" }, Token);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Conflict), (first.StatusCode, second.StatusCode));
        Assert.Equal("inquiry.outcome.transition", (await JsonAsync(second)).GetProperty("codes")[0].GetProperty("code").GetString());
        var inquiry = await JsonAsync(await client.GetAsync(Url($"/api/v1/inquiries/{inquiryId}"), Token));
        Assert.Equal("DeclinedNoCapacity", inquiry.GetProperty("patients")[0].GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task A_machine_corrects_an_acceptance_with_a_reason_and_the_placement_is_taken_back()
    {
        await using var app = new ApiApp();
        using var client = app.Client(await app.NewKeyAsync("Integration"));
        var (therapistId, searchId) = await TherapistAndSearchNearbyAsync(app, client);
        var inquiryId = await IdAsync(await client.PostAsJsonAsync(Url("/api/v1/inquiries"), new { therapistId, searchIds = new[] { searchId } }, Token));
        using var accepted = await client.PostAsJsonAsync(Url($"/api/v1/inquiries/{inquiryId}/answers"), new { searchId, outcome = "Accepted" }, Token);
        var corrections = Url($"/api/v1/inquiries/{inquiryId}/answers/corrections");

        using var noReason = await client.PostAsJsonAsync(corrections, new { searchId, outcome = "DeclinedNoCapacity" }, Token);
        using var corrected = await client.PostAsJsonAsync(corrections, new { searchId, outcome = "DeclinedNoCapacity", reason = "Zusage galt einer anderen Person" }, Token);
        using var again = await client.PostAsJsonAsync(corrections, new { searchId, outcome = "DeclinedNoCapacity", reason = "Noch einmal" }, Token);
        using var unknown = await client.PostAsJsonAsync(Url("/api/v1/inquiries/999999/answers/corrections"), new { searchId, outcome = "Accepted", reason = "x" }, Token);
        using var notStanding = await client.PostAsync(Url($"/api/v1/searches/{searchId}/standing-acceptances/{inquiryId}"), null, Token);
        var inquiry = await JsonAsync(await client.GetAsync(Url($"/api/v1/inquiries/{inquiryId}"), Token));
        var search = await JsonAsync(await client.GetAsync(Url($"/api/v1/searches/{searchId}"), Token));

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.True((await JsonAsync(noReason)).GetProperty("errors").TryGetProperty("reason", out _));
        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        var body = await JsonAsync(corrected);
        Assert.Equal(("Accepted", "DeclinedNoCapacity"), (body.GetProperty("from").GetString(), body.GetProperty("to").GetString()));
        Assert.Equal(["PlacementReverted"], body.GetProperty("effects").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal((HttpStatusCode.Conflict, "inquiry.correction.same"), (again.StatusCode, (await JsonAsync(again)).GetProperty("codes")[0].GetProperty("code").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal((HttpStatusCode.Conflict, "search.standing.none"), (notStanding.StatusCode, (await JsonAsync(notStanding)).GetProperty("codes")[0].GetProperty("code").GetString()));
        var correction = inquiry.GetProperty("corrections")[0];
        Assert.Equal(("Accepted", "DeclinedNoCapacity", "Zusage galt einer anderen Person", "API: Integration"),
            (correction.GetProperty("from").GetString(), correction.GetProperty("to").GetString(), correction.GetProperty("reason").GetString(), correction.GetProperty("by").GetString()));
        Assert.Equal(nameof(SearchStatus.Active), search.GetProperty("status").GetString());
        Assert.Contains(search.GetProperty("events").EnumerateArray(), e => e.GetProperty("kind").GetString() == nameof(SearchEventKind.PlacementReverted));
        Assert.Equal(0, search.GetProperty("standingAcceptances").GetArrayLength());
    }

    [Fact]
    public async Task A_machine_records_a_call_not_reached_to_call_back_and_reached_and_a_missing_time_a_finished_call_or_an_unknown_one_is_refused()
    {
        await using var app = new ApiApp();
        using var client = app.Client(await app.NewKeyAsync("Integration"));
        var (therapistId, searchId) = await TherapistAndSearchNearbyAsync(app, client);
        var inquiryId = await IdAsync(await client.PostAsJsonAsync(Url("/api/v1/inquiries"), new { therapistId, searchIds = new[] { searchId } }, Token));
        var callId = await app.ReadAsync(c => c.PhoneCalls.Where(call => call.InquiryId == inquiryId).Select(call => call.Id).SingleAsync(Token));
        using var listed = await client.GetAsync(Url("/api/v1/calls?due=all"), Token);
        using var badDue = await client.GetAsync(Url("/api/v1/calls?due=yesterday"), Token);

        using var missed = await client.PostAsync(Url($"/api/v1/calls/{callId}/not-reached"), null, Token);
        using var noTime = await client.PostAsJsonAsync(Url($"/api/v1/calls/{callId}/call-back"), new { day = "2030-03-04" }, Token);
        using var callBack = await client.PostAsJsonAsync(Url($"/api/v1/calls/{callId}/call-back"), new { day = "2030-03-04", time = "14:30", note = "Frau Weber ab 14 Uhr" }, Token);
        var plannedAt = await app.ReadAsync(c => c.PhoneCalls.Where(x => x.Id == callId).Select(x => x.PlannedAt).SingleAsync(Token));
        using var reached = await client.PostAsync(Url($"/api/v1/calls/{callId}/reached"), null, Token);
        using var reachedAgain = await client.PostAsync(Url($"/api/v1/calls/{callId}/reached"), null, Token);
        using var unknown = await client.PostAsync(Url("/api/v1/calls/999999/not-reached"), null, Token);

        Assert.Equal(HttpStatusCode.OK, listed.StatusCode);
        var listedCall = Assert.Single((await JsonAsync(listed)).GetProperty("items").EnumerateArray(), c => c.GetProperty("id").GetInt32() == callId);
        Assert.Equal(("0221 123456", inquiryId), (listedCall.GetProperty("phone").GetString(), listedCall.GetProperty("inquiryId").GetInt32()));
        Assert.StartsWith("P-", listedCall.GetProperty("patients")[0].GetProperty("reference").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, badDue.StatusCode);
        Assert.Equal(HttpStatusCode.OK, missed.StatusCode);
        var next = (await JsonAsync(missed)).GetProperty("nextAt").GetDateTimeOffset();
        Assert.True(next > DateTimeOffset.UtcNow, $"not reached planned the call again at {next}, in the past");
        Assert.Equal(HttpStatusCode.BadRequest, noTime.StatusCode);
        Assert.True((await JsonAsync(noTime)).GetProperty("errors").TryGetProperty("time", out _));
        Assert.Equal(HttpStatusCode.NoContent, callBack.StatusCode);
        Assert.Equal(new DateTimeOffset(2030, 3, 4, 13, 30, 0, TimeSpan.Zero), plannedAt.ToUniversalTime());
        Assert.Equal(HttpStatusCode.NoContent, reached.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, reachedAgain.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    /// <summary>A phone-only therapist and a patient's active search a few kilometres apart, both made through the API.</summary>
    private static async Task<(int TherapistId, int SearchId)> TherapistAndSearchNearbyAsync(ApiApp app, HttpClient client)
    {
        var therapistId = await IdAsync(await client.PostAsJsonAsync(Url("/api/v1/therapists"), new { salutation = "Frau", lastName = "Weber", postalCode = "50667", city = "Köln", phone = "0221 123456", methods = new[] { "Vt" } }, Token));
        var patientId = await IdAsync(await client.PostAsJsonAsync(Url("/api/v1/patients"), Patient(), Token));
        var searchId = await IdAsync(await client.PostAsync(Url($"/api/v1/patients/{patientId}/searches"), null, Token));

        // Placed by hand at exact points (geocoding is not part of this API), a few kilometres apart.
        await app.ChangeAsync(async c =>
        {
            (await c.Therapists.SingleAsync(Token)).SetLocation(new Location(50.94, 6.96, LocationSource.Manual));
            (await c.Patients.SingleAsync(Token)).SetLocation(new Location(50.97, 6.96, LocationSource.Manual));
        });
        return (therapistId, searchId);
    }

    private static object Patient() => new
    {
        salutation = "Herr", firstName = "Jonas", lastName = "Schmidt", birthDate = "1990-05-17", street = "Ringstraße 5", postalCode = "50667", city = "Köln",
        email = "jonas@example.org", diagnoses = "F32.1", symptoms = new[] { "LowMood" }, availableTimes = "Mo 08:00-18:00", hoursPerWeekAvailable = 25,
        maxDistanceKm = 20, contractsSigned = true, consentGiven = true, consentVersion = "2026-01",
    };

    private static async Task<int> IdAsync(HttpResponseMessage response)
    {
        using (response)
        {
            Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(Token)}");
            return (await JsonAsync(response)).GetProperty("id").GetInt32();
        }
    }
}
