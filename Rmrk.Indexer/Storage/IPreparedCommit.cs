namespace Rmrk.Indexer.Storage;

/// <summary>
/// A batch captured for writing (<see cref="IStateStore.Prepare"/>): it no longer reads the entities, so the
/// engine may go on consolidating while <see cref="Write"/> runs on another thread.
/// </summary>
public interface IPreparedCommit
{
    /// <summary>
    /// Writes the batch and its cursor in one transaction. May run on any thread, once, while nothing else
    /// uses the store but the batch's own preparation (see <see cref="IStateStore.Prepare"/>); after it fails
    /// the store must be reopened (it would write relative to rows it wrongly counts as stored).
    /// </summary>
    void Write();
}
