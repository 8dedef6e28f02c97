using Rmrk.Core.Js;
using Rmrk.Core.Rmrk1.Parsing;

namespace Rmrk.Core.Rmrk1.Interactions;

/// <summary>
/// MINT (create a collection): <c>RMRK::MINT::1.0.0::&lt;json {name, max, issuer, symbol, id, metadata?, data?}&gt;</c>.
/// Issuer and id come from the JSON. A <c>data</c> object is validated but not kept.
/// https://github.com/rmrk-team/rmrk-spec/blob/master/standards/rmrk1.0.0/interactions/mint.md
/// </summary>
public readonly record struct Mint(string Name, double Max, string Issuer, string Symbol, string Id, string? Metadata)
{
    /// <summary>Parses <paramref name="text"/> (the decodeURI'd remark); <paramref name="error"/> is the reason text.</summary>
    public static bool TryParse(string text, out Mint mint, out string error)
    {
        mint = default;
        error = BaseValidation.Check(text, OpTypes.Mint) ?? string.Empty;
        if (error.Length > 0 || !Payload.TryRead(text, out JsObject o, out error))
        {
            return false;
        }

        if (Payload.TryString(o, "name", out string name, ref error)
            && Payload.TryNumber(o, "max", out double max, ref error)
            && Payload.TryString(o, "issuer", out string issuer, ref error)
            && Payload.TryString(o, "symbol", out string symbol, ref error)
            && Payload.TryString(o, "id", out string id, ref error)
            && Payload.TryMetadata(o, out string? metadata, ref error)
            && Payload.TryData(o, out _, ref error))
        {
            mint = new Mint(name, max, issuer, symbol, id, metadata);
            return true;
        }

        return false;
    }
}
