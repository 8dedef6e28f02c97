namespace Rmrk.Indexer.Storage;

/// <summary>
/// Where a sync stands: the last block whose effects are committed (and its hash when the source has one),
/// the remarks consolidated so far, the next sequence numbers of the append-only logs, and, for a dump, where its
/// last committed block with remarks begins (<see cref="ResumeAt"/>; null for other sources).
/// </summary>
public sealed record SyncCursor(long Block, string? Hash, long Remarks, long InvalidCount, long InteractionCount, SourcePosition? ResumeAt = null);
