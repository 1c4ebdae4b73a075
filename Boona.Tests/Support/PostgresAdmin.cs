using Npgsql;

namespace Boona.Tests.Support;

/// <summary>Statements against the server's maintenance database (create and drop test databases).</summary>
internal static class PostgresAdmin
{
    public static async Task ExecuteAsync(string server, string sql)
    {
        var builder = new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ToString());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
