using Rmrk.Core.Remarks;
using Rmrk.Core.Rmrk1.Interactions;
using Rmrk.Core.Rmrk1.Model;
using Rmrk.Core.Rmrk1.State;

namespace Rmrk.Core.Rmrk1.Transitions;

/// <summary>
/// MINTNFT mints into a collection whose current issuer is the caller; the NFT's owner is that issuer.
/// Not checked, as in the reference: the collection's max, sn uniqueness across blocks, block order.
/// https://github.com/rmrk-team/rmrk-spec/blob/master/standards/rmrk1.0.0/interactions/mintnft.md
/// </summary>
internal static class MintNftTransition
{
    public static bool TryApply(Rmrk1State state, Remark remark, in MintNft mint, out Rejection rejection)
    {
        if (remark.Block == 0)
        {
            // The reference throws this outside any try: the whole consolidate() aborts.
            throw new InvalidOperationException("This token is not minted, so it cannot have an ID.");
        }

        string id = mint.IdAt(remark.Block);
        if (state.FindNft(id) is not null)
        {
            return Reject.With(RejectionCode.NftExists, id, "[MINTNFT] Attempt to mint already existing NFT", out rejection);
        }

        Collection? collection = state.FindCollection(mint.Collection);
        if (collection is null)
        {
            return Reject.With(RejectionCode.CollectionNotFound, id, $"NFT referencing non-existant parent collection {mint.Collection}", out rejection);
        }

        if (!string.Equals(remark.Caller, collection.Issuer, StringComparison.Ordinal))
        {
            return Reject.With(
                RejectionCode.NotIssuer,
                id,
                $"Attempted issue of NFT in non-owned collection. Issuer: {collection.Issuer}, caller: {remark.Caller}",
                out rejection);
        }

        if (collection.Issuer.Length == 0)
        {
            return Reject.With(RejectionCode.NoOwner, id, "[MINTNFT] Somehow this NFT still doesn't have an owner.", out rejection);
        }

        state.AddNft(new Nft(
            id, remark.Block, mint.Collection, mint.Name, mint.Instance, mint.Transferable, mint.Sn, mint.Metadata, mint.Data, collection.Issuer));
        rejection = default;
        return true;
    }
}
