namespace Rmrk.Indexer.Chain.Grpc;

/// <summary>
/// The chain core sent something the contract (chain_core.proto) does not allow: a malformed message, a block
/// that does not link to the head, an UNDO of a block we do not have, an unreadable response. Not retried: a
/// server that said it once will say it again. Nothing of the offending block is applied.
/// </summary>
public sealed class ChainProtocolException(string message, Exception? inner = null) : Exception(message, inner);
