using Rmrk.Core.Rmrk2.Model;
using Rmrk.Core.Rmrk2.State;

namespace Rmrk.Core.Rmrk2.Transitions;

/// <summary>
/// <c>updateNFTChildrenRootOwner</c>: after SEND or BUY every descendant (down to depth 9) gets the new
/// root owner and <c>forsale = 0</c>, without change records (rmrk-tools #117).
/// </summary>
internal static class RootOwnerRefresh
{
    /// <summary>
    /// Refreshes the descendants of <paramref name="nft"/>, which <paramref name="opType"/> (SEND or BUY) moved, and
    /// records the interaction when the log is kept: its children are the refreshed ids, direct children first in
    /// order, then each child's descendants.
    /// </summary>
    public static void RefreshAndRecord(Rmrk2Context context, Nft nft, string opType)
    {
        List<string>? updated = context.RecordsInteractions ? [] : null;
        Refresh(context.State, nft, nft.RootOwner, 1, updated);
        if (updated is not null)
        {
            context.RecordInteraction(new InteractionChange(opType, nft.Id, Children: updated));
        }
    }

    private static void Refresh(Rmrk2State state, Nft nft, string rootOwner, int level, List<string>? updated)
    {
        if (level >= Rmrk2Context.MaxDepth || !nft.HasChildren)
        {
            return;
        }

        if (updated is not null)
        {
            foreach (var entry in nft.Children)
            {
                updated.Add(entry.Id);
            }
        }

        foreach (var entry in nft.Children)
        {
            var child = state.FindNft(entry.Id);
            if (child is null)
            {
                continue;
            }

            Refresh(state, child, rootOwner, level + 1, updated);
            child.ForSale = 0;
            child.RootOwner = rootOwner;
            state.Touch(child);
        }
    }
}
