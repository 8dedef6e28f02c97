using Rmrk.Core.Js;
using Rmrk.Core.Remarks;
using Rmrk.Core.Rmrk2.Interactions;
using Rmrk.Core.Rmrk2.Model;
using Rmrk.Core.Validation;

namespace Rmrk.Core.Rmrk2.Transitions;

/// <summary>
/// SETPROPERTY: change the value of an existing, mutable property. New keys cannot be added (the reference
/// fails reading the missing property), and a royalty property without <c>_mutation</c> is open to anyone.
/// </summary>
public static class SetPropertyTransition
{
    public static Rejection? Apply(Rmrk2Context context, Remark remark, SetProperty setProperty)
    {
        var nft = context.State.FindNft(setProperty.Id);
        var rejection = Validate(context, remark, setProperty, nft, out var property);
        if (rejection is not null)
        {
            return rejection;
        }

        property!.Set("value", setProperty.Value);
        nft!.PropertiesChanged();
        context.State.Touch(nft);
        if (setProperty.Freeze && property["_mutation"] is JsObject mutation && mutation["allowed"] is JsBool { Value: true })
        {
            mutation.Set("allowed", JsBool.False);
        }

        context.RecordInteraction(OpCodes.SetProperty, nft!.Id);
        return null;
    }

    private static Rejection? Validate(Rmrk2Context context, Remark remark, SetProperty setProperty, Nft? nft, out JsObject? property)
    {
        property = null;
        string id = setProperty.Id;
        if (nft is null)
        {
            return new Rejection(RejectionCode.NftNotFound, id, $"[SETPROPERTY] Attempting to set property on a non-existent NFT {id}");
        }

        if (nft.IsBurned)
        {
            return new Rejection(RejectionCode.NftBurned, id, $"[SETPROPERTY] Attempting to set property on burned NFT {id}");
        }

        var existing = Lookup(nft.Properties, setProperty.Key, out bool inherited);
        if (inherited || existing is { IsTruthy: true })
        {
            var rejection = MutationRules.Check(context, remark, setProperty, nft, inherited ? null : existing);
            if (rejection is not null)
            {
                return rejection;
            }
        }

        string? royaltyError = RemarkStructs.ValidateRoyalties(nft.Properties);
        if (royaltyError is not null)
        {
            return new Rejection(RejectionCode.NotAllowed, id, royaltyError);
        }

        if (!inherited && existing is null or JsNull)
        {
            return new Rejection(RejectionCode.ScriptError, id, JsOps.CannotReadProperties(existing, "value"));
        }

        var previous = inherited ? null : JsOps.Get(existing!, "value");
        string previousType = previous?.TypeOf ?? "undefined";
        if (!string.Equals(previousType, setProperty.Value.TypeOf, StringComparison.Ordinal))
        {
            return new Rejection(RejectionCode.NotAllowed, id, $"[SETPROPERTY] Attempting to mutate a property but types don't match, previous type was {previousType}");
        }

        property = existing as JsObject;
        return property is null
            ? new Rejection(RejectionCode.ScriptError, id, $"Cannot create property 'value' on {existing!.TypeOf} '{JsText.ToJsString(existing)}'")
            : null;
    }

    /// <summary><c>properties[key]</c>; <paramref name="inherited"/> marks a member of Object.prototype.</summary>
    private static JsValue? Lookup(JsValue properties, string key, out bool inherited)
    {
        inherited = false;
        if (properties is JsObject o)
        {
            if (o.TryGet(key, out var value))
            {
                return value;
            }

            inherited = JsOps.IsObjectPrototypeMember(key);
            return null;
        }

        return JsOps.Get(properties, key);
    }
}
