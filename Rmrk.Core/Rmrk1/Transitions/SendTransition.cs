using Rmrk.Core.Js;
using Rmrk.Core.Remarks;
using Rmrk.Core.Rmrk1.Interactions;
using Rmrk.Core.Rmrk1.Model;
using Rmrk.Core.Rmrk1.State;

namespace Rmrk.Core.Rmrk1.Transitions;

/// <summary>
/// SEND gives a transferable, unburned NFT to any recipient string, cancelling a listing.
/// https://github.com/rmrk-team/rmrk-spec/blob/master/standards/rmrk1.0.0/interactions/send.md
/// </summary>
internal static class SendTransition
{
    public static bool TryApply(Rmrk1State state, Remark remark, in Send send, out Rejection rejection)
    {
        if (!OwnedTransferableNft.TryFind(state, remark, send.Id, OpTypes.Send, "send", out var nft, out rejection))
        {
            return false;
        }

        nft.Changes.Add(new Change("owner", nft.Owner, send.Recipient, remark.Caller, remark.Block, OpTypes.Send));
        nft.Owner = send.Recipient;
        if (nft.ForSale > 0)
        {
            nft.Changes.Add(new Change("forsale", JsBigInt.ToText(nft.ForSale), "0", remark.Caller, remark.Block, OpTypes.Send));
        }

        // The reference's adapter writes forsale 0 in every case, so a negative price is reset silently.
        nft.ForSale = 0;
        nft.UpdatedAtBlock = remark.Block;
        rejection = default;
        return true;
    }
}
