using Rmrk.Core.Remarks;

namespace Rmrk.Core.Rmrk2.Interactions;

/// <summary>
/// RESADD — <c>RMRK::RESADD::2.0.0::&lt;nftId&gt;::&lt;json resource&gt;[::&lt;replaceId&gt;]</c>.
/// https://github.com/rmrk-team/rmrk-spec/blob/master/standards/rmrk2.0.0/interactions/resadd.md
/// </summary>
/// <param name="Resource">The resource's members (the struct allows an array too, which has none).</param>
/// <param name="Replace">The 6th field as given; "" is kept, as the reference keeps it.</param>
/// <param name="Text">
/// The remark's text when the resource has no truthy id, from which <see cref="ResourceIds"/> derives one; null
/// otherwise, since nothing else reads it.
/// </param>
public sealed record ResAdd(string NftId, ResourcePayload Resource, string? Replace, string? Text)
{
    public const string MissingNftId = "No NFT id specified for RESADD";

    /// <param name="textString">The text as a string when the caller has one, kept instead of a copy.</param>
    public static ParseResult<ResAdd> Parse(ReadOnlySpan<char> text, string? textString = null)
    {
        var fields = RemarkFields.Split(text);
        string? nftId = fields[3];
        ResourcePayload? resource = null;
        string? error = fields.ValidateBase(OpCodes.ResAdd)
            ?? (string.IsNullOrEmpty(nftId) ? MissingNftId : null)
            ?? PayloadField.Read<ResourcePayload>(fields, 4, out resource);
        if (error is not null)
        {
            return ParseResult<ResAdd>.Fail(error);
        }

        return new ResAdd(nftId!, resource!, fields[5], ResourceIds.HasOwnId(resource!) ? null : textString ?? new string(text));
    }
}
