using Rmrk.Indexer.Chain.Grpc.V1;

namespace Rmrk.Indexer.Chain.Grpc.Server;

/// <summary>A block the server knows: canonical (empty <see cref="Fork"/>) or on a planned fork.</summary>
public sealed record ServedBlock(BlockRef Ref, BlockRef Parent, IReadOnlyList<RemarkCall> Calls, string Fork)
{
    public long Height => (long)Ref.Height;
}
