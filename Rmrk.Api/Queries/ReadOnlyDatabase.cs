using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using SQLitePCL;

namespace Rmrk.Api.Queries;

/// <summary>
/// Read-only connections to the indexer's database. The API never migrates: the schema is the indexer's
/// contract, checked once at start-up.
/// </summary>
public sealed class ReadOnlyDatabase(IOptions<ApiOptions> options)
{
    /// <summary>The oldest schema whose tables and indexes the queries rely on.</summary>
    public const int RequiredSchemaVersion = 3;

    private readonly string _connectionString = new SqliteConnectionStringBuilder
    {
        DataSource = options.Value.Database,
        Mode = SqliteOpenMode.ReadOnly,
        Cache = SqliteCacheMode.Shared,
    }.ToString();

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    /// <summary>
    /// Closes this database's idle pooled connections, so that its file can be deleted or replaced. Only this file's
    /// pool: clearing every pool of the process would close connections another database's requests are opening.
    /// </summary>
    public void ReleasePooledConnections()
    {
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }

    /// <summary>Fails with a clear message when the file is missing or was not written by a compatible indexer.</summary>
    public async Task EnsureCompatibleAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(options.Value.Database))
        {
            throw new DatabaseUnusableException($"Rmrk:Database {options.Value.Database} does not exist; run `rmrk sync` first");
        }

        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_version";
        long version;
        try
        {
            version = (long)(await command.ExecuteScalarAsync(cancellationToken) ?? 0L);
        }
        catch (SqliteException e) when (e.SqliteErrorCode == raw.SQLITE_READONLY)
        {
            // A writer died mid-transaction outside WAL mode: rolling it back needs write access the API never takes.
            throw new DatabaseUnusableException($"{options.Value.Database} needs recovery from an interrupted write; run `rmrk sync` on it first ({e.Message})", e);
        }
        catch (SqliteException e)
        {
            throw new DatabaseUnusableException($"{options.Value.Database} is not an rmrk database: {e.Message}", e);
        }

        if (version < RequiredSchemaVersion)
        {
            throw new DatabaseUnusableException($"{options.Value.Database} has schema {version}; the API needs {RequiredSchemaVersion} or later");
        }
    }
}
