using System.Numerics;
using Rmrk.Core.Js;
using Rmrk.Core.Remarks;
using Rmrk.Core.Rmrk1.Parsing;

namespace Rmrk.Core.Rmrk1.Interactions;

/// <summary>
/// LIST: <c>RMRK::LIST::1.0.0::nftId::price</c>; price 0 cancels a listing. The price follows JS
/// <c>BigInt</c>: whitespace, hex, leading zeros and negative values are accepted.
/// https://github.com/rmrk-team/rmrk-spec/blob/master/standards/rmrk1.0.0/interactions/list.md
/// </summary>
public readonly record struct List(string Id, BigInteger Price)
{
    public static bool TryParse(string text, out List list, out string error)
    {
        list = default;
        error = BaseValidation.Check(text, OpTypes.List) ?? string.Empty;
        if (error.Length > 0)
        {
            return false;
        }

        var fields = RemarkFields.Split(text);
        string? id = fields[3];
        string? price = fields[4];
        if (id is null)
        {
            error = StructMessages.AtPath("id", StructMessages.ExpectedString((string?)null));
            return false;
        }

        if (price is null || !JsBigInt.IsParseIntFinite(price))
        {
            error = StructMessages.AtPath("price", StructMessages.ExpectedBigInt(price));
            return false;
        }

        if (!JsBigInt.TryParse(price, out BigInteger value))
        {
            error = $"Cannot convert {price} to a BigInt";
            return false;
        }

        list = new List(id, value);
        return true;
    }
}
