using Rmrk.Core.Js;
using Rmrk.Core.Rmrk2.State;

namespace Rmrk.Indexer.Consolidation;

/// <summary>
/// The counts <c>consolidate.mjs --summary</c> prints: remarks, NFTs (burned, pending), collections, bases,
/// invalid remarks overall and by op.
/// </summary>
public static class StateSummary
{
    public static JsObject Of(Rmrk2State state, int remarkCount)
    {
        int burned = 0, pending = 0;
        foreach (var nft in state.Nfts.Values)
        {
            burned += nft.IsBurned ? 1 : 0;
            pending += nft.Pending ? 1 : 0;
        }

        var byOp = new JsObject();
        foreach (var invalid in state.Invalid)
        {
            double n = byOp[invalid.OpType] is JsNumber current ? current.Value : 0;
            byOp.Set(invalid.OpType, new JsNumber(n + 1));
        }

        var summary = new JsObject();
        summary.Set("remarks", new JsNumber(remarkCount));
        summary.Set("nfts", new JsNumber(state.Nfts.Count));
        summary.Set("burned", new JsNumber(burned));
        summary.Set("pending", new JsNumber(pending));
        summary.Set("collections", new JsNumber(state.Collections.Count));
        summary.Set("bases", new JsNumber(state.Bases.Count));
        summary.Set("invalid", new JsNumber(state.Invalid.Count));
        double share = remarkCount == 0 ? 0 : Math.Round((double)state.Invalid.Count / remarkCount, 4, MidpointRounding.AwayFromZero);
        summary.Set("invalid_share", new JsNumber(share));
        summary.Set("invalid_by_op", byOp);
        return summary;
    }
}
