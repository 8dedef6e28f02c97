using Rmrk.Core.Js;
using Rmrk.Core.Remarks;
using Rmrk.Core.Rmrk2.Interactions;
using Rmrk.Core.Rmrk2.Model;

namespace Rmrk.Core.Rmrk2.Transitions;

/// <summary>EQUIP: put a child NFT into a slot of its parent's base, or take it out (empty slot).</summary>
public static class EquipTransition
{
    public static Rejection? Apply(Rmrk2Context context, Remark remark, Equip equip)
    {
        var nft = context.State.FindNft(equip.Id);
        var parent = context.State.FindNft(nft?.Owner ?? string.Empty);
        var rejection = ValidateOwnership(context, remark, equip, nft, parent, out var entry)
            ?? (equip.IsUnequip ? null : ValidateSlot(context, equip, nft!, parent!));
        if (rejection is not null)
        {
            return rejection;
        }

        entry!.Equipped = equip.BaseSlot;
        context.State.Touch(parent!);
        context.RecordInteraction(OpCodes.Equip, parent!.Id);
        return null;
    }

    private static Rejection? ValidateOwnership(Rmrk2Context context, Remark remark, Equip equip, Nft? nft, Nft? parent, out NftChild? entry)
    {
        entry = null;
        if (nft is null)
        {
            return Reject(RejectionCode.NftNotFound, equip, $"Attempting to equip a non-existant NFT {equip.Id}");
        }

        if (nft.IsBurned)
        {
            return Reject(RejectionCode.NftBurned, equip, $"Attempting to equip burned NFT {equip.Id}");
        }

        if (Rmrk2Context.IsAccount(nft.Owner))
        {
            return Reject(RejectionCode.NotAllowed, equip, $"Attempting to equip NFT {equip.Id} who's owner is account {nft.Owner}. You can only EQUIP on parent NFT");
        }

        if (parent is null)
        {
            return Reject(RejectionCode.NftNotFound, equip, $"Attempting to equip NFT {equip.Id} on a non-existent parent NFT {nft.Owner}");
        }

        string? rootOwner = context.RootOwnerOf(nft, out var rejection, equip.Id);
        if (rejection is not null)
        {
            return rejection;
        }

        if (!string.Equals(rootOwner, remark.Caller, StringComparison.Ordinal))
        {
            return Reject(RejectionCode.NotOwner, equip, $"Attempting to equip on non-owned NFT {equip.Id}");
        }

        entry = parent.FindChild(equip.Id);
        if (entry is { Pending: true })
        {
            return Reject(RejectionCode.NotAllowed, equip, $"Cannot equip NFT {equip.Id} because it wasn't accepted by a parent yet");
        }

        return entry is null
            ? Reject(RejectionCode.NotAllowed, equip, $"Cannot equip NFT {equip.Id} because it's parent is missing children array")
            : null;
    }

    private static Rejection? ValidateSlot(Rmrk2Context context, Equip equip, Nft nft, Nft parent)
    {
        // The reference splits on "." and keeps the first two pieces.
        string[] pieces = equip.BaseSlot.Split('.');
        string baseId = pieces[0];
        string slot = pieces.Length > 1 ? pieces[1] : "undefined";
        if (!nft.HasResourceInSlot(equip.BaseSlot))
        {
            return Reject(RejectionCode.NotAllowed, equip, $"Cannot equip NFT {equip.Id} because it has no compatible resource {equip.BaseSlot}");
        }

        var part = FindSlotPart(context.State.FindBase(baseId), pieces.Length > 1 ? slot : null);
        if (part is null)
        {
            return Reject(RejectionCode.NotAllowed, equip, $"Cannot equip NFT {equip.Id} because it's base {baseId} is missing a slot {slot}");
        }

        var allowed = part["equippable"];
        if (!Includes(allowed, nft.Collection) && !Includes(allowed, "*"))
        {
            return Reject(RejectionCode.NotAllowed, equip, $"Cannot equip NFT {equip.Id} because it's base {baseId} slot {slot} doesn't allow it's collection {nft.Collection}");
        }

        var baseResource = parent.FindResourceOfBase(baseId);
        if (baseResource is null)
        {
            return Reject(RejectionCode.NotAllowed, equip, $"Cannot equip NFT {equip.Id} because parent's base with id {baseId} is missing");
        }

        if (baseResource.Pending)
        {
            return Reject(RejectionCode.NotAllowed, equip, $"Cannot equip NFT {equip.Id} because parent's base is pending");
        }

        var occupant = parent.FindChildEquippedIn(equip.BaseSlot);
        return occupant is null
            ? null
            : Reject(RejectionCode.NotAllowed, equip, $"Cannot equip NFT {equip.Id} because the slot \"{equip.BaseSlot}\" is already occupied by NFT \"{occupant.Id}\"");
    }

    private static JsObject? FindSlotPart(Base? target, string? slot)
    {
        if (target is null || slot is null)
        {
            return null;
        }

        foreach (var item in target.Parts.Items)
        {
            if (item is JsObject part && JsOps.IsString(part["id"], slot) && JsOps.IsString(part["type"], "slot"))
            {
                return part;
            }
        }

        return null;
    }

    /// <summary><c>equippable?.includes(x)</c>: element test on arrays, substring test on strings.</summary>
    private static bool Includes(JsValue? equippable, string value) => equippable switch
    {
        JsArray array => JsOps.IncludesString(array.Items, value),
        JsString text => text.Value.Contains(value, StringComparison.Ordinal),
        _ => false,
    };

    private static Rejection Reject(RejectionCode code, Equip equip, string message) =>
        new(code, equip.Id, $"[{OpCodes.Equip}] {message}");
}
