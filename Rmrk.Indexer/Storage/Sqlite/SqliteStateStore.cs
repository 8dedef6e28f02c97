using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;
using Rmrk.Core.Rmrk2.Model;
using Rmrk.Indexer.Storage.Sqlite.Rows;
using SQLitePCL;

namespace Rmrk.Indexer.Storage.Sqlite;

/// <summary>
/// The SQLite store: one file in WAL mode (a rollback journal during a bulk replay), one long-lived connection,
/// snake_case tables created by the embedded migrations. The writer remembers what it stored of each NFT (see
/// <see cref="StoredNft"/>) and how long each collection's history is, so a commit rewrites only the child sets
/// that changed.
/// </summary>
public sealed partial class SqliteStateStore : IStateStore
{
    private const string Ss58Key = "ss58_format";
    private const string EmitInteractionsKey = "emit_interaction_changes";
    private const string EmitEmotesKey = "emit_emote_changes";

    private readonly SqliteConnection _connection;
    private readonly bool _readOnly;
    private readonly WriterLease? _lease;
    /// <summary>
    /// By instance: an NFT keeps its object from MINT (or the load) on, and hashing the object's identity spares
    /// reading and hashing its id, a cache miss for most of the hundred-thousand-odd NFTs a bulk batch touches
    /// (about 0.1 s of each such batch's capture, which the consolidation waits for).
    /// </summary>
    private readonly Dictionary<Nft, StoredNft> _storedNfts = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, int> _collectionChanges = new(StringComparer.Ordinal);
    private readonly JsonText _json = new();
    private readonly PreparedCommit.Pools _pools = new();
    private SqliteWriteCommands? _commands;
    private volatile bool _loaded;

    /// <summary>Between suspending and restoring the read indexes: how commits reach the file (see <see cref="BulkMode"/>).</summary>
    private volatile BulkMode _bulk;

    static SqliteStateStore()
    {
        DefaultTypeMap.MatchNamesWithUnderscores = true;
    }

    private SqliteStateStore(SqliteConnection connection, bool readOnly, WriterLease? lease = null)
    {
        _connection = connection;
        _readOnly = readOnly;
        _lease = lease;
    }

    public string Path => _connection.DataSource;

    /// <summary>Opens (creating if needed) a database for writing, in WAL mode, as its only writer (see <see cref="WriterLease"/>).</summary>
    /// <exception cref="StoreOpenException">The path is a directory, not a database, cannot be written, or has another writer.</exception>
    public static SqliteStateStore Open(string path)
    {
        if (Directory.Exists(path))
        {
            throw new StoreOpenException($"{path}: is a directory, not a database file");
        }

        string folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!;
        if (!Directory.Exists(folder))
        {
            throw new StoreOpenException($"{path}: the folder {folder} does not exist");
        }

        var lease = WriterLease.Acquire(path);
        try
        {
            if (!File.Exists(path))
            {
                CreateInWalMode(path);
            }

            var connection = OpenReadWrite(path);
            try
            {
                RefuseForeignDatabase(connection, path);
                connection.Execute(SqliteSql.OpenPragmas);
            }
            catch
            {
                connection.Dispose();
                throw;
            }

            return new SqliteStateStore(connection, readOnly: false, lease);
        }
        catch (Exception e)
        {
            lease.Abandon();
            if (e is (SqliteException or IOException or UnauthorizedAccessException) and not StoreOpenException)
            {
                throw new StoreOpenException($"{path}: cannot open the database: {Reason(e)}", e);
            }

            throw;
        }
    }

    /// <summary>
    /// A database with tables but no <c>schema_version</c> was written by something else: opening it for writing
    /// would switch it to WAL and add our tables to it. A wrong <c>--db</c> must not change someone else's file.
    /// </summary>
    private static void RefuseForeignDatabase(SqliteConnection connection, string path)
    {
        if (SqliteMigrator.HasVersionTable(connection))
        {
            return;
        }

        var tables = connection.Query<string>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name LIMIT 4").AsList();
        if (tables.Count > 0)
        {
            string named = string.Join(", ", tables.Take(3)) + (tables.Count > 3 ? ", …" : string.Empty);
            throw new StoreOpenException($"{path}: an SQLite database that rmrk did not write (tables {named}, no schema_version); give it a file of its own");
        }
    }

    /// <summary>
    /// A new file is switched to WAL beside its final name and renamed into place: the switch itself is written
    /// through a rollback journal, and a process killed inside it would leave a hot journal that no read-only
    /// reader (status, export, the API) may roll back. Once in WAL mode, every later write survives a kill in a
    /// form read-only readers can open, except a bulk replay's commits (see <see cref="BulkMode.RollbackJournal"/>).
    /// </summary>
    private static void CreateInWalMode(string path)
    {
        string creating = path + ".creating";
        DeleteWithCompanions(creating);
        try
        {
            using (var connection = OpenReadWrite(creating))
            {
                connection.Execute(SqliteSql.OpenPragmas);
            }

            File.Move(creating, path);
        }
        catch (Exception e) when (e is SqliteException or IOException or UnauthorizedAccessException)
        {
            DeleteWithCompanions(creating);
            throw;
        }

        static void DeleteWithCompanions(string file)
        {
            foreach (string suffix in new[] { "", "-journal", "-wal", "-shm" })
            {
                File.Delete(file + suffix);
            }
        }
    }

    /// <summary>SQLite's own words for the common failures are terse ("file is not a database"); these say what to check.</summary>
    private static string Reason(Exception e) => e switch
    {
        SqliteException { SqliteErrorCode: raw.SQLITE_NOTADB } => "it is not an SQLite database",
        SqliteException { SqliteErrorCode: raw.SQLITE_CANTOPEN } => "the file or its folder cannot be opened or created here",
        _ => e.Message,
    };

    private static SqliteConnection OpenReadWrite(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        }.ToString());
        try
        {
            connection.Open();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Opens an existing database read-only (export, status); fails when the file is missing.</summary>
    /// <exception cref="StoreOpenException">The file is not a database, or needs a writer to recover it.</exception>
    public static SqliteStateStore OpenReadOnly(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"no database at {path}", path);
        }

        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
        }.ToString());
        int version;
        try
        {
            connection.Open();
            version = ReadVersionOrExplain(connection, path);
            if (version == 0)
            {
                // "Run sync to migrate" would be wrong advice for another program's database: sync refuses it.
                RefuseForeignDatabase(connection, path);
            }
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw new StoreOpenException($"{path}: cannot open the database: {Reason(e)}", e);
        }
        catch
        {
            connection.Dispose();
            throw;
        }

        if (version != SqliteMigrator.LatestVersion)
        {
            connection.Dispose();
            throw new InvalidDataException($"{path}: schema version {version}, this program reads version {SqliteMigrator.LatestVersion} (run sync to migrate)");
        }

        return new SqliteStateStore(connection, readOnly: true);
    }

    public int SchemaVersion => SqliteMigrator.ReadVersion(_connection);

    /// <summary>
    /// A file whose last writer died mid-transaction outside WAL mode (another tool's, or one made before this
    /// program created files atomically) needs a writer to roll it back; a reader can only say so.
    /// </summary>
    private static int ReadVersionOrExplain(SqliteConnection connection, string path)
    {
        try
        {
            return SqliteMigrator.ReadVersion(connection);
        }
        catch (SqliteException e) when (e.SqliteErrorCode == raw.SQLITE_READONLY)
        {
            throw new StoreOpenException($"{path}: its last writer was interrupted and it needs recovery, which a read-only open cannot do; run `rmrk sync` on it first ({e.Message})", e);
        }
    }

    public void Migrate(CancellationToken cancellationToken)
    {
        ThrowIfReadOnly();
        SqliteMigrator.Migrate(_connection, cancellationToken);

        // A bulk replay that was killed left its read indexes dropped: whoever opens the store next rebuilds them.
        RestoreReadIndexes();
    }

    public SyncSettings? ReadSettings()
    {
        var values = _connection.Query<SettingRow>(SqliteSql.SelectSettings).ToDictionary(r => r.Key, r => r.Value, StringComparer.Ordinal);
        if (!values.TryGetValue(Ss58Key, out string? ss58))
        {
            return null;
        }

        return new SyncSettings(
            string.Equals(ss58, "null", StringComparison.Ordinal) ? null : int.Parse(ss58, CultureInfo.InvariantCulture),
            values.TryGetValue(EmitInteractionsKey, out string? i) && string.Equals(i, "true", StringComparison.Ordinal),
            values.TryGetValue(EmitEmotesKey, out string? e) && string.Equals(e, "true", StringComparison.Ordinal));
    }

    public void WriteSettings(SyncSettings settings)
    {
        ThrowIfReadOnly();
        using var transaction = _connection.BeginTransaction();
        Set(Ss58Key, settings.Ss58Format?.ToString(CultureInfo.InvariantCulture) ?? "null");
        Set(EmitInteractionsKey, settings.EmitInteractionChanges ? "true" : "false");
        Set(EmitEmotesKey, settings.EmitEmoteChanges ? "true" : "false");
        transaction.Commit();

        void Set(string key, string value) =>
            _connection.Execute(SqliteSql.UpsertSetting, new { Key = key, Value = value }, transaction);
    }

    public SyncCursor? ReadCursor()
    {
        var row = _connection.QuerySingleOrDefault<CursorRow>(SqliteSql.SelectCursor);
        if (row is null)
        {
            return null;
        }

        var resumeAt = row.SourceOffset is { } offset && row.SourceOffsetBlock is { } block ? new SourcePosition(offset, block) : null;
        return new SyncCursor(row.Block, row.Hash, row.Remarks, row.InvalidCount, row.InteractionCount, resumeAt);
    }

    public StoreCounts ReadCounts()
    {
        var row = _connection.QuerySingle<CountsRow>(SqliteSql.SelectCounts);
        return new StoreCounts(row.Nfts, row.BurnedNfts, row.ListedNfts, row.Collections, row.Bases, row.Resources, row.Changes, row.Invalid, row.Interactions);
    }

    public void Dispose()
    {
        _commands?.Dispose();
        _connection.Dispose();
        _lease?.Dispose();
    }

    private void ThrowIfReadOnly()
    {
        if (_readOnly)
        {
            throw new InvalidOperationException("the database was opened read-only");
        }
    }
}
