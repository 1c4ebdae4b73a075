namespace Boona.Web.Components.Account;

/// <summary>The posted authenticator code (second sign-in step, two-factor setup); see <c>AuthenticatorCode</c>.</summary>
public sealed class SignInCodeModel
{
    public string Code { get; set; } = string.Empty;
}
