namespace Rmrk.Indexer.Sync;

/// <summary>How the sync groups whole blocks into transactions.</summary>
public sealed record SyncEngineOptions
{
    /// <summary>
    /// Commit once a batch holds this many remarks (default 500,000). Bigger batches write an entity touched by
    /// many remarks once instead of once per batch (the store's cost is per entity written: on a 1M-remark
    /// replay, 10 batches wrote 671k NFT rows, one batch 271k), and every commit rewrites pages spread over the
    /// whole database whatever its size; a kill loses at most one batch of work, never consistency. Against
    /// 250,000, fourteen alternating pairs of 1M-remark syncs: mean 3.9% faster (faster in 12), 0.5-0.7 s less
    /// CPU, a peak 60-70 MB higher; a 700k-remark prefix 5.6% faster in four of four. 334,000, 400,000, 600,000
    /// and 750,000 were no better than 500,000 on the 1M dump.
    /// </summary>
    public int BatchRemarks { get; init; } = 500_000;

    /// <summary>Commit once a batch is this old, whatever its size (default 5 s).</summary>
    public TimeSpan BatchInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Write each batch on a background thread while the next one is consolidated (default true). A batch is
    /// captured as rows before the consolidation goes on, so it never races the writer, and the write starts
    /// with the capture, taking the rows as they come; at most one batch is in flight, and the next commit, the
    /// end of the run or a failure waits for it. Durability is unchanged: a batch and its cursor are still one
    /// transaction.
    /// </summary>
    public bool WriteBehind { get; init; } = true;

    /// <summary>
    /// A batch of at least this many remarks is a bulk replay: the store's read indexes are dropped before it
    /// is written and built again when the run ends (default 50,000; 0 = never). On a 1M-remark replay that was
    /// 17.8-18.4 s instead of 23.6-24.6 s, plus 0.6-0.8 s to build the indexes. The SQLite store also writes the
    /// replay's commits through a rollback journal instead of the WAL when no other connection has the file open
    /// (<see cref="Storage.IStateStore.SuspendReadIndexes"/>).
    /// </summary>
    public int BulkRemarks { get; init; } = 50_000;

    /// <summary>How often progress is reported (default 1 s).</summary>
    public TimeSpan ProgressInterval { get; init; } = TimeSpan.FromSeconds(1);
}
