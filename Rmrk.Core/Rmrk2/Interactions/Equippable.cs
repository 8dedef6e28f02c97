using Rmrk.Core.Js;
using Rmrk.Core.Remarks;
using Rmrk.Core.Validation;

namespace Rmrk.Core.Rmrk2.Interactions;

/// <summary>
/// EQUIPPABLE — <c>RMRK::EQUIPPABLE::2.0.0::&lt;baseId&gt;::&lt;slotId&gt;::[+|-]&lt;coll1,coll2,…&gt;</c> or <c>…::*</c>.
/// https://github.com/rmrk-team/rmrk-spec/blob/master/standards/rmrk2.0.0/interactions/equippable.md
/// </summary>
/// <param name="Operator">'+', '-' or '\0' for a plain replacement.</param>
/// <param name="Change">The collection list (or "*") after the operator.</param>
public sealed record Equippable(string Id, string Slot, char Operator, string Change)
{
    public static ParseResult<Equippable> Parse(ReadOnlySpan<char> text)
    {
        var fields = RemarkFields.Split(text);
        string? id = fields[3];
        string? slot = fields[4];
        string? classes = fields[5];
        string? error = fields.ValidateBase(OpCodes.Equippable) ?? RemarkStructs.ValidateEquippable(id, slot, classes);
        if (error is not null)
        {
            return ParseResult<Equippable>.Fail(error);
        }

        JsText.IsEquippableChange(classes!, out char op, out string change);
        return new Equippable(id!, slot!, op, change);
    }
}
