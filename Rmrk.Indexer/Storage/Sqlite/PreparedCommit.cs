using System.Collections.Concurrent;
using Rmrk.Core.Rmrk2.Model;
using SQLitePCL;

namespace Rmrk.Indexer.Storage.Sqlite;

/// <summary>
/// A batch turned into the rows it writes: every value taken out of the entities (strings, numbers, JSON
/// text), so the consolidation may change them again while the rows are written. Also what the store will
/// know is stored once the transaction commits.
/// </summary>
/// <remarks>
/// The rows travel in segments of a few thousand, handed from the preparing thread to the writing one as each
/// fills, so <see cref="Write"/> may start before the preparation ends: the last batch of a replay is then
/// written while it is still being prepared instead of after (about 0.4 s of a 1M-remark sync ran with one
/// core idle). A segment goes back to the pools once it is written.
/// </remarks>
internal sealed class PreparedCommit(SqliteStateStore store, SqliteWriteCommands sql, PreparedCommit.Pools pools, StateBatch? journalBatch, List<string> destroyedCollections)
    : IPreparedCommit
{
    /// <summary>Rows per segment: small enough that the writer starts early, large enough to cost nothing.</summary>
    private const int SegmentRows = 4096;

    private readonly BlockingCollection<Segment> _segments = [];
    private Segment _filling = new(pools);
    private volatile bool _abandoned;
    private int _written;
    private int _rowChunks;
    private int _valueChunks;

    public SqliteWriteCommands Sql { get; } = sql;

    /// <summary>The batch whose prior rows go to the undo journal first; null when not journaled.</summary>
    public StateBatch? JournalBatch { get; } = journalBatch;

    public List<string> DestroyedCollections { get; } = destroyedCollections;

    /// <summary>Released by the store once it has taken them in (<see cref="SqliteStateStore"/>'s CountAsStored).</summary>
    public ChunkedBuffer<KeyValuePair<Nft, StoredNft>> StagedNfts { get; } = new(pools.StagedNfts);

    public List<KeyValuePair<string, int>> StagedCollectionChanges { get; } = [];

    public void Add(sqlite3_stmt statement, params ReadOnlySpan<SqlValue> values)
    {
        _filling.Add(statement, values);
        if (_filling.Count >= SegmentRows)
        {
            _segments.Add(_filling);
            _filling = new Segment(pools);
        }
    }

    /// <summary>Every row is added: the writer may finish.</summary>
    public void Complete()
    {
        _segments.Add(_filling);
        _segments.CompleteAdding();
    }

    /// <summary>The preparation failed: a <see cref="Write"/> under way or to come rolls back instead of committing.</summary>
    public void Abandon()
    {
        _abandoned = true;
        _segments.CompleteAdding();
    }

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
            // After a failed write the preparation may still be adding: what it adds is released with the rest.
            while (!_segments.IsCompleted)
            {
                if (_segments.TryTake(out var left, Timeout.Infinite))
                {
                    Release(left);
                }
            }

            pools.Rows.Trim(_rowChunks);
            pools.Values.Trim(_valueChunks);
        }
    }

    /// <summary>Runs every row in order, as the preparation hands them over (inside the store's transaction).</summary>
    public void RunRows()
    {
        foreach (var segment in _segments.GetConsumingEnumerable())
        {
            if (_abandoned)
            {
                Release(segment);
                continue;
            }

            try
            {
                segment.Run(Sql);
            }
            finally
            {
                Release(segment);
            }
        }

        if (_abandoned)
        {
            throw new InvalidOperationException("the batch's preparation failed, so it is not written");
        }
    }

    private void Release(Segment segment)
    {
        _rowChunks += segment.RowChunks;
        _valueChunks += segment.ValueChunks;
        segment.Release();
    }

    /// <summary>A statement and where its values are.</summary>
    internal readonly record struct Row(sqlite3_stmt Statement, ChunkedBuffer<SqlValue>.Location Values, int Count);

    /// <summary>Consecutive rows and their values.</summary>
    private sealed class Segment(Pools pools)
    {
        private readonly ChunkedBuffer<Row> _rows = new(pools.Rows);
        private readonly ChunkedBuffer<SqlValue> _values = new(pools.Values);

        public int Count { get; private set; }

        public int RowChunks => _rows.Chunks;

        public int ValueChunks => _values.Chunks;

        public void Add(sqlite3_stmt statement, ReadOnlySpan<SqlValue> values)
        {
            _rows.Add(new Row(statement, _values.Append(values), values.Length));
            Count++;
        }

        public void Run(SqliteWriteCommands sql)
        {
            foreach (var row in _rows.Items())
            {
                sql.Run(row.Statement, _values.Slice(row.Values, row.Count));
            }
        }

        public void Release()
        {
            _rows.Release();
            _values.Release();
        }
    }

    /// <summary>The chunks a store's prepared commits reuse: one preparing, one being written.</summary>
    internal sealed class Pools
    {
        public ChunkedBuffer<Row>.Pool Rows { get; } = new();

        public ChunkedBuffer<SqlValue>.Pool Values { get; } = new();

        public ChunkedBuffer<KeyValuePair<Nft, StoredNft>>.Pool StagedNfts { get; } = new();
    }
}
