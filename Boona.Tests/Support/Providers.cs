using Boona.Infrastructure.Persistence;

[assembly: AssemblyFixture(typeof(Boona.Tests.Support.PostgresTemplateCleanup))]

namespace Boona.Tests.Support;

/// <summary>Theory data: every persistence test runs against both providers.</summary>
public static class Providers
{
    public static TheoryData<DatabaseProvider> All => [DatabaseProvider.Sqlite, DatabaseProvider.Postgres];
}
