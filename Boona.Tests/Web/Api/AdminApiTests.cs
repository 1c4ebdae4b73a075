using System.Net;
using System.Net.Http.Json;
using Boona.Infrastructure.ApiKeys;
using Boona.Infrastructure.Geo.Refresh;
using Boona.Infrastructure.Settings;
using Microsoft.Extensions.DependencyInjection;
using static Boona.Tests.Web.Api.ApiApp;

namespace Boona.Tests.Web.Api;

/// <summary>The admin pages' work over HTTP: settings through the page's own store, jobs started as from the Jobs page.</summary>
public sealed class AdminApiTests
{
    [Fact]
    public async Task An_admin_key_changes_a_setting_with_the_version_it_read_and_everyone_sees_the_new_value()
    {
        await using var app = new ApiApp();
        using var client = app.Client(await app.NewKeyAsync("Betrieb", ApiKeyScope.Admin));
        var read = await JsonAsync(await client.GetAsync(Url("/api/v1/settings"), Token));
        var version = read.GetProperty("version").GetInt32();

        using var changed = await client.PatchAsJsonAsync(Url("/api/v1/settings"), new { version, values = new { coolingWeeks = 3 } }, Token);
        using var stale = await client.PatchAsJsonAsync(Url("/api/v1/settings"), new { version, values = new { coolingWeeks = 9 } }, Token);

        Assert.Equal(4, read.GetProperty("values").GetProperty("coolingWeeks").GetInt32());
        Assert.Contains(read.GetProperty("settings").EnumerateArray(), s => s.GetProperty("name").GetString() == "bundleSizeMax" && s.GetProperty("max").GetInt32() == 6);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var saved = await JsonAsync(changed);
        Assert.Equal((version + 1, "API: Betrieb"), (saved.GetProperty("version").GetInt32(), saved.GetProperty("updatedBy").GetString()));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(3, (await app.Factory.Services.GetRequiredService<SettingsStore>().GetAsync(Token)).CoolingWeeks);
    }

    [Fact]
    public async Task Out_of_range_and_unknown_settings_are_refused_by_their_field_and_nothing_changes()
    {
        await using var app = new ApiApp();
        using var client = app.Client(await app.NewKeyAsync("Betrieb", ApiKeyScope.Admin));

        using var refused = await client.PatchAsJsonAsync(Url("/api/v1/settings"), new { values = new { coolingWeeks = 3, bundleSizeMax = 7, coolness = 1 } }, Token);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = (await JsonAsync(refused)).GetProperty("errors");
        Assert.Equal(["values.bundleSizeMax", "values.coolness"], errors.EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal(4, (await app.Factory.Services.GetRequiredService<SettingsStore>().GetAsync(Token)).CoolingWeeks);
    }

    [Fact]
    public async Task Settings_and_jobs_are_for_admins_only()
    {
        await using var app = new ApiApp();
        using var coordinator = app.Client(await app.NewKeyAsync("Integration", ApiKeyScope.Coordinator));

        using var read = await coordinator.GetAsync(Url("/api/v1/settings"), Token);
        using var change = await coordinator.PatchAsJsonAsync(Url("/api/v1/settings"), new { values = new { coolingWeeks = 3 } }, Token);
        using var jobs = await coordinator.GetAsync(Url("/api/v1/jobs"), Token);
        using var run = await coordinator.PostAsync(Url($"/api/v1/jobs/{LocationRefreshJob.Name}/runs"), null, Token);

        Assert.Equal([HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden], new[] { read.StatusCode, change.StatusCode, jobs.StatusCode, run.StatusCode });
        Assert.Equal(4, (await app.Factory.Services.GetRequiredService<SettingsStore>().GetAsync(Token)).CoolingWeeks);
    }

    [Fact]
    public async Task An_admin_key_starts_the_locations_job_and_sees_its_run_attributed_to_the_key()
    {
        await using var app = new ApiApp();
        using var client = app.Client(await app.NewKeyAsync("Betrieb", ApiKeyScope.Admin));

        using var started = await client.PostAsync(Url($"/api/v1/jobs/{LocationRefreshJob.Name}/runs"), null, Token);
        using var unknown = await client.PostAsync(Url("/api/v1/jobs/no-such-job/runs"), null, Token);

        Assert.True(started.StatusCode == HttpStatusCode.Accepted, await started.Content.ReadAsStringAsync(Token));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        var run = await WaitForRunAsync(client, LocationRefreshJob.Name);
        Assert.Equal(("Manual", "API: Betrieb"), (run.GetProperty("trigger").GetString(), run.GetProperty("triggeredBy").GetString()));
    }

    private static async Task<System.Text.Json.JsonElement> WaitForRunAsync(HttpClient client, string job)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var jobs = await JsonAsync(await client.GetAsync(Url("/api/v1/jobs"), Token));
            var runs = jobs.EnumerateArray().Single(j => j.GetProperty("name").GetString() == job).GetProperty("lastRuns");
            if (runs.GetArrayLength() > 0)
            {
                return runs[0];
            }

            await Task.Delay(100, Token);
        }

        throw new TimeoutException($"No run of {job} was recorded.");
    }
}
