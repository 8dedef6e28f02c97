using System.Diagnostics.CodeAnalysis;
using Rmrk.Core.Remarks;
using Rmrk.Core.Rmrk1.Model;
using Rmrk.Core.Rmrk1.State;

namespace Rmrk.Core.Rmrk1.Transitions;

/// <summary>
/// The NFTs LIST and SEND accept, checked in the reference's order: it exists, is not burned, is owned by the
/// caller and is transferable at the remark's block. Messages name the op: <c>[LIST] Attempting to list …</c>.
/// </summary>
internal static class OwnedTransferableNft
{
    /// <param name="op">The op tag, e.g. <c>LIST</c>.</param>
    /// <param name="verb">The verb in the messages, e.g. <c>list</c>.</param>
    public static bool TryFind(Rmrk1State state, Remark remark, string id, string op, string verb, [NotNullWhen(true)] out Nft? nft, out Rejection rejection)
    {
        nft = state.FindNft(id);
        if (nft is null)
        {
            return Reject.With(RejectionCode.NftNotFound, id, $"[{op}] Attempting to {verb} non-existant NFT {id}", out rejection);
        }

        if (nft.IsBurned)
        {
            return Reject.With(RejectionCode.NftBurned, id, $"[{op}] Attempting to {verb} burned NFT {id}", out rejection);
        }

        if (!string.Equals(nft.Owner, remark.Caller, StringComparison.Ordinal))
        {
            return Reject.With(RejectionCode.NotOwner, id, $"[{op}] Attempting to {verb} non-owned NFT {id}, real owner: {nft.Owner}", out rejection);
        }

        if (!nft.IsTransferableAt(remark.Block))
        {
            return Reject.With(RejectionCode.NotTransferable, id, $"[{op}] Attempting to {verb} non-transferable NFT {id}.", out rejection);
        }

        rejection = default;
        return true;
    }
}
