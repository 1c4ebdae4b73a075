using Boona.Infrastructure.Jobs;
using Boona.Infrastructure.Persistence;
using Boona.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Boona.Tests.Infrastructure.Jobs;

/// <summary>A minimal host running Boona's Quartz setup on a test database, like one app instance.</summary>
internal sealed class JobHost : IAsyncDisposable
{
    private readonly IHost _host;

    private JobHost(IHost host)
    {
        _host = host;
    }

    public IServiceProvider Services => _host.Services;

    public static async Task<JobHost> StartAsync(TestDatabase database, Action<IServiceCollection> configure, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(database.Factory);
        var options = new DatabaseOptions { Provider = database.Provider, PostgresConnectionString = database.ConnectionString };
        builder.Services.AddBoonaJobs(builder.Configuration, options);
        configure(builder.Services);
        var host = builder.Build();
        await host.StartAsync(TestContext.Current.CancellationToken);
        return new JobHost(host);
    }

    public Task<Boona.Domain.Common.Result> RunNowAsync(string job, string user = "admin@boona.test") =>
        Services.GetRequiredService<JobCommands>().RunNowAsync(job, user, null, TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync(CancellationToken.None);
        _host.Dispose();
    }

    /// <summary>Waits until <paramref name="count"/> runs of the job have finished, and returns all its runs.</summary>
    public static async Task<List<JobRun>> WaitForFinishedRunsAsync(IDbContextFactory<BoonaDbContext> factory, string job, int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            await using var context = await factory.CreateDbContextAsync(TestContext.Current.CancellationToken);
            var runs = await context.JobRuns.AsNoTracking().Where(r => r.JobName == job).OrderBy(r => r.Id).ToListAsync(TestContext.Current.CancellationToken);
            if (runs.Count(r => r.Status != JobRunStatus.Running) >= count || DateTime.UtcNow > deadline)
            {
                return runs;
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }
}
