using Rmrk.Core.Remarks;
using Rmrk.Core.Rmrk1.Interactions;
using Rmrk.Core.Addresses;
using Rmrk.Core.Rmrk1.Model;
using Rmrk.Core.Rmrk1.State;

namespace Rmrk.Core.Rmrk1.Transitions;

/// <summary>
/// MINT creates a collection. Only a duplicate id or an undecodable caller refuse it: the issuer comes from
/// the JSON and the id is not tied to the caller (the reference's id comparison practically never fails).
/// https://github.com/rmrk-team/rmrk-spec/blob/master/standards/rmrk1.0.0/interactions/mint.md
/// </summary>
internal static class MintTransition
{
    public static bool TryApply(Rmrk1State state, Remark remark, in Mint mint, out Rejection rejection)
    {
        if (state.FindCollection(mint.Id) is not null)
        {
            return Reject.With(RejectionCode.CollectionExists, mint.Id, "[MINT] Attempt to mint already existing collection", out rejection);
        }

        if (!Ss58.TryDecode(remark.Caller, out byte[]? publicKey, out string? error))
        {
            return Reject.With(RejectionCode.InvalidCallerAddress, mint.Id, error, out rejection);
        }

        if (CallerMatchesGeneratedId(publicKey, mint.Symbol, out string message))
        {
            return Reject.With(RejectionCode.CallerIdMismatch, mint.Id, message, out rejection);
        }

        state.AddCollection(new Collection(mint.Id, remark.Block, mint.Name, mint.Max, mint.Issuer, mint.Symbol, mint.Metadata));
        rejection = default;
        return true;
    }

    /// <summary>
    /// <c>validateMintIds</c> as written: it throws when the generated id's start and end equal the pubkey's,
    /// which needs a 47-character symbol ending in the pubkey's last 8 hex digits.
    /// </summary>
    private static bool CallerMatchesGeneratedId(byte[] publicKey, string symbol, out string message)
    {
        string hex = "0x" + Convert.ToHexStringLower(publicKey);
        string pubkeyStart = JsSubstr(hex, 2, 8);
        string pubkeyEnd = hex[Math.Max(0, hex.Length - 8)..];
        string id = JsSubstr(hex, 2, 10) + pubkeyEnd + "-" + symbol.ToUpperInvariant();
        string idStart = JsSubstr(id, 0, 8);
        string idEnd = id[Math.Clamp(hex.Length - 8, 0, id.Length)..];
        bool same = string.Equals(idStart, pubkeyStart, StringComparison.Ordinal)
            && string.Equals(idEnd, pubkeyEnd, StringComparison.Ordinal);
        message = same ? $"Caller's pubkey {hex} ({id}) does not match generated ID" : string.Empty;
        return same;
    }

    private static string JsSubstr(string s, int start, int length) =>
        start >= s.Length ? string.Empty : s.Substring(start, Math.Min(length, s.Length - start));
}
