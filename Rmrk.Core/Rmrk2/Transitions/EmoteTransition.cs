using Rmrk.Core.Remarks;
using Rmrk.Core.Rmrk2.Interactions;
using Rmrk.Core.Rmrk2.Model;

namespace Rmrk.Core.Rmrk2.Transitions;

/// <summary>EMOTE: toggle the caller's reaction. The namespace is ignored: the id is always a 2.0 NFT id.</summary>
public static class EmoteTransition
{
    public static Rejection? Apply(Rmrk2Context context, Remark remark, Emote emote)
    {
        var nft = context.State.FindNft(emote.Id);
        if (nft is null)
        {
            return new Rejection(RejectionCode.NftNotFound, emote.Id, $"[EMOTE] Attempting to emote on non-existant NFT {emote.Id}");
        }

        if (nft.IsBurned)
        {
            return new Rejection(RejectionCode.NftBurned, emote.Id, $"[EMOTE] Cannot emote to a burned NFT {emote.Id}");
        }

        if (!nft.Reactions.TryGetValue(emote.Unicode, out var accounts))
        {
            accounts = [];
            nft.Reactions[emote.Unicode] = accounts;
        }

        int index = accounts.IndexOf(remark.Caller);
        if (index >= 0)
        {
            accounts.RemoveAt(index);
        }
        else
        {
            accounts.Add(remark.Caller);
        }

        context.State.Touch(nft);
        if (context.Options.EmitEmoteChanges)
        {
            string change = (index >= 0 ? "-" : "+") + emote.Unicode;
            nft.Changes.Add(new Change("reactions", string.Empty, change, remark.Caller, remark.Block, OpCodes.Emote));
        }

        context.RecordInteraction(OpCodes.Emote, nft.Id);
        return null;
    }
}
