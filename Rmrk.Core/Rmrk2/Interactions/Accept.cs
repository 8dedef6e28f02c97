using Rmrk.Core.Remarks;
using Rmrk.Core.Validation;

namespace Rmrk.Core.Rmrk2.Interactions;

/// <summary>
/// ACCEPT — <c>RMRK::ACCEPT::2.0.0::&lt;nftId&gt;::&lt;NFT|RES&gt;::&lt;childId | resourceId&gt;</c>.
/// https://github.com/rmrk-team/rmrk-spec/blob/master/standards/rmrk2.0.0/interactions/accept.md
/// </summary>
public sealed record Accept(string NftId, string Entity, string Id)
{
    public bool IsNft => string.Equals(Entity, "NFT", StringComparison.Ordinal);

    public static ParseResult<Accept> Parse(ReadOnlySpan<char> text)
    {
        var fields = RemarkFields.Split(text);
        string? nftId = fields[3];
        string? entity = fields[4];
        string? id = fields[5];
        string? error = fields.ValidateBase(OpCodes.Accept) ?? RemarkStructs.ValidateAccept(nftId, entity, id);
        return error is null ? new Accept(nftId!, entity!, id!) : ParseResult<Accept>.Fail(error);
    }
}
