using Microsoft.Extensions.Localization;

namespace Boona.Web;

public static class EnumTexts
{
    /// <summary>The text of an enum value, stored under the key <c>TypeName_Value</c> (e.g. <c>PatientStatus_Open</c>).</summary>
    public static string Enum<TEnum>(this IStringLocalizer texts, TEnum value)
        where TEnum : struct, Enum => texts[$"{typeof(TEnum).Name}_{value}"];
}
