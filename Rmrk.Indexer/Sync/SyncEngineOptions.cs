namespace Rmrk.Indexer.Sync;

/// <summary>How the sync groups whole blocks into transactions.</summary>
public sealed record SyncEngineOptions
{
    /// <summary>
    /// Commit once a batch holds this many remarks (default 100,000). Bigger batches write an entity touched by
    /// many remarks once instead of once per batch; a kill loses at most one batch of work, never consistency.
    /// </summary>
    public int BatchRemarks { get; init; } = 100_000;

    /// <summary>Commit once a batch is this old, whatever its size (default 2 s).</summary>
    public TimeSpan BatchInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>How often progress is reported (default 1 s).</summary>
    public TimeSpan ProgressInterval { get; init; } = TimeSpan.FromSeconds(1);
}
