using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Boona.Infrastructure.Persistence;

/// <summary>
/// SQLite's built-in lower() and upper() only fold ASCII, so "ÖZTÜRK" would not match "öz".
/// Every connection gets Unicode-aware replacements, making ToLower()/ToUpper() in queries
/// behave as on PostgreSQL.
/// </summary>
internal sealed class SqliteFunctions : DbConnectionInterceptor
{
    public static SqliteFunctions Instance { get; } = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Register(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Register(connection);
        return Task.CompletedTask;
    }

    private static void Register(DbConnection connection)
    {
        if (connection is SqliteConnection sqlite)
        {
            sqlite.CreateFunction<string?, string?>("lower", v => v?.ToLower(CultureInfo.InvariantCulture), isDeterministic: true);
            sqlite.CreateFunction<string?, string?>("upper", v => v?.ToUpper(CultureInfo.InvariantCulture), isDeterministic: true);
        }
    }
}
