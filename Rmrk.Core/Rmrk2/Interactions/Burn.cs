using Rmrk.Core.Remarks;
using Rmrk.Core.Validation;

namespace Rmrk.Core.Rmrk2.Interactions;

/// <summary>
/// BURN — <c>RMRK::BURN::2.0.0::&lt;nftId&gt;</c>.
/// https://github.com/rmrk-team/rmrk-spec/blob/master/standards/rmrk2.0.0/interactions/burn.md
/// </summary>
public sealed record Burn(string Id)
{
    public static ParseResult<Burn> Parse(ReadOnlySpan<char> text)
    {
        var fields = RemarkFields.Split(text);
        string? id = fields[3];
        string? error = fields.ValidateBase(OpCodes.Burn) ?? RemarkStructs.ValidateBurn(id);
        return error is null ? new Burn(id!) : ParseResult<Burn>.Fail(error);
    }
}
