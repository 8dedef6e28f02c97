using Dapper;
using Microsoft.Data.Sqlite;
using Rmrk.Indexer.Storage.Sqlite.Rows;
using Rmrk.Indexer.Text;

namespace Rmrk.Indexer.Storage.Sqlite;

/// <summary>The undo journal (migration 0002): prior rows per journaled block, restored on undo.</summary>
public sealed partial class SqliteStateStore : IUndoJournal
{
    private const string NftKind = "nft";
    private const string CollectionKind = "collection";
    private const string BaseKind = "base";

    private static readonly string[] s_saveNft =
    [
        SqliteUndoSql.SaveNfts, SqliteUndoSql.SaveNftChildren, SqliteUndoSql.SaveNftResources,
        SqliteUndoSql.SaveNftPriority, SqliteUndoSql.SaveNftReactions, SqliteUndoSql.SaveNftChanges,
    ];

    private static readonly string[] s_saveCollection = [SqliteUndoSql.SaveCollections, SqliteUndoSql.SaveCollectionChanges];

    private static readonly string[] s_saveBase = [SqliteUndoSql.SaveBases, SqliteUndoSql.SaveBaseChanges];

    private static readonly string[] s_restore =
    [
        SqliteUndoSql.RestoreNfts, SqliteUndoSql.RestoreNftChildren, SqliteUndoSql.RestoreNftResources,
        SqliteUndoSql.RestoreNftPriority, SqliteUndoSql.RestoreNftReactions, SqliteUndoSql.RestoreNftChanges,
        SqliteUndoSql.RestoreCollections, SqliteUndoSql.RestoreCollectionChanges,
        SqliteUndoSql.RestoreBases, SqliteUndoSql.RestoreBaseChanges,
    ];

    private static readonly string[] s_prune =
    [
        SqliteUndoSql.PruneNfts, SqliteUndoSql.PruneNftChildren, SqliteUndoSql.PruneNftResources,
        SqliteUndoSql.PruneNftPriority, SqliteUndoSql.PruneNftReactions, SqliteUndoSql.PruneNftChanges,
        SqliteUndoSql.PruneCollections, SqliteUndoSql.PruneCollectionChanges,
        SqliteUndoSql.PruneBases, SqliteUndoSql.PruneBaseChanges, SqliteUndoSql.PruneBlocks,
    ];

    public void CommitJournaled(StateBatch batch) => Prepare(batch, null, journal: true).Write();

    public IReadOnlyList<JournaledBlock> ReadJournal() =>
        [.. _connection.Query<UndoBlockRow>(SqliteUndoSql.SelectBlocks).Select(r => new JournaledBlock(r.Block, r.Hash, Previous(r)))];

    public SyncCursor? UndoHead()
    {
        ThrowIfReadOnly();
        var cursor = ReadCursor() ?? throw new InvalidOperationException("nothing is committed: there is no block to undo");
        var row = _connection.QuerySingleOrDefault<UndoBlockRow>(SqliteUndoSql.SelectBlock, new { block = cursor.Block })
            ?? throw new InvalidOperationException($"block {cursor.Block} is not in the undo journal (final, or applied without a journal): it cannot be undone");
        var previous = Previous(row);
        using (var transaction = _connection.BeginTransaction())
        {
            foreach (string sql in s_restore)
            {
                _connection.Execute(sql, new { block = row.Block }, transaction);
            }

            _connection.Execute(SqliteUndoSql.TruncateInvalid, new { seq = row.PrevInvalidCount }, transaction);
            _connection.Execute(SqliteUndoSql.TruncateInteractions, new { seq = row.PrevInteractionCount }, transaction);
            if (previous is null)
            {
                _connection.Execute(SqliteUndoSql.DeleteCursor, transaction: transaction);
            }
            else
            {
                // The journal keeps no dump position: an undone cursor resumes by reading from the start.
                _connection.Execute(SqliteSql.UpsertCursor, new { block = previous.Block, hash = previous.Hash, remarks = previous.Remarks, invalid_count = previous.InvalidCount, interaction_count = previous.InteractionCount, source_offset = (long?)null, source_offset_block = (long?)null }, transaction);
            }

            _connection.Execute(SqliteUndoSql.DeleteBlock, new { block = row.Block }, transaction);
            transaction.Commit();
        }

        // What this store knows about stored rows is stale now: a commit must follow a fresh Load.
        _loaded = false;
        return previous;
    }

    public void PruneJournal(long finalizedBlock)
    {
        ThrowIfReadOnly();
        using var transaction = _connection.BeginTransaction();
        foreach (string sql in s_prune)
        {
            _connection.Execute(sql, new { block = finalizedBlock }, transaction);
        }

        transaction.Commit();
    }

    /// <summary>Inside the commit's transaction, before it writes: the rows the batch is about to replace.</summary>
    private void SaveUndo(StateBatch batch, SqliteTransaction transaction)
    {
        var row = _connection.QuerySingleOrDefault<CursorRow>(SqliteSql.SelectCursor, transaction: transaction);
        var before = row is null ? null : new SyncCursor(row.Block, row.Hash, row.Remarks, row.InvalidCount, row.InteractionCount);
        long block = batch.Cursor.Block;
        _connection.Execute(
            SqliteUndoSql.InsertBlock,
            new
            {
                block,
                hash = batch.Cursor.Hash,
                prev_block = before?.Block,
                prev_hash = before?.Hash,
                prev_remarks = before?.Remarks ?? 0,
                prev_invalid_count = before?.InvalidCount ?? 0,
                prev_interaction_count = before?.InteractionCount ?? 0,
            },
            transaction);

        var saved = new HashSet<(string, string)>();
        foreach (var nft in batch.Nfts)
        {
            Save(NftKind, nft.Id, s_saveNft);
        }

        foreach (string id in batch.DestroyedCollections)
        {
            Save(CollectionKind, id, s_saveCollection);
        }

        foreach (var collection in batch.Collections)
        {
            Save(CollectionKind, collection.Id, s_saveCollection);
        }

        foreach (var b in batch.Bases)
        {
            Save(BaseKind, b.Id, s_saveBase);
        }

        void Save(string kind, string id, string[] statements)
        {
            if (!saved.Add((kind, id)))
            {
                return;
            }

            byte[] key = Wtf8.GetBytes(id);
            _connection.Execute(SqliteUndoSql.InsertTouched, new { block, kind, id = key }, transaction);
            foreach (string sql in statements)
            {
                _connection.Execute(sql, new { block, id = key }, transaction);
            }
        }
    }

    private static SyncCursor? Previous(UndoBlockRow row) =>
        row.PrevBlock is { } b ? new SyncCursor(b, row.PrevHash, row.PrevRemarks, row.PrevInvalidCount, row.PrevInteractionCount) : null;
}
