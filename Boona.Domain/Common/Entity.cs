namespace Boona.Domain.Common;

/// <summary>An entity identified by a database-assigned number.</summary>
public abstract class Entity
{
    public int Id { get; protected set; }
}

/// <summary>
/// An entity that coordinators edit concurrently. <see cref="Version"/> is the optimistic
/// concurrency token: persistence increments it on every save and refuses a stale write.
/// </summary>
public abstract class VersionedEntity : Entity
{
    public int Version { get; private set; }
}
