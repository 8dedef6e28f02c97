using Rmrk.Core.Remarks;

namespace Rmrk.Core.Rmrk2.Transitions;

/// <summary>
/// The balance transfers that accompany a BUY: each <c>balances.transfer</c> or
/// <c>balances.transferKeepAlive</c> extra, its destination re-encoded when the consolidation has an SS58
/// format, compared as the text "dest,amount".
/// </summary>
internal static class BuyTransfers
{
    public readonly record struct Transfer(string Receiver, string? Amount)
    {
        /// <summary>"dest,amount", as the reference prints a transfer.</summary>
        public string Text => $"{Receiver},{Amount}";

        /// <summary>
        /// Whether <see cref="Text"/> equals "<paramref name="receiver"/>,<paramref name="amount"/>". Compared member by
        /// member, without joining: a receiver never holds a comma (it is the text before the first one), so the
        /// joined texts are equal exactly when both members are.
        /// </summary>
        public bool Pays(string receiver, string amount) =>
            string.Equals(Receiver, receiver, StringComparison.Ordinal) && string.Equals(Amount, amount, StringComparison.Ordinal);
    }

    /// <summary>The transfers in order; <paramref name="error"/> is the decoding error of a bad destination.</summary>
    public static List<Transfer> Read(Rmrk2Context context, Remark remark, out string? error)
    {
        var transfers = new List<Transfer>();
        error = null;
        if (remark.Extras is null)
        {
            return transfers;
        }

        foreach (var extra in remark.Extras)
        {
            if (!string.Equals(extra.Call, "balances.transfer", StringComparison.Ordinal)
                && !string.Equals(extra.Call, "balances.transferKeepAlive", StringComparison.Ordinal))
            {
                continue;
            }

            int comma = extra.Value.IndexOf(',', StringComparison.Ordinal);
            string dest = comma < 0 ? extra.Value : extra.Value[..comma];
            string? amount = comma < 0 ? null : extra.Value[(comma + 1)..SecondCommaOrEnd(extra.Value, comma + 1)];
            string receiver = dest;
            if (context.Options.HasSs58Format && !context.TryEncodeAddress(dest, out receiver, out string encodeError))
            {
                error = encodeError;
                return transfers;
            }

            transfers.Add(new Transfer(receiver, amount));
        }

        return transfers;
    }

    private static int SecondCommaOrEnd(string value, int from)
    {
        int i = value.IndexOf(',', from);
        return i < 0 ? value.Length : i;
    }
}
