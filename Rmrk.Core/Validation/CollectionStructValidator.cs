using Rmrk.Core.Js;

namespace Rmrk.Core.Validation;

/// <summary>rmrk-tools <c>CollectionStruct</c> (CREATE payload).</summary>
internal sealed class CollectionStructValidator : TypeStructValidator
{
    public CollectionStructValidator()
    {
        Key("max", Superstruct.Number);
        Key("issuer", Superstruct.String);
        Key("symbol", Superstruct.String);
        Key("id", Superstruct.String);
        Key("metadata", Superstruct.Optional(Superstruct.Pattern(static s => JsText.IsUrl(s), JsText.UrlPatternSource)));
    }
}
