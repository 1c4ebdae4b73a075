using System.Reflection;
using Boona.Infrastructure.Persistence;
using Xunit.Sdk;
using Xunit.v3;

[assembly: AssemblyFixture(typeof(Boona.Tests.Support.PostgresTemplateCleanup))]

namespace Boona.Tests.Support;

/// <summary>
/// Theory data: <c>[Theory, EveryProvider]</c> runs a persistence test once per database provider, so a rule that
/// holds on SQLite but not on PostgreSQL (lengths, collation, NUL characters) fails where it breaks.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class EveryProviderAttribute : DataAttribute
{
    private static readonly DatabaseProvider[] All = [DatabaseProvider.Sqlite, DatabaseProvider.Postgres];

    public override ValueTask<IReadOnlyCollection<ITheoryDataRow>> GetData(MethodInfo testMethod, DisposalTracker disposalTracker)
    {
        IReadOnlyCollection<ITheoryDataRow> rows = [.. All.Select(provider => new TheoryDataRow<DatabaseProvider>(provider))];
        return ValueTask.FromResult(rows);
    }

    public override bool SupportsDiscoveryEnumeration() => true;
}
