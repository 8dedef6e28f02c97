using System.Text.RegularExpressions;
using Rmrk.Core.Js;
using Rmrk.Core.Remarks;
using Rmrk.Core.Rmrk2.Interactions;
using Rmrk.Core.Rmrk2.Model;
using Rmrk.Core.Validation;

namespace Rmrk.Core.Rmrk2.Transitions;

/// <summary>
/// The <c>_mutation</c> rules of an existing property: mutable at all, by whom, and with which accompanying
/// remark (<c>_mutation.with.opType</c> / <c>condition</c>).
/// </summary>
internal static class MutationRules
{
    /// <param name="existing">The property; null for an inherited Object.prototype member (never mutable).</param>
    public static Rejection? Check(Rmrk2Context context, Remark remark, SetProperty setProperty, Nft nft, JsValue? existing)
    {
        string id = setProperty.Id;
        var mutation = existing is null ? null : JsOps.Get(existing, "_mutation");
        bool allowed = mutation is not null and not JsNull && JsOps.Get(mutation, "allowed") is { IsTruthy: true };
        bool royalty = existing is not null && JsOps.IsString(JsOps.Get(existing, "type"), "royalty");
        if (!allowed)
        {
            return royalty ? null : new Rejection(RejectionCode.NotAllowed, id, $"[SETPROPERTY] Attempting to set property on immutable property {setProperty.Key}");
        }

        string? rootOwner = context.RootOwnerOf(nft, out var rejection, id);
        if (rejection is not null)
        {
            return rejection;
        }

        if (!string.Equals(rootOwner, remark.Caller, StringComparison.Ordinal))
        {
            return new Rejection(RejectionCode.NotOwner, id, $"[SETPROPERTY] Attempting to set property on a non-owned NFT. Expected {remark.Caller} but received {rootOwner}");
        }

        if (royalty && !string.Equals(nft.RootOwner, context.State.FindCollection(nft.Collection)?.Issuer, StringComparison.Ordinal))
        {
            return new Rejection(RejectionCode.NotIssuer, id, "[SETPROPERTY] Only issuer can mutate an attribute of type 'royalty'.");
        }

        var with = JsOps.Get(mutation!, "with");
        var opType = with is null or JsNull ? null : JsOps.Get(with, "opType");
        return opType is { IsTruthy: true } ? CheckAccompanyingRemark(remark, id, with!, JsText.ToJsString(opType)) : null;
    }

    private static Rejection? CheckAccompanyingRemark(Remark remark, string id, JsValue with, string opType)
    {
        string missing = $"[SETPROPERTY] Attempting to mutate property without matching extra call of op type {opType}";
        string? text = null;
        foreach (var extra in remark.Extras ?? [])
        {
            if (!string.Equals(extra.Call, "system.remark", StringComparison.Ordinal))
            {
                continue;
            }

            string decoded = JsText.HexToString(extra.Value);
            if (decoded.Contains(opType, StringComparison.Ordinal))
            {
                text = decoded;
                break;
            }
        }

        if (text is null)
        {
            return new Rejection(RejectionCode.NotAllowed, id, missing);
        }

        string? baseError = RemarkBase.Validate(text, opType);
        if (baseError is not null)
        {
            return new Rejection(RejectionCode.NotAllowed, id, baseError);
        }

        var condition = JsOps.Get(with, "condition");
        if (condition is not { IsTruthy: true })
        {
            return null;
        }

        string wanted = JsText.ToJsString(condition);
        bool valid = string.Equals(opType, OpCodes.Burn, StringComparison.Ordinal)
            ? MatchesBurnCondition(text, wanted)
            : text.Contains(wanted, StringComparison.Ordinal);
        return valid ? null : new Rejection(RejectionCode.NotAllowed, id, "[SETPROPERTY] Attempting to mutate an property but it's mutation condition doesn't match");
    }

    /// <summary>The reference builds <c>new RegExp("::\\d+-" + condition)</c>; an invalid pattern never matches here.</summary>
    private static bool MatchesBurnCondition(string text, string condition)
    {
        try
        {
            return Regex.IsMatch(text, "::[0-9]+-" + condition, RegexOptions.ECMAScript | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }
}
