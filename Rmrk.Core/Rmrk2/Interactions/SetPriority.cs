using Rmrk.Core.Js;
using Rmrk.Core.Remarks;

namespace Rmrk.Core.Rmrk2.Interactions;

/// <summary>
/// SETPRIORITY — <c>RMRK::SETPRIORITY::2.0.0::&lt;nftId&gt;::&lt;json [resourceIds]&gt;</c>.
/// https://github.com/rmrk-team/rmrk-spec/blob/master/standards/rmrk2.0.0/interactions/setpriority.md
/// </summary>
/// <param name="Priority">The parsed JSON, or the raw text when it is not JSON (as the reference keeps it).</param>
public sealed record SetPriority(string Id, JsValue Priority)
{
    public const string MissingNftId = "No NFT id specified for SETPRIORITY";

    public static ParseResult<SetPriority> Parse(ReadOnlySpan<char> text)
    {
        var fields = RemarkFields.Split(text);
        string? id = fields[3];
        JsValue priority = JsNull.Instance;
        string? error = fields.ValidateBase(OpCodes.SetPriority)
            ?? (string.IsNullOrEmpty(id) ? MissingNftId : null)
            ?? RemarkData.TryGet(fields, 4, out priority);
        return error is null ? new SetPriority(id!, priority) : ParseResult<SetPriority>.Fail(error);
    }
}
