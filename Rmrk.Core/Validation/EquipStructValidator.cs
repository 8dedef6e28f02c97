using Rmrk.Core.Js;

namespace Rmrk.Core.Validation;

/// <summary>rmrk-tools <c>EQUIPStruct</c>: <c>{id, baseslot}</c>, baseslot empty or a slot reference.</summary>
internal sealed class EquipStructValidator : TypeStructValidator
{
    public EquipStructValidator()
    {
        Key("id", Superstruct.String);
        Key("baseslot", Superstruct.Union(
            "string | string",
            Superstruct.Pattern(static s => s.Length == 0, JsText.EmptyPatternSource),
            Superstruct.Pattern(static s => JsText.IsSlotReference(s), JsText.SlotReferencePatternSource)));
    }
}
