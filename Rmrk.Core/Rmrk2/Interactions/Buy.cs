using Rmrk.Core.Remarks;
using Rmrk.Core.Validation;

namespace Rmrk.Core.Rmrk2.Interactions;

/// <summary>
/// BUY — <c>RMRK::BUY::2.0.0::&lt;nftId&gt;[::&lt;recipient&gt;]</c>; the recipient is kept raw.
/// https://github.com/rmrk-team/rmrk-spec/blob/master/standards/rmrk2.0.0/interactions/buy.md
/// </summary>
public sealed record Buy(string Id, string? Recipient)
{
    public static ParseResult<Buy> Parse(ReadOnlySpan<char> text)
    {
        var fields = RemarkFields.Split(text);
        string? id = fields[3];
        string? error = fields.ValidateBase(OpCodes.Buy) ?? RemarkStructs.ValidateBuy(id);
        return error is null ? new Buy(id!, fields[4]) : ParseResult<Buy>.Fail(error);
    }
}
