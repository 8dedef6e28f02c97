using Rmrk.Core.Js;
using Rmrk.Core.Remarks;
using Rmrk.Core.Rmrk2.Interactions;
using Rmrk.Core.Rmrk2.Model;

namespace Rmrk.Core.Rmrk2.Transitions;

/// <summary>
/// RESADD: the collection issuer adds a resource to an NFT; it is accepted at once when the issuer is also
/// the NFT's root owner, and stays pending otherwise.
/// </summary>
public static class ResAddTransition
{
    public static Rejection? Apply(Rmrk2Context context, Remark remark, ResAdd resAdd, JsValue resourceId)
    {
        var nft = context.State.FindNft(resAdd.NftId);
        var rejection = Validate(context, remark, resAdd, nft, resourceId, out bool accepted);
        if (rejection is not null)
        {
            return rejection;
        }

        var resource = Build(resAdd, resourceId, pending: !accepted);
        int replaced = string.IsNullOrEmpty(resAdd.Replace) ? -1 : nft!.IndexOfResource(resAdd.Replace);
        if (replaced >= 0 && accepted)
        {
            nft!.Resources[replaced] = resource.WithId(resAdd.Replace!, keepReplace: true);
        }
        else
        {
            nft!.Resources.Add(resource);
        }

        if (accepted)
        {
            JsValue prioritised = string.IsNullOrEmpty(resAdd.Replace) ? resourceId : new JsString(resAdd.Replace);
            if (!JsOps.Includes(nft.Priority, prioritised))
            {
                nft.Priority.Add(prioritised);
            }
        }

        context.State.Touch(nft);
        context.RecordInteraction(OpCodes.ResAdd, nft.Id);
        return null;
    }

    private static Rejection? Validate(Rmrk2Context context, Remark remark, ResAdd resAdd, Nft? nft, JsValue resourceId, out bool accepted)
    {
        accepted = false;
        if (nft is null)
        {
            return new Rejection(RejectionCode.NftNotFound, resAdd.NftId, $"[RESADD] Attempting to add resource on a non-existant NFT {resAdd.NftId}");
        }

        if (nft.IsBurned)
        {
            return new Rejection(RejectionCode.NftBurned, resAdd.NftId, $"[RESADD] Attempting to add resource on burned NFT {resAdd.NftId}");
        }

        var collection = context.State.FindCollection(nft.Collection);
        if (collection is null || !string.Equals(collection.Issuer, remark.Caller, StringComparison.Ordinal))
        {
            return new Rejection(RejectionCode.NotIssuer, resAdd.NftId, $"[RESADD] Attempting to add resource to NFT in non-owned collection {nft.Collection}");
        }

        foreach (var existing in nft.Resources)
        {
            if (JsOps.StrictEquals(existing.Id, resourceId))
            {
                return new Rejection(RejectionCode.AlreadyExists, resAdd.NftId, $"[RESADD] Attempting to add resource with already existing id {JsText.ToJsString(resourceId)} to NFT {resAdd.NftId}");
            }
        }

        string? rootOwner = context.RootOwnerOf(nft, out var rejection, resAdd.NftId);
        accepted = string.Equals(rootOwner, remark.Caller, StringComparison.Ordinal);
        return rejection;
    }

    private static Resource Build(ResAdd resAdd, JsValue resourceId, bool pending) => new()
    {
        Id = resourceId,
        Pending = pending,
        Metadata = resAdd.Resource.Metadata,
        Base = resAdd.Resource.Base,
        Src = resAdd.Resource.Src,
        Slot = resAdd.Resource.Slot,
        Parts = resAdd.Resource.Parts,
        Thumb = resAdd.Resource.Thumb,
        ThemeId = resAdd.Resource.ThemeId,
        Theme = resAdd.Resource.Theme,
        Replace = resAdd.Replace,
    };
}
