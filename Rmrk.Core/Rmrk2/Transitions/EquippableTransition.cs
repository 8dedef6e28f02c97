using Rmrk.Core.Js;
using Rmrk.Core.Remarks;
using Rmrk.Core.Rmrk2.Interactions;

namespace Rmrk.Core.Rmrk2.Transitions;

/// <summary>EQUIPPABLE: the base issuer changes which collections a slot accepts.</summary>
public static class EquippableTransition
{
    public static Rejection? Apply(Rmrk2Context context, Remark remark, Equippable equippable)
    {
        var target = context.State.FindBase(equippable.Id);
        if (target is null)
        {
            return new Rejection(RejectionCode.BaseNotFound, equippable.Id, $"[EQUIPPABLE] Attempting to change equippable on non-existant NFT {equippable.Id}");
        }

        if (equippable.Slot.Length == 0)
        {
            return new Rejection(RejectionCode.NotAllowed, equippable.Id, $"[EQUIPPABLE] Attempting to change equippable on base with no parts or slot is not specified {target.Id}");
        }

        if (!string.Equals(target.Issuer, remark.Caller, StringComparison.Ordinal))
        {
            return new Rejection(RejectionCode.NotIssuer, equippable.Id, $"[LIST] Attempting to change equippable on non-owned Base {target.Id}, real owner: {target.Issuer}");
        }

        var part = FindPart(target.Parts, equippable.Slot);
        if (part is null)
        {
            return new Rejection(RejectionCode.NotAllowed, equippable.Id, $"[EQUIPPABLE] Attempting to change equippable on non-existant part with a slot id {equippable.Slot}");
        }

        var type = part["type"];
        if (!JsOps.IsString(type, "slot"))
        {
            return new Rejection(RejectionCode.NotAllowed, equippable.Id, $"[EQUIPPABLE] Attempting to change equippable on base part of type {JsText.ToJsString(type)}");
        }

        var updated = NewEquippable(part["equippable"], equippable, out string? error);
        if (error is not null)
        {
            return new Rejection(RejectionCode.ScriptError, equippable.Id, error);
        }

        part.Set("equippable", updated!);
        context.State.Touch(target);
        context.RecordInteraction(OpCodes.Equippable, target.Id);
        return null;
    }

    private static JsObject? FindPart(JsArray parts, string slot)
    {
        foreach (var item in parts.Items)
        {
            if (item is JsObject part && JsOps.IsString(part["id"], slot))
            {
                return part;
            }
        }

        return null;
    }

    private static JsValue? NewEquippable(JsValue? current, Equippable equippable, out string? error)
    {
        error = null;
        if (string.Equals(equippable.Change, "*", StringComparison.Ordinal))
        {
            return new JsString("*");
        }

        string[] listed = equippable.Change.Split(',');
        return equippable.Operator switch
        {
            '-' => Remove(current, listed, out error),
            '+' => Add(current, listed, out error),
            _ => ToArray(listed),
        };
    }

    private static JsArray? Remove(JsValue? current, string[] listed, out string? error)
    {
        if (current is not JsArray array)
        {
            error = current is null or JsNull
                ? JsOps.CannotReadProperties(current, "forEach")
                : "base.parts[partIndex].equippable.forEach is not a function";
            return null;
        }

        error = null;
        var kept = new JsArray();
        foreach (var item in array.Items)
        {
            if (!(item is JsString s && Array.IndexOf(listed, s.Value) >= 0))
            {
                kept.Items.Add(item);
            }
        }

        return kept;
    }

    private static JsArray? Add(JsValue? current, string[] listed, out string? error)
    {
        var merged = new JsArray();
        switch (current)
        {
            case JsArray array:
                merged.Items.AddRange(array.Items);
                break;
            case JsString text:
                // Spreading a string yields its code points.
                for (int i = 0; i < text.Value.Length; i += char.IsSurrogatePair(text.Value, i) ? 2 : 1)
                {
                    merged.Items.Add(new JsString(char.IsSurrogatePair(text.Value, i) ? text.Value.Substring(i, 2) : text.Value[i].ToString()));
                }

                break;
            default:
                error = "base.parts[partIndex].equippable is not iterable";
                return null;
        }

        error = null;
        foreach (string collection in listed)
        {
            bool present = JsOps.IncludesString(merged.Items, collection);
            if (!present)
            {
                merged.Items.Add(new JsString(collection));
            }
        }

        return merged;
    }

    private static JsArray ToArray(string[] listed)
    {
        var array = new JsArray();
        foreach (string collection in listed)
        {
            array.Items.Add(new JsString(collection));
        }

        return array;
    }
}
