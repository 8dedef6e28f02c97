using Microsoft.Data.Sqlite;

namespace Rmrk.Tests.Shared;

/// <summary>
/// What a writer killed inside a rollback-journal transaction leaves: a database file with uncommitted pages
/// spilled into it and the hot journal beside it. Made by copying both files while such a transaction is open
/// (a small page cache forces the spill), then rolling the original back. Compiled into each test project that
/// needs it, since the test projects share no library.
/// </summary>
internal static class HotJournal
{
    /// <summary>The table the interrupted transaction creates and fills; it must not exist after a recovery.</summary>
    public const string InterruptedTable = "interrupted";

    /// <summary>
    /// Whether SQLite would roll this journal back (with no writer alive): a journal whose header is still zeros was
    /// never synced, and its transaction had not touched the database file yet, so there is nothing to roll back.
    /// </summary>
    public static bool IsHot(string journal)
    {
        if (!File.Exists(journal))
        {
            return false;
        }

        using var file = new FileStream(journal, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        return file.ReadByte() is > 0;
    }

    /// <param name="path">Where the copy goes (with <c>-journal</c> beside it).</param>
    /// <param name="scratch">A folder for the live database the copy is taken from.</param>
    /// <param name="committed">SQL run and committed first: what a recovery must keep.</param>
    public static void Leave(string path, string scratch, string committed)
    {
        string live = Path.Combine(scratch, "live.sqlite");
        using var connection = new SqliteConnection($"Data Source={live};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            PRAGMA journal_mode = DELETE;
            {committed}
            PRAGMA cache_size = 10;
            BEGIN;
            CREATE TABLE {InterruptedTable} (x);
            INSERT INTO {InterruptedTable} SELECT randomblob(200) FROM (WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM r WHERE i < 5000) SELECT i FROM r);
            """;
        command.ExecuteNonQuery();
        if (!File.Exists(live + "-journal"))
        {
            throw new InvalidOperationException("the open transaction left no journal to copy");
        }

        File.Copy(live, path);
        File.Copy(live + "-journal", path + "-journal");
        command.CommandText = "ROLLBACK";
        command.ExecuteNonQuery();
    }
}
