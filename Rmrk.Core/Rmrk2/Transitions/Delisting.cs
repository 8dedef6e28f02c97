using Rmrk.Core.Js;
using Rmrk.Core.Remarks;
using Rmrk.Core.Rmrk2.Model;
using Rmrk.Core.Rmrk2.State;

namespace Rmrk.Core.Rmrk2.Transitions;

/// <summary>
/// What SEND and BUY both do to the NFT they move: de-list its direct children (recording each de-listing) and
/// take it out of its old parent.
/// </summary>
internal static class Delisting
{
    /// <param name="resetsPending">
    /// SEND writes a de-listed child back with <c>pending: false</c> (the reference's rebuilt instance has no
    /// pending flag); BUY does not touch it.
    /// </param>
    public static void DelistDirectChildren(Rmrk2State state, Nft nft, Remark remark, string opType, bool resetsPending)
    {
        if (!nft.HasChildren)
        {
            return;
        }

        foreach (var entry in nft.Children)
        {
            var child = state.FindNft(entry.Id);
            if (child is null || child.ForSale.IsZero)
            {
                continue;
            }

            child.Changes.Add(new Change("forsale", JsBigInt.ToText(child.ForSale), "0", remark.Caller, remark.Block, opType));
            child.ForSale = 0;
            state.Touch(child);
            if (resetsPending)
            {
                child.Pending = false;
            }
        }
    }

    /// <summary>SEND and BUY take the NFT out of its old parent's children when its owner is an NFT.</summary>
    public static void DetachFromParent(Rmrk2State state, Nft nft)
    {
        if (Rmrk2Context.IsAccount(nft.Owner))
        {
            return;
        }

        var oldParent = state.FindNft(nft.Owner);
        int index = oldParent?.IndexOfChild(nft.Id) ?? -1;
        if (index >= 0)
        {
            oldParent!.Children.RemoveAt(index);
            state.Touch(oldParent);
        }
    }
}
