using Boona.Domain.Common;
using Boona.Infrastructure.Common;
using Boona.Infrastructure.Geo;
using Boona.Infrastructure.Geo.Refresh;
using Boona.Infrastructure.Jobs;
using Boona.Infrastructure.Persistence;
using Boona.Tests.Infrastructure.Jobs;
using Boona.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Boona.Tests.Infrastructure.Geo;

public sealed class LocationRefreshJobTests
{
    [Theory, EveryProvider]
    public async Task The_refresh_job_locates_everyone_without_a_location_and_records_its_run(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await GeocoderFixture.SeedCentroidsAsync(database);
        await using var server = await LoopbackHttpServer.StartAsync((context, _) =>
            LoopbackHttpServer.WriteJsonAsync(context, context.Request.Query["postalcode"] == "50667" ? GeocoderFixture.Found : "[]"));
        var ids = await SeedAsync(database);
        await using var host = await StartAsync(database, server.BaseUrl);

        await host.RunNowAsync(LocationRefreshJob.Name);
        var first = Assert.Single(await JobHost.WaitForFinishedRunsAsync(database.Factory, LocationRefreshJob.Name, 1));
        var requestsAfterFirstRun = server.Requests.Count;
        await host.RunNowAsync(LocationRefreshJob.Name);
        var second = (await JobHost.WaitForFinishedRunsAsync(database.Factory, LocationRefreshJob.Name, 2))[^1];

        Assert.Equal((JobRunStatus.CompletedWithErrors, 3, 3, 1), (first.Status, first.ItemsTotal!.Value, first.ItemsDone, first.Errors));
        Assert.Contains("99999", first.Message, StringComparison.Ordinal);
        // The second run looks again at the unknown postal code and at the patient left on the centroid; the
        // patient's not-found answer is cached, so no request goes out and nothing is written.
        Assert.Equal((2, 1), (second.ItemsTotal!.Value, second.Errors));
        Assert.Equal(3, requestsAfterFirstRun);
        Assert.Equal(requestsAfterFirstRun, server.Requests.Count);
        await using var context = database.CreateContext();
        var therapists = await context.Therapists.ToDictionaryAsync(t => t.Id, TestContext.Current.CancellationToken);
        var patient = await context.Patients.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal(new Location(50.9375, 6.9603, LocationSource.Address), therapists[ids.Found].Location);
        Assert.Null(therapists[ids.Unknown].Location);
        Assert.Equal(new Location(1, 2, LocationSource.Manual), therapists[ids.Manual].Location);
        Assert.Equal(new Location(50.7766, 6.0834, LocationSource.PostalCodeCentroid), patient.Location);
    }

    [Theory, EveryProvider]
    public async Task A_centroid_used_during_an_outage_is_replaced_by_the_address_on_a_later_run(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await GeocoderFixture.SeedCentroidsAsync(database);
        var down = true;
        await using var server = await LoopbackHttpServer.StartAsync((context, _) =>
            down ? LoopbackHttpServer.WriteJsonAsync(context, "{}", 503) : LoopbackHttpServer.WriteJsonAsync(context, GeocoderFixture.Found));
        int id;
        await using (var context = database.CreateContext())
        {
            var therapist = Build.Therapist("Weber", "50667");
            context.Therapists.Add(therapist);
            await context.SaveChangesAsync(TestContext.Current.CancellationToken);
            id = therapist.Id;
        }

        await using var host = await StartAsync(database, server.BaseUrl, ("Geocoding:MaxRetries", "0"));
        await host.RunNowAsync(LocationRefreshJob.Name);
        await JobHost.WaitForFinishedRunsAsync(database.Factory, LocationRefreshJob.Name, 1);
        var duringOutage = await LocationAsync(database, id);
        down = false;
        await host.RunNowAsync(LocationRefreshJob.Name);
        await JobHost.WaitForFinishedRunsAsync(database.Factory, LocationRefreshJob.Name, 2);

        Assert.Equal(LocationSource.PostalCodeCentroid, duringOutage!.Source);
        Assert.Equal(new Location(50.9375, 6.9603, LocationSource.Address), await LocationAsync(database, id));
    }

    [Fact]
    public async Task The_refresh_job_is_scheduled_nightly()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var host = await StartAsync(database, new Uri("http://127.0.0.1:9/"));

        var overview = await host.Services.GetRequiredService<JobQueries>().GetOverviewAsync(5, TestContext.Current.CancellationToken);

        var job = Assert.Single(overview, j => j.Name == LocationRefreshJob.Name);
        Assert.Equal(LocationRefreshJob.Schedule, job.Cron);
        var next = TimeZoneInfo.ConvertTime(job.NextFireAt!.Value, BoonaTime.Zone);
        Assert.Equal((2, 30), (next.Hour, next.Minute));
    }

    private static Task<JobHost> StartAsync(TestDatabase database, Uri nominatim, params (string Key, string Value)[] more)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Geocoding:Enabled"] = "true",
            ["Geocoding:BaseUrl"] = nominatim.ToString(),
            ["Geocoding:ContactEmail"] = GeocoderFixture.Contact,
            ["Geocoding:BatchSize"] = "2",
        };
        foreach (var (key, value) in more)
        {
            settings[key] = value;
        }

        return JobHost.StartAsync(database, services => services.AddBoonaGeo(new ConfigurationBuilder().Build()), settings);
    }

    private static async Task<Location?> LocationAsync(TestDatabase database, int therapistId)
    {
        await using var context = database.CreateContext();
        return await context.Therapists.Where(t => t.Id == therapistId).Select(t => t.Location).SingleAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>A therapist the service finds, one whose postal code nobody knows, one placed by hand; a patient the service does not find.</summary>
    private static async Task<(int Found, int Unknown, int Manual)> SeedAsync(TestDatabase database)
    {
        await using var context = database.CreateContext();
        var found = Build.Therapist("Weber", "50667");
        var unknown = Build.Therapist("Unbekannt", "99999");
        var manual = Build.Therapist("Hand", "50667");
        manual.SetLocation(new Location(1, 2, LocationSource.Manual));
        context.Therapists.AddRange(found, unknown, manual);
        context.Patients.Add(Build.Patient("Schmidt", "52062"));
        await context.SaveChangesAsync(TestContext.Current.CancellationToken);
        return (found.Id, unknown.Id, manual.Id);
    }
}
