using Boona.Infrastructure.Geo.Geocoding;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Boona.Infrastructure.Persistence.Configurations;

internal sealed class GeocodeCacheConfiguration : IEntityTypeConfiguration<GeocodeCacheEntry>
{
    public void Configure(EntityTypeBuilder<GeocodeCacheEntry> builder)
    {
        builder.ToTable("GeocodeCache");
        builder.HasKey(e => e.Key);
        builder.Property(e => e.Key).HasMaxLength(GeocodeCacheEntry.KeyLength).ValueGeneratedNever();
        builder.Ignore(e => e.Found);
    }
}
