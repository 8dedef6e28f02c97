using System.Numerics;
using Rmrk.Core.Remarks;
using Rmrk.Core.Validation;

namespace Rmrk.Core.Rmrk2.Interactions;

/// <summary>
/// LIST — <c>RMRK::LIST::2.0.0::&lt;nftId&gt;::&lt;price in planck&gt;</c>; 0 cancels.
/// https://github.com/rmrk-team/rmrk-spec/blob/master/standards/rmrk2.0.0/interactions/list.md
/// </summary>
/// <param name="Text">The remark's text, which the cool-down rejection quotes whole.</param>
public sealed record List(string Id, BigInteger Price, string Text)
{
    /// <param name="textString">The text as a string when the caller has one, kept instead of a copy.</param>
    public static ParseResult<List> Parse(ReadOnlySpan<char> text, string? textString = null)
    {
        var fields = RemarkFields.Split(text);
        string? id = fields[3];
        string? price = fields[4];
        BigInteger value = BigInteger.Zero;
        string? error = fields.ValidateBase(OpCodes.List) ?? RemarkStructs.ParseList(id, price, out value);
        return error is null ? new List(id!, value, textString ?? new string(text)) : ParseResult<List>.Fail(error);
    }
}
