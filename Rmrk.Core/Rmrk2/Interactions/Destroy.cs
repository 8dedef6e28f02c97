using Rmrk.Core.Remarks;
using Rmrk.Core.Validation;

namespace Rmrk.Core.Rmrk2.Interactions;

/// <summary>
/// DESTROY — <c>RMRK::DESTROY::2.0.0::&lt;collectionId&gt;</c>: removes a collection with no unburned NFTs.
/// https://github.com/rmrk-team/rmrk-spec/blob/master/standards/rmrk2.0.0/interactions/destroy.md
/// </summary>
public sealed record Destroy(string Id)
{
    public static ParseResult<Destroy> Parse(ReadOnlySpan<char> text)
    {
        var fields = RemarkFields.Split(text);
        string? id = fields[3];
        string? error = fields.ValidateBase(OpCodes.Destroy) ?? RemarkStructs.ValidateDestroy(id);
        return error is null ? new Destroy(id!) : ParseResult<Destroy>.Fail(error);
    }
}
