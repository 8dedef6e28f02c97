namespace Rmrk.Indexer.Sync;

/// <summary>The chain core could not be reached within the allowed reconnects.</summary>
public sealed class ChainUnavailableException(string message, Exception inner) : Exception(message, inner);
