namespace Boona.Domain.Common;

/// <summary>Phone numbers are kept as typed; this only refuses text that cannot be dialled.</summary>
public static class PhoneNumber
{
    public const int MaxLength = 40;

    public static bool IsPlausible(string text)
    {
        var digits = text.Count(char.IsAsciiDigit);
        return digits is >= 5 and <= 20 && text.All(c => char.IsAsciiDigit(c) || c is ' ' or '+' or '-' or '/' or '(' or ')' or '.');
    }
}
