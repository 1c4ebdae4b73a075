using System.Security.Cryptography;
using System.Text;

namespace Boona.Infrastructure.ApiKeys;

/// <summary>Making and hashing keys: <c>bk_</c> and 256 random bits, URL-safe, so a key fits a header as it is.</summary>
public static class ApiKeySecret
{
    public const string Marker = "bk_";

    private const int PrefixLength = 10;

    public static string NewKey() => Marker + Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    public static string PrefixOf(string key) => key.Length <= PrefixLength ? key : key[..PrefixLength];

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
