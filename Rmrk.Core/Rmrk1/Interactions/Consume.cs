using Rmrk.Core.Rmrk1.Parsing;

namespace Rmrk.Core.Rmrk1.Interactions;

/// <summary>
/// CONSUME (burn): <c>RMRK::CONSUME::1.0.0::nftId</c>; the burn reason comes from the batch's other calls.
/// https://github.com/rmrk-team/rmrk-spec/blob/master/standards/rmrk1.0.0/interactions/consume.md
/// </summary>
public readonly record struct Consume(string Id)
{
    public static bool TryParse(string text, out Consume consume, out string error)
    {
        consume = default;
        if (!IdOnly.TryParse(text, OpTypes.Consume, out string id, out error))
        {
            return false;
        }

        consume = new Consume(id);
        return true;
    }
}
