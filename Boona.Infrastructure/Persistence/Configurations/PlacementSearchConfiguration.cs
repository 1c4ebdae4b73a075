using Boona.Domain.Common;
using Boona.Domain.Patients;
using Boona.Domain.Searches;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Boona.Infrastructure.Persistence.Configurations;

internal sealed class PlacementSearchConfiguration : IEntityTypeConfiguration<PlacementSearch>
{
    public void Configure(EntityTypeBuilder<PlacementSearch> builder)
    {
        builder.ToTable("Searches");
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Property(s => s.CancelReason).HasMaxLength(FreeText.ShortMaxLength);
        builder.HasOne<Patient>().WithMany().HasForeignKey(s => s.PatientId).OnDelete(DeleteBehavior.Cascade);
        builder.MapExclusions(s => s.Exclusions, "SearchExclusions");
        builder.Navigation(s => s.Exclusions).HasField("_exclusions");
        builder.OwnsMany(s => s.Events, events =>
        {
            events.ToTable("SearchEvents");
            events.WithOwner().HasForeignKey("SearchId");
            events.HasKey(e => e.Id);
            events.Property(e => e.Text).HasMaxLength(SearchEvent.TextMaxLength);
            events.Property(e => e.By).HasMaxLength(ActorName.MaxLength);
        });
        builder.Navigation(s => s.Events).HasField("_events");
        builder.Ignore(s => s.PlacedAt);

        builder.HasIndex(s => new { s.Status, s.CreatedAt });
        // A patient has at most one search that is not final; the database enforces it under concurrency.
        builder.HasIndex(s => s.PatientId)
            .IsUnique()
            .HasFilter("\"Status\" IN ('Active', 'Paused', 'Placed')")
            .HasDatabaseName("IX_Searches_PatientId_Open");
    }
}
