using System.ComponentModel.DataAnnotations;

namespace Boona.Web.Components.Account;

/// <summary>The posted sign-in form.</summary>
public sealed class SignInModel
{
    private static readonly EmailAddressAttribute EmailFormat = new();

    public string Email { get; set; } = string.Empty;

    public string Password { get; set; } = string.Empty;

    public bool RememberMe { get; set; }

    /// <summary>Each problem as the field and the <c>AccountTexts</c> key of its message.</summary>
    public IEnumerable<(string Field, string MessageKey)> Validate()
    {
        if (string.IsNullOrWhiteSpace(Email))
        {
            yield return (nameof(Email), "EmailRequired");
        }
        else if (!EmailFormat.IsValid(Email.Trim()))
        {
            yield return (nameof(Email), "EmailInvalid");
        }

        if (string.IsNullOrEmpty(Password))
        {
            yield return (nameof(Password), "PasswordRequired");
        }
    }
}
