namespace Boona.Domain.Common;

/// <summary>A value picked from an enum's list: a number that names none of its members (<c>"salutation": 42</c>) is refused.</summary>
public static class Choice
{
    public static IEnumerable<Error> Check<TEnum>(TEnum value, string field)
        where TEnum : struct, Enum =>
        Enum.IsDefined(value) ? [] : [Undefined<TEnum>(field)];

    public static IEnumerable<Error> Check<TEnum>(TEnum? value, string field)
        where TEnum : struct, Enum =>
        value is { } chosen ? Check(chosen, field) : [];

    /// <summary>Every value of a set must be defined; one error for the field.</summary>
    public static IEnumerable<Error> CheckAll<TEnum>(IEnumerable<TEnum> values, string field)
        where TEnum : struct, Enum =>
        values.All(Enum.IsDefined) ? [] : [Undefined<TEnum>(field)];

    private static Error Undefined<TEnum>(string field)
        where TEnum : struct, Enum =>
        Error.Invalid("choice.undefined", $"{field} must be one of {string.Join(", ", Enum.GetNames<TEnum>())}.", field);
}
