using Rmrk.Core.Js;
using Rmrk.Core.Remarks;

namespace Rmrk.Core.Rmrk1;

/// <summary>
/// rmrk-tools 1.0 <c>getRemarksFromBlocks</c>: keeps <c>system.remark</c> calls whose decoded text starts
/// with a prefix and has at least 3 <c>::</c> fields, of every version (the 1.0 Consolidator refuses non-1.0.0
/// remarks itself). MINT and MINTNFT texts are <c>decodeURI</c>'d; callers are kept as written (no SS58).
/// </summary>
public static class RemarkExtractor
{
    /// <summary>The usual prefixes, hex of <c>rmrk</c> and <c>RMRK</c>.</summary>
    public static IReadOnlyList<string> DefaultPrefixes { get; } = ["0x726d726b", "0x524d524b"];

    /// <summary>
    /// Extracts the remarks of <paramref name="blocks"/> in order. Deviation by decision: a MINT or MINTNFT whose
    /// text has a malformed <c>%</c> escape makes the reference's whole run throw; here that call is dropped
    /// (as later 1.0 releases do) and counted in <paramref name="uriMalformed"/>.
    /// </summary>
    public static List<Remark> Extract(IEnumerable<Block> blocks, IReadOnlyList<string>? prefixes, out int uriMalformed)
    {
        IReadOnlyList<string> hexPrefixes = prefixes ?? DefaultPrefixes;
        var textPrefixes = new string[hexPrefixes.Count];
        for (int i = 0; i < textPrefixes.Length; i++)
        {
            textPrefixes[i] = JsText.HexToString(hexPrefixes[i]);
        }

        uriMalformed = 0;
        var remarks = new List<Remark>();
        foreach (Block block in blocks)
        {
            foreach (BlockCall call in block.Calls)
            {
                if (!string.Equals(call.Call, OpTypes.SystemRemark, StringComparison.Ordinal))
                {
                    continue;
                }

                string text = call.DecodeValue();
                if (!StartsWithAny(text, textPrefixes))
                {
                    continue;
                }

                var fields = RemarkFields.Split(text);
                if (fields.Count < 3)
                {
                    continue;
                }

                string type = fields[1]!;
                string version = fields[2]!;
                if (type is OpTypes.Mint or OpTypes.MintNft)
                {
                    if (!JsUri.TryDecodeUri(text, out text))
                    {
                        uriMalformed++;
                        continue;
                    }
                }

                remarks.Add(new Remark(block.Number, call.Caller, type, ParseFloatIsTruthy(version) ? version : "0.1", text, call.Extras));
            }
        }

        return remarks;
    }

    private static bool StartsWithAny(string text, string[] prefixes)
    {
        foreach (string prefix in prefixes)
        {
            if (text.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>parseFloat(s)</c> is neither 0 nor NaN. The consolidator never reads the version.</summary>
    private static bool ParseFloatIsTruthy(string s)
    {
        int i = 0;
        while (i < s.Length && JsText.IsJsWhitespace(s[i]))
        {
            i++;
        }

        if (i < s.Length && (s[i] == '+' || s[i] == '-'))
        {
            i++;
        }

        if (s.AsSpan(i).StartsWith("Infinity", StringComparison.Ordinal))
        {
            return true;
        }

        int start = i;
        bool nonZero = false;
        bool digits = false;
        while (i < s.Length && (char.IsAsciiDigit(s[i]) || (s[i] == '.' && !s.AsSpan(start, i - start).Contains('.'))))
        {
            digits |= s[i] != '.';
            nonZero |= s[i] is >= '1' and <= '9';
            i++;
        }

        // A tiny mantissa with a huge negative exponent would underflow to 0; no real version looks like that.
        return digits && nonZero;
    }
}
