using Rmrk.Core.Addresses;
using Rmrk.Core.Js;
using Rmrk.Core.Remarks;
using Rmrk.Core.Rmrk1.Interactions;
using Rmrk.Core.Rmrk1.Model;
using Rmrk.Core.Rmrk1.State;

namespace Rmrk.Core.Rmrk1.Transitions;

/// <summary>
/// BUY transfers a listed NFT to the caller when the batch holds a <c>balances.transfer</c> of exactly
/// <c>owner,price</c> (the destination re-encoded first when <c>ss58Format</c> is set). The caller is not
/// checked, so owners may buy their own NFTs.
/// https://github.com/rmrk-team/rmrk-spec/blob/master/standards/rmrk1.0.0/interactions/buy.md
/// </summary>
internal static class BuyTransition
{
    public static bool TryApply(Rmrk1State state, Remark remark, in Buy buy, AddressCodec? addresses, out Rejection rejection)
    {
        Nft? nft = state.FindNft(buy.Id);
        if (nft is null)
        {
            return Reject.With(RejectionCode.NftNotFound, buy.Id, $"[BUY] Attempting to buy non-existant NFT {buy.Id}", out rejection);
        }

        string forSale = JsBigInt.ToText(nft.ForSale);
        string expected = nft.Owner + "," + forSale;

        // The reference scans the transfers before any other check, so an undecodable destination wins.
        bool transferValid = false;
        string transferValue = string.Empty;
        if (remark.Extras is { } extras)
        {
            foreach (Extra extra in extras)
            {
                if (!string.Equals(extra.Call, OpTypes.BalancesTransfer, StringComparison.Ordinal))
                {
                    continue;
                }

                int comma = extra.Value.IndexOf(',', StringComparison.Ordinal);
                string dest = comma < 0 ? extra.Value : extra.Value[..comma];
                string amount = comma < 0 ? string.Empty : SecondField(extra.Value, comma + 1);
                if (addresses is not null)
                {
                    if (!addresses.TryReencode(dest, out string? encoded, out string? error))
                    {
                        return Reject.With(RejectionCode.InvalidTransferAddress, buy.Id, error, out rejection);
                    }

                    dest = encoded;
                }

                transferValue = dest + "," + amount;
                transferValid |= string.Equals(transferValue, expected, StringComparison.Ordinal);
            }
        }

        if (nft.IsBurned)
        {
            return Reject.With(RejectionCode.NftBurned, buy.Id, $"[BUY] Attempting to buy burned NFT {buy.Id}", out rejection);
        }

        if (nft.ForSale <= 0)
        {
            return Reject.With(RejectionCode.NotForSale, buy.Id, $"[BUY] Attempting to buy not-for-sale NFT {buy.Id}", out rejection);
        }

        if (!nft.IsTransferableAt(remark.Block))
        {
            return Reject.With(RejectionCode.NotTransferable, buy.Id, $"[BUY] Attempting to buy non-transferable NFT {buy.Id}.", out rejection);
        }

        if (remark.Extras is { Count: 0 })
        {
            return Reject.With(RejectionCode.NoTransfer, buy.Id, $"[BUY] No accompanying transfer found for purchase of NFT with ID {buy.Id}.", out rejection);
        }

        if (!transferValid)
        {
            return Reject.With(
                RejectionCode.TransferMismatch,
                buy.Id,
                $"[BUY] Transfer for the purchase of NFT ID {buy.Id} not valid. Recipient, amount should be {expected}, is {transferValue}.",
                out rejection);
        }

        nft.Changes.Add(new Change("owner", nft.Owner, remark.Caller, remark.Caller, remark.Block, OpTypes.Buy));
        nft.Owner = remark.Caller;
        nft.Changes.Add(new Change("forsale", forSale, "0", remark.Caller, remark.Block, OpTypes.Buy));
        nft.ForSale = 0;
        nft.UpdatedAtBlock = remark.Block;
        rejection = default;
        return true;
    }

    /// <summary>Element 1 of <c>value.split(",")</c>, starting at <paramref name="start"/>.</summary>
    private static string SecondField(string value, int start)
    {
        int end = value.IndexOf(',', start);
        return end < 0 ? value[start..] : value[start..end];
    }
}
