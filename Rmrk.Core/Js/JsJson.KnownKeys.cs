namespace Rmrk.Core.Js;

public static partial class JsJson
{
    /// <summary>Keys of RMRK payloads (collections, NFTs, properties, resources, bases, parts).</summary>
    private static readonly HashSet<string> s_knownKeys = new(StringComparer.Ordinal)
    {
        "collection", "symbol", "transferable", "sn", "metadata", "properties", "type", "value", "_mutation",
        "allowed", "with", "opType", "condition", "royaltyPercentFloat", "receiver", "name", "id", "src", "thumb",
        "base", "slot", "parts", "themeId", "theme", "issuer", "max", "z", "equippable", "unequip", "themes",
        "primary", "secondary", "description", "image", "mediaUri",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> KnownKeys = s_knownKeys.GetAlternateLookup<ReadOnlySpan<char>>();
}
