using Boona.Domain.Common;
using Boona.Infrastructure.Geo.Geocoding;
using Boona.Infrastructure.Persistence;
using Boona.Tests.Support;
using static Boona.Tests.Infrastructure.Geo.GeocoderFixture;

namespace Boona.Tests.Infrastructure.Geo;

public sealed class GeocoderTests
{
    [Theory, EveryProvider]
    public async Task A_found_address_is_located_by_address_with_an_honest_user_agent(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var server = await LoopbackHttpServer.StartAsync((context, _) => LoopbackHttpServer.WriteJsonAsync(context, Found));

        var result = Assert.Single(await Create(database, Options(server.BaseUrl)).LocateAsync([Cologne], TestContext.Current.CancellationToken));

        Assert.Equal(new GeocodeResult(new Location(50.9375, 6.9603, LocationSource.Address), GeocodeOutcome.Geocoded), result);
        var request = Assert.Single(server.Requests);
        Assert.Contains(Contact, request.UserAgent, StringComparison.Ordinal);
        Assert.StartsWith("/search?format=jsonv2", request.PathAndQuery, StringComparison.Ordinal);
        Assert.Contains("street=Hohe%20Stra%C3%9Fe%201&postalcode=50667&city=K%C3%B6ln", request.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory, EveryProvider]
    public async Task An_unknown_address_falls_back_to_the_postal_code_centroid(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await SeedCentroidsAsync(database);
        await using var server = await LoopbackHttpServer.StartAsync((context, _) => LoopbackHttpServer.WriteJsonAsync(context, "[]"));

        var result = Assert.Single(await Create(database, Options(server.BaseUrl)).LocateAsync([Cologne], TestContext.Current.CancellationToken));

        Assert.Equal(new GeocodeResult(new Location(50.9387, 6.9547, LocationSource.PostalCodeCentroid), GeocodeOutcome.NotFound), result);
    }

    [Fact]
    public async Task A_429_is_retried_after_the_time_given_in_Retry_After()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var server = await LoopbackHttpServer.StartAsync((context, n) =>
        {
            if (n == 1)
            {
                context.Response.Headers.RetryAfter = "2";
                return LoopbackHttpServer.WriteJsonAsync(context, """{"error":"Too many requests"}""", 429);
            }

            return LoopbackHttpServer.WriteJsonAsync(context, Found);
        });

        var result = Assert.Single(await Create(database, Options(server.BaseUrl)).LocateAsync([Cologne], TestContext.Current.CancellationToken));

        Assert.Equal(GeocodeOutcome.Geocoded, result.Outcome);
        Assert.Equal(2, server.Requests.Count);
        Assert.True(server.Requests[1].ArrivedAt - server.Requests[0].ArrivedAt >= TimeSpan.FromSeconds(1.9), "The retry came before Retry-After had passed.");
    }

    [Fact]
    public async Task A_Retry_After_longer_than_the_configured_maximum_is_not_cut_short()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await GeocoderFixture.SeedCentroidsAsync(database);
        await using var server = await LoopbackHttpServer.StartAsync((context, _) =>
        {
            context.Response.Headers.RetryAfter = "3600";
            return LoopbackHttpServer.WriteJsonAsync(context, """{"error":"Too many requests"}""", 429);
        });
        var options = Options(server.BaseUrl);
        options.MaxRetryDelay = TimeSpan.FromSeconds(1);

        var result = Assert.Single(await Create(database, options).LocateAsync([Cologne], TestContext.Current.CancellationToken));

        Assert.Equal(GeocodeOutcome.LookupFailed, result.Outcome);
        Assert.Contains("3600 s", result.Failure, StringComparison.Ordinal);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task A_server_error_is_retried_with_backoff_until_it_succeeds()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var server = await LoopbackHttpServer.StartAsync((context, n) =>
            n <= 2 ? LoopbackHttpServer.WriteJsonAsync(context, "{}", n == 1 ? 503 : 500) : LoopbackHttpServer.WriteJsonAsync(context, Found));

        var result = Assert.Single(await Create(database, Options(server.BaseUrl)).LocateAsync([Cologne], TestContext.Current.CancellationToken));

        Assert.Equal(GeocodeOutcome.Geocoded, result.Outcome);
        Assert.Equal(3, server.Requests.Count);
    }

    [Fact]
    public async Task A_service_that_does_not_answer_in_time_gives_the_centroid_and_caches_nothing()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await SeedCentroidsAsync(database);
        using var hang = new CancellationTokenSource();
        await using var server = await LoopbackHttpServer.StartAsync(async (context, _) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(30), hang.Token).ContinueWith(_ => { }, TaskScheduler.Default);
            await LoopbackHttpServer.WriteJsonAsync(context, Found);
        });
        var options = Options(server.BaseUrl);
        options.Timeout = TimeSpan.FromMilliseconds(300);
        options.MaxRetries = 1;

        var result = Assert.Single(await Create(database, options).LocateAsync([Cologne], TestContext.Current.CancellationToken));
        await hang.CancelAsync();

        Assert.Equal((GeocodeOutcome.LookupFailed, LocationSource.PostalCodeCentroid), (result.Outcome, result.Location?.Source));
        Assert.Contains("no answer within", result.Failure, StringComparison.Ordinal);
        Assert.Equal(2, server.Requests.Count);
        await using var context = database.CreateContext();
        Assert.Empty(context.GeocodeCache);
    }

    [Fact]
    public async Task Requests_are_paced_to_one_per_second_across_geocoders()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var server = await LoopbackHttpServer.StartAsync((context, _) => LoopbackHttpServer.WriteJsonAsync(context, Found));
        var pacer = new RequestPacer(TimeProvider.System);
        var addresses = Enumerable.Range(1, 4).Select(n => new GeoAddress($"Hohe Straße {n}", "50667", "Köln")).ToList();

        // Two geocoders (as two concurrent users of the one app-wide pacer) asking at the same time.
        await Task.WhenAll(
            Create(database, Options(server.BaseUrl), pacer).LocateAsync(addresses[..2], TestContext.Current.CancellationToken),
            Create(database, Options(server.BaseUrl), pacer).LocateAsync(addresses[2..], TestContext.Current.CancellationToken));

        var arrivals = server.Requests.Select(r => r.ArrivedAt).Order().ToList();
        Assert.Equal(4, arrivals.Count);
        Assert.All(arrivals.Zip(arrivals.Skip(1)), pair => Assert.True(pair.Second - pair.First >= TimeSpan.FromSeconds(0.95), $"Requests {pair.Second - pair.First} apart."));
    }

    [Theory, EveryProvider]
    public async Task Cached_answers_send_no_request_however_the_address_is_typed(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await SeedCentroidsAsync(database);
        await using var server = await LoopbackHttpServer.StartAsync((context, _) =>
            LoopbackHttpServer.WriteJsonAsync(context, context.Request.Query["street"] == "Hohe Straße 1" ? Found : "[]"));
        var unknown = new GeoAddress("Nirgendwo 9", "52062", "Aachen");
        await Create(database, Options(server.BaseUrl)).LocateAsync([Cologne, unknown], TestContext.Current.CancellationToken);

        var again = await Create(database, Options(server.BaseUrl)).LocateAsync(
            [new GeoAddress(" hohe  Str. 1 ", "50667", "KÖLN"), unknown], TestContext.Current.CancellationToken);

        Assert.Equal(2, server.Requests.Count);
        Assert.Equal([GeocodeOutcome.Geocoded, GeocodeOutcome.NotFound], again.Select(r => r.Outcome));
        Assert.Equal(new Location(50.9375, 6.9603, LocationSource.Address), again[0].Location);
    }

    [Fact]
    public async Task When_switched_off_or_without_a_street_nothing_is_sent_and_the_centroid_is_used()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await SeedCentroidsAsync(database);
        await using var server = await LoopbackHttpServer.StartAsync((context, _) => LoopbackHttpServer.WriteJsonAsync(context, Found));
        var off = Options(server.BaseUrl);
        off.Enabled = false;

        var disabled = await Create(database, off).LocateAsync([Cologne], TestContext.Current.CancellationToken);
        var noStreet = await Create(database, Options(server.BaseUrl)).LocateAsync([new GeoAddress(null, "52062", "Aachen"), new GeoAddress(null, "99999", "Nirgendwo")], TestContext.Current.CancellationToken);

        Assert.Empty(server.Requests);
        Assert.Equal(new GeocodeResult(new Location(50.9387, 6.9547, LocationSource.PostalCodeCentroid), GeocodeOutcome.Disabled), Assert.Single(disabled));
        Assert.Equal([LocationSource.PostalCodeCentroid, (LocationSource?)null], noStreet.Select(r => r.Location?.Source));
    }
}
