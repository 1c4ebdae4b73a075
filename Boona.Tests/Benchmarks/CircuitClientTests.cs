extern alias benchmarks;

using System.Net;
using benchmarks::Boona.Benchmarks.Circuits;
using Boona.Infrastructure.Therapists;
using Boona.Tests.Support;
using Boona.Web.Security;
using Microsoft.Extensions.DependencyInjection;

namespace Boona.Tests.Benchmarks;

/// <summary>
/// The circuits benchmark's protocol client (SignalR, no browser) against the real app on Kestrel: it must open a
/// live circuit on the therapist list and filter it by typing, or the benchmark would measure nothing.
/// </summary>
public sealed class CircuitClientTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task The_protocol_client_opens_the_therapist_list_and_typing_a_name_filters_it()
    {
        await using var app = new BoonaAppFactory();
        var address = app.StartOnLoopback();
        var cookies = new CookieContainer();
        using var http = SignInForm.Client(cookies);
        await SignInForm.SignInAsync(http, address, DemoAccounts.Coordinator.Email, DemoAccounts.Coordinator.Password, Token);

        var list = await TherapistListCircuit.OpenAsync(address, cookies, http, Timeout, Token);
        await using var closing = list;

        var queries = app.Services.GetRequiredService<TherapistQueries>();
        var firstPage = await queries.ListAsync(new TherapistListQuery(), Token);
        Assert.Equal(firstPage.Rows.Select(r => r.DisplayName), list.InitialRows);

        var (term, other) = TherapistListCircuit.Terms(list.InitialRows);
        await list.FilterAsync(term, TimeSpan.FromMilliseconds(30), Timeout, Token);
        var filtered = await queries.ListAsync(new TherapistListQuery { Name = term }, Token);
        Assert.Equal(filtered.Rows.Select(r => r.DisplayName), list.CurrentRows());
        Assert.NotEqual(list.InitialRows, list.CurrentRows());
        Assert.Contains($"name={term}", list.Circuit.Location.Query, StringComparison.Ordinal);

        await list.FilterAsync(other, TimeSpan.FromMilliseconds(30), Timeout, Token);
        var refiltered = await queries.ListAsync(new TherapistListQuery { Name = other }, Token);
        Assert.Equal(refiltered.Rows.Select(r => r.DisplayName), list.CurrentRows());
        Assert.Null(list.Circuit.Failure);

        await list.DisposeAsync();
        Assert.True(list.Circuit.Disconnected, "The server refused the disconnect beacon: closed circuits would stay in memory.");
    }
}
