using Rmrk.Core.Js;

namespace Rmrk.Core.Validation;

/// <summary>rmrk-tools <c>ResourceStruct</c> (RESADD payload); every key is optional.</summary>
internal sealed class ResourceStructValidator : TypeStructValidator
{
    public ResourceStructValidator()
    {
        StructCheck url = Superstruct.Optional(Superstruct.Pattern(static s => JsText.IsUrl(s), JsText.UrlPatternSource));
        Key("base", Superstruct.Optional(Superstruct.Pattern(static s => JsText.StartsWithBase(s), JsText.BasePrefixPatternSource)));
        Key("src", url);
        Key("slot", Superstruct.Optional(Superstruct.Pattern(static s => JsText.IsSlotReference(s), JsText.SlotReferencePatternSource)));
        Key("metadata", url);
        Key("thumb", url);
    }
}
