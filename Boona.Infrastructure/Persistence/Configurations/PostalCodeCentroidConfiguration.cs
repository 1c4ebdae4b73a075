using Boona.Infrastructure.Geo.PostalCodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Boona.Infrastructure.Persistence.Configurations;

internal sealed class PostalCodeCentroidConfiguration : IEntityTypeConfiguration<PostalCodeCentroid>
{
    public void Configure(EntityTypeBuilder<PostalCodeCentroid> builder)
    {
        builder.ToTable("PostalCodes");
        builder.HasKey(c => c.Code);
        builder.Property(c => c.Code).HasMaxLength(5).ValueGeneratedNever();
        builder.Property(c => c.Place).HasMaxLength(PostalCodeCentroid.PlaceLength);
        builder.Property(c => c.State).HasMaxLength(100);
        builder.Property(c => c.StateCode).HasMaxLength(20);
        builder.Ignore(c => c.Point);
    }
}
