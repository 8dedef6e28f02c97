using Rmrk.Core.Js;
using Rmrk.Core.Remarks;
using Rmrk.Core.Rmrk2.Interactions;
using Rmrk.Core.Rmrk2.Model;

namespace Rmrk.Core.Rmrk2.Transitions;

/// <summary>BUY: purchase a listed NFT with a balance transfer to its root owner in the same batch.</summary>
public static class BuyTransition
{
    public static Rejection? Apply(Rmrk2Context context, Remark remark, Buy buy)
    {
        var nft = context.State.FindNft(buy.Id);
        if (nft is null)
        {
            return new Rejection(RejectionCode.NftNotFound, buy.Id, $"[BUY] Attempting to buy non-existant NFT {buy.Id}");
        }

        string? rootOwner = context.RootOwnerOf(nft, out var rejection, buy.Id);
        if (rejection is not null)
        {
            return rejection;
        }

        var transfers = BuyTransfers.Read(context, remark, out string? error);
        if (error is not null)
        {
            return new Rejection(RejectionCode.ScriptError, buy.Id, error);
        }

        // The transfer that pays goes to the root owner, for the price.
        var payment = new Payment(rootOwner ?? string.Empty, JsBigInt.ToText(nft.ForSale));
        rejection = Validate(remark, buy, nft, payment, transfers);
        if (rejection is not null)
        {
            return rejection;
        }

        Execute(context, remark, buy, nft, payment, transfers);
        return null;
    }

    private static Rejection? Validate(Remark remark, Buy buy, Nft nft, Payment payment, List<BuyTransfers.Transfer> transfers)
    {
        bool valid = false;
        foreach (var transfer in transfers)
        {
            valid |= transfer.Pays(payment.Receiver, payment.Price);
        }

        var rejection = Rmrk2Context.TransferabilityGuard(nft, remark, OpCodes.Buy);
        if (rejection is not null)
        {
            return rejection;
        }

        if (nft.IsBurned)
        {
            return new Rejection(RejectionCode.NftBurned, buy.Id, $"[BUY] Attempting to buy burned NFT {buy.Id}");
        }

        if (nft.ForSale <= 0)
        {
            return new Rejection(RejectionCode.NotForSale, buy.Id, $"[BUY] Attempting to buy not-for-sale NFT {buy.Id}");
        }

        if (remark.Extras is { Count: 0 })
        {
            return new Rejection(RejectionCode.TransferMissing, buy.Id, $"[BUY] No accompanying transfer found for purchase of NFT with ID {buy.Id}.");
        }

        string lastSeen = transfers.Count > 0 ? transfers[^1].Text : string.Empty;
        return valid ? null : new Rejection(
            RejectionCode.TransferMismatch,
            buy.Id,
            $"[BUY] Transfer for the purchase of NFT ID {buy.Id} not valid. Recipient, amount should be {payment.Receiver},{payment.Price}, is {lastSeen}.");
    }

    private static void Execute(Rmrk2Context context, Remark remark, Buy buy, Nft nft, Payment payment, List<BuyTransfers.Transfer> transfers)
    {
        var state = context.State;
        Delisting.DelistDirectChildren(state, nft, remark, OpCodes.Buy, resetsPending: false);
        Delisting.DetachFromParent(state, nft);
        List<ExtraTransfer>? extra = null;
        foreach (var transfer in transfers)
        {
            if (!transfer.Pays(payment.Receiver, payment.Price))
            {
                (extra ??= []).Add(new ExtraTransfer(transfer.Receiver, transfer.Amount));
            }
        }

        string newOwner = string.IsNullOrEmpty(buy.Recipient) ? remark.Caller : buy.Recipient;
        string newRootOwner = Rmrk2Context.IsAccount(buy.Recipient) ? buy.Recipient! : remark.Caller;
        nft.Changes.Add(new Change("owner", nft.Owner, newOwner, remark.Caller, remark.Block, OpCodes.Buy));
        nft.Changes.Add(new Change("rootowner", payment.Receiver, newRootOwner, remark.Caller, remark.Block, OpCodes.Buy));
        nft.Changes.Add(new Change("forsale", payment.Price, "0", remark.Caller, remark.Block, OpCodes.Buy, extra));
        nft.Owner = newOwner;
        nft.RootOwner = newRootOwner;
        nft.ForSale = 0;
        state.Touch(nft);
        RootOwnerRefresh.RefreshAndRecord(context, nft, OpCodes.Buy);
    }

    /// <summary>The root owner the price must go to, and the price as printed.</summary>
    private readonly record struct Payment(string Receiver, string Price);
}
