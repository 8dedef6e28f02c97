using Rmrk.Core.Js;
using Rmrk.Core.Remarks;
using Rmrk.Core.Rmrk2.Interactions;
using Rmrk.Core.Rmrk2.Model;

namespace Rmrk.Core.Rmrk2.Transitions;

/// <summary>LIST: put an NFT up for sale at a price in planck, or cancel with 0.</summary>
public static class ListTransition
{
    /// <summary>The reference's minimum distance between two LIST changes of one NFT.</summary>
    private const long CoolDownBlocks = 5;

    public static Rejection? Apply(Rmrk2Context context, Remark remark, List list)
    {
        var nft = context.State.FindNft(list.Id);
        var rejection = Validate(context, remark, list, nft);
        if (rejection is not null)
        {
            return rejection;
        }

        if (list.Price != nft!.ForSale)
        {
            nft.Changes.Add(new Change("forsale", JsBigInt.ToText(nft.ForSale), JsBigInt.ToText(list.Price), remark.Caller, remark.Block, OpCodes.List));
            nft.ForSale = list.Price;
            context.State.Touch(nft);
        }

        context.RecordInteraction(OpCodes.List, nft.Id);
        return null;
    }

    private static Rejection? Validate(Rmrk2Context context, Remark remark, List list, Nft? nft)
    {
        if (nft is { Owner.Length: > 0 })
        {
            var guard = context.ListedAncestorGuard(nft.Owner, list.Id);
            if (guard is not null)
            {
                return guard;
            }
        }

        if (nft is not null && IsCoolingDown(nft, remark))
        {
            return new Rejection(RejectionCode.CoolDown, list.Id, $"[LIST] There should be minimum of 5 blocks between last LIST interaction: {list.Text}");
        }

        if (nft is null)
        {
            return new Rejection(RejectionCode.NftNotFound, list.Id, $"[LIST] Attempting to list non-existant NFT {list.Id}");
        }

        if (nft.IsBurned)
        {
            return new Rejection(RejectionCode.NftBurned, list.Id, $"[LIST] Attempting to list burned NFT {list.Id}");
        }

        bool ownedByAccount = Rmrk2Context.IsAccount(nft.Owner);
        if (ownedByAccount && !string.Equals(nft.Owner, remark.Caller, StringComparison.Ordinal))
        {
            return new Rejection(RejectionCode.NotOwner, list.Id, $"[LIST] Attempting to list non-owned NFT {list.Id}, real owner: {nft.Owner}");
        }

        string? rootOwner = context.RootOwnerOf(nft, out var rejection, list.Id);
        if (rejection is not null)
        {
            return rejection;
        }

        if (!ownedByAccount && !string.Equals(rootOwner, remark.Caller, StringComparison.Ordinal))
        {
            return new Rejection(RejectionCode.NotOwner, list.Id, $"[LIST] Attempting to list non-owned NFT {list.Id}, real rootowner: {rootOwner}");
        }

        return list.Price.IsZero ? null : Rmrk2Context.TransferabilityGuard(nft, remark, OpCodes.List);
    }

    /// <summary>The highest-block LIST change must be at least 5 blocks old (block 0 never counts).</summary>
    private static bool IsCoolingDown(Nft nft, Remark remark)
    {
        long? last = null;
        foreach (var change in nft.Changes)
        {
            if (string.Equals(change.OpType, OpCodes.List, StringComparison.Ordinal) && (last is null || change.Block > last))
            {
                last = change.Block;
            }
        }

        return last is not null and not 0 && remark.Block - last.Value < CoolDownBlocks;
    }
}
