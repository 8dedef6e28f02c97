namespace Rmrk.Core.Js;

public static partial class JsText
{
    /// <summary>
    /// The bytes @polkadot/util <c>hexToU8a</c> makes of <paramref name="hex"/>, with the same leniency as
    /// <see cref="HexToString"/> (lower-case <c>0x</c> skipped, odd trailing digit as high nibble, non-digits
    /// as 0), so <c>"0x" + lower-case hex of the result</c> decodes to the same text.
    /// </summary>
    public static byte[] HexToBytes(string? hex)
    {
        if (string.IsNullOrEmpty(hex))
        {
            return [];
        }

        int start = hex.StartsWith("0x", StringComparison.Ordinal) ? 2 : 0;
        var bytes = new byte[(hex.Length - start + 1) / 2];
        for (int i = 0, s = start; i < bytes.Length; i++, s += 2)
        {
            int hi = hex[s];
            int lo = s + 1 < hex.Length ? hex[s + 1] : 0;
            bytes[i] = hi > 0xFF ? (byte)0 : (byte)((Nibble(hi | (lo >> 8)) << 4) | Nibble(lo & 0xFF));
        }

        return bytes;
    }
}
