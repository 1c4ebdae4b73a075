using System.Net;
using System.Text;
using System.Text.Json;
using static Boona.Tests.Web.Api.ApiApp;

namespace Boona.Tests.Web.Api;

/// <summary>A body or a query the API cannot read is answered in plain words: the field, what it takes, a code.</summary>
public sealed class ApiBodyTests
{
    [Theory]
    [InlineData("""{"lastName":"Weber","salutation":42}""", "salutation", "must be one of: None, Herr, Frau.")]
    [InlineData("""{"lastName":"Weber","salutation":"Professorin"}""", "salutation", "must be one of: None, Herr, Frau.")]
    [InlineData("""{"lastName":"Weber","maxDistanceKm":"weit"}""", "maxDistanceKm", "must be a whole number.")]
    [InlineData("""{"lastName":"Weber","birthDate":"gestern"}""", "birthDate", "must be a date such as 2026-12-01.")]
    [InlineData("""{"lastName":"Weber","methods":["Vt","Gestalt"]}""", "methods", "must be a list of: Vt, Tp, Ap, St.")]
    [InlineData("""{"lastName":"Weber","history":{"goals":7}}""", "history.goals", "must be text.")]
    public async Task An_unreadable_value_names_its_field_and_what_it_takes_without_a_type_name(string body, string field, string expectation)
    {
        await using var app = new ApiApp();
        using var client = app.Client(await app.NewKeyAsync());

        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(Url("/api/v1/patients"), content, Token);
        var problem = await JsonAsync(response);
        var text = problem.ToString();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal($"'{field}' {expectation}", problem.GetProperty("errors").GetProperty(field)[0].GetString());
        Assert.Equal("api.body.unreadable", problem.GetProperty("codes")[0].GetProperty("code").GetString());
        Assert.DoesNotContain("Boona.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", text, StringComparison.Ordinal);
        Assert.Equal(0, await app.ReadAsync(c => Task.FromResult(c.Patients.Count())));
    }

    [Fact]
    public async Task A_missing_body_is_named_with_its_own_code()
    {
        await using var app = new ApiApp();
        using var client = app.Client(await app.NewKeyAsync());

        using var empty = new StringContent(string.Empty, Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(Url("/api/v1/patients"), empty, Token);
        var problem = await JsonAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("api.body.required", problem.GetProperty("codes")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_415_as_problem_details()
    {
        await using var app = new ApiApp();
        using var client = app.Client(await app.NewKeyAsync());

        using var content = new StringContent("lastName=Weber", Encoding.UTF8, "text/plain");
        using var response = await client.PostAsync(Url("/api/v1/patients"), content, Token);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("page=-1", "page")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=500", "pageSize")]
    public async Task Paging_out_of_range_is_refused_not_clamped(string query, string field)
    {
        await using var app = new ApiApp();
        using var client = app.Client(await app.NewKeyAsync());

        foreach (var list in new[] { "patients", "searches", "therapists", "inquiries" })
        {
            using var response = await client.GetAsync(Url($"/api/v1/{list}?{query}"), Token);

            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{list}?{query}: {(int)response.StatusCode}");
            Assert.True((await JsonAsync(response)).GetProperty("errors").TryGetProperty(field, out JsonElement _), $"{list}?{query}");
        }
    }
}
