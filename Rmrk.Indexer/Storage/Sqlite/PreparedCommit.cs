using SQLitePCL;

namespace Rmrk.Indexer.Storage.Sqlite;

/// <summary>
/// A batch turned into the rows it writes: every value taken out of the entities (strings, numbers, JSON
/// text), so the consolidation may change them again while the rows are written. Also what the store will
/// know is stored once the transaction commits.
/// </summary>
internal sealed class PreparedCommit(SqliteStateStore store, SqliteWriteCommands sql, PreparedCommit.Pools pools, StateBatch? journalBatch, List<string> destroyedCollections)
    : IPreparedCommit
{
    private readonly ChunkedBuffer<Row> _rows = new(pools.Rows);
    private readonly ChunkedBuffer<SqlValue> _values = new(pools.Values);
    private int _written;

    public SqliteWriteCommands Sql { get; } = sql;

    /// <summary>The batch whose prior rows go to the undo journal first; null when not journaled.</summary>
    public StateBatch? JournalBatch { get; } = journalBatch;

    public List<string> DestroyedCollections { get; } = destroyedCollections;

    /// <summary>Released by the store once it has taken them in (<see cref="SqliteStateStore"/>'s CountAsStored).</summary>
    public ChunkedBuffer<KeyValuePair<string, StoredNft>> StagedNfts { get; } = new(pools.StagedNfts);

    public List<KeyValuePair<string, int>> StagedCollectionChanges { get; } = [];

    public void Add(sqlite3_stmt statement, params ReadOnlySpan<SqlValue> values) =>
        _rows.Add(new Row(statement, _values.Append(values), values.Length));

    public void Write()
    {
        if (Interlocked.Exchange(ref _written, 1) != 0)
        {
            throw new InvalidOperationException("a prepared commit is written once");
        }

        try
        {
            store.Write(this);
        }
        finally
        {
            _rows.Release();
            _values.Release();
        }
    }

    /// <summary>Runs every row in order (inside the store's transaction).</summary>
    public void RunRows()
    {
        foreach (var row in _rows.Items())
        {
            Sql.Run(row.Statement, _values.Slice(row.Values, row.Count));
        }
    }

    /// <summary>A statement and where its values are.</summary>
    internal readonly record struct Row(sqlite3_stmt Statement, ChunkedBuffer<SqlValue>.Location Values, int Count);

    /// <summary>The chunks a store's prepared commits reuse: one preparing, one being written.</summary>
    internal sealed class Pools
    {
        public ChunkedBuffer<Row>.Pool Rows { get; } = new();

        public ChunkedBuffer<SqlValue>.Pool Values { get; } = new();

        public ChunkedBuffer<KeyValuePair<string, StoredNft>>.Pool StagedNfts { get; } = new();
    }
}
