using Rmrk.Core.Emotes;
using Rmrk.Core.Remarks;
using Rmrk.Core.Validation;

namespace Rmrk.Core.Rmrk2.Interactions;

/// <summary>
/// EMOTE — <c>RMRK::EMOTE::2.0.0::&lt;RMRK1|RMRK2|PUBKEY&gt;::&lt;id&gt;::&lt;unicode&gt;</c>.
/// https://github.com/rmrk-team/rmrk-spec/blob/master/standards/rmrk2.0.0/interactions/emote.md
/// </summary>
public sealed record Emote(string Namespace, string Id, string Unicode)
{
    public static ParseResult<Emote> Parse(ReadOnlySpan<char> text)
    {
        var fields = RemarkFields.Split(text);
        string? ns = fields[3];
        string? id = fields[4];
        string? unicode = fields[5];
        string? error = fields.ValidateBase(OpCodes.Emote) ?? RemarkStructs.ValidateEmote(ns, id, unicode);
        if (error is not null)
        {
            return ParseResult<Emote>.Fail(error);
        }

        if (!EmojiValidator.IsValidEmoji(unicode!))
        {
            return ParseResult<Emote>.Fail($"Invalid emoji unicode {unicode}");
        }

        return new Emote(ns!, id!, unicode!);
    }
}
