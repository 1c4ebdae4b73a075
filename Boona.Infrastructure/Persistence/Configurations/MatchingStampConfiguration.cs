using Boona.Infrastructure.Inquiries;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Boona.Infrastructure.Persistence.Configurations;

internal sealed class MatchingStampConfiguration : IEntityTypeConfiguration<MatchingStamp>
{
    public void Configure(EntityTypeBuilder<MatchingStamp> builder)
    {
        builder.ToTable("MatchingStamps");
        builder.Property(s => s.Id).ValueGeneratedNever();
        // The row exists from the first migration on: saves only ever update it.
        builder.HasData(new MatchingStamp { Id = MatchingStamp.RowId, Value = Guid.Empty });
    }
}
