using Rmrk.Core.Remarks;

namespace Rmrk.Core.Rmrk2.Transitions;

/// <summary>LOCK: cap a collection at its current number of unburned NFTs (0 means unlimited again).</summary>
public static class LockTransition
{
    public static Rejection? Apply(Rmrk2Context context, Remark remark, Interactions.Lock lockRemark)
    {
        var collection = context.State.FindCollection(lockRemark.Id);
        if (collection is null)
        {
            return new Rejection(RejectionCode.CollectionNotFound, lockRemark.Id, $"[LOCK] Attempting to lock a non-existent Collection {lockRemark.Id}");
        }

        if (!string.Equals(remark.Caller, collection.Issuer, StringComparison.Ordinal))
        {
            return new Rejection(RejectionCode.NotIssuer, lockRemark.Id, $"Attempting to lock collection {lockRemark.Id} when not issuer!");
        }

        collection.Max = context.State.UnburnedCount(collection.Id);
        context.State.Touch(collection);
        context.RecordInteraction(OpCodes.Lock, collection.Id);
        return null;
    }
}
