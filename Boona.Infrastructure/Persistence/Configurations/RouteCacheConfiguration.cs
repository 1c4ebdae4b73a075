using Boona.Infrastructure.Geo.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Boona.Infrastructure.Persistence.Configurations;

internal sealed class RouteCacheConfiguration : IEntityTypeConfiguration<RouteCacheEntry>
{
    public void Configure(EntityTypeBuilder<RouteCacheEntry> builder)
    {
        builder.ToTable("RouteCache");
        builder.HasKey(e => e.Key);
        builder.Property(e => e.Key).HasMaxLength(80).ValueGeneratedNever();
    }
}
