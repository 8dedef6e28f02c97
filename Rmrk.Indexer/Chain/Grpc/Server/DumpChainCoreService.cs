using Google.Protobuf;
using Grpc.Core;
using Microsoft.Extensions.Logging;
using Rmrk.Indexer.Chain.Grpc.V1;

namespace Rmrk.Indexer.Chain.Grpc.Server;

/// <summary>
/// The chain-core contract served from a <see cref="ChainTimeline"/>: resume after the client's block, stream
/// the replay, and play the plan's disconnects and corruptions.
/// </summary>
public sealed class DumpChainCoreService(ChainTimeline timeline, ILogger<DumpChainCoreService> logger) : ChainCore.ChainCoreBase
{
    public override Task<InfoResponse> GetInfo(InfoRequest request, ServerCallContext context) => Task.FromResult(new InfoResponse
    {
        GenesisHash = timeline.Genesis.Hash,
        Ss58Prefix = 2,
        FirstHeight = timeline.Canonical.Count == 0 ? 0 : (ulong)timeline.Canonical[0].Height,
        Kind = "dump-replay",
    });

    public override async Task StreamBlocks(StreamRequest request, IServerStreamWriter<StreamResponse> responseStream, ServerCallContext context)
    {
        bool finalizedOnly = request.FinalizedOnly && !timeline.Plan.IgnoreFinalizedOnly;
        int start = timeline.ResumeIndex(finalizedOnly, request.StartAfter);
        if (start < 0)
        {
            throw new RpcException(new Status(StatusCode.NotFound, $"block {request.StartAfter.Height} {BlockHashes.ToText(request.StartAfter.Hash)} is not known to this chain core"));
        }

        var list = finalizedOnly ? timeline.FinalOnly : timeline.Full;
        for (int i = start; i < list.Count; i++)
        {
            var e = list[i];
            if (request.StopHeight > 0 && e.Step != Step.Undo && e.Block.Ref.Height > request.StopHeight)
            {
                break;
            }

            var corruption = e.Step != Step.Undo && e.Block.Fork.Length == 0
                ? timeline.Plan.Corruptions.FirstOrDefault(c => c.Block == e.Block.Height)
                : null;
            if (corruption is { Kind: "undo-unknown" })
            {
                var ghost = new BlockRef { Height = e.Block.Ref.Height, Hash = ByteString.CopyFrom(new byte[32]) };
                await responseStream.WriteAsync(new StreamResponse { Step = Step.Undo, Block = ghost, Parent = e.Block.Parent, FinalizedHeight = (ulong)e.FinalizedHeight }, context.CancellationToken).ConfigureAwait(false);
            }

            await responseStream.WriteAsync(ToMessage(e, corruption?.Kind), context.CancellationToken).ConfigureAwait(false);
            if (timeline.MessageSent())
            {
                Log.ChainServerDisconnect(logger, i);
                context.GetHttpContext().Abort();
                return;
            }
        }
    }

    private static StreamResponse ToMessage(TimelineEvent e, string? corruption)
    {
        var message = new StreamResponse
        {
            Step = e.Step,
            Block = e.Block.Ref,
            Parent = e.Block.Parent,
            FinalizedHeight = (ulong)e.FinalizedHeight,
        };
        if (e.Step != Step.Undo)
        {
            message.Calls.Add(e.Block.Calls);
        }

        switch (corruption)
        {
            case "bad-parent":
                message.Parent = new BlockRef { Height = e.Block.Parent.Height, Hash = ByteString.CopyFrom(new byte[32]) };
                break;
            case "no-block":
                message.Block = null;
                break;
            case "no-step":
                message.Step = Step.Unspecified;
                break;
            case "bad-caller":
                var calls = message.Calls.Select(c => c.Clone()).ToList();
                message.Calls.Clear();
                foreach (var call in calls)
                {
                    call.Caller = "not-an-address";
                }

                message.Calls.Add(calls);
                break;
            default:
                break;
        }

        return message;
    }
}
