namespace Rmrk.Indexer.Chain.Grpc.Server;

/// <summary>Send the message that delivers canonical block <see cref="Block"/> malformed, as <see cref="Kind"/> says.</summary>
public sealed record CorruptionPlan(long Block, string Kind);
