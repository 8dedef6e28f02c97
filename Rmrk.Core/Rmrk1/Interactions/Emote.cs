using Rmrk.Core.Remarks;
using Rmrk.Core.Rmrk1.Parsing;

namespace Rmrk.Core.Rmrk1.Interactions;

/// <summary>
/// EMOTE: <c>RMRK::EMOTE::1.0.0::nftId::unicode</c>, toggling the caller's reaction. The unicode is any
/// string, the empty one included; there is no namespace field in 1.0.
/// https://github.com/rmrk-team/rmrk-spec/blob/master/standards/rmrk1.0.0/interactions/emote.md
/// </summary>
public readonly record struct Emote(string Id, string Unicode)
{
    public static bool TryParse(string text, out Emote emote, out string error)
    {
        emote = default;
        if (!IdOnly.TryParse(text, OpTypes.Emote, out string id, out error))
        {
            return false;
        }

        string? unicode = RemarkFields.Split(text)[4];
        if (unicode is null)
        {
            error = StructMessages.AtPath("unicode", StructMessages.ExpectedString((string?)null));
            return false;
        }

        emote = new Emote(id, unicode);
        return true;
    }
}
