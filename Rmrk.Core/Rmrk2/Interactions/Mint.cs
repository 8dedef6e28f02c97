using System.Globalization;
using Rmrk.Core.Addresses;
using Rmrk.Core.Js;
using Rmrk.Core.Remarks;

namespace Rmrk.Core.Rmrk2.Interactions;

/// <summary>
/// MINT — <c>RMRK::MINT::2.0.0::&lt;json {collection, symbol, transferable, sn, metadata?, properties?}&gt;[::&lt;recipient&gt;]</c>.
/// https://github.com/rmrk-team/rmrk-spec/blob/master/standards/rmrk2.0.0/interactions/mint.md
/// </summary>
/// <param name="Recipient">The recipient, re-encoded when it is an account; null when absent or empty.</param>
/// <param name="Id">The new NFT's id, <c>block-collection-symbol-sn</c>, made while parsing (it needs no state).</param>
/// <param name="Properties">The properties, built; null when absent or kept as <paramref name="UnparsedProperties"/>.</param>
/// <param name="UnparsedProperties">Properties kept as checked text, built when the NFT's are first read.</param>
public sealed record Mint(
    string Collection,
    string Symbol,
    double Transferable,
    string Sn,
    string? Metadata,
    JsValue? Properties,
    string? Recipient,
    string Id,
    UnparsedJson? UnparsedProperties = null)
{
    public static ParseResult<Mint> Parse(ReadOnlySpan<char> text, long block, AddressCodec addresses)
    {
        var fields = RemarkFields.Split(text);
        var payload = default(MintPayload);
        string? error = fields.ValidateBase(OpCodes.Mint) ?? PayloadField.Read(fields, 3, out payload);
        if (error is not null)
        {
            return ParseResult<Mint>.Fail(error);
        }

        string? recipient = null;
        if (fields.TryGetSpan(4, out var recipientField) && !recipientField.IsEmpty)
        {
            if (!Rmrk2Context.IsAccount(recipientField))
            {
                recipient = new string(recipientField);
            }
            else if (!addresses.TryReencode(recipientField, out recipient, out error))
            {
                return ParseResult<Mint>.Fail(error);
            }
        }

        return new Mint(
            payload.Collection,
            payload.Symbol,
            payload.Transferable,
            payload.Sn,
            payload.Metadata,
            payload.Properties,
            recipient,
            NftId(block, payload.Collection, payload.Symbol, payload.Sn),
            payload.UnparsedProperties);
    }

    public static string NftId(long block, string collection, string symbol, string sn) =>
        string.Create(CultureInfo.InvariantCulture, $"{block}-{collection}-{symbol}-{sn}");
}
