using System.Globalization;
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
        Nft? nft = state.FindNft(send.Id);
        if (nft is null)
        {
            return Reject.With(RejectionCode.NftNotFound, send.Id, $"[SEND] Attempting to send non-existant NFT {send.Id}", out rejection);
        }

        if (nft.IsBurned)
        {
            return Reject.With(RejectionCode.NftBurned, send.Id, $"[SEND] Attempting to send burned NFT {send.Id}", out rejection);
        }

        if (!string.Equals(nft.Owner, remark.Caller, StringComparison.Ordinal))
        {
            return Reject.With(RejectionCode.NotOwner, send.Id, $"[SEND] Attempting to send non-owned NFT {send.Id}, real owner: {nft.Owner}", out rejection);
        }

        if (!nft.IsTransferableAt(remark.Block))
        {
            return Reject.With(RejectionCode.NotTransferable, send.Id, $"[SEND] Attempting to send non-transferable NFT {send.Id}.", out rejection);
        }

        nft.Changes.Add(new Change("owner", nft.Owner, send.Recipient, remark.Caller, remark.Block, OpTypes.Send));
        nft.Owner = send.Recipient;
        if (nft.ForSale > 0)
        {
            nft.Changes.Add(new Change("forsale", nft.ForSale.ToString(CultureInfo.InvariantCulture), "0", remark.Caller, remark.Block, OpTypes.Send));
        }

        // The reference's adapter writes forsale 0 in every case, so a negative price is reset silently.
        nft.ForSale = 0;
        nft.UpdatedAtBlock = remark.Block;
        rejection = default;
        return true;
    }
}
