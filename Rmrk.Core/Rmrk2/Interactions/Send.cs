using Rmrk.Core.Addresses;
using Rmrk.Core.Remarks;
using Rmrk.Core.Validation;

namespace Rmrk.Core.Rmrk2.Interactions;

/// <summary>
/// SEND — <c>RMRK::SEND::2.0.0::&lt;nftId&gt;::&lt;recipient account | NFT id&gt;</c>.
/// https://github.com/rmrk-team/rmrk-spec/blob/master/standards/rmrk2.0.0/interactions/send.md
/// </summary>
public sealed record Send(string Id, string Recipient)
{
    public static ParseResult<Send> Parse(ReadOnlySpan<char> text, AddressCodec addresses)
    {
        var fields = RemarkFields.Split(text);
        string? id = fields[3];
        string? recipient = fields[4];
        string? error = fields.ValidateBase(OpCodes.Send) ?? RemarkStructs.ValidateSend(id, recipient);
        if (error is not null)
        {
            return ParseResult<Send>.Fail(error);
        }

        if (Rmrk2Context.IsAccount(recipient))
        {
            if (!addresses.TryReencode(recipient!, out string? encoded, out error))
            {
                return ParseResult<Send>.Fail(error);
            }

            recipient = encoded;
        }

        return new Send(id!, recipient!);
    }
}
