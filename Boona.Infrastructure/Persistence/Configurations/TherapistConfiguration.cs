using Boona.Domain.Common;
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
        builder.Property(t => t.Title).HasMaxLength(Therapist.TitleMaxLength);
        builder.Property(t => t.FirstName).HasMaxLength(PersonName.MaxLength);
        builder.Property(t => t.LastName).HasMaxLength(PersonName.MaxLength);
        builder.Property(t => t.SearchName).HasMaxLength(Therapist.SearchNameMaxLength);
        builder.Property(t => t.Street).HasMaxLength(Address.StreetMaxLength);
        builder.Property(t => t.City).HasMaxLength(Address.CityMaxLength);
        builder.Property(t => t.Phone).HasMaxLength(PhoneNumber.MaxLength);
        builder.Property(t => t.Fax).HasMaxLength(PhoneNumber.MaxLength);
        builder.Property(t => t.Website).HasMaxLength(Therapist.WebsiteMaxLength);
        builder.Property(t => t.Qualifications).HasMaxLength(Therapist.QualificationsMaxLength);
        builder.Property(t => t.SpecialOffers).HasMaxLength(Therapist.SpecialOffersMaxLength);
        builder.Property(t => t.AvailabilityNote).HasMaxLength(Therapist.AvailabilityNoteMaxLength);
        builder.Property(t => t.BlockReason).HasMaxLength(FreeText.ShortMaxLength);
        builder.Property(t => t.CoolingOverrideReason).HasMaxLength(FreeText.ShortMaxLength);
        builder.Property(t => t.EmailBounceReason).HasMaxLength(Therapist.BounceReasonMaxLength);
        builder.Property(t => t.SourceName).HasMaxLength(Therapist.SourceNameMaxLength);
        builder.Property(t => t.SourceId).HasMaxLength(Therapist.SourceIdMaxLength);
        builder.Property(t => t.AgeGroups).HasMaxLength(60);
        builder.Property(t => t.Settings).HasMaxLength(60);
        builder.MapPostalCode(t => t.PostalCode);
        builder.MapLocation(t => t.Location);
        builder.MapEmail(t => t.Email);
        builder.MapWindows(t => t.PhoneHours).HasMaxLength(Therapist.PhoneHoursMaxLength);
        builder.PrimitiveCollection(t => t.Methods).HasField("_methods").ElementType(e => e.HasConversion<string>());
        builder.PrimitiveCollection(t => t.Languages).HasField("_languages");
        builder.Property(t => t.UnmappedLanguages).HasMaxLength(Languages.UnmappedMaxLength);
        builder.PrimitiveCollection(t => t.PreferredDiagnoses).HasField("_preferredDiagnoses")
            .ElementType(e => e.HasConversion(ValueObjectConverters.Icd10Prefix));
        builder.Ignore(t => t.DisplayName);
        builder.Ignore(t => t.IsPhoneOnly);

        // The status history is its own table, read only where asked for (never with the matching's bulk reads).
        builder.HasMany(t => t.StatusChanges).WithOne().HasForeignKey(c => c.TherapistId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(t => t.StatusChanges).HasField("_statusChanges");

        builder.HasIndex(t => t.Status);
        builder.HasIndex(t => new { t.LastName, t.FirstName, t.Id });
        builder.HasIndex(t => t.Email);
        builder.HasIndex(t => t.City);
        builder.HasIndex(t => t.NextContactAllowedOn);
        builder.HasIndex(t => t.AvailabilityConfirmedAt);
        builder.HasIndex(t => new { t.SourceName, t.SourceId }).IsUnique();
    }
}

internal sealed class TherapistStatusChangeConfiguration : IEntityTypeConfiguration<TherapistStatusChange>
{
    public void Configure(EntityTypeBuilder<TherapistStatusChange> builder)
    {
        builder.ToTable("TherapistStatusChanges");
        builder.Property(c => c.Reason).HasMaxLength(FreeText.ShortMaxLength);
        builder.Property(c => c.By).HasMaxLength(TherapistStatusChange.ByMaxLength);
        builder.HasIndex(c => new { c.TherapistId, c.At });
    }
}
