using Dapper;
using SQLitePCL;

namespace Rmrk.Indexer.Storage.Sqlite;

/// <summary>
/// A bulk replay: the read indexes dropped until its end, and its commits written through a rollback journal when
/// the file is the store's alone.
/// </summary>
public sealed partial class SqliteStateStore
{
    private enum BulkMode
    {
        /// <summary>Not a bulk replay: WAL, read indexes in place.</summary>
        None,

        /// <summary>
        /// WAL, each commit checkpointed (<see cref="SqliteSql.PassiveCheckpoint"/>): another connection had the
        /// file open, and WAL mode cannot be left while it does.
        /// </summary>
        Wal,

        /// <summary>
        /// A rollback journal (<see cref="SqliteSql.BulkJournal"/>). Readers that open the file meanwhile wait for
        /// each commit instead of reading beside it, and a kill inside a commit leaves a hot journal: read-only
        /// openers then ask for <c>rmrk sync</c>, whose first read rolls the commit back.
        /// </summary>
        RollbackJournal,
    }

    public void SuspendReadIndexes()
    {
        ThrowIfReadOnly();
        _connection.Execute(SqliteSql.DropReadIndexes);
        _bulk = TryLeaveWal() ? BulkMode.RollbackJournal : BulkMode.Wal;
    }

    public void RestoreReadIndexes()
    {
        ThrowIfReadOnly();
        if (_bulk == BulkMode.RollbackJournal)
        {
            // Back to WAL before the build: readers read beside the writer again, and a build in rollback-journal
            // mode measured no faster (its own commit costs what the close's checkpoint saves).
            _connection.Execute(SqliteSql.OpenPragmas);
        }

        _bulk = BulkMode.None;
        _connection.Execute(SqliteSql.IndexBuildPragmas);
        try
        {
            _connection.Execute(SqliteSql.CreateReadIndexes);
        }
        finally
        {
            _connection.Execute(SqliteSql.OpenPragmas);
        }
    }

    /// <summary>
    /// Switches to the rollback journal unless another connection (the API, a status) has the file open, which
    /// SQLite answers with SQLITE_BUSY at once. Run directly: Microsoft.Data.Sqlite would retry that busy for its
    /// whole command timeout.
    /// </summary>
    private bool TryLeaveWal()
    {
        var db = _connection.Handle!;
        int rc = raw.sqlite3_exec(db, SqliteSql.BulkJournal);
        if (rc == raw.SQLITE_BUSY)
        {
            return false;
        }

        SqliteNative.Check(db, rc);
        if (!string.Equals(_connection.ExecuteScalar<string>(SqliteSql.JournalMode), "truncate", StringComparison.Ordinal))
        {
            return false;
        }

        _connection.Execute(SqliteSql.BulkJournalPragmas);
        return true;
    }
}
