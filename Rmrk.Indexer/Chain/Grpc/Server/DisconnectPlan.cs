namespace Rmrk.Indexer.Chain.Grpc.Server;

/// <summary>Drop the connection once, right after the server has sent this many messages in total.</summary>
public sealed record DisconnectPlan(long AfterMessages);
