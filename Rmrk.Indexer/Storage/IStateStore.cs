using Rmrk.Core.Rmrk2.State;

namespace Rmrk.Indexer.Storage;

/// <summary>
/// Where the indexer keeps the consolidated state. One writer at a time. The engine keeps the whole state in
/// memory; the store loads it once and then receives, per batch of whole blocks, what those blocks changed,
/// together with the new cursor, in one transaction.
/// </summary>
public interface IStateStore : IDisposable
{
    /// <summary>Creates the schema or brings it to the newest version, read indexes included.</summary>
    void Migrate(CancellationToken cancellationToken);

    /// <summary>The options the database was built with; null for a database nothing was written to yet.</summary>
    SyncSettings? ReadSettings();

    /// <summary>Records the options of a new database (once, before the first commit).</summary>
    void WriteSettings(SyncSettings settings);

    /// <summary>The last committed block, or null when none is.</summary>
    SyncCursor? ReadCursor();

    /// <summary>
    /// Adds every stored NFT, collection and base to <paramref name="state"/> (through
    /// <see cref="Rmrk2State.AddNft"/>, so its counters are right). With <paramref name="includeLogs"/> the
    /// <c>invalid</c> entries and the interaction log are appended too (export); sync does not need them.
    /// A store must have loaded before it commits: it writes child rows relative to what it knows is stored,
    /// and it may know an NFT by its instance, so batches carry the loaded objects (or new ones for new NFTs).
    /// </summary>
    void Load(Rmrk2State state, bool includeLogs, CancellationToken cancellationToken);

    /// <summary>Writes the batch and its cursor in one transaction (<c>Prepare(batch).Write()</c>).</summary>
    void Commit(StateBatch batch);

    /// <summary>
    /// Captures what <see cref="Commit"/> would write, so that the entities may change again before it is
    /// written. The next batch may be prepared while this one is being written (it is prepared relative to this
    /// one), on the same thread as this one; batches must be written in the order they were prepared, one at a
    /// time. Preparing never touches the database.
    /// </summary>
    /// <param name="batch">What to capture.</param>
    /// <param name="writeWhilePreparing">
    /// Called with the commit before anything is captured, when no other write is under way: it may start
    /// <see cref="IPreparedCommit.Write"/> on another thread, which then writes the rows as they are captured
    /// (and rolls back if the capture fails). Null: the commit is written after this returns, if at all.
    /// </param>
    IPreparedCommit Prepare(StateBatch batch, Action<IPreparedCommit>? writeWhilePreparing = null);

    /// <summary>
    /// Starts a bulk replay. Drops the indexes it can do without (the API's owner lookups, the histories' key)
    /// until its end: maintained row by row they cost a quarter of a 1M-remark replay, built once at the end under a
    /// second. A store may also write its commits in a cheaper way until then, if readers then wait for each commit
    /// instead of reading beside it, and a commit that a kill interrupts is still rolled back whole by the next writer.
    /// </summary>
    void SuspendReadIndexes();

    /// <summary>
    /// Ends a bulk replay: builds the read indexes when they are missing and goes back to the usual way of writing;
    /// <see cref="Migrate"/> builds them too.
    /// </summary>
    void RestoreReadIndexes();

    StoreCounts ReadCounts();
}
