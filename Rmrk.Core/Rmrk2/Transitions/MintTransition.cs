using Rmrk.Core.Remarks;
using Rmrk.Core.Rmrk2.Interactions;
using Rmrk.Core.Rmrk2.Model;

namespace Rmrk.Core.Rmrk2.Transitions;

/// <summary>MINT: a new NFT in an owned collection, to the caller, an account, or into an NFT.</summary>
public static class MintTransition
{
    public static Rejection? Apply(Rmrk2Context context, Remark remark, Mint mint)
    {
        var state = context.State;
        string id = mint.Id;
        if (state.Nfts.ContainsKey(id))
        {
            return new Rejection(RejectionCode.AlreadyExists, id, "[MINT] Attempt to mint already existing NFT");
        }

        var rejection = context.RecursionGuard(id, mint.Recipient ?? string.Empty, id);
        if (rejection is not null)
        {
            return rejection;
        }

        var collection = state.FindCollection(mint.Collection);
        if (collection is null)
        {
            return new Rejection(RejectionCode.CollectionNotFound, id, $"NFT referencing non-existant parent collection {mint.Collection}");
        }

        if (!string.Equals(remark.Caller, collection.Issuer, StringComparison.Ordinal))
        {
            return new Rejection(RejectionCode.NotIssuer, id, $"Attempted issue of NFT in non-owned collection. Issuer: {collection.Issuer}, caller: {remark.Caller}");
        }

        if (collection.Count >= collection.Max && collection.Max != 0)
        {
            return new Rejection(RejectionCode.MaxedOut, id, $"Attempted to mint into maxed out collection {collection.Id}");
        }

        string? recipient = mint.Recipient;
        bool intoNft = recipient is not null && !Rmrk2Context.IsAccount(recipient);
        string rootOwner = recipient is not null && !intoNft ? recipient : string.Empty;
        string parentRoot = string.Empty;
        if (intoNft)
        {
            parentRoot = context.FindRealOwner(recipient!, out rejection, id) ?? string.Empty;
            if (rejection is not null)
            {
                return rejection;
            }
        }

        var nft = new Nft
        {
            Id = id,
            Block = remark.Block,
            Collection = mint.Collection,
            Symbol = mint.Symbol,
            Transferable = mint.Transferable,
            Sn = mint.Sn,
            Metadata = mint.Metadata,
            BuiltProperties = mint.Properties,
            UnparsedProperties = mint.UnparsedProperties,
            Owner = recipient ?? remark.Caller,
        };
        if (intoNft)
        {
            bool pending = !string.Equals(parentRoot, remark.Caller, StringComparison.Ordinal);
            rootOwner = parentRoot.Length > 0 ? parentRoot : remark.Caller;
            if (state.FindNft(recipient) is { } parent)
            {
                parent.Children.Add(new NftChild(id, pending));
                state.Touch(parent);
            }

            nft.Pending = pending;
        }

        nft.RootOwner = rootOwner.Length > 0 ? rootOwner : remark.Caller;
        state.AddNft(nft);
        collection.Count++;
        state.Touch(collection);
        context.RecordInteraction(OpCodes.Mint, id);
        return null;
    }
}
