using Rmrk.Core.Js;

namespace Rmrk.Core.Validation;

/// <summary>rmrk-tools <c>EQUIPPABLEStruct</c>: <c>{id, slot, classes}</c>.</summary>
internal sealed class EquippableStructValidator : TypeStructValidator
{
    public EquippableStructValidator()
    {
        Key("id", Superstruct.String);
        Key("slot", Superstruct.String);
        Key("classes", Superstruct.Pattern(static s => JsText.IsEquippableChange(s, out _, out _), JsText.EquippableChangePatternSource));
    }
}
