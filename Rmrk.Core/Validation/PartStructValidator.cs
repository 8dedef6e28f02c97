using Rmrk.Core.Js;

namespace Rmrk.Core.Validation;

/// <summary>rmrk-tools <c>PartStruct</c> (an item of a BASE's <c>parts</c>).</summary>
internal sealed class PartStructValidator : TypeStructValidator
{
    public PartStructValidator()
    {
        Key("type", Superstruct.Enums("slot", "fixed"));
        Key("unequip", Superstruct.Optional(Superstruct.Enums("unequip", "burn")));
        Key("z", Superstruct.Optional(Superstruct.Number));
        Key("src", Superstruct.Optional(Superstruct.Pattern(static s => JsText.IsUrl(s), JsText.UrlPatternSource)));
        Key("id", Superstruct.String);
        Key("equippable", Superstruct.Optional(Superstruct.Union("string | array", Superstruct.String, Superstruct.ArrayOf(Superstruct.String))));
    }
}
