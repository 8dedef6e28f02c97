using Rmrk.Core.Remarks;
using Rmrk.Core.Rmrk1.Interactions;
using Rmrk.Core.Rmrk1.Model;
using Rmrk.Core.Rmrk1.State;

namespace Rmrk.Core.Rmrk1.Transitions;

/// <summary>
/// CHANGEISSUER hands a collection (and its MINTNFT right) to any string; existing NFTs keep their owners.
/// https://github.com/rmrk-team/rmrk-spec/blob/master/standards/rmrk1.0.0/interactions/changeissuer.md
/// </summary>
internal static class ChangeIssuerTransition
{
    public static bool TryApply(Rmrk1State state, Remark remark, in ChangeIssuer change, out Rejection rejection)
    {
        Collection? collection = state.FindCollection(change.Id);
        if (collection is null)
        {
            return Reject.With(
                RejectionCode.CollectionNotFound,
                change.Id,
                $"This CHANGEISSUER remark is invalid - no such collection with ID {change.Id} found before block {remark.Block}!",
                out rejection);
        }

        if (!string.Equals(remark.Caller, collection.Issuer, StringComparison.Ordinal))
        {
            return Reject.With(RejectionCode.NotIssuer, change.Id, $"Attempting to change issuer of collection {change.Id} when not issuer!", out rejection);
        }

        collection.Changes.Add(new Change("issuer", collection.Issuer, change.Issuer, remark.Caller, remark.Block, OpTypes.ChangeIssuer));
        collection.Issuer = change.Issuer;
        collection.UpdatedAtBlock = remark.Block;
        rejection = default;
        return true;
    }
}
