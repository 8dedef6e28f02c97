using Rmrk.Core.Rmrk1.Parsing;

namespace Rmrk.Core.Rmrk1.Interactions;

/// <summary>
/// BUY: <c>RMRK::BUY::1.0.0::nftId</c>, paid by a <c>balances.transfer</c> in the same batch.
/// https://github.com/rmrk-team/rmrk-spec/blob/master/standards/rmrk1.0.0/interactions/buy.md
/// </summary>
public readonly record struct Buy(string Id)
{
    public static bool TryParse(string text, out Buy buy, out string error)
    {
        buy = default;
        if (!IdOnly.TryParse(text, OpTypes.Buy, out string id, out error))
        {
            return false;
        }

        buy = new Buy(id);
        return true;
    }
}
