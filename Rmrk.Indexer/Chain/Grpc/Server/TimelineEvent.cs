using Rmrk.Indexer.Chain.Grpc.V1;

namespace Rmrk.Indexer.Chain.Grpc.Server;

/// <summary>One message of the replay, with the finalized height the server reports at that point.</summary>
public readonly record struct TimelineEvent(Step Step, ServedBlock Block, long FinalizedHeight);
