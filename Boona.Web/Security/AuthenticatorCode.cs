namespace Boona.Web.Security;

/// <summary>A code from an authenticator app as people type it: six digits, perhaps grouped "123 456" or "123-456".</summary>
public static class AuthenticatorCode
{
    public static string Normalize(string? code) =>
        (code ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);

    public static bool IsWellFormed(string? code) => Normalize(code) is { Length: 6 } digits && digits.All(char.IsAsciiDigit);
}
