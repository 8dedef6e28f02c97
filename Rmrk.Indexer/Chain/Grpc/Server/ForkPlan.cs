namespace Rmrk.Indexer.Chain.Grpc.Server;

/// <summary>A fork of <see cref="Length"/> blocks built on canonical block <see cref="AfterBlock"/>, later undone.</summary>
public sealed record ForkPlan(long AfterBlock, int Length);
