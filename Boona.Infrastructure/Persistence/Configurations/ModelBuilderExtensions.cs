using Boona.Domain.Common;
using Boona.Infrastructure.Persistence.Conversions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Boona.Infrastructure.Persistence.Configurations;

/// <summary>Mappings shared by therapists and patients.</summary>
internal static class ModelBuilderExtensions
{
    public static void MapPostalCode<T>(this EntityTypeBuilder<T> builder, System.Linq.Expressions.Expression<Func<T, PostalCode?>> property)
        where T : class =>
        builder.ComplexProperty(property, pc => pc.Property(p => p.Value).HasColumnName("PostalCode").HasMaxLength(5).IsRequired());

    public static void MapLocation<T>(this EntityTypeBuilder<T> builder, System.Linq.Expressions.Expression<Func<T, Location?>> property)
        where T : class =>
        builder.ComplexProperty(property, location =>
        {
            location.Property(l => l.Latitude).HasColumnName("Latitude");
            location.Property(l => l.Longitude).HasColumnName("Longitude");
            location.Property(l => l.Source).HasColumnName("LocationSource");
        });

    public static PropertyBuilder<EmailAddress?> MapEmail<T>(this EntityTypeBuilder<T> builder, System.Linq.Expressions.Expression<Func<T, EmailAddress?>> property)
        where T : class =>
        builder.Property(property).HasConversion(ValueObjectConverters.Email!).HasMaxLength(254);

    public static PropertyBuilder<WeeklyWindows> MapWindows<T>(this EntityTypeBuilder<T> builder, System.Linq.Expressions.Expression<Func<T, WeeklyWindows>> property)
        where T : class =>
        builder.Property(property)
            .HasConversion(ValueObjectConverters.Windows, ValueObjectConverters.WindowsComparer)
            .HasMaxLength(1000)
            .IsRequired();

    public static void MapExclusions<T>(this EntityTypeBuilder<T> builder, System.Linq.Expressions.Expression<Func<T, IEnumerable<Exclusion>?>> property, string table)
        where T : class =>
        builder.OwnsMany(property, exclusion =>
        {
            exclusion.ToTable(table);
            exclusion.WithOwner().HasForeignKey("OwnerId");
            exclusion.Property<int>("Id");
            exclusion.HasKey("Id");
            exclusion.Property(e => e.Reason).HasMaxLength(Exclusion.ReasonMaxLength);
            exclusion.HasIndex(e => e.TherapistId);
        });
}
