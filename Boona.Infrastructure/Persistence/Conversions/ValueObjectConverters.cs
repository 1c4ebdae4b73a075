using Boona.Domain.Common;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Boona.Infrastructure.Persistence.Conversions;

/// <summary>How value objects become columns. Stored values were validated on the way in.</summary>
internal static class ValueObjectConverters
{
    public static readonly ValueConverter<EmailAddress, string> Email =
        new(v => v.Value, v => EmailAddress.Parse(v));

    public static readonly ValueConverter<WeeklyWindows, string> Windows =
        new(v => v.ToString(), v => WeeklyWindows.FromStorage(v));

    public static readonly ValueComparer<WeeklyWindows> WindowsComparer =
        new((a, b) => Equals(a, b), v => v.GetHashCode(), v => v);

    public static readonly ValueConverter<Icd10Code, string> Icd10 =
        new(v => v.Value, v => Icd10Code.Parse(v));

    public static readonly ValueConverter<Icd10Prefix, string> Icd10Prefix =
        new(v => v.Value, v => Domain.Common.Icd10Prefix.Parse(v));
}

/// <summary>SQLite cannot compare DateTimeOffset text; UTC ticks sort and compare correctly.</summary>
internal sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero));

/// <summary>PostgreSQL's timestamptz only takes offset zero.</summary>
internal sealed class UtcOffsetConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(v => v.ToUniversalTime(), v => v);
