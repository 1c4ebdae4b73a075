using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Boona.Infrastructure.ApiKeys;
using Boona.Infrastructure.Persistence;
using Boona.Tests.Support;
using Boona.Web.Api;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Boona.Tests.Web.Api;

/// <summary>The real app on an empty SQLite file, and HTTP clients that call its API with a key.</summary>
public sealed class ApiApp : IAsyncDisposable
{
    public ApiApp(IReadOnlyDictionary<string, string>? settings = null) => Factory = new(seedDemoData: false, settings);

    public BoonaAppFactory Factory { get; }


    public async Task<string> NewKeyAsync(string name = "Website", ApiKeyScope scope = ApiKeyScope.Coordinator)
    {
        await using var services = Factory.Services.CreateAsyncScope();
        var created = await services.ServiceProvider.GetRequiredService<ApiKeyCommands>().CreateAsync(name, scope, "admin@test", Token);
        return created.Value.Key;
    }

    public async Task RevokeAsync(string key)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var keys = scope.ServiceProvider.GetRequiredService<ApiKeyCommands>();
        var row = (await keys.ListAsync(Token)).Single(k => key.StartsWith(k.Prefix, StringComparison.Ordinal));
        await keys.RevokeAsync(row.Id, "admin@test", Token);
    }

    public HttpClient Client(string? key)
    {
        var client = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (key is not null)
        {
            client.DefaultRequestHeaders.Add(ApiKeyDefaults.Header, key);
        }

        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return client;
    }

    public async Task<T> ReadAsync<T>(Func<BoonaDbContext, Task<T>> read)
    {
        await using var context = await Factory.Services.GetRequiredService<IDbContextFactory<BoonaDbContext>>().CreateDbContextAsync(Token);
        return await read(context);
    }

    public async Task ChangeAsync(Func<BoonaDbContext, Task> change)
    {
        await using var context = await Factory.Services.GetRequiredService<IDbContextFactory<BoonaDbContext>>().CreateDbContextAsync(Token);
        await change(context);
        await context.SaveChangesAsync(Token);
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>(Token);

    public static Uri Url(string path) => new(path, UriKind.Relative);

    public ValueTask DisposeAsync() => Factory.DisposeAsync();
}
