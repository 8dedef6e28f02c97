using Rmrk.Core.Js;
using Rmrk.Core.Validation;

namespace Rmrk.Core.Rmrk2.Interactions;

/// <summary>The members of a MINT payload that the new NFT keeps, once the payload has passed <c>NFTStruct</c>.</summary>
/// <param name="Properties">The properties, built; null when they are kept as text or were absent.</param>
/// <param name="UnparsedProperties">Plain properties without a royalty, kept as text (see <see cref="UnparsedJson"/>).</param>
/// <remarks>
/// Nearly every MINT on chain is one flat object — the NFT fields as plain strings and a small integer, then a
/// properties object. <see cref="TryRead"/> reads exactly that shape straight into this struct and hands
/// only the properties to the JSON parser. Anything else (other or repeated keys, whitespace, escapes,
/// fractions, a royalty out of range, a field of the wrong type) it declines, and the payload takes the general
/// path: <c>JSON.parse</c>, then the struct check with its messages. Where it answers, it answers as that path
/// would. Building the outer object, wrapping its strings and looking its keys up again was about a fifth of the
/// cost of a MINT.
/// </remarks>
internal readonly record struct MintPayload(
    string Collection,
    string Symbol,
    double Transferable,
    string Sn,
    string? Metadata,
    JsValue? Properties,
    UnparsedJson? UnparsedProperties = null) : IPlainPayload<MintPayload>
{
    public static string? Validate(JsValue value) => RemarkStructs.ValidateNft(value);

    /// <summary>The members of a payload that <see cref="RemarkStructs.ValidateNft"/> accepted (an object).</summary>
    public static MintPayload From(JsValue value)
    {
        var o = (JsObject)value;
        var properties = o["properties"];
        return new MintPayload(
            ((JsString)o["collection"]!).Value,
            ((JsString)o["symbol"]!).Value,
            ((JsNumber)o["transferable"]!).Value,
            ((JsString)o["sn"]!).Value,
            (o["metadata"] as JsString)?.Value,
            properties is { IsTruthy: true } ? properties : null);
    }

    public static bool TryRead(ref PlainJsonReader reader, out MintPayload payload)
    {
        payload = default;
        string? collection = null, symbol = null, sn = null, metadata = null;
        double? transferable = null;
        JsValue? properties = null;
        UnparsedJson? unparsed = null;
        if (!reader.Take('{'))
        {
            return false;
        }

        do
        {
            bool read = reader.ReadKey() switch
            {
                "collection" => collection is null && reader.TryReadString(out collection),
                "symbol" => symbol is null && reader.TryReadString(out symbol),
                "sn" => sn is null && reader.TryReadString(out sn),
                "metadata" => metadata is null && reader.TryReadString(out metadata) && JsText.IsUrl(metadata),
                "transferable" => transferable is null && reader.TryReadInteger(out transferable),
                "properties" => properties is null && unparsed is null && TryReadProperties(ref reader, out properties, out unparsed),
                _ => false,
            };
            if (!read)
            {
                return false;
            }
        }
        while (reader.Take(','));

        if (!reader.Take('}') || collection is null || symbol is null || sn is null || transferable is null)
        {
            return false;
        }

        payload = new MintPayload(collection, symbol, transferable.Value, sn, metadata, properties, unparsed);
        return true;
    }

    /// <summary>
    /// Properties in the plain shape are kept as text when they hold no royalty: with no escapes, a property of
    /// type "royalty" has that word in quotes in the text, and without one <c>ValidateRoyalties</c> has nothing
    /// to check. Everything else is built and checked here.
    /// </summary>
    private static bool TryReadProperties(ref PlainJsonReader reader, out JsValue? properties, out UnparsedJson? unparsed)
    {
        properties = null;
        if (reader.TryTakePlainObject(out unparsed, mustNotContain: "\"royalty\""))
        {
            return true;
        }

        return reader.TryReadObject(out properties) && RemarkStructs.ValidateRoyalties(properties) is null;
    }
}
