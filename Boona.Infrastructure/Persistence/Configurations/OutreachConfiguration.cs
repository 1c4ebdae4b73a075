using Boona.Domain.Inquiries;
using Boona.Domain.Outreach;
using Boona.Domain.Therapists;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Boona.Infrastructure.Persistence.Configurations;

internal sealed class EmailMessageConfiguration : IEntityTypeConfiguration<EmailMessage>
{
    public void Configure(EntityTypeBuilder<EmailMessage> builder)
    {
        builder.ToTable("EmailMessages");
        builder.Property(m => m.MessageId).HasMaxLength(200);
        builder.Property(m => m.ToAddress).HasConversion(Conversions.ValueObjectConverters.Email).HasMaxLength(254);
        builder.Property(m => m.ToName).HasMaxLength(200);
        builder.Property(m => m.Subject).HasMaxLength(300);
        builder.Property(m => m.LastError).HasMaxLength(EmailMessage.LastErrorMaxLength);
        builder.HasIndex(m => m.ClaimToken);
        builder.HasIndex(m => m.MessageId).IsUnique();
        builder.HasIndex(m => new { m.Status, m.NextAttemptAt });
        builder.HasIndex(m => m.InquiryId);
        builder.HasIndex(m => m.TherapistId);
        builder.HasIndex(m => new { m.PatientId, m.Kind });
    }
}

internal sealed class PhoneCallConfiguration : IEntityTypeConfiguration<PhoneCall>
{
    public void Configure(EntityTypeBuilder<PhoneCall> builder)
    {
        builder.ToTable("PhoneCalls");
        builder.Property(c => c.CoordinatorId).HasMaxLength(450);
        builder.Property(c => c.Note).HasMaxLength(2000);
        builder.HasOne<Therapist>().WithMany().HasForeignKey(c => c.TherapistId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Inquiry>().WithMany().HasForeignKey(c => c.InquiryId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(c => new { c.Status, c.PlannedAt });
        builder.HasIndex(c => c.TherapistId);
    }
}

internal sealed class EmailTemplateVersionConfiguration : IEntityTypeConfiguration<EmailTemplateVersion>
{
    public void Configure(EntityTypeBuilder<EmailTemplateVersion> builder)
    {
        builder.ToTable("EmailTemplateVersions");
        builder.Property(v => v.Subject).HasMaxLength(EmailTemplateVersion.SubjectMaxLength);
        builder.Property(v => v.TextBody).HasMaxLength(EmailTemplateVersion.BodyMaxLength);
        builder.Property(v => v.HtmlBody).HasMaxLength(EmailTemplateVersion.BodyMaxLength);
        builder.Property(v => v.SavedBy).HasMaxLength(EmailTemplateVersion.SavedByMaxLength);
        builder.HasIndex(v => new { v.Kind, v.Number }).IsUnique();
    }
}

internal sealed class OutboxNoticeConfiguration : IEntityTypeConfiguration<OutboxNotice>
{
    public void Configure(EntityTypeBuilder<OutboxNotice> builder)
    {
        builder.ToTable("OutboxNotices");
        builder.Property(n => n.Reference).HasMaxLength(20);
        builder.HasOne(n => n.Message).WithMany().HasForeignKey(n => n.EmailMessageId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(n => new { n.TherapistId, n.Kind });
        builder.HasIndex(n => new { n.InquiryId, n.SearchId });
    }
}
