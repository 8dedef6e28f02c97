using Rmrk.Core.Js;
using Rmrk.Core.Rmrk1.Parsing;

namespace Rmrk.Core.Rmrk1.Interactions;

/// <summary>
/// MINTNFT: <c>RMRK::MINTNFT::1.0.0::&lt;json {collection, name, instance, transferable, sn, metadata?, data?}&gt;</c>.
/// Extra JSON keys are dropped; <c>data</c> is kept as given.
/// https://github.com/rmrk-team/rmrk-spec/blob/master/standards/rmrk1.0.0/interactions/mintnft.md
/// </summary>
public readonly record struct MintNft(
    string Collection,
    string Name,
    string Instance,
    double Transferable,
    string Sn,
    string? Metadata,
    JsValue? Data)
{
    public static bool TryParse(string text, out MintNft nft, out string error)
    {
        nft = default;
        error = BaseValidation.Check(text, OpTypes.MintNft) ?? string.Empty;
        if (error.Length > 0 || !Payload.TryRead(text, out JsObject o, out error))
        {
            return false;
        }

        // superstruct checks NFTStruct keys in schema order: data comes before metadata here.
        if (Payload.TryString(o, "name", out string name, ref error)
            && Payload.TryString(o, "collection", out string collection, ref error)
            && Payload.TryString(o, "instance", out string instance, ref error)
            && Payload.TryNumber(o, "transferable", out double transferable, ref error)
            && Payload.TryString(o, "sn", out string sn, ref error)
            && Payload.TryData(o, out JsValue? data, ref error)
            && Payload.TryMetadata(o, out string? metadata, ref error))
        {
            nft = new MintNft(collection, name, instance, transferable, sn, metadata, data);
            return true;
        }

        return false;
    }

    /// <summary>The 1.0 NFT id, <c>block-collection-instance-sn</c>.</summary>
    public string IdAt(long block) => $"{block}-{Collection}-{Instance}-{Sn}";
}
