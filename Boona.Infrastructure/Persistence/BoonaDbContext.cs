using Boona.Domain.Common;
using Boona.Domain.Inquiries;
using Boona.Domain.Outreach;
using Boona.Domain.Patients;
using Boona.Domain.Searches;
using Boona.Domain.Therapists;
using Boona.Infrastructure.ApiKeys;
using Boona.Infrastructure.Geo.Geocoding;
using Boona.Infrastructure.Geo.PostalCodes;
using Boona.Infrastructure.Geo.Routing;
using Boona.Infrastructure.Identity;
using Boona.Infrastructure.Inquiries;
using Boona.Infrastructure.Jobs;
using Boona.Infrastructure.Patients;
using Boona.Infrastructure.Settings;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Boona.Infrastructure.Persistence;

/// <summary>
/// The one model for both providers. Each provider has a derived context carrying its own
/// migrations (<see cref="SqliteBoonaDbContext"/>, <see cref="PostgresBoonaDbContext"/>).
/// </summary>
public abstract class BoonaDbContext : IdentityDbContext<StaffUser>
{
    protected BoonaDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<Therapist> Therapists => Set<Therapist>();

    public DbSet<Patient> Patients => Set<Patient>();

    public DbSet<PlacementSearch> Searches => Set<PlacementSearch>();

    public DbSet<Inquiry> Inquiries => Set<Inquiry>();

    public DbSet<InquiryPatient> InquiryPatients => Set<InquiryPatient>();

    public DbSet<EmailMessage> EmailMessages => Set<EmailMessage>();

    public DbSet<PhoneCall> PhoneCalls => Set<PhoneCall>();

    public DbSet<EmailTemplateVersion> EmailTemplateVersions => Set<EmailTemplateVersion>();

    public DbSet<OutboxNotice> OutboxNotices => Set<OutboxNotice>();

    public DbSet<SettingsRow> Settings => Set<SettingsRow>();

    public DbSet<PatientAccess> PatientAccesses => Set<PatientAccess>();

    public DbSet<JobRun> JobRuns => Set<JobRun>();

    public DbSet<JobSchedule> JobSchedules => Set<JobSchedule>();

    public DbSet<PostalCodeCentroid> PostalCodes => Set<PostalCodeCentroid>();

    public DbSet<PostalCodeUpload> PostalCodeUploads => Set<PostalCodeUpload>();

    public DbSet<GeocodeCacheEntry> GeocodeCache => Set<GeocodeCacheEntry>();

    public DbSet<RouteCacheEntry> RouteCache => Set<RouteCacheEntry>();

    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    internal DbSet<MatchingStamp> MatchingStamps => Set<MatchingStamp>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        BumpVersions();
        StampMatchingChanges();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        BumpVersions();
        StampMatchingChanges();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(BoonaDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name: readable in the database and safe when members are reordered.
        foreach (var enumType in typeof(Therapist).Assembly.GetTypes().Where(t => t.IsEnum))
        {
            configurationBuilder.Properties(enumType).HaveConversion<string>().HaveMaxLength(40);
        }
    }

    /// <summary>
    /// Increments the concurrency token of every changed versioned entity, so a second writer
    /// holding the old value fails with <see cref="DbUpdateConcurrencyException"/>. A change to a
    /// row the aggregate owns (an exclusion, an inquiry's patient) counts as a change to the aggregate.
    /// </summary>
    private void BumpVersions()
    {
        ChangeTracker.DetectChanges();
        var changed = ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .ToList();
        var existing = ChangeTracker.Entries<VersionedEntity>()
            .Where(e => e.State is EntityState.Unchanged or EntityState.Modified)
            .ToDictionary(e => (e.Metadata.ClrType, e.Entity.Id), e => e.Entity);
        var aggregates = changed.Where(e => e.Entity is VersionedEntity && e.State == EntityState.Modified)
            .Select(e => (VersionedEntity)e.Entity)
            .Concat(changed.Where(e => e.Entity is not VersionedEntity).SelectMany(e => AggregatesOwning(e, existing)))
            .Distinct();
        foreach (var aggregate in aggregates.ToList())
        {
            var version = Entry(aggregate).Property(e => e.Version);
            version.CurrentValue = version.OriginalValue + 1;
            version.IsModified = true;
        }
    }

    /// <summary>Gives the matching stamp a new value when this save changes anything the matching reads.</summary>
    private void StampMatchingChanges()
    {
        var entries = ChangeTracker.Entries().ToList();
        if (!entries.Any(e => (e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted) && MatchingStamp.IsMatchingInput(e.Metadata)))
        {
            return;
        }

        var stamp = entries.Select(e => e.Entity).OfType<MatchingStamp>().FirstOrDefault() ?? Attach(new MatchingStamp()).Entity;
        stamp.Value = Guid.NewGuid();
        Entry(stamp).Property(s => s.Value).IsModified = true;
    }

    private static IEnumerable<VersionedEntity> AggregatesOwning(EntityEntry child, Dictionary<(Type, int), VersionedEntity> existing)
    {
        foreach (var foreignKey in child.Metadata.GetForeignKeys())
        {
            var principalType = foreignKey.PrincipalEntityType.ClrType;
            if (!typeof(VersionedEntity).IsAssignableFrom(principalType)
                || !(foreignKey.IsOwnership || foreignKey.DeleteBehavior == DeleteBehavior.Cascade))
            {
                continue;
            }

            var keyProperty = child.Property(foreignKey.Properties[0].Name);
            var key = child.State == EntityState.Deleted ? keyProperty.OriginalValue : keyProperty.CurrentValue;
            if (key is int id && existing.TryGetValue((principalType, id), out var owner))
            {
                yield return owner;
            }
        }
    }
}
