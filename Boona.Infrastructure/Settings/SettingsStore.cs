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
    private StoredSettings? _cached;

    public async Task<OperationalSettings> GetAsync(CancellationToken cancellationToken) => (await GetStoredAsync(cancellationToken)).Values;

    /// <summary>The settings with their version, for a form or an API client that will change them.</summary>
    public async Task<StoredSettings> GetStoredAsync(CancellationToken cancellationToken)
    {
        if (_cached is { } cached)
        {
            return cached;
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var row = await context.Settings.AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        return _cached = row is null ? new StoredSettings(OperationalSettings.Defaults, 0, null, null) : Stored(row);
    }

    /// <summary>Applies the change if every value is in range and nobody saved since <see cref="SettingsChange.Version"/>.</summary>
    public async Task<Result<StoredSettings>> UpdateAsync(SettingsChange change, string updatedBy, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var row = await context.Settings.SingleOrDefaultAsync(cancellationToken);
        if (change.Version is { } expected && expected != (row?.Version ?? 0))
        {
            _cached = null;
            return Error.Concurrency("The settings were changed in the meantime; reload them and try again.");
        }

        var changed = (row?.Values ?? OperationalSettings.Defaults).Change(change.Values ?? new Dictionary<string, int>());
        if (!changed.IsSuccess)
        {
            return Result<StoredSettings>.Failure(changed.Errors);
        }

        var inserting = row is null;
        if (row is null)
        {
            row = new SettingsRow();
            context.Settings.Add(row);
        }

        row.Values = changed.Value;
        row.UpdatedAt = clock.GetUtcNow();
        row.UpdatedBy = updatedBy;
        row.Version++;
        try
        {
            await context.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception is DbUpdateConcurrencyException || inserting)
        {
            // Another save won the race: the version token clashed, or two first saves inserted the single row.
            _cached = null;
            return Error.Concurrency("The settings were changed in the meantime; reload them and try again.");
        }

        return Result.Success(_cached = Stored(row));
    }

    private static StoredSettings Stored(SettingsRow row) => new(row.Values, row.Version, row.UpdatedAt, row.UpdatedBy);
}
