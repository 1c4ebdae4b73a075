using Boona.Domain.Patients;
using Boona.Infrastructure.Patients;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Boona.Infrastructure.Persistence.Configurations;

internal sealed class PatientAccessConfiguration : IEntityTypeConfiguration<PatientAccess>
{
    public void Configure(EntityTypeBuilder<PatientAccess> builder)
    {
        builder.ToTable("PatientAccesses");
        builder.Property(a => a.UserId).HasMaxLength(450);
        builder.Property(a => a.UserName).HasMaxLength(256);
        builder.Property(a => a.Detail).HasMaxLength(PatientAccess.DetailMaxLength);

        // Text like the domain's enums (the convention covers only those); existing rows were record openings.
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(20).HasDefaultValue(PatientAccessKind.Record).HasSentinel((PatientAccessKind)(-1));
        builder.HasOne<Patient>().WithMany().HasForeignKey(a => a.PatientId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.PatientId, a.At });
    }
}
