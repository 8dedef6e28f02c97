namespace Rmrk.Core.Js;

public static partial class JsJson
{
    /// <summary>
    /// A key of RMRK payloads (collections, NFTs, properties, resources, bases, parts) as its shared string, or null.
    /// A switch on the span, which the compiler turns into a test of the length and one character before a single
    /// comparison: a hash lookup cost several times as much, once for every key of every payload.
    /// </summary>
    private static string? KnownKey(ReadOnlySpan<char> key) =>
        key switch
        {
            "collection" => "collection",
            "symbol" => "symbol",
            "transferable" => "transferable",
            "sn" => "sn",
            "metadata" => "metadata",
            "properties" => "properties",
            "type" => "type",
            "value" => "value",
            "_mutation" => "_mutation",
            "allowed" => "allowed",
            "with" => "with",
            "opType" => "opType",
            "condition" => "condition",
            "royaltyPercentFloat" => "royaltyPercentFloat",
            "receiver" => "receiver",
            "name" => "name",
            "id" => "id",
            "src" => "src",
            "thumb" => "thumb",
            "base" => "base",
            "slot" => "slot",
            "parts" => "parts",
            "themeId" => "themeId",
            "theme" => "theme",
            "issuer" => "issuer",
            "max" => "max",
            "z" => "z",
            "equippable" => "equippable",
            "unequip" => "unequip",
            "themes" => "themes",
            "primary" => "primary",
            "secondary" => "secondary",
            "description" => "description",
            "image" => "image",
            "mediaUri" => "mediaUri",
            _ => null,
        };
}
