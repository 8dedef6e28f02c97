using Rmrk.Core.Js;
using Rmrk.Core.Remarks;
using Rmrk.Core.Rmrk2.Interactions;
using Rmrk.Core.Rmrk2.Model;

namespace Rmrk.Core.Rmrk2.Transitions;

/// <summary>SETPRIORITY: the root owner reorders the NFT's resources.</summary>
public static class SetPriorityTransition
{
    public static Rejection? Apply(Rmrk2Context context, Remark remark, SetPriority setPriority)
    {
        var nft = context.State.FindNft(setPriority.Id);
        var rejection = Validate(context, remark, setPriority, nft);
        if (rejection is not null)
        {
            return rejection;
        }

        nft!.Priority = ((JsArray)setPriority.Priority).Items;
        context.State.Touch(nft);
        context.RecordInteraction(OpCodes.SetPriority, nft.Id);
        return null;
    }

    private static Rejection? Validate(Rmrk2Context context, Remark remark, SetPriority setPriority, Nft? nft)
    {
        string id = setPriority.Id;
        if (nft is null)
        {
            return new Rejection(RejectionCode.NftNotFound, id, $"[SETPRIORITY] Attempting to set priority on a non-existent NFT {id}");
        }

        if (nft.IsBurned)
        {
            return new Rejection(RejectionCode.NftBurned, id, $"[SETPRIORITY] Attempting to set priority on burned NFT {id}");
        }

        string? rootOwner = context.RootOwnerOf(nft, out var rejection, id);
        if (rejection is not null)
        {
            return rejection;
        }

        if (!string.Equals(rootOwner, remark.Caller, StringComparison.Ordinal))
        {
            return new Rejection(RejectionCode.NotOwner, id, $"[SETPRIORITY] Attempting to set priority on non-owned NFT {id}");
        }

        var priority = setPriority.Priority;
        foreach (var resource in nft.Resources)
        {
            if (resource.Pending)
            {
                continue;
            }

            if (priority is not (JsArray or JsString))
            {
                return new Rejection(RejectionCode.ScriptError, id, NotCallable(priority, "includes"));
            }

            if (!Includes(priority, resource.Id))
            {
                return new Rejection(RejectionCode.NotAllowed, id, $"[SETPRIORITY] New priority resource ids are missing some of the resource ids on this NFT {id}");
            }
        }

        if (priority is not JsArray array)
        {
            return new Rejection(RejectionCode.ScriptError, id, NotCallable(priority, "filter"));
        }

        foreach (var item in array.Items)
        {
            bool isNew = !JsOps.Includes(nft.Priority, item);
            if (isNew && !nft.HasResource(item))
            {
                return new Rejection(RejectionCode.NotAllowed, id, "[SETPRIORITY] one of the NFT resources doesn't contain resource with id from new priority array");
            }
        }

        return null;
    }

    /// <summary><c>priority.includes(id)</c>: an element test on arrays, a substring test on strings.</summary>
    private static bool Includes(JsValue priority, JsValue id) => priority switch
    {
        JsArray array => JsOps.Includes(array.Items, id),
        JsString text => text.Value.Contains(JsText.ToJsString(id), StringComparison.Ordinal),
        _ => false,
    };

    private static string NotCallable(JsValue priority, string method) => priority is JsNull
        ? JsOps.CannotReadProperties(priority, method)
        : $"setPriorityEntity.priority.{method} is not a function";
}
