using Boona.Domain.Therapists;
using Boona.Infrastructure.Persistence.Conversions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Boona.Infrastructure.Persistence.Configurations;

internal sealed class TherapistConfiguration : IEntityTypeConfiguration<Therapist>
{
    public void Configure(EntityTypeBuilder<Therapist> builder)
    {
        builder.ToTable("Therapists");
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.Property(t => t.Title).HasMaxLength(60);
        builder.Property(t => t.FirstName).HasMaxLength(100);
        builder.Property(t => t.LastName).HasMaxLength(100);
        builder.Property(t => t.SearchName).HasMaxLength(201);
        builder.Property(t => t.Street).HasMaxLength(200);
        builder.Property(t => t.City).HasMaxLength(100);
        builder.Property(t => t.Phone).HasMaxLength(40);
        builder.Property(t => t.Fax).HasMaxLength(40);
        builder.Property(t => t.Website).HasMaxLength(300);
        builder.Property(t => t.Qualifications).HasMaxLength(2000);
        builder.Property(t => t.SpecialOffers).HasMaxLength(2000);
        builder.Property(t => t.AvailabilityNote).HasMaxLength(1000);
        builder.Property(t => t.BlockReason).HasMaxLength(500);
        builder.Property(t => t.CoolingOverrideReason).HasMaxLength(500);
        builder.Property(t => t.SourceName).HasMaxLength(40);
        builder.Property(t => t.SourceId).HasMaxLength(100);
        builder.Property(t => t.AgeGroups).HasMaxLength(60);
        builder.Property(t => t.Settings).HasMaxLength(60);
        builder.MapPostalCode(t => t.PostalCode);
        builder.MapLocation(t => t.Location);
        builder.MapEmail(t => t.Email);
        builder.MapWindows(t => t.PhoneHours);
        builder.PrimitiveCollection(t => t.Methods).HasField("_methods").ElementType(e => e.HasConversion<string>());
        builder.PrimitiveCollection(t => t.Languages).HasField("_languages");
        builder.PrimitiveCollection(t => t.PreferredDiagnoses).HasField("_preferredDiagnoses")
            .ElementType(e => e.HasConversion(ValueObjectConverters.Icd10Prefix));
        builder.Ignore(t => t.DisplayName);
        builder.Ignore(t => t.IsPhoneOnly);

        builder.HasIndex(t => t.Status);
        builder.HasIndex(t => new { t.LastName, t.FirstName, t.Id });
        builder.HasIndex(t => t.Email);
        builder.HasIndex(t => t.City);
        builder.HasIndex(t => t.NextContactAllowedOn);
        builder.HasIndex(t => t.AvailabilityConfirmedAt);
        builder.HasIndex(t => new { t.SourceName, t.SourceId }).IsUnique();
    }
}
