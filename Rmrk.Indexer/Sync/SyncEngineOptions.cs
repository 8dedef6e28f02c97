namespace Rmrk.Indexer.Sync;

/// <summary>How the sync groups whole blocks into transactions.</summary>
public sealed record SyncEngineOptions
{
    /// <summary>Commit once a batch holds this many remarks (default 50,000).</summary>
    public int BatchRemarks { get; init; } = 50_000;

    /// <summary>Commit once a batch is this old, whatever its size (default 500 ms).</summary>
    public TimeSpan BatchInterval { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How often progress is reported (default 1 s).</summary>
    public TimeSpan ProgressInterval { get; init; } = TimeSpan.FromSeconds(1);
}
