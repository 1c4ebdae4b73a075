using Boona.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Boona.Infrastructure.Persistence.Configurations;

internal sealed class JobRunConfiguration : IEntityTypeConfiguration<JobRun>
{
    public void Configure(EntityTypeBuilder<JobRun> builder)
    {
        builder.ToTable("JobRuns");
        builder.Property(r => r.JobName).HasMaxLength(100);
        builder.Property(r => r.TriggeredBy).HasMaxLength(256);
        builder.Property(r => r.InstanceId).HasMaxLength(200);
        builder.Property(r => r.Message).HasMaxLength(JobRun.MessageLength);
        // The context stores only domain enums as text by convention; these live in Infrastructure.
        builder.Property(r => r.Trigger).HasConversion<string>().HasMaxLength(40);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(40);
        builder.Ignore(r => r.Duration);
        builder.HasIndex(r => new { r.JobName, r.StartedAt });
        builder.HasIndex(r => r.Status);
    }
}

internal sealed class JobScheduleConfiguration : IEntityTypeConfiguration<JobSchedule>
{
    public void Configure(EntityTypeBuilder<JobSchedule> builder)
    {
        builder.ToTable("JobSchedules");
        builder.HasKey(s => s.JobName);
        builder.Property(s => s.JobName).HasMaxLength(100);
        builder.Property(s => s.Cron).HasMaxLength(JobSchedule.CronMaxLength);
        builder.Property(s => s.ChangedBy).HasMaxLength(256);
    }
}
