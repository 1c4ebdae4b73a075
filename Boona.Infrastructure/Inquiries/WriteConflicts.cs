using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Boona.Infrastructure.Inquiries;

/// <summary>Failed writes that a fresh read and a second attempt can resolve.</summary>
internal static class WriteConflicts
{
    private const int SqliteBusy = 5;

    /// <summary>A stale version token, a PostgreSQL deadlock or serialization failure, or a busy SQLite file.</summary>
    public static bool IsRetryable(DbUpdateException exception) => exception switch
    {
        DbUpdateConcurrencyException => true,
        { InnerException: PostgresException { SqlState: PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure } } => true,
        { InnerException: SqliteException { SqliteErrorCode: SqliteBusy } } => true,
        _ => false,
    };
}
