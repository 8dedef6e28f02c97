using Rmrk.Core.Js;
using Rmrk.Core.Remarks;
using Rmrk.Core.Rmrk2.Interactions;
using Rmrk.Core.Rmrk2.Model;
using Rmrk.Core.Rmrk2.State;

namespace Rmrk.Core.Rmrk2.Transitions;

/// <summary>
/// ACCEPT: the root owner accepts a pending child NFT or a pending resource. An unknown or non-pending
/// child or resource is accepted silently, as the reference does.
/// </summary>
public static class AcceptTransition
{
    public static Rejection? Apply(Rmrk2Context context, Remark remark, Accept accept)
    {
        var nft = context.State.FindNft(accept.NftId);
        var rejection = Validate(context, remark, accept, nft);
        if (rejection is not null)
        {
            return rejection;
        }

        List<string>? children = context.RecordsInteractions ? [] : null;
        List<string>? resources = context.RecordsInteractions ? [] : null;
        if (accept.IsNft)
        {
            AcceptChild(context.State, nft!, accept.Id, children);
        }
        else if (string.Equals(accept.Entity, "RES", StringComparison.Ordinal))
        {
            AcceptResource(nft!, accept.Id, resources);
        }

        context.State.Touch(nft!);
        if (context.RecordsInteractions)
        {
            context.RecordInteraction(new InteractionChange(OpCodes.Accept, nft!.Id, children, resources));
        }
        return null;
    }

    private static Rejection? Validate(Rmrk2Context context, Remark remark, Accept accept, Nft? nft)
    {
        if (nft is null)
        {
            return new Rejection(RejectionCode.NftNotFound, accept.NftId, $"[ACCEPT] Attempting to accept {accept.Entity} on a non-existant NFT {accept.NftId}");
        }

        if (nft.IsBurned)
        {
            return new Rejection(RejectionCode.NftBurned, accept.NftId, $"[ACCEPT] Attempting to accept {accept.Entity} on burned NFT {accept.NftId}");
        }

        string? rootOwner = context.RootOwnerOf(nft, out var rejection, accept.NftId);
        if (rejection is not null)
        {
            return rejection;
        }

        if (!string.Equals(rootOwner, remark.Caller, StringComparison.Ordinal))
        {
            return new Rejection(RejectionCode.NotOwner, accept.NftId, $"[ACCEPT] Attempting to accept {accept.Entity} on non-owned NFT {accept.NftId}");
        }

        if (accept.IsNft && context.State.FindNft(accept.Id) is null)
        {
            return new Rejection(RejectionCode.NftNotFound, accept.NftId, $"[ACCEPT] Attempting to accept non-existant child NFT {accept.Id}");
        }

        return null;
    }

    private static void AcceptChild(Rmrk2State state, Nft nft, string childId, List<string>? children)
    {
        var entry = nft.FindChild(childId);
        if (entry is not null)
        {
            entry.Pending = false;
            children?.Add(childId);
        }

        // The reference clears the child's own flag even when it is not under this parent.
        var child = state.FindNft(childId)!;
        child.Pending = false;
        state.Touch(child);
    }

    private static void AcceptResource(Nft nft, string resourceId, List<string>? resources)
    {
        int index = nft.IndexOfResource(resourceId);
        if (index < 0 || !nft.Resources[index].Pending)
        {
            return;
        }

        var resource = nft.Resources[index];
        resource.Pending = false;
        resources?.Add(resourceId);
        string? replace = resource.Replace;
        JsValue prioritised = string.IsNullOrEmpty(replace) ? new JsString(resourceId) : new JsString(replace);
        if (!JsOps.Includes(nft.Priority, prioritised))
        {
            nft.Priority.Add(prioritised);
        }

        int replaced = string.IsNullOrEmpty(replace) ? -1 : nft.IndexOfResource(replace);
        if (replaced >= 0)
        {
            nft.Resources[replaced] = resource.WithId(replace!, keepReplace: false);
            nft.Resources.RemoveAt(index);
            resources?.Add(replace!);
        }
    }
}
