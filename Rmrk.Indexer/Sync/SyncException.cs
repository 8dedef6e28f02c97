namespace Rmrk.Indexer.Sync;

/// <summary>The sync cannot go on with this database and this source (options or chain differ).</summary>
public sealed class SyncException(string message) : Exception(message);
