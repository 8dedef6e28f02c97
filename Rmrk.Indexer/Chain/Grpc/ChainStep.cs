using Rmrk.Core.Remarks;
using Rmrk.Indexer.Chain.Grpc.V1;

namespace Rmrk.Indexer.Chain.Grpc;

/// <summary>
/// One validated stream message: the step, the block and its parent (hashes as <c>0x</c> + lower-case hex),
/// the server's finalized height, and for NEW/FINAL the block's remarks already extracted (so a block that
/// cannot be extracted is refused before anything of it is applied) and its chain events.
/// </summary>
public sealed record ChainStep(
    Step Step,
    long Height,
    string Hash,
    long ParentHeight,
    string ParentHash,
    long FinalizedHeight,
    IReadOnlyList<Remark> Remarks,
    IReadOnlyList<CrowdloanEvent> Events)
{
    public override string ToString() => $"{Step} {Height} {Hash}";
}
