using Rmrk.Core.Js;
using Rmrk.Core.Remarks;
using Rmrk.Core.Rmrk1.Parsing;

namespace Rmrk.Core.Rmrk1.Interactions;

/// <summary>
/// SEND: <c>RMRK::SEND::1.0.0::nftId::recipient</c>. The recipient is any string without whitespace.
/// https://github.com/rmrk-team/rmrk-spec/blob/master/standards/rmrk1.0.0/interactions/send.md
/// </summary>
public readonly record struct Send(string Id, string Recipient)
{
    public static bool TryParse(string text, out Send send, out string error)
    {
        send = default;
        error = BaseValidation.Check(text, OpTypes.Send) ?? string.Empty;
        if (error.Length > 0)
        {
            return false;
        }

        var fields = RemarkFields.Split(text);
        string? id = fields[3];
        string? recipient = fields[4];

        // /\s/.test(undefined) tests the string "undefined", so a missing recipient gets past this check.
        if (recipient is not null && JsText.ContainsJsWhitespace(recipient))
        {
            error = "Invalid remark - No whitespaces are allowed in recipient";
            return false;
        }

        if (id is null || recipient is null)
        {
            error = StructMessages.AtPath(id is null ? "id" : "recipient", StructMessages.ExpectedString((string?)null));
            return false;
        }

        send = new Send(id, recipient);
        return true;
    }
}
