namespace Rmrk.Indexer.Storage;

/// <summary>
/// Exact rollback of blocks applied before they were final (chain-input.md §5). A journaled commit saves,
/// in its own transaction, the rows every touched entity had before the block, the cursor before it; an undo
/// puts them back in one transaction, so the database is as if the block never came. Journal entries are
/// pruned once their block is final. After <see cref="UndoHead"/> the in-memory state is stale: load again.
/// </summary>
public interface IUndoJournal
{
    /// <summary>Commits one block's batch (its cursor names the block) together with its undo record.</summary>
    void CommitJournaled(StateBatch batch);

    /// <summary>The journaled (applied, not yet final) blocks, oldest first, each with the cursor it committed.</summary>
    IReadOnlyList<JournaledBlock> ReadJournal();

    /// <summary>Rolls back the newest journaled block, which must be the cursor; returns the cursor before it.</summary>
    SyncCursor? UndoHead();

    /// <summary>Forgets the undo records of blocks at or below <paramref name="finalizedBlock"/>.</summary>
    void PruneJournal(long finalizedBlock);
}
