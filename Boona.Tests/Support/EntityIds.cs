using Boona.Domain.Common;

namespace Boona.Tests.Support;

/// <summary>Domain tests need ids without a database; the database assigns them everywhere else.</summary>
public static class EntityIds
{
    public static T WithId<T>(this T entity, int id)
        where T : Entity
    {
        typeof(Entity).GetProperty(nameof(Entity.Id))!.SetValue(entity, id);
        return entity;
    }
}
