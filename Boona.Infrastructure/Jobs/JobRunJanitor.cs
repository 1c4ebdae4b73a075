using Boona.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;

namespace Boona.Infrastructure.Jobs;

/// <summary>At start, closes runs whose process died mid-run, so they no longer show as running.</summary>
internal sealed class JobRunJanitor(IDbContextFactory<BoonaDbContext> contextFactory, TimeProvider clock) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var silentSince = now - JobRunRecorder.AbandonedAfter;
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        await context.JobRuns
            .Where(r => r.Status == JobRunStatus.Running && r.HeartbeatAt < silentSince)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, JobRunStatus.Abandoned).SetProperty(r => r.FinishedAt, now), cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
