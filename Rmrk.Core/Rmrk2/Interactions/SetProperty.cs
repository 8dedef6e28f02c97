using Rmrk.Core.Js;
using Rmrk.Core.Remarks;
using Rmrk.Core.Validation;

namespace Rmrk.Core.Rmrk2.Interactions;

/// <summary>
/// SETPROPERTY — <c>RMRK::SETPROPERTY::2.0.0::&lt;nftId&gt;::&lt;key&gt;::&lt;json value&gt;[::freeze]</c>.
/// https://github.com/rmrk-team/rmrk-spec/blob/master/standards/rmrk2.0.0/interactions/setproperty.md
/// </summary>
/// <param name="Key">The key as written (not URI-decoded); a missing key reads "undefined" as in JavaScript.</param>
public sealed record SetProperty(string Id, string Key, JsValue Value, bool Freeze)
{
    public const string MissingNftId = "No NFT id specified for SETPROPERTY";

    public static ParseResult<SetProperty> Parse(ReadOnlySpan<char> text)
    {
        var fields = RemarkFields.Split(text);
        string? id = fields[3];
        string key = fields[4] ?? "undefined";
        string? freeze = fields[6];
        JsValue value = JsNull.Instance;
        string? error = fields.ValidateBase(OpCodes.SetProperty)
            ?? (string.IsNullOrEmpty(id) ? MissingNftId : null)
            ?? RemarkData.TryGet(fields, 5, out value)
            ?? RemarkStructs.ValidateRoyaltyProperty(value)
            ?? (!string.IsNullOrEmpty(freeze) && !string.Equals(freeze, "freeze", StringComparison.Ordinal) ? $"Not a valid freeze {freeze}" : null);
        return error is null ? new SetProperty(id!, key, value, !string.IsNullOrEmpty(freeze)) : ParseResult<SetProperty>.Fail(error);
    }
}
