using Boona.Infrastructure.Geo.PostalCodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Boona.Infrastructure.Persistence.Configurations;

internal sealed class PostalCodeUploadConfiguration : IEntityTypeConfiguration<PostalCodeUpload>
{
    public void Configure(EntityTypeBuilder<PostalCodeUpload> builder)
    {
        builder.ToTable("PostalCodeUploads");
        builder.Property(u => u.Id).ValueGeneratedNever();
        builder.Property(u => u.FileName).HasMaxLength(PostalCodeUpload.FileNameLength);
        builder.Property(u => u.UploadedBy).HasMaxLength(256);
    }
}
