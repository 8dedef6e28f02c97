using Rmrk.Core.Js;
using Rmrk.Core.Remarks;
using Rmrk.Core.Rmrk2.Interactions;
using Rmrk.Core.Rmrk2.Model;
using Rmrk.Core.Rmrk2.State;

namespace Rmrk.Core.Rmrk2.Transitions;

/// <summary>BURN: burn an NFT and, in cascade, everything nested in it (down to depth 9).</summary>
public static class BurnTransition
{
    public static Rejection? Apply(Rmrk2Context context, Remark remark, Burn burn)
    {
        var nft = context.State.FindNft(burn.Id);
        var rejection = Validate(context, remark, burn, nft);
        if (rejection is not null)
        {
            return rejection;
        }

        string reason = BurnReason(remark);
        UnequipFromParent(context.State, nft!);
        var cascadeFailure = BurnCascade.Burn(context.State, nft!, remark);
        if (cascadeFailure is not null)
        {
            // The reference leaves the cascade's writes in place and does not burn the target (§5.6).
            return new Rejection(RejectionCode.ScriptError, burn.Id, cascadeFailure);
        }

        nft!.Changes.Add(new Change("burned", string.Empty, reason, remark.Caller, remark.Block, OpCodes.Burn));
        nft.Changes.Add(new Change("forsale", JsBigInt.ToText(nft.ForSale), "0", remark.Caller, remark.Block, OpCodes.Burn));
        nft.ForSale = 0;
        nft.HasEquippedField = true;
        context.State.SetBurned(nft, reason);
        var collection = context.State.FindCollection(nft.Collection)!;
        collection.Count--;
        context.State.Touch(collection);
        context.RecordInteraction(OpCodes.Burn, nft.Id);
        return null;
    }

    private static Rejection? Validate(Rmrk2Context context, Remark remark, Burn burn, Nft? nft)
    {
        if (nft is { Owner.Length: > 0 })
        {
            var guard = context.ListedAncestorGuard(nft.Owner, burn.Id);
            if (guard is not null)
            {
                return guard;
            }
        }

        if (nft is null)
        {
            return new Rejection(RejectionCode.NftNotFound, burn.Id, $"[BURN] Attempting to BURN non-existant NFT {burn.Id}");
        }

        if (nft.IsBurned)
        {
            return new Rejection(RejectionCode.NftBurned, burn.Id, $"[BURN] Attempting to burn already burned NFT {burn.Id}");
        }

        string owner = nft.RootOwner.Length > 0 ? nft.RootOwner : nft.Owner;
        return string.Equals(owner, remark.Caller, StringComparison.Ordinal)
            ? null
            : new Rejection(RejectionCode.NotOwner, burn.Id, $"[BURN] Attempting to BURN non-owned NFT {burn.Id}, real owner is {nft.RootOwner}");
    }

    /// <summary>The extras whose decoded text is not another RMRK remark, joined by "~~~"; "true" when none.</summary>
    private static string BurnReason(Remark remark)
    {
        if (remark.Extras is not { Count: > 0 })
        {
            return "true";
        }

        List<string>? reasons = null;
        foreach (var extra in remark.Extras)
        {
            if (!JsText.HexToString(extra.Value).ToUpperInvariant().StartsWith(OpCodes.Prefix, StringComparison.Ordinal))
            {
                (reasons ??= []).Add(extra.Value);
            }
        }

        return reasons is null ? "true" : string.Join("~~~", reasons);
    }

    private static void UnequipFromParent(Rmrk2State state, Nft nft)
    {
        if (Rmrk2Context.IsAccount(nft.Owner))
        {
            return;
        }

        var entry = state.FindNft(nft.Owner)?.FindChild(nft.Id);
        if (entry is not null)
        {
            entry.Equipped = string.Empty;
            state.Touch(state.FindNft(nft.Owner)!);
        }
    }
}
