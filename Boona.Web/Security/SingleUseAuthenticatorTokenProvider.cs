using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Boona.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;

namespace Boona.Web.Security;

/// <summary>
/// Identity's authenticator check (RFC 6238: HMAC-SHA1, 30-second steps, six digits, two steps of clock drift either
/// way) with one rule more: each code works once. The step of an accepted code is stored on the account
/// (<see cref="StaffUser.LastAuthenticatorTimeStep"/>) and codes of that step or earlier ones are refused — at sign-in,
/// at setup and when turning it off. Identity's own provider cannot do this: it does not say which step matched.
/// Two sessions racing with the same code are settled by the account's concurrency stamp: one save wins.
/// </summary>
public sealed class SingleUseAuthenticatorTokenProvider(TimeProvider clock) : IUserTwoFactorTokenProvider<StaffUser>
{
    private const int StepSeconds = 30;

    private const int DriftSteps = 2;

    public Task<string> GenerateAsync(string purpose, UserManager<StaffUser> manager, StaffUser user) => Task.FromResult(string.Empty);

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<StaffUser> manager, StaffUser user) =>
        !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user));

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<StaffUser> manager, StaffUser user)
    {
        var key = await manager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key) || !AuthenticatorCode.IsWellFormed(token) || Base32(key) is not { } secret)
        {
            return false;
        }

        var now = clock.GetUtcNow().ToUnixTimeSeconds() / StepSeconds;
        var presented = Encoding.ASCII.GetBytes(AuthenticatorCode.Normalize(token));
        for (var step = now + DriftSteps; step >= now - DriftSteps; step--)
        {
            if (step > (user.LastAuthenticatorTimeStep ?? long.MinValue) && CryptographicOperations.FixedTimeEquals(Code(secret, step), presented))
            {
                user.LastAuthenticatorTimeStep = step;
                return (await manager.UpdateAsync(user)).Succeeded;
            }
        }

        return false;
    }

    private static byte[] Code(byte[] secret, long step)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
        var hash = HMACSHA1.HashData(secret, counter);
        var offset = hash[^1] & 0x0F;
        var value = (BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset, 4)) & 0x7FFFFFFF) % 1_000_000;
        return Encoding.ASCII.GetBytes(value.ToString("D6", CultureInfo.InvariantCulture));
    }

    /// <summary>RFC 4648 base32, as Identity stores the key; null for anything else.</summary>
    private static byte[]? Base32(string key)
    {
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>(key.Length * 5 / 8);
        int buffer = 0, bits = 0;
        foreach (var c in key.TrimEnd('='))
        {
            var value = Alphabet.IndexOf(char.ToUpperInvariant(c), StringComparison.Ordinal);
            if (value < 0)
            {
                return null;
            }

            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8)
            {
                bytes.Add((byte)(buffer >> (bits - 8)));
                bits -= 8;
            }
        }

        return [.. bytes];
    }
}
