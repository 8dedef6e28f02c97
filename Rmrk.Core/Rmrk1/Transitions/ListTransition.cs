using System.Globalization;
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
        Nft? nft = state.FindNft(list.Id);
        if (nft is null)
        {
            return Reject.With(RejectionCode.NftNotFound, list.Id, $"[LIST] Attempting to list non-existant NFT {list.Id}", out rejection);
        }

        if (nft.IsBurned)
        {
            return Reject.With(RejectionCode.NftBurned, list.Id, $"[LIST] Attempting to list burned NFT {list.Id}", out rejection);
        }

        if (!string.Equals(nft.Owner, remark.Caller, StringComparison.Ordinal))
        {
            return Reject.With(RejectionCode.NotOwner, list.Id, $"[LIST] Attempting to list non-owned NFT {list.Id}, real owner: {nft.Owner}", out rejection);
        }

        if (!nft.IsTransferableAt(remark.Block))
        {
            return Reject.With(RejectionCode.NotTransferable, list.Id, $"[LIST] Attempting to list non-transferable NFT {list.Id}.", out rejection);
        }

        if (list.Price != nft.ForSale)
        {
            nft.Changes.Add(new Change(
                "forsale",
                nft.ForSale.ToString(CultureInfo.InvariantCulture),
                list.Price.ToString(CultureInfo.InvariantCulture),
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
