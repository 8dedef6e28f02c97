using Rmrk.Core.Remarks;
using Rmrk.Core.Rmrk2.Interactions;

namespace Rmrk.Core.Rmrk2.Transitions;

/// <summary>DESTROY: remove a collection that has no unburned NFTs; its burned NFTs stay.</summary>
public static class DestroyTransition
{
    public static Rejection? Apply(Rmrk2Context context, Remark remark, Destroy destroy)
    {
        var collection = context.State.FindCollection(destroy.Id);
        if (collection is null)
        {
            return new Rejection(RejectionCode.CollectionNotFound, destroy.Id, $"[DESTROY] Attempting to destroy a non-existent Collection {destroy.Id}");
        }

        if (!string.Equals(remark.Caller, collection.Issuer, StringComparison.Ordinal))
        {
            return new Rejection(RejectionCode.NotIssuer, destroy.Id, $"Attempting to destroy collection {destroy.Id} when not issuer!");
        }

        if (context.State.UnburnedCount(destroy.Id) > 0)
        {
            return new Rejection(RejectionCode.NotAllowed, destroy.Id, $"[DESTROY] Collection with unburned nfts cannot be destroyed {destroy.Id}");
        }

        context.State.RemoveCollection(destroy.Id);
        context.RecordInteraction(OpCodes.Destroy, collection.Id);
        return null;
    }
}
