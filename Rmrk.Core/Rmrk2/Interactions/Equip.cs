using Rmrk.Core.Remarks;
using Rmrk.Core.Validation;

namespace Rmrk.Core.Rmrk2.Interactions;

/// <summary>
/// EQUIP — <c>RMRK::EQUIP::2.0.0::&lt;childNftId&gt;::&lt;baseId.slotId&gt;</c>; an empty or missing slot unequips.
/// https://github.com/rmrk-team/rmrk-spec/blob/master/standards/rmrk2.0.0/interactions/equip.md
/// </summary>
public sealed record Equip(string Id, string BaseSlot)
{
    public bool IsUnequip => BaseSlot.Length == 0;

    public static ParseResult<Equip> Parse(ReadOnlySpan<char> text)
    {
        var fields = RemarkFields.Split(text);
        string? id = fields[3];
        string baseSlot = fields[4] ?? string.Empty;
        string? error = fields.ValidateBase(OpCodes.Equip) ?? RemarkStructs.ValidateEquip(id, baseSlot);
        return error is null ? new Equip(id!, baseSlot) : ParseResult<Equip>.Fail(error);
    }
}
