namespace Rmrk.Indexer.Chain.Grpc.Server;

/// <summary>The development chain core could not start listening (the port is taken, say).</summary>
public sealed class ChainCoreStartException(string message, Exception inner) : Exception(message, inner);
