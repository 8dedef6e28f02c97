using Rmrk.Indexer.Storage;

namespace Rmrk.Indexer.Sync;

/// <summary>What a chain-core sync did. <see cref="End"/> is the committed cursor when it stopped.</summary>
public sealed record ChainSyncResult(
    SyncCursor? Start,
    SyncCursor? End,
    long BlocksApplied,
    long BlocksUndone,
    long RemarksApplied,
    int Reconnects,
    TimeSpan Elapsed,
    bool Cancelled);
