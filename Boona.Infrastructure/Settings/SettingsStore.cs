using Boona.Domain.Common;
using Boona.Domain.Settings;
using Boona.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Boona.Infrastructure.Settings;

/// <summary>
/// Reads and changes the operational settings. Reads are served from memory; a save replaces the
/// cached copy, so every use case sees a change at once without asking the database each time.
/// </summary>
public sealed class SettingsStore(IDbContextFactory<BoonaDbContext> contextFactory, TimeProvider clock)
{
    private OperationalSettings? _cached;

    public async Task<OperationalSettings> GetAsync(CancellationToken cancellationToken)
    {
        if (_cached is { } cached)
        {
            return cached;
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var row = await context.Settings.AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        return _cached = row?.Values ?? OperationalSettings.Defaults;
    }

    public async Task<Result> UpdateAsync(OperationalSettings values, string updatedBy, CancellationToken cancellationToken)
    {
        var errors = values.Validate().ToList();
        if (errors.Count > 0)
        {
            return Result.Failure(errors);
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var row = await context.Settings.SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            row = new SettingsRow();
            context.Settings.Add(row);
        }

        row.Values = values;
        row.UpdatedAt = clock.GetUtcNow();
        row.UpdatedBy = updatedBy;
        row.Version++;
        await context.SaveChangesAsync(cancellationToken);
        _cached = values;
        return Result.Success();
    }
}
