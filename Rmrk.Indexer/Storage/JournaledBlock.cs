namespace Rmrk.Indexer.Storage;

/// <summary>A block in the undo journal: its number and hash, and the cursor that stood before it.</summary>
public sealed record JournaledBlock(long Block, string? Hash, SyncCursor? Previous);
