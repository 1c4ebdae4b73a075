using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using static Boona.Tests.Web.Api.ApiApp;

namespace Boona.Tests.Web.Api;

/// <summary>Invalid input gets a problem-details answer naming each invalid field, and nothing is saved.</summary>
public sealed class ApiValidationTests
{
    [Fact]
    public async Task An_invalid_patient_is_refused_field_by_field_and_nothing_is_saved()
    {
        await using var app = new ApiApp();
        using var client = app.Client(await app.NewKeyAsync());

        using var response = await client.PostAsJsonAsync(Url("/api/v1/patients"), new { firstName = "", lastName = "Schmidt", postalCode = "5066", city = "Köln", birthDate = "2020-01-01", email = "kein-mail" }, Token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await JsonAsync(response)).GetProperty("errors");
        foreach (var field in new[] { "firstName", "postalCode", "birthDate", "email" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"No error for {field}: {errors}");
        }

        Assert.Equal(0, await app.ReadAsync(c => c.Patients.CountAsync(Token)));
    }

    [Fact]
    public async Task An_unknown_enum_value_is_named_as_the_field_at_fault()
    {
        await using var app = new ApiApp();
        using var client = app.Client(await app.NewKeyAsync());

        using var response = await client.PostAsJsonAsync(Url("/api/v1/therapists"), new { salutation = "Professorin", lastName = "Weber", postalCode = "50667", city = "Köln" }, Token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await JsonAsync(response)).GetProperty("errors").TryGetProperty("salutation", out _));
        Assert.Equal(0, await app.ReadAsync(c => c.Therapists.CountAsync(Token)));
    }

    [Fact]
    public async Task An_invalid_therapist_names_every_field_and_an_unknown_query_value_is_refused_too()
    {
        await using var app = new ApiApp();
        using var client = app.Client(await app.NewKeyAsync());

        using var created = await client.PostAsJsonAsync(Url("/api/v1/therapists"), new { lastName = " ", postalCode = "ABCDE", city = "", email = "x", website = "praxis" }, Token);
        using var listed = await client.GetAsync(Url("/api/v1/inquiries?state=vergessen"), Token);

        var errors = (await JsonAsync(created)).GetProperty("errors");
        Assert.Equal(["city", "email", "lastName", "postalCode", "website"], errors.EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal(HttpStatusCode.BadRequest, listed.StatusCode);
        Assert.True((await JsonAsync(listed)).GetProperty("errors").TryGetProperty("state", out _));
    }

    [Fact]
    public async Task An_answer_dated_in_the_future_or_not_a_date_names_answeredOn()
    {
        await using var app = new ApiApp();
        using var client = app.Client(await app.NewKeyAsync());

        using var future = await client.PostAsJsonAsync(Url("/api/v1/inquiries/1/answers"), new { searchId = 1, outcome = "Accepted", answeredOn = "2999-01-01" }, Token);
        using var garbled = await client.PostAsJsonAsync(Url("/api/v1/inquiries/1/answers"), new { searchId = 1, outcome = "Accepted", answeredOn = "gestern" }, Token);

        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
        Assert.True((await JsonAsync(future)).GetProperty("errors").TryGetProperty("answeredOn", out _));
        Assert.Equal(HttpStatusCode.BadRequest, garbled.StatusCode);
        Assert.True((await JsonAsync(garbled)).GetProperty("errors").TryGetProperty("answeredOn", out _));
    }

    [Fact]
    public async Task Unknown_records_are_404_and_a_stale_version_is_409()
    {
        await using var app = new ApiApp();
        using var client = app.Client(await app.NewKeyAsync());
        using var created = await client.PostAsJsonAsync(Url("/api/v1/therapists"), new { lastName = "Weber", postalCode = "50667", city = "Köln" }, Token);
        var id = (await JsonAsync(created)).GetProperty("id").GetInt32();

        using var missing = await client.GetAsync(Url("/api/v1/inquiries/4711"), Token);
        using var first = await client.PutAsJsonAsync(Url($"/api/v1/therapists/{id}"), new { version = 0, profile = new { lastName = "Weber-Neu", postalCode = "50667", city = "Köln" } }, Token);
        using var stale = await client.PutAsJsonAsync(Url($"/api/v1/therapists/{id}"), new { version = 0, profile = new { lastName = "Weber-Alt", postalCode = "50667", city = "Köln" } }, Token);
        using var badProfile = await client.PutAsJsonAsync(Url($"/api/v1/therapists/{id}"), new { version = 1, profile = new { lastName = "", postalCode = "50667", city = "Köln" } }, Token);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal((HttpStatusCode.NotFound, "application/problem+json"), (missing.StatusCode, missing.Content.Headers.ContentType?.MediaType));
        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.True((await JsonAsync(badProfile)).GetProperty("errors").TryGetProperty("profile.lastName", out _));
        Assert.Equal("Weber-Neu", await app.ReadAsync(c => c.Therapists.Select(t => t.LastName).SingleAsync(Token)));
    }

    [Fact]
    public async Task An_inquiry_with_an_unsuitable_patient_is_refused_and_not_created()
    {
        await using var app = new ApiApp();
        using var client = app.Client(await app.NewKeyAsync());
        using var created = await client.PostAsJsonAsync(Url("/api/v1/therapists"), new { lastName = "Weber", postalCode = "50667", city = "Köln", email = "weber@praxis.de" }, Token);
        var therapistId = (await JsonAsync(created)).GetProperty("id").GetInt32();

        using var response = await client.PostAsJsonAsync(Url("/api/v1/inquiries"), new { therapistId, searchIds = new[] { 4711 } }, Token);
        using var noAnswer = await client.PostAsJsonAsync(Url("/api/v1/inquiries/1/answers"), new { searchId = 1 }, Token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await JsonAsync(response)).GetProperty("errors").TryGetProperty("searchIds", out _));
        Assert.Equal(HttpStatusCode.BadRequest, noAnswer.StatusCode);
        Assert.True((await JsonAsync(noAnswer)).GetProperty("errors").TryGetProperty("outcome", out _));
        Assert.Equal(0, await app.ReadAsync(c => c.Inquiries.CountAsync(Token)));
    }
}
