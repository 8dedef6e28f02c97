using Rmrk.Core.Js;
using Rmrk.Core.Remarks;
using Rmrk.Core.Rmrk1.Interactions;
using Rmrk.Core.Rmrk1.Model;
using Rmrk.Core.Rmrk1.State;

namespace Rmrk.Core.Rmrk1.Transitions;

/// <summary>
/// EMOTE toggles the caller in <c>reactions[unicode]</c> of an unburned NFT; anyone may emote and an emptied
/// list stays. A unicode naming an <c>Object.prototype</c> member makes the reference throw a TypeError.
/// https://github.com/rmrk-team/rmrk-spec/blob/master/standards/rmrk1.0.0/interactions/emote.md
/// </summary>
internal static class EmoteTransition
{
    /// <summary><paramref name="sameBlock"/>: the NFT was last updated in this remark's block (no interaction change).</summary>
    public static bool TryApply(
        Rmrk1State state, Remark remark, in Emote emote, bool emitEmoteChanges, out bool sameBlock, out Rejection rejection)
    {
        sameBlock = false;
        Nft? nft = state.FindNft(emote.Id);
        if (nft is null)
        {
            return Reject.With(RejectionCode.NftNotFound, emote.Id, $"[EMOTE] Attempting to emote on non-existant NFT {emote.Id}", out rejection);
        }

        if (nft.IsBurned)
        {
            return Reject.With(RejectionCode.NftBurned, emote.Id, $"[EMOTE] Cannot emote to a burned NFT {emote.Id}", out rejection);
        }

        if (!nft.Reactions.TryGetValue(emote.Unicode, out List<string>? callers) && JsOps.IsObjectPrototypeMember(emote.Unicode))
        {
            return Reject.With(RejectionCode.ReactionsPrototypeKey, emote.Id, "nft.reactions[emoteEntity.unicode].indexOf is not a function", out rejection);
        }

        if (callers is null)
        {
            callers = [];
            nft.Reactions.Add(emote.Unicode, callers);
        }

        int index = callers.IndexOf(remark.Caller);
        bool removing = index > -1;
        if (removing)
        {
            callers.RemoveAt(index);
        }
        else
        {
            callers.Add(remark.Caller);
        }

        if (emitEmoteChanges)
        {
            nft.Changes.Add(new Change("reactions", string.Empty, (removing ? "-" : "+") + emote.Unicode, remark.Caller, remark.Block, OpTypes.Emote));
        }

        sameBlock = remark.Block == nft.UpdatedAtBlock;
        nft.UpdatedAtBlock = remark.Block;
        rejection = default;
        return true;
    }
}
