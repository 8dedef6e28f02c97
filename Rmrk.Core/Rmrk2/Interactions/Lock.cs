using Rmrk.Core.Remarks;
using Rmrk.Core.Validation;

namespace Rmrk.Core.Rmrk2.Interactions;

/// <summary>
/// LOCK — <c>RMRK::LOCK::2.0.0::&lt;collectionId&gt;</c>: caps the collection at its unburned NFTs.
/// https://github.com/rmrk-team/rmrk-spec/blob/master/standards/rmrk2.0.0/interactions/lock.md
/// </summary>
public sealed record Lock(string Id)
{
    public static ParseResult<Lock> Parse(ReadOnlySpan<char> text)
    {
        var fields = RemarkFields.Split(text);
        string? id = fields[3];
        string? error = fields.ValidateBase(OpCodes.Lock) ?? RemarkStructs.ValidateLock(id);
        return error is null ? new Lock(id!) : ParseResult<Lock>.Fail(error);
    }
}
