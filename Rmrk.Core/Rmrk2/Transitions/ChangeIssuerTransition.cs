using Rmrk.Core.Remarks;
using Rmrk.Core.Rmrk2.Interactions;
using Rmrk.Core.Rmrk2.Model;

namespace Rmrk.Core.Rmrk2.Transitions;

/// <summary>CHANGEISSUER: hand a collection or a base to another issuer, at once (no acceptance step).</summary>
public static class ChangeIssuerTransition
{
    public static Rejection? Apply(Rmrk2Context context, Remark remark, ChangeIssuer change)
    {
        string kind = change.TargetsBase ? "base" : "collection";
        string? issuer = change.TargetsBase
            ? context.State.FindBase(change.Id)?.Issuer
            : context.State.FindCollection(change.Id)?.Issuer;
        if (issuer is null)
        {
            return new Rejection(RejectionCode.NftNotFound, change.Id, $"This CHANGEISSUER remark is invalid - no such {kind} with ID {change.Id} found before block {remark.Block}!");
        }

        if (!string.Equals(remark.Caller, issuer, StringComparison.Ordinal))
        {
            return new Rejection(RejectionCode.NotIssuer, change.Id, $"Attempting to change issuer of {kind} {change.Id} when not issuer!");
        }

        var record = new Change("issuer", issuer, change.Issuer, remark.Caller, remark.Block, OpCodes.ChangeIssuer);
        if (change.TargetsBase)
        {
            var target = context.State.Bases[change.Id];
            target.Changes = [record];
            target.Issuer = change.Issuer;
            context.State.Touch(target);
        }
        else
        {
            var target = context.State.Collections[change.Id];
            target.Changes.Add(record);
            target.Issuer = change.Issuer;
            context.State.Touch(target);
        }

        context.RecordInteraction(OpCodes.ChangeIssuer, change.Id);
        return null;
    }
}
