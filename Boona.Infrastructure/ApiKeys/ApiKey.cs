namespace Boona.Infrastructure.ApiKeys;

/// <summary>
/// A key a machine (the public website, an integration) uses for the HTTP API. Only a hash is stored:
/// the key itself is shown once, when an admin creates it, and cannot be read back.
/// </summary>
public sealed class ApiKey
{
    private ApiKey()
    {
        Name = string.Empty;
        Prefix = string.Empty;
        Hash = string.Empty;
        CreatedBy = string.Empty;
    }

    public ApiKey(string name, string prefix, string hash, ApiKeyScope scope, string createdBy, DateTimeOffset createdAt, TimeSpan lifetime)
    {
        Name = name;
        Prefix = prefix;
        Hash = hash;
        Scope = scope;
        CreatedBy = createdBy;
        CreatedAt = createdAt.ToUniversalTime();
        ExpiresAt = CreatedAt + lifetime;
    }

    public int Id { get; private set; }

    /// <summary>Who uses the key, e.g. "Website registration form".</summary>
    public string Name { get; private set; }

    /// <summary>The key's first characters, so that admins can tell keys apart without the key.</summary>
    public string Prefix { get; private set; }

    /// <summary>SHA-256 of the key, hexadecimal. A 256-bit random key needs no slow hash.</summary>
    public string Hash { get; private set; }

    public ApiKeyScope Scope { get; private set; }

    public string CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>From then on the key is refused, like a revoked one: a forgotten key does not stay open for ever.</summary>
    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? LastUsedAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public string? RevokedBy { get; private set; }

    public bool IsRevoked => RevokedAt is not null;

    public bool IsValidAt(DateTimeOffset now) => !IsRevoked && now < ExpiresAt;

    /// <summary>Revoking is final; a revoked key is refused from the next request on.</summary>
    public bool Revoke(string by, DateTimeOffset at)
    {
        if (IsRevoked)
        {
            return false;
        }

        RevokedAt = at.ToUniversalTime();
        RevokedBy = by;
        return true;
    }

    public void MarkUsed(DateTimeOffset at) => LastUsedAt = at.ToUniversalTime();
}
