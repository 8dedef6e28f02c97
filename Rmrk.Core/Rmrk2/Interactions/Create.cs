using Rmrk.Core.Addresses;
using Rmrk.Core.Js;
using Rmrk.Core.Remarks;
using Rmrk.Core.Validation;

namespace Rmrk.Core.Rmrk2.Interactions;

/// <summary>
/// CREATE — <c>RMRK::CREATE::2.0.0::&lt;json {max, issuer, symbol, id, metadata}&gt;</c>.
/// https://github.com/rmrk-team/rmrk-spec/blob/master/standards/rmrk2.0.0/interactions/create.md
/// </summary>
public sealed record Create(double Max, string Issuer, string Symbol, string Id, string Metadata)
{
    public static ParseResult<Create> Parse(ReadOnlySpan<char> text, AddressCodec addresses)
    {
        var fields = RemarkFields.Split(text);
        JsValue obj = JsNull.Instance;
        string? error = fields.ValidateBase(OpCodes.Create) ?? RemarkData.TryGet(fields, 3, out obj) ?? RemarkStructs.ValidateCollection(obj);
        if (error is not null)
        {
            return ParseResult<Create>.Fail(error);
        }

        var o = (JsObject)obj;
        string issuer = ((JsString)o["issuer"]!).Value;
        if (!addresses.TryReencode(issuer, out string? encoded, out error))
        {
            return ParseResult<Create>.Fail(error);
        }

        return new Create(
            ((JsNumber)o["max"]!).Value,
            encoded,
            ((JsString)o["symbol"]!).Value,
            ((JsString)o["id"]!).Value,
            ((JsString)o["metadata"]!).Value);
    }
}
