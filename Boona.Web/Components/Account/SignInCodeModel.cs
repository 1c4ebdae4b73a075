namespace Boona.Web.Components.Account;

/// <summary>The posted code of the second sign-in step.</summary>
public sealed class SignInCodeModel
{
    public string Code { get; set; } = string.Empty;

    /// <summary>Six digits; spaces and a dash, as authenticator apps show them, are allowed.</summary>
    public static bool IsWellFormed(string? code) =>
        code is not null && code.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal) is { Length: 6 } digits
        && digits.All(char.IsAsciiDigit);
}
