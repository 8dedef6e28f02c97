using Rmrk.Core.Js;
using Rmrk.Core.Remarks;
using Rmrk.Core.Rmrk1.Interactions;
using Rmrk.Core.Rmrk1.Model;
using Rmrk.Core.Rmrk1.State;

namespace Rmrk.Core.Rmrk1.Transitions;

/// <summary>
/// CONSUME burns an NFT the caller owns (transferable or not). The reason is the raw value of every other
/// batch call that is not an RMRK remark, joined by <c>~~~</c>, or "true". It always de-lists, with a change.
/// https://github.com/rmrk-team/rmrk-spec/blob/master/standards/rmrk1.0.0/interactions/consume.md
/// </summary>
internal static class ConsumeTransition
{
    public static bool TryApply(Rmrk1State state, Remark remark, in Consume consume, out Rejection rejection)
    {
        Nft? nft = state.FindNft(consume.Id);
        if (nft is null)
        {
            return Reject.With(RejectionCode.NftNotFound, consume.Id, $"[CONSUME] Attempting to CONSUME non-existant NFT {consume.Id}", out rejection);
        }

        if (nft.IsBurned)
        {
            return Reject.With(RejectionCode.NftBurned, consume.Id, $"[CONSUME] Attempting to burn already burned NFT {consume.Id}", out rejection);
        }

        if (!string.Equals(nft.Owner, remark.Caller, StringComparison.Ordinal))
        {
            return Reject.With(RejectionCode.NotOwner, consume.Id, $"[CONSUME] Attempting to CONSUME non-owned NFT {consume.Id}", out rejection);
        }

        string reason = BurnReason(remark.Extras);
        nft.Changes.Add(new Change("burned", string.Empty, reason, remark.Caller, remark.Block, OpTypes.Consume));
        nft.Burned = reason;
        nft.Changes.Add(new Change("forsale", JsBigInt.ToText(nft.ForSale), "0", remark.Caller, remark.Block, OpTypes.Consume));
        nft.ForSale = 0;
        nft.UpdatedAtBlock = remark.Block;
        rejection = default;
        return true;
    }

    private static string BurnReason(IReadOnlyList<Extra>? extras)
    {
        string? reason = null;
        if (extras is not null)
        {
            foreach (Extra extra in extras)
            {
                if (StartsWithRmrkIgnoringCase(JsText.HexToString(extra.Value)))
                {
                    continue;
                }

                reason = reason is null ? extra.Value : reason + "~~~" + extra.Value;
            }
        }

        return reason ?? "true";
    }

    // str.toUpperCase().startsWith("RMRK"): no non-ASCII character upper-cases to R, M or K.
    private static bool StartsWithRmrkIgnoringCase(string s) =>
        s.Length >= 4 && (s[0] | 0x20) == 'r' && (s[1] | 0x20) == 'm' && (s[2] | 0x20) == 'r' && (s[3] | 0x20) == 'k';
}
