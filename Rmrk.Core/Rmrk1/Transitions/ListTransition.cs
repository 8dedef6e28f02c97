using Rmrk.Core.Js;
using Rmrk.Core.Remarks;
using Rmrk.Core.Rmrk1.Interactions;
using Rmrk.Core.Rmrk1.Model;
using Rmrk.Core.Rmrk1.State;

namespace Rmrk.Core.Rmrk1.Transitions;

/// <summary>
/// LIST sets (or with 0 cancels) the price of a transferable NFT the caller owns. No cool-down in 1.0.0;
/// an unchanged price is valid but records no change.
/// https://github.com/rmrk-team/rmrk-spec/blob/master/standards/rmrk1.0.0/interactions/list.md
/// </summary>
internal static class ListTransition
{
    public static bool TryApply(Rmrk1State state, Remark remark, in List list, out Rejection rejection)
    {
        if (!OwnedTransferableNft.TryFind(state, remark, list.Id, OpTypes.List, "list", out var nft, out rejection))
        {
            return false;
        }

        if (list.Price != nft.ForSale)
        {
            nft.Changes.Add(new Change(
                "forsale",
                JsBigInt.ToText(nft.ForSale),
                JsBigInt.ToText(list.Price),
                remark.Caller,
                remark.Block,
                OpTypes.List));
            nft.ForSale = list.Price;
        }

        nft.UpdatedAtBlock = remark.Block;
        rejection = default;
        return true;
    }
}
