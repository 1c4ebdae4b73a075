using System.Security.Cryptography;
using Boona.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Boona.Web.Security;

/// <summary>
/// A hash that no password matches, checked when a sign-in names an address without an account: the answer then
/// takes as long as for a known address (the same PBKDF2 work through the app's own hasher). Made once, with the
/// app's hasher settings, when the sign-in page is first used.
/// </summary>
public sealed class UnknownAccountPassword(IOptions<PasswordHasherOptions> options)
{
    private static readonly StaffUser Nobody = new();

    private readonly string _hash = new PasswordHasher<StaffUser>(options).HashPassword(Nobody, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));

    public void Check(IPasswordHasher<StaffUser> hasher, string password) => hasher.VerifyHashedPassword(Nobody, _hash, password);
}
