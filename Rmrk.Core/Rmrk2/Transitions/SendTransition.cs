using Rmrk.Core.Js;
using Rmrk.Core.Remarks;
using Rmrk.Core.Rmrk2.Interactions;
using Rmrk.Core.Rmrk2.Model;

namespace Rmrk.Core.Rmrk2.Transitions;

/// <summary>SEND: move an NFT to an account or into another NFT, de-listing it and its direct children.</summary>
public static class SendTransition
{
    public static Rejection? Apply(Rmrk2Context context, Remark remark, Send send)
    {
        var rejection = Validate(context, remark, send, out var nft, out string newRootOwner);
        if (rejection is not null)
        {
            return rejection;
        }

        Execute(context, remark, send, nft!, newRootOwner);
        return null;
    }

    private static Rejection? Validate(Rmrk2Context context, Remark remark, Send send, out Nft? nft, out string newRootOwner)
    {
        newRootOwner = string.Empty;
        nft = context.State.FindNft(send.Id);
        if (nft is { Owner.Length: > 0 })
        {
            var guard = context.RecursionGuard(send.Id, send.Recipient, send.Id)
                ?? context.ListedAncestorGuard(nft.Owner, send.Id);
            if (guard is not null)
            {
                return guard;
            }
        }

        if (nft is null)
        {
            return new Rejection(RejectionCode.NftNotFound, send.Id, $"[SEND] Attempting to send non-existant NFT {send.Id}");
        }

        if (nft.IsBurned)
        {
            return new Rejection(RejectionCode.NftBurned, send.Id, $"[SEND] Attempting to send burned NFT {send.Id}");
        }

        string? rootOwner = context.FindRealOwner(send.Id, out var rejection, send.Id);
        if (rejection is not null)
        {
            return rejection;
        }

        if (!string.Equals(rootOwner, remark.Caller, StringComparison.Ordinal))
        {
            return new Rejection(RejectionCode.NotOwner, send.Id, $"[SEND] Attempting to send non-owned NFT {send.Id}, real owner: {rootOwner}");
        }

        if (!Rmrk2Context.IsAccount(send.Recipient) && context.State.FindNft(send.Recipient) is null)
        {
            return new Rejection(RejectionCode.RecipientNotFound, send.Id, $"[SEND] Attempting to send NFT to a non existing NFT {send.Recipient}.");
        }

        rejection = Rmrk2Context.TransferabilityGuard(nft, remark, OpCodes.Send);
        if (rejection is not null)
        {
            return rejection;
        }

        newRootOwner = context.FindRealOwner(send.Recipient, out rejection, send.Id) ?? string.Empty;
        return rejection;
    }

    private static void Execute(Rmrk2Context context, Remark remark, Send send, Nft nft, string newRootOwner)
    {
        var state = context.State;
        Delisting.DetachFromParent(state, nft);

        // The reference rebuilds the NFT from storage without its pending flag, so it ends false unless set here.
        bool pending = false;
        if (!Rmrk2Context.IsAccount(send.Recipient))
        {
            var newParent = state.FindNft(send.Recipient)!;
            if (newParent.FindChild(send.Id) is null)
            {
                pending = !string.Equals(newRootOwner, remark.Caller, StringComparison.Ordinal);
                newParent.Children.Add(new NftChild(send.Id, pending));
                state.Touch(newParent);
            }
        }

        Delisting.DelistDirectChildren(state, nft, remark, OpCodes.Send, resetsPending: true);
        nft.Changes.Add(new Change("owner", nft.Owner, send.Recipient, remark.Caller, remark.Block, OpCodes.Send));
        nft.Owner = send.Recipient;
        nft.RootOwner = newRootOwner;
        if (nft.ForSale > 0)
        {
            nft.Changes.Add(new Change("forsale", JsBigInt.ToText(nft.ForSale), "0", remark.Caller, remark.Block, OpCodes.Send));
        }

        nft.ForSale = 0;
        nft.Pending = pending;
        state.Touch(nft);
        RootOwnerRefresh.RefreshAndRecord(context, nft, OpCodes.Send);
    }
}
