using Rmrk.Core.Js;

namespace Rmrk.Core.Validation;

/// <summary>rmrk-tools <c>NFTStruct</c> (MINT payload).</summary>
internal sealed class NftStructValidator : TypeStructValidator
{
    public NftStructValidator()
    {
        Key("collection", Superstruct.String);
        Key("symbol", Superstruct.String);
        Key("transferable", Superstruct.Number);
        Key("sn", Superstruct.String);
        Key("metadata", Superstruct.Optional(Superstruct.Pattern(static s => JsText.IsUrl(s), JsText.UrlPatternSource)));
    }
}
