namespace Rmrk.Indexer.Storage;

/// <summary>
/// Where a sync stands: the last block whose effects are committed (and its hash when the source has one),
/// the remarks consolidated so far, and the next sequence numbers of the append-only logs.
/// </summary>
public sealed record SyncCursor(long Block, string? Hash, long Remarks, long InvalidCount, long InteractionCount);
