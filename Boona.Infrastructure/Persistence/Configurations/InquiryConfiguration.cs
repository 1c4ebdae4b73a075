using Boona.Domain.Common;
using Boona.Domain.Inquiries;
using Boona.Domain.Patients;
using Boona.Domain.Searches;
using Boona.Domain.Therapists;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Boona.Infrastructure.Persistence.Configurations;

internal sealed class InquiryConfiguration : IEntityTypeConfiguration<Inquiry>
{
    public void Configure(EntityTypeBuilder<Inquiry> builder)
    {
        builder.ToTable("Inquiries");
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.Property(i => i.CancelReason).HasMaxLength(500);
        builder.HasOne<Therapist>().WithMany().HasForeignKey(i => i.TherapistId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(i => i.Patients).WithOne().HasForeignKey(p => p.InquiryId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(i => i.Patients).HasField("_patients");
        builder.OwnsMany(i => i.Corrections, corrections =>
        {
            corrections.ToTable("InquiryAnswerCorrections");
            corrections.WithOwner().HasForeignKey("InquiryId");
            corrections.HasKey(c => c.Id);
            corrections.Property(c => c.Reason).HasMaxLength(AnswerCorrection.ReasonMaxLength);
            corrections.Property(c => c.By).HasMaxLength(ActorName.MaxLength);
            corrections.HasIndex(c => c.SearchId);
        });
        builder.Navigation(i => i.Corrections).HasField("_corrections");
        builder.Ignore(i => i.ActivePatients);
        builder.Ignore(i => i.IsAwaitingAnswer);
        builder.Ignore(i => i.IsOpen);
        builder.Ignore(i => i.NeedsDecision);
        builder.Property(i => i.CreatedBy).HasMaxLength(ActorName.MaxLength);

        builder.HasIndex(i => new { i.TherapistId, i.Status });
        builder.HasIndex(i => new { i.Status, i.SentAt });
        builder.HasIndex(i => new { i.AnswerType, i.Status, i.TherapistId });
    }
}

internal sealed class InquiryPatientConfiguration : IEntityTypeConfiguration<InquiryPatient>
{
    public void Configure(EntityTypeBuilder<InquiryPatient> builder)
    {
        builder.ToTable("InquiryPatients");
        builder.Property(p => p.Reason).HasMaxLength(1000);
        builder.HasOne<PlacementSearch>().WithMany().HasForeignKey(p => p.SearchId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Patient>().WithMany().HasForeignKey(p => p.PatientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.InquiryId, p.SearchId }).IsUnique();
        builder.HasIndex(p => new { p.SearchId, p.Outcome });
        builder.HasIndex(p => p.PatientId);
    }
}
